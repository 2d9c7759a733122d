import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PuenteHTTP

/// The dashboard page and its assets as HTTP answers; `ClientScriptTests` checks them in a browser.
@Suite struct DashboardEndpointTests {
    static func assetPaths(in page: String) -> [String] {
        page.components(separatedBy: "\"").filter { $0.hasPrefix("/assets/") }
    }

    @Test func thePageLinksItsAssetsByContentHash() async throws {
        try await withClient { client in
            let page = try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-cache")
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                return String(buffer: response.body)
            }
            let assets = Self.assetPaths(in: page)
            #expect(assets.contains { $0.hasPrefix("/assets/dashboard.js?v=") })
            #expect(assets.contains { $0.hasPrefix("/assets/dashboard.css?v=") })
            for asset in assets {
                try await client.execute(uri: asset, method: .get) { response in
                    #expect(response.status == .ok, "\(asset)")
                    #expect(response.headers[.cacheControl] == "public, max-age=31536000, immutable")
                    #expect(response.headers[.eTag].map { asset.hasSuffix("v=" + $0.dropFirst().dropLast()) } == true)
                }
            }
        }
    }

    @Test func chartJSIsServedFromTheAssetsDirectory() async throws {
        let directory = try makeTemporaryDirectory("puente-assets")
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = "/* a stand-in for Chart.js */ window.Chart = function () {};"
        try Data(library.utf8).write(to: directory.appendingPathComponent("chart.js"))
        var arguments = TestArguments()
        arguments.assetsDirectory = directory.path
        try await withClient(arguments) { client in
            let page = try await client.execute(uri: "/", method: .get) { String(buffer: $0.body) }
            #expect(page.contains("data-charts=\"available\""))
            try await client.execute(uri: "/assets/chart.js", method: .get) { response in
                #expect(String(buffer: response.body) == library)
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                let etag = try #require(response.headers[.eTag])
                try await client.execute(uri: "/assets/chart.js", method: .get, headers: [.ifNoneMatch: etag]) { #expect($0.status == .notModified) }
            }
        }
    }

    @Test func withoutChartJSThePageSaysSoAndTheAssetIsAProblem() async throws {
        let directory = try makeTemporaryDirectory("puente-no-assets")
        defer { try? FileManager.default.removeItem(at: directory) }
        var arguments = TestArguments()
        arguments.assetsDirectory = directory.path
        try await withClient(arguments) { client in
            let page = try await client.execute(uri: "/", method: .get) { String(buffer: $0.body) }
            #expect(page.contains("data-charts=\"unavailable\""))
            #expect(!page.contains("/assets/chart.js"))
            try await client.execute(uri: "/assets/chart.js", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect((response.json["detail"] as? String)?.contains("PUENTE_ASSETS_DIR") == true)
            }
        }
    }

    @Test func aPageQueryIsTheDashboardsAndStillValidated() async throws {
        try await withClient { client in
            try await client.execute(uri: "/?country=CO&from=2023", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/?country=%ZZ", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/assets/missing.js", method: .get) { #expect($0.status == .notFound) }
        }
    }
}
