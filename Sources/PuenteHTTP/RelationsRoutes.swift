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
        let list = try ListRequest(request)
        let snapshot = store.snapshot
        let country = try list.query.country("country")
        return try list.answer(request, unfiltered: country == nil, cached: snapshot.firstPages["/v1/relations"]) {
            snapshot.knowledgeBase.relations.filter { relation in country.map { relation.countries.contains($0) } ?? true }
        }
    }
}
