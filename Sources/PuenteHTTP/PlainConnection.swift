#if canImport(Glibc)
import Glibc
private let connectSocket = Glibc.connect
private let sendBytes = Glibc.send
#elseif canImport(Darwin)
import Darwin
private let connectSocket = Darwin.connect
private let sendBytes = Darwin.send
#endif

/// A blocking TCP connection that sends and receives bytes exactly as given, with timeouts: enough for a health
/// probe, and for tests that send what no HTTP client would.
final class PlainConnection {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32

    /// Connects to the first address of `host` that accepts; sends and receives give up after `timeoutSeconds`.
    init(host: String, port: Int, timeoutSeconds: Int) throws(Failure) {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0 else { throw Failure(description: "cannot resolve \(host)") }
        defer { freeaddrinfo(found) }
        var candidate = found
        while let address = candidate {
            let descriptor = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            if descriptor >= 0, connectSocket(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 {
                self.descriptor = descriptor
                setTimeout(timeoutSeconds, option: SO_SNDTIMEO)
                setTimeout(timeoutSeconds, option: SO_RCVTIMEO)
                return
            }
            if descriptor >= 0 { close(descriptor) }
            candidate = address.pointee.ai_next
        }
        throw Failure(description: "cannot connect to \(host):\(port)")
    }

    deinit { close(descriptor) }

    /// Sends all of `bytes`; false when the peer closed the connection first (no SIGPIPE is raised).
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { sendBytes(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return false }
            sent += written
        }
        return true
    }

    /// The next bytes the peer sends, empty when none came within the receive timeout or the peer closed the
    /// connection (`closed`).
    func receive() -> (bytes: [UInt8], closed: Bool) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 { return (Array(buffer[..<count]), false) }
        return ([], count == 0 || errno == ECONNRESET)
    }

    func setReceiveTimeout(_ seconds: Int) { setTimeout(seconds, option: SO_RCVTIMEO) }

    private func setTimeout(_ seconds: Int, option: Int32) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, option, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }
}
