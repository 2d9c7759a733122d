import Dispatch
import Hummingbird
import Metrics
import Prometheus

/// Counts requests and times them by route pattern, method and status, into this application's own Prometheus
/// registry (no process-wide metrics system), which `/metrics` renders.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let factory: PrometheusMetricsFactory

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let route = RouteTable.pattern(of: request.uri.path) ?? "unmatched"
        do {
            let response = try await next(request, context)
            record(route, request.method, response.status, since: start)
            return response
        } catch let error as any HTTPResponseError {
            record(route, request.method, error.status, since: start)
            throw error
        } catch {
            record(route, request.method, .internalServerError, since: start)
            throw error
        }
    }

    private func record(_ route: String, _ method: HTTPRequest.Method, _ status: HTTPResponse.Status, since start: UInt64) {
        let dimensions = [("route", route), ("method", method.rawValue), ("status", String(status.code))]
        Counter(label: "puente_http_requests_total", dimensions: dimensions, factory: factory).increment()
        Timer(label: "puente_http_request_duration_seconds", dimensions: dimensions, factory: factory)
            .recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start))
    }
}

/// `/metrics`: the registry in Prometheus' text format.
struct MetricsRoutes<Context: RequestContext>: Sendable {
    let registry: PrometheusCollectorRegistry

    func register(on router: Router<Context>) {
        router.get("metrics") { [registry] _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
