#if canImport(Glibc)
import Glibc
private let connectSocket = Glibc.connect
#elseif canImport(Darwin)
import Darwin
private let connectSocket = Darwin.connect
#endif
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
        let socket = try connect(host: host, port: parts.port ?? 80)
        defer { close(socket) }
        let target = (parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath) + (parts.percentEncodedQuery.map { "?\($0)" } ?? "")
        let request = Array("GET \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else {
            throw .unreachable("the request could not be sent")
        }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw .unreachable("the connection closed without an answer") }
        let statusLine = String(decoding: buffer[..<count], as: UTF8.self).prefix { $0 != "\r" && $0 != "\n" }
        guard statusLine.split(separator: " ").dropFirst().first == "200" else { throw .notReady(status: String(statusLine)) }
    }

    private func connect(host: String, port: Int) throws(Failure) -> Int32 {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else {
            throw .unreachable("cannot resolve \(host)")
        }
        defer { freeaddrinfo(found) }
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            let descriptor = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            if descriptor >= 0 {
                var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
                setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                if connectSocket(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return descriptor }
                close(descriptor)
            }
            candidate = address.pointee.ai_next
        }
        throw .unreachable("cannot connect to \(host):\(port)")
    }
}
