import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PuenteHTTP

/// Single resources, the errors around them, and the HTTP behaviour every answer shares.
@Suite struct ResourceEndpointTests {
    @Test(arguments: ["/v1/meetings/2023-10-25-cn-co", "/v1/agreements/2023-10-25-cn-co-sanitary-protocol-beef",
                      "/v1/documents/004_1dd15791cc7c8380", "/v1/bri/members/CO", "/v1/bri/members/co"])
    func answersAResource(_ path: String) async throws {
        try await withClient { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok, "\(path)")
                #expect(!response.json.isEmpty)
            }
        }
    }

    @Test func aDocumentCarriesItsText() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/documents/004_1dd15791cc7c8380", method: .get) { response in
                #expect((response.json["text"] as? String)?.hasPrefix("China upgrades diplomatic ties") == true)
                #expect(response.json["sentenceCount"] as? Int == 27)
            }
        }
    }

    @Test func aCountryTheCorpusIgnoresIsUnknown() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/bri/members/fr", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["country"] as? String == "FR")
                #expect(response.json["status"] as? String == "unknown")
                #expect((response.json["events"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test(arguments: ["/v1/meetings/1999-01-01-cn-co", "/v1/agreements/nothing", "/v1/documents/../etc/passwd", "/v1/nothing", "/v1", "/assets"])
    func anUnknownResourceIsNotFound(_ path: String) async throws {
        try await withClient { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .notFound, "\(path)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch])
    func otherMethodsAreNotAllowed(_ method: HTTPRequest.Method) async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/meetings", method: method) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD, OPTIONS")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func aMatchingETagAnswersNotModified() async throws {
        try await withClient { client in
            let etag = try await client.execute(uri: "/v1/meetings/2023-10-25-cn-co", method: .get) { $0.headers[.eTag] }
            #expect(etag?.hasPrefix("\"") == true)
            try await client.execute(uri: "/v1/meetings/2023-10-25-cn-co", method: .get, headers: [.ifNoneMatch: etag ?? ""]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/v1/meetings?country=CO", method: .get, headers: [.ifNoneMatch: "\"other\""]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] != nil)
            }
        }
    }

    @Test func filteredAndUnfilteredPagesOfTheSameItemsShareTheirETag() async throws {
        try await withClient { client in
            let encodedOnce = try await client.execute(uri: "/v1/relations", method: .get) { $0.headers[.eTag] }
            let encodedNow = try await client.execute(uri: "/v1/relations?limit=100", method: .get) { $0.headers[.eTag] }
            #expect(encodedOnce == encodedNow)
        }
    }

    @Test func headAnswersWithoutABody() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/meetings", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test func healthAndReadiness() async throws {
        try await withClient { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.json["status"] as? String == "ok") }
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.json["documents"] as? Int == 5) }
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(String(buffer: response.body).hasPrefix("openapi: 3.1"))
            }
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        try await withClient { client in
            _ = try await client.execute(uri: "/v1/meetings/2023-10-25-cn-co", method: .get) { $0.status }
            _ = try await client.execute(uri: "/v1/meetings?limit=0", method: .get) { $0.status }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                #expect(text.contains("puente_http_requests_total{"))
                #expect(text.contains("route=\"/v1/meetings/{id}\""))
                #expect(text.contains("status=\"400\""))
                #expect(text.contains("puente_http_request_duration_seconds"))
            }
        }
    }

    @Test func aMissingCorpusStopsStartUpNamingIt() async throws {
        var arguments = TestArguments()
        arguments.corpus = "/nonexistent/puente-corpus"
        await #expect(throws: StartupError.self) { _ = try await buildApplication(arguments) }
    }
}
