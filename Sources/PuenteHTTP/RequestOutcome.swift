import Dispatch
import Hummingbird

/// Runs the rest of the middleware chain and reports how the request ended: the status it was answered with (that
/// of a thrown HTTP error, 500 for any other error) and the nanoseconds it took. The access log and the metrics both
/// observe requests through this.
func observingOutcome<Context: RequestContext>(
    of request: Request, _ context: Context, _ next: (Request, Context) async throws -> Response,
    report: (HTTPResponse.Status, _ nanoseconds: UInt64) -> Void
) async throws -> Response {
    let start = DispatchTime.now().uptimeNanoseconds
    func elapsed() -> UInt64 { DispatchTime.now().uptimeNanoseconds - start }
    do {
        let response = try await next(request, context)
        report(response.status, elapsed())
        return response
    } catch let error as any HTTPResponseError {
        report(error.status, elapsed())
        throw error
    } catch {
        report(.internalServerError, elapsed())
        throw error
    }
}
