import Foundation
import Testing

/// Requests built to break a server, sent over raw sockets to the real binary: each is answered with a 4xx or a
/// closed connection, never a 5xx, and the server goes on answering.
@Suite(.enabled(if: RunningServer.available, "needs .build/debug/puente and /usr/bin/curl"), .serialized)
struct HostileInputTests {
    enum Outcome: Sendable, CustomStringConvertible {
        case status(Int)
        case closed

        var description: String {
            switch self {
            case .status(let code): return "\(code)"
            case .closed: return "closed"
            }
        }
    }

    /// A request that asks the server to close after answering, so each case ends without waiting for a timeout.
    static func request(_ target: String, _ headers: String = "", keepAlive: Bool = false) -> String {
        "GET \(target) HTTP/1.1\r\nHost: puente\r\n\(keepAlive ? "" : "Connection: close\r\n")\(headers)\r\n"
    }

    static let cases: [(name: String, bytes: String, outcome: Outcome)] = [
        ("garbage request line", "\u{01}\u{02}garbage\r\n\r\n", .status(400)),
        ("no HTTP version", "GET /healthz\r\n\r\n", .status(400)),
        ("HTTP/0.9", "GET /healthz\r\n", .closed),
        ("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", .status(400)),
        ("unknown method", "BREW /v1/meetings HTTP/1.1\r\nHost: puente\r\n\r\n", .status(400)),
        ("oversized header", request("/healthz", "X-Big: \(String(repeating: "a", count: 100_000))\r\n"), .status(431)),
        ("5,000 headers", request("/healthz", (0..<5000).map { "X-H\($0): v\r\n" }.joined()), .status(431)),
        ("request line past the limit", request("/v1/search?q=" + String(repeating: "a", count: 20_000)), .status(431)),
        ("Content-Length with Transfer-Encoding",
         request("/v1/meetings", "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n") + "0\r\n\r\n", .status(400)),
        ("negative Content-Length", request("/healthz", "Content-Length: -5\r\n"), .status(400)),
        ("huge Content-Length", request("/healthz", "Content-Length: 99999999999999999999999\r\n"), .status(400)),
        ("body past the limit", request("/v1/meetings", "Content-Length: 5000\r\n") + String(repeating: "a", count: 5000), .status(413)),
        ("chunked body past the limit", request("/v1/meetings", "Transfer-Encoding: chunked\r\n")
            + "800\r\n\(String(repeating: "a", count: 2048))\r\n0\r\n\r\n", .status(413)),
        ("traversal", request("/../../etc/passwd"), .status(404)),
        ("traversal under a resource", request("/v1/documents/../../../etc/passwd"), .status(404)),
        ("encoded traversal", request("/v1/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd"), .status(404)),
        ("huge limit", request("/v1/meetings?limit=99999999999999999999999999"), .status(400)),
        ("negative limit", request("/v1/meetings?limit=-1"), .status(400)),
        ("emoji country code", request("/v1/meetings?country=%F0%9F%87%A8%F0%9F%87%B4"), .status(400)),
        ("raw emoji in the query", request("/v1/meetings?country=🇨🇴"), .status(400)),
        ("NUL byte in the query", request("/v1/meetings?participant=a%00b"), .status(400)),
        ("invalid percent-encoding", request("/v1/summary?participant=%zz"), .status(400)),
        ("invalid UTF-8", request("/v1/meetings?participant=%ff%fe"), .status(400)),
        ("forty parameters", request("/v1/meetings?" + (0..<40).map { "p\($0)=1" }.joined(separator: "&")), .status(400)),
        ("thousands of parameters", request("/v1/meetings?" + (0..<5000).map { "p\($0)=1" }.joined(separator: "&")), .status(431)),
        ("request stopped mid-header", "GET /healthz HTTP/1.1\r\nHost: puente\r\nX-Slow: ", .closed),
    ]

    @Test func everyCaseIsRefusedAndTheServerStaysHealthy() throws {
        let server = try RunningServer(environment: ["PUENTE_IDLE_TIMEOUT": "2"])
        for hostile in Self.cases {
            let connection = try RawConnection(port: server.port, receiveTimeout: 6)
            connection.send(hostile.bytes)
            let reply = connection.receive()
            let status = RawConnection.status(reply.text)
            switch hostile.outcome {
            case .status(let expected):
                #expect(status == expected, "\(hostile.name): \(reply.text.prefix(120))")
            case .closed:
                #expect(reply.closed && status == nil, "\(hostile.name): \(reply.text.prefix(120))")
            }
            #expect(status.map { $0 < 500 } ?? true, "\(hostile.name) answered \(status ?? 0)")
            #expect(try server.curl("/healthz").status == 200, "after \(hostile.name)")
        }
    }

    @Test func aRefusalWaitsForTheAnswersBeforeIt() throws {
        let server = try RunningServer()
        let connection = try RawConnection(port: server.port)
        connection.send(Self.request("/healthz", "Content-Length: 4\r\n", keepAlive: true) + "abcd"
                        + Self.request("/readyz", "Content-Length: 5000\r\n", keepAlive: true))
        let reply = connection.receive()
        #expect(RawConnection.status(reply.text) == 200)
        #expect(reply.text.contains("{\"status\":\"ok\"}HTTP/1.1 413"), "\(reply.text)")
        #expect(reply.closed)
    }

    @Test func pastTheConnectionCapClientsWaitForAFreeSlot() throws {
        let server = try RunningServer(environment: ["PUENTE_MAX_CONNECTIONS": "3"])
        var held = try (0..<3).map { _ in try RawConnection(port: server.port) }
        for connection in held {
            connection.send(Self.request("/healthz", keepAlive: true))
            #expect(try #require(connection.receiveOne()).hasPrefix("HTTP/1.1 200"))
        }
        let waiting = try RawConnection(port: server.port, receiveTimeout: 1)
        waiting.send(Self.request("/healthz", keepAlive: true))
        #expect(waiting.receiveOne() == nil, "a fourth connection is not served while three are open")
        held.removeFirst()
        #expect(waiting.receiveOne(seconds: 5)?.hasPrefix("HTTP/1.1 200") == true, "served once a slot frees")
    }
}
