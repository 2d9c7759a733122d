@testable import PuenteHTTP

/// A TCP connection to a server on this machine that sends bytes exactly as given, for requests no HTTP client
/// would send.
final class RawConnection {
    private let connection: PlainConnection

    init(port: Int, receiveTimeout seconds: Int = 5) throws {
        connection = try PlainConnection(host: "127.0.0.1", port: port, timeoutSeconds: seconds)
    }

    /// Sends all of `text`; false when the server closed the connection first.
    @discardableResult
    func send(_ text: String) -> Bool { connection.send(Array(text.utf8)) }

    /// What the server sends until it closes the connection (`closed`) or sends nothing for the receive timeout.
    func receive() -> (text: String, closed: Bool) {
        var received: [UInt8] = []
        while true {
            let chunk = connection.receive()
            if !chunk.bytes.isEmpty { received += chunk.bytes; continue }
            return (String(decoding: received, as: UTF8.self), chunk.closed)
        }
    }

    /// The first bytes the server sends, waiting up to `seconds` (else the receive timeout); nil when none come.
    func receiveOne(seconds: Int? = nil) -> String? {
        if let seconds { connection.setReceiveTimeout(seconds) }
        let chunk = connection.receive().bytes
        return chunk.isEmpty ? nil : String(decoding: chunk, as: UTF8.self)
    }

    /// The status code of the first response in `text`, if there is one.
    static func status(_ text: String) -> Int? {
        guard text.hasPrefix("HTTP/1.") else { return nil }
        return Int(text.dropFirst(9).prefix(3))
    }
}
