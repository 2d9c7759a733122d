import Dispatch
import Hummingbird
import Logging

/// One log line per request once it is answered: method, target, status and time taken
/// (`GET /v1/meetings?country=CO 200 0.183 ms`).
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let response = try await next(request, context)
            log(request, response.status, since: start)
            return response
        } catch let error as any HTTPResponseError {
            log(request, error.status, since: start)
            throw error
        } catch {
            log(request, .internalServerError, since: start)
            throw error
        }
    }

    private func log(_ request: Request, _ status: HTTPResponse.Status, since start: UInt64) {
        let microseconds = (DispatchTime.now().uptimeNanoseconds - start) / 1000
        let milliseconds = "\(microseconds / 1000).\(LogLineHandler.padded(Int32(microseconds % 1000), width: 3))"
        logger.info("\(request.method.rawValue) \(request.uri) \(status.code) \(milliseconds) ms")
    }
}
