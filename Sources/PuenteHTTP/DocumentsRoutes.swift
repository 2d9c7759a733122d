import Hummingbird
import PuenteCore

/// `/v1/documents` and `/v1/documents/{id}` (metadata, text, sentence count, warnings).
struct DocumentsRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        routes.get(":id", use: show)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let snapshot = store.snapshot
        return try ListRequest(request).answer(request, unfiltered: true, cached: snapshot.firstPages["/v1/documents"]) {
            snapshot.knowledgeBase.documents
        }
    }

    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        guard let body = store.snapshot.resources[request.uri.path] else {
            throw Problem.notFound("The document \(context.parameters.get("id") ?? "")")
        }
        return body.response(to: request)
    }
}
