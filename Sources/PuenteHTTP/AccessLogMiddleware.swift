import Hummingbird
import Logging

/// One log line per request once it is answered: method, target, status and time taken
/// (`GET /v1/meetings?country=CO 200 0.183 ms`).
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await observingOutcome(of: request, context, next) { status, nanoseconds in
            let microseconds = nanoseconds / 1000
            let milliseconds = "\(microseconds / 1000).\(LogLineHandler.padded(Int32(microseconds % 1000), width: 3))"
            logger.info("\(request.method.rawValue) \(request.uri) \(status.code) \(milliseconds) ms")
        }
    }
}
