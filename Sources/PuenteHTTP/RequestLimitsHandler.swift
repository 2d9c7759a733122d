import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Refuses, on the connection, requests Puente will not read: a request line or headers past the decoder's limits
/// answer 431, a body past `maximumBodySize` (this API reads none) answers 413, and the connection closes after
/// either. A request is passed on only once it has arrived whole, so a refusal never interleaves with a response;
/// it waits for the responses to earlier requests on the connection to finish. After the refusal the output is
/// closed at once and the connection a moment later, so the client reads the answer before the reset its unread
/// bytes would cause.
final class RequestLimitsHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let maximumBodySize: Int
    let logger: Logger
    /// The head and body of the request being read.
    private var heldHead: HTTPRequest?
    private var heldBody: ByteBuffer?
    /// Requests passed on whose responses have not ended.
    private var unanswered = 0
    /// A refusal decided and not yet written, with the path of the request it answers when that is known.
    private var refusal: (problem: Problem, path: String?)?
    private var refused = false

    init(maximumBodySize: Int, logger: Logger) {
        self.maximumBodySize = maximumBodySize
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard refusal == nil, !refused else { return }
        let part = unwrapInboundIn(data)
        switch part {
        case .head(let head):
            if let declared = head.headerFields[.contentLength].flatMap(Int.init), declared > maximumBodySize {
                return refuse(.bodyTooLarge(limit: maximumBodySize), path: head.path, context: context)
            }
            heldHead = head
            heldBody = nil
        case .body(var bytes):
            guard (heldBody?.readableBytes ?? 0) + bytes.readableBytes <= maximumBodySize else {
                return refuse(.bodyTooLarge(limit: maximumBodySize), path: heldHead?.path, context: context)
            }
            if heldBody == nil { heldBody = bytes } else { heldBody!.writeBuffer(&bytes) }
        case .end:
            unanswered += 1
            if let heldHead { context.fireChannelRead(wrapInboundOut(.head(heldHead))) }
            if let heldBody { context.fireChannelRead(wrapInboundOut(.body(heldBody))) }
            heldHead = nil
            heldBody = nil
            context.fireChannelRead(data)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError, parserError == .headerOverflow else {
            return context.fireErrorCaught(error)
        }
        refuse(.headTooLarge, path: nil, context: context)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        context.write(data, promise: promise)
        guard case .end = unwrapOutboundIn(data) else { return }
        unanswered -= 1
        if unanswered == 0, let refusal { send(refusal.problem, path: refusal.path, context: context) }
    }

    private func refuse(_ problem: Problem, path: String?, context: ChannelHandlerContext) {
        refusal = (problem, path)
        heldHead = nil
        heldBody = nil
        if unanswered == 0 { send(problem, path: path, context: context) }
    }

    private func send(_ problem: Problem, path: String?, context: ChannelHandlerContext) {
        refusal = nil
        refused = true
        let body = problem.body(instance: path)
        var head = HTTPResponse(status: problem.status)
        head.headerFields = [.contentType: "application/problem+json", .contentLength: String(body.readableBytes),
                             .connection: "close", .cacheControl: "no-store"]
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        logger.info("refused \(path ?? "a request") \(problem.status.code): \(problem.title.lowercased())")
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            loopBound.value.close(mode: .output, promise: nil)
            loopBound.value.eventLoop.scheduleTask(in: .seconds(2)) { loopBound.value.close(promise: nil) }
        }
    }
}
