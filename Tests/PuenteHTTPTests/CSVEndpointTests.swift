import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PuenteHTTP

/// Every list in CSV: asked for either way, with the headers a download needs, the same rows as JSON.
@Suite struct CSVEndpointTests {
    @Test(arguments: ListEndpointTests.lists)
    func answersCSVWithAHeaderRowAndOneRowPerItem(_ path: String) async throws {
        let separator = path.contains("?") ? "&" : "?"
        try await withClient { client in
            let total = try await client.execute(uri: path, method: .get) { $0.json["total"] as? Int }
            try await client.execute(uri: path + separator + "format=csv", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8; header=present")
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"") == true)
                #expect(response.headers[.contentDisposition]?.hasSuffix(".csv\"") == true)
                #expect(response.headers[HTTPField.Name("X-Total-Count")!] == total.map(String.init))
                #expect(response.headers[.vary] == "Accept, Accept-Encoding")
                let text = String(buffer: response.body)
                #expect(text.hasSuffix("\r\n"))
                #expect(total.map { $0 > 0 } == true)
            }
        }
    }

    @Test func acceptAndTheParameterGiveTheSameBytes() async throws {
        try await withClient { client in
            let byParameter = try await client.execute(uri: "/v1/agreements?country=co&format=csv", method: .get) { String(buffer: $0.body) }
            let byAccept = try await client.execute(uri: "/v1/agreements?country=co", method: .get, headers: [.accept: "text/csv"]) {
                String(buffer: $0.body)
            }
            #expect(byParameter == byAccept)
            #expect(byParameter.hasPrefix("id,title,kind,status,signed,parties,organizations,sectors,meeting,sources,confidence,evidence_count,evidence_documents,first_quote\r\n"))
        }
    }

    @Test func formatJSONOverridesAccept() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/meetings?format=json", method: .get, headers: [.accept: "text/csv"]) { response in
                #expect(response.headers[.contentType] == "application/json")
            }
        }
    }

    @Test func aBalanceRowFlattensItsValues() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/trade/balances?country=CO&format=csv", method: .get) { response in
                let lines = String(buffer: response.body).components(separatedBy: "\r\n").filter { !$0.isEmpty }
                #expect(lines.count == 2)
                let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let cells = Dictionary(uniqueKeysWithValues: zip(header, row))
                #expect(cells["balance_amount"] == "-8000000000")
                #expect(cells["balance_sign"] == "deficit")
                #expect(cells["imports_derived"] == "true")
                #expect(cells["figures"] == "co-cn-2022-balance; co-cn-2022-exports")
            }
        }
    }

    @Test func pagesLikeJSON() async throws {
        try await withClient { client in
            let ids = try await client.execute(uri: "/v1/agreements?limit=3&offset=2", method: .get) { $0.items.compactMap { $0["id"] as? String } }
            try await client.execute(uri: "/v1/agreements?limit=3&offset=2&format=csv", method: .get) { response in
                let rows = String(buffer: response.body).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
                #expect(rows.map { String($0.prefix { $0 != "," }) } == ids)
            }
        }
    }

    @Test func anUnknownFormatIsAProblem() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/timeline?format=xlsx", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.json["parameter"] as? String == "format")
            }
        }
    }

    @Test func theCachedFirstPageRevalidates() async throws {
        try await withClient { client in
            let etag = try await client.execute(uri: "/v1/meetings?format=csv", method: .get) { $0.headers[.eTag] }
            let json = try await client.execute(uri: "/v1/meetings", method: .get) { $0.headers[.eTag] }
            #expect(etag != nil && etag != json)
            try await client.execute(uri: "/v1/meetings?format=csv", method: .get, headers: [.ifNoneMatch: etag ?? ""]) { response in
                #expect(response.status == .notModified)
                #expect(response.headers[.contentDisposition] == nil)
            }
        }
    }
}
