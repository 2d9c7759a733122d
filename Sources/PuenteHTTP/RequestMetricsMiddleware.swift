import Hummingbird
import Metrics
import Prometheus
import Synchronization

/// Counts requests and times them by route pattern, method and status, into this application's own Prometheus
/// registry (no process-wide metrics system), which `/metrics` renders.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: RequestMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let route = RouteTable.pattern(of: request.uri.path) ?? "unmatched"
        return try await observingOutcome(of: request, context, next) { status, nanoseconds in
            metrics.record(route, request.method, status, nanoseconds: nanoseconds)
        }
    }
}

/// The request counter and timer of each route, method and status, made once and then reused: the labels are few
/// (route patterns, not paths), and looking a handle up here is cheaper than asking the registry each time.
final class RequestMetrics: Sendable {
    struct Labels: Hashable {
        let route: String
        let method: String
        let status: Int
    }

    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let handles = Mutex<[Labels: (Metrics.Counter, Metrics.Timer)]>([:])

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        factory = PrometheusMetricsFactory(registry: registry)
    }

    func record(_ route: String, _ method: HTTPRequest.Method, _ status: HTTPResponse.Status, nanoseconds: UInt64) {
        let labels = Labels(route: route, method: method.rawValue, status: Int(status.code))
        let (counter, timer) = handles.withLock { handles in
            if let known = handles[labels] { return known }
            let dimensions = [("route", route), ("method", labels.method), ("status", String(labels.status))]
            let made = (Metrics.Counter(label: "puente_http_requests_total", dimensions: dimensions, factory: factory),
                        Metrics.Timer(label: "puente_http_request_duration_seconds", dimensions: dimensions, factory: factory))
            handles[labels] = made
            return made
        }
        counter.increment()
        timer.recordNanoseconds(Int64(nanoseconds))
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
