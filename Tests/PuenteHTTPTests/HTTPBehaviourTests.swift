import CompressNIO
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import PuenteHTTP

/// Compression and cross-origin access, as clients and browsers meet them.
@Suite struct HTTPBehaviourTests {
    @Test func largeBodiesAreGzippedWhenTheClientAcceptsIt() async throws {
        try await withClient { client in
            let plain = try await client.execute(uri: "/v1/agreements", method: .get) { $0 }
            try await client.execute(uri: "/v1/agreements", method: .get, headers: [.acceptEncoding: "br;q=1, gzip;q=0.8"]) { response in
                #expect(response.headers[.contentEncoding] == "gzip")
                #expect(response.headers[.vary]?.contains("Accept-Encoding") == true)
                #expect(response.headers[.eTag] != plain.headers[.eTag])
                var body = response.body
                let unpacked = try body.decompress(with: .gzip())
                #expect(unpacked == plain.body)
            }
        }
    }

    @Test(arguments: ["gzip;q=0", "identity", ""])
    func bodiesStayPlainOtherwise(_ acceptEncoding: String) async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/agreements", method: .get, headers: [.acceptEncoding: acceptEncoding]) { response in
                #expect(response.headers[.contentEncoding] == nil)
            }
        }
    }

    @Test func smallBodiesStayPlain() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/bri/members/fr", method: .get, headers: [.acceptEncoding: "gzip"]) { response in
                #expect(response.headers[.contentEncoding] == nil)
            }
        }
    }

    @Test func anyOriginMayReadByDefault() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/meetings", method: .get, headers: [.origin: "https://dashboard.example"]) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.headers[.accessControlExposeHeaders] == "ETag, X-Total-Count, Content-Disposition")
            }
            try await client.execute(uri: "/v1/meetings?limit=0", method: .get, headers: [.origin: "https://dashboard.example"]) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
        }
    }

    @Test func preflightIsAnswered() async throws {
        try await withClient { client in
            let headers: HTTPFields = [.origin: "https://dashboard.example", .accessControlRequestMethod: "GET",
                                       .accessControlRequestHeaders: "If-None-Match"]
            try await client.execute(uri: "/v1/meetings", method: .options, headers: headers) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowMethods] == "GET, HEAD, OPTIONS")
                #expect(response.headers[.accessControlAllowHeaders] == "If-None-Match")
            }
        }
    }

    @Test func aListOfOriginsAdmitsOnlyThose() async throws {
        var arguments = TestArguments()
        arguments.corsOrigins = "https://a.example, https://b.example"
        try await withClient(arguments) { client in
            try await client.execute(uri: "/v1/meetings", method: .get, headers: [.origin: "https://b.example"]) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "https://b.example")
                #expect(response.headers[.vary]?.contains("Origin") == true)
            }
            try await client.execute(uri: "/v1/meetings", method: .get, headers: [.origin: "https://evil.example"]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
        }
    }
}
