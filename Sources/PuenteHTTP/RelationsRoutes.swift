import Hummingbird
import PuenteCore

/// `/v1/relations` (filter `country`).
struct RelationsRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request)
        let snapshot = store.snapshot
        let page = try query.page()
        let country = try query.country("country")
        if country == nil, page == .first, let body = snapshot.firstPages["/v1/relations"] { return body.response(to: request) }
        let relations = snapshot.knowledgeBase.relations.filter { relation in country.map { relation.countries.contains($0) } ?? true }
        return try EncodedBody(encoding: ListBody(relations, page: page)).response(to: request)
    }
}
