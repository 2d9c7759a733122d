import Foundation

/// Asks a running Puente whether it is ready: one plain HTTP/1.1 GET over a socket, so a container's health check
/// needs no curl in the image.
public struct ReadinessProbe: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case badURL(String)
        case unreachable(String)
        case notReady(status: String)

        public var description: String {
            switch self {
            case .badURL(let url): return "'\(url)' is not an http:// URL with a host"
            case .unreachable(let why): return "no answer: \(why)"
            case .notReady(let status): return "answered '\(status)', not 200"
            }
        }
    }

    public let timeoutSeconds: Int

    public init(timeoutSeconds: Int = 3) { self.timeoutSeconds = timeoutSeconds }

    /// Returns when `url` answers 200; throws what went wrong otherwise.
    public func check(_ url: String) throws(Failure) {
        guard let parts = URLComponents(string: url), parts.scheme == "http", let host = parts.host, !host.isEmpty else {
            throw .badURL(url)
        }
        let connection: PlainConnection
        do {
            connection = try PlainConnection(host: host, port: parts.port ?? 80, timeoutSeconds: timeoutSeconds)
        } catch {
            throw .unreachable(error.description)
        }
        let target = (parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath) + (parts.percentEncodedQuery.map { "?\($0)" } ?? "")
        guard connection.send(Array("GET \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)) else {
            throw .unreachable("the request could not be sent")
        }
        let reply = connection.receive().bytes
        guard !reply.isEmpty else { throw .unreachable("the connection closed without an answer") }
        let statusLine = String(decoding: reply, as: UTF8.self).prefix { $0 != "\r" && $0 != "\n" }
        guard statusLine.split(separator: " ").dropFirst().first == "200" else { throw .notReady(status: String(statusLine)) }
    }
}
