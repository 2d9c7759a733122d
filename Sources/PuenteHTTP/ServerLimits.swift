#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Hummingbird
import HummingbirdCore
import Logging

/// What one connection and the server as a whole may take: bounds that keep a hostile or broken client from
/// costing more than a fair share.
public struct ServerLimits: Sendable {
    /// A connection that sends no complete request part for this long is closed, also mid-request.
    public var idleTimeoutSeconds: Int = 30
    /// Past this many open connections Puente stops accepting; new clients wait in the listen backlog until a
    /// connection closes, and file descriptors never run out.
    public var maximumConnections: Int = ServerLimits.connectionsTheProcessCanOpen
    /// Request bodies are refused past this size (413): the API reads none.
    public var maximumBodySize = 1024
    /// One header line, or the request line, past this size is refused (431).
    public var maximumFieldSize = 8 * 1024
    /// The request line and all headers together, past this size, are refused (431).
    public var maximumHeadSize = 32 * 1024
    /// More header lines than this are refused (431).
    public var maximumHeaderCount = 100

    public init() {}

    /// Open files the process may hold, less a margin for the corpus, logs and the listening socket.
    static var connectionsTheProcessCanOpen: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 512 }
        return Int(clamping: max(16, min(4096, Int64(clamping: limit.rlim_cur) - 64)))
    }

    func http1Configuration(logger: Logger) -> HTTP1Channel.Configuration {
        HTTP1Channel.Configuration(
            additionalChannelHandlers: [RequestLimitsHandler(maximumBodySize: maximumBodySize, logger: logger)],
            idleTimeout: .seconds(Int64(idleTimeoutSeconds)),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: maximumFieldSize, maxHeaderListSize: maximumHeadSize,
                                            maxHeaderFieldCount: maximumHeaderCount))
    }
}
