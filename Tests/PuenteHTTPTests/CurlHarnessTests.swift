import Foundation
import Testing

/// The real binary on an ephemeral port, driven with `curl`: the README's examples, errors, caching, compression,
/// CORS, HEAD, and a clean exit on SIGTERM.
@Suite(.enabled(if: RunningServer.available, "needs .build/debug/puente and /usr/bin/curl"), .serialized)
struct CurlHarnessTests {
    /// Every `curl ... http://127.0.0.1:8080/...` line of the README: the path and its `-H` headers (other options,
    /// such as saving to a file, are left out).
    static func readmeExamples() throws -> [(path: String, headers: [String])] {
        let readme = try String(contentsOf: TestArguments.root.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("curl "), line.contains("http://127.0.0.1:8080") else { return nil }
            let command = line.split(separator: "#", maxSplits: 1)[0]
            let words = command.matches(of: /"[^"]*"|\S+/).map { $0.output.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            guard let url = words.first(where: { $0.hasPrefix("http://127.0.0.1:8080") }) else { return nil }
            let headers = zip(words, words.dropFirst()).filter { $0.0 == "-H" }.map(\.1)
            return (String(url.dropFirst("http://127.0.0.1:8080".count)), headers)
        }
    }

    @Test func everyReadmeExampleAnswersAsDocumented() throws {
        let examples = try Self.readmeExamples()
        #expect(examples.count >= 18)
        let server = try RunningServer()
        for (path, headers) in examples {
            let reply = try server.curl(path, headers.flatMap { ["-H", $0] })
            #expect(reply.status == 200, "\(path): \(reply.status) \(reply.text.prefix(200))")
            if path.contains("format=csv") || headers.contains("Accept: text/csv") {
                #expect(reply.headers["content-type"]?.hasPrefix("text/csv") == true, "\(path) answers CSV")
                #expect(reply.text.hasPrefix("id,") || reply.text.hasPrefix("country,"), "\(path) starts with its header row")
            } else if path != "/metrics" {
                #expect(!reply.json.isEmpty, "\(path) answers JSON")
            }
        }
    }

    @Test func everyFilterAnswersAsInProcess() throws {
        let server = try RunningServer()
        for row in ListEndpointTests.filterRows {
            let reply = try server.curl(row.uri)
            #expect(reply.status == 200, "\(row.uri)")
            let items = reply.json["items"] as? [[String: Any]] ?? []
            #expect(items.compactMap(ListEndpointTests.key) == row.ids, "\(row.uri)")
        }
    }

    @Test func logsOneLinePerRequest() throws {
        let server = try RunningServer()
        _ = try server.curl("/v1/meetings?country=CO")
        _ = try server.curl("/v1/meetings/none")
        #expect(server.waitForLog(containing: "GET /v1/meetings?country=CO 200 "))
        #expect(server.waitForLog(containing: "GET /v1/meetings/none 404 "))
        let lines = server.logText.split(separator: "\n").filter { $0.contains(" GET /v1/meetings") }
        #expect(lines.count == 2, "\(lines)")
    }

    @Test func errorsAreProblemsWithTheRightStatus() throws {
        let server = try RunningServer()
        for (path, options, status) in [("/v1/meetings?limit=5000", [String](), 400), ("/v1/meetings/none", [], 404),
                                         ("/v1/meetings", ["-X", "DELETE"], 405), ("/v1/../../etc/passwd", ["--path-as-is"], 404),
                                         ("/v1/bri/members/c%00", [], 400)] {
            let reply = try server.curl(path, options)
            #expect(reply.status == status, "\(path)")
            #expect(reply.headers["content-type"] == "application/problem+json", "\(path)")
        }
        #expect(try server.curl("/v1/meetings", ["-X", "POST"]).headers["allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func cachingCompressionHeadAndCORS() throws {
        let server = try RunningServer()
        let first = try server.curl("/v1/agreements")
        let etag = try #require(first.headers["etag"])
        #expect(try server.curl("/v1/agreements", ["-H", "If-None-Match: \(etag)"]).status == 304)
        let compressed = try server.curl("/v1/agreements", ["--compressed"])
        #expect(compressed.headers["content-encoding"] == "gzip")
        #expect(compressed.body == first.body)
        let head = try server.curl("/v1/agreements", ["-I"])
        #expect(head.status == 200 && head.headers["content-length"] == first.headers["content-length"])
        let preflight = try server.curl("/v1/meetings", ["-X", "OPTIONS", "-H", "Origin: https://dash.example",
                                                           "-H", "Access-Control-Request-Method: GET"])
        #expect(preflight.status == 204)
        #expect(preflight.headers["access-control-allow-origin"] == "*")
    }

    @Test func jsonLogLinesAreOneObjectEach() throws {
        let server = try RunningServer(environment: ["PUENTE_LOG_FORMAT": "json"])
        _ = try server.curl("/v1/meetings?participant=%22quoted%22")
        #expect(server.waitForLog(containing: "/v1/meetings?participant=%22quoted%22 200"))
        let lines = server.logText.split(separator: "\n")
        #expect(lines.count >= 3)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["level"] as? String != nil && object?["message"] as? String != nil, "\(line)")
        }
    }

    @Test func healthcheckExitsZeroOnlyWhenReady() throws {
        let server = try RunningServer()
        #expect(try Self.healthcheck("http://127.0.0.1:\(server.port)/readyz") == 0)
        #expect(try Self.healthcheck("http://127.0.0.1:\(server.port)/v1/meetings/none") == 1)
        _ = server.terminate(within: 10)
        #expect(try Self.healthcheck("http://127.0.0.1:\(server.port)/readyz") == 1)
        #expect(try Self.healthcheck("ftp://example") == 1)
    }

    static func healthcheck(_ url: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RunningServer.binary)
        process.arguments = ["healthcheck", "--url", url]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func exitsCleanlyOnSIGTERM() throws {
        let server = try RunningServer()
        #expect(try server.curl("/readyz").status == 200)
        #expect(server.terminate(within: 10) == 0)
    }
}
