import Foundation
import Hummingbird
import Logging
import Prometheus
import PuenteCore

/// What the server needs to start: where to listen and which corpus to serve.
public protocol AppArguments: Sendable {
    var host: String { get }
    var port: Int { get }
    var corpus: String { get }
    /// The path of `openapi.yaml`.
    var openAPI: String { get }
    var logLevel: Logger.Level { get }
    /// Comma-separated origins allowed to read the API from a browser; nil or "*" for any.
    var corsOrigins: String? { get }
    var limits: ServerLimits { get }
    var logFormat: LogFormat { get }
    /// The directory holding Chart.js for the dashboard's charts.
    var assetsDirectory: String { get }
}

extension AppArguments {
    public var limits: ServerLimits { ServerLimits() }
    public var logFormat: LogFormat { .text }
    public var assetsDirectory: String { PageAssets.defaultDirectory }
}

/// Why the server could not start, with what to fix.
public enum StartupError: Error, CustomStringConvertible {
    case corpus(CorpusError)
    case openAPIUnreadable(path: String)

    public var description: String {
        switch self {
        case .corpus(let error): return error.description
        case .openAPIUnreadable(let path): return "cannot read the API contract at '\(path)': pass --openapi with the path of openapi.yaml"
        }
    }
}

/// Builds the application the executable runs and the tests drive: the corpus is loaded and its knowledge base built
/// once, here, before the first request.
public func buildApplication(_ arguments: some AppArguments) async throws -> some ApplicationProtocol {
    let format = arguments.logFormat
    var logger = Logger(label: "puente") { LogLineHandler(label: $0, format: format) }
    logger.logLevel = arguments.logLevel
    let loaded: CorpusLoader.Result
    do {
        loaded = try CorpusLoader().load(directory: arguments.corpus)
    } catch {
        throw StartupError.corpus(error)
    }
    for warning in loaded.warnings { logger.warning("skipped or partly read \(warning.file): \(warning.message)") }
    let knowledgeBase = KnowledgeBaseBuilder().build(documents: loaded.documents, warnings: loaded.warnings)
    let store = SnapshotStore(try Snapshot(knowledgeBase: knowledgeBase, documents: loaded.documents))
    guard let openAPI = FileManager.default.contents(atPath: arguments.openAPI) else {
        throw StartupError.openAPIUnreadable(path: arguments.openAPI)
    }
    logger.info("loaded \(loaded.documents.count) documents: \(knowledgeBase.meetings.count) meetings, \(knowledgeBase.agreements.count) agreements, \(knowledgeBase.tradeFigures.count) trade figures, \(knowledgeBase.bri.count) BRI records, \(knowledgeBase.relations.count) relations; \(loaded.warnings.count) warnings")
    let assets = PageAssets(chartDirectory: arguments.assetsDirectory)
    switch assets.chartSource {
    case .success(let path): logger.info("dashboard charts: Chart.js from \(path)")
    case .failure(let reason): logger.warning("dashboard charts unavailable: \(reason)")
    }
    let router = buildRouter(store: store, openAPI: ByteBuffer(data: openAPI), assets: assets, logger: logger,
                             corsOrigins: PuenteCORSMiddleware<BasicRequestContext>.origins(from: arguments.corsOrigins))
    let limits = arguments.limits
    let configuration = ApplicationConfiguration(address: .hostname(arguments.host, port: arguments.port), serverName: "Puente",
                                                 availableConnectionsDelegate: .maximum(limits.maximumConnections, logger: logger))
    return Application(router: router, server: .http1(configuration: limits.http1Configuration(logger: logger)), configuration: configuration,
                       logger: logger)
}

/// The routes, one collection per resource, behind request logging and the route guard.
func buildRouter(store: SnapshotStore, openAPI: ByteBuffer, assets: PageAssets, logger: Logger,
                 corsOrigins: Set<String>?) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
    let metrics = RequestMetrics(registry: PrometheusCollectorRegistry())
    router.add(middleware: AccessLogMiddleware(logger: logger))
    router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
    router.add(middleware: PuenteCORSMiddleware(origins: corsOrigins))
    router.add(middleware: RouteGuardMiddleware())
    DashboardRoutes(assets: assets).register(on: router)
    HealthRoutes(store: store).register(on: router)
    OpenAPIRoutes(document: openAPI).register(on: router)
    MetricsRoutes(registry: metrics.registry).register(on: router)
    router.addRoutes(MeetingsRoutes(store: store).endpoints, atPath: "/v1/meetings")
    router.addRoutes(AgreementsRoutes(store: store).endpoints, atPath: "/v1/agreements")
    router.addRoutes(TradeRoutes(store: store).endpoints, atPath: "/v1/trade")
    router.addRoutes(BriRoutes(store: store).endpoints, atPath: "/v1/bri")
    router.addRoutes(RelationsRoutes(store: store).endpoints, atPath: "/v1/relations")
    router.addRoutes(DocumentsRoutes(store: store).endpoints, atPath: "/v1/documents")
    router.addRoutes(TimelineRoutes(store: store).endpoints, atPath: "/v1/timeline")
    router.addRoutes(SearchRoutes(store: store).endpoints, atPath: "/v1/search")
    SummaryRoutes(store: store).register(on: router)
    return router
}
