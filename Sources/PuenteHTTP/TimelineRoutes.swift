import Hummingbird
import PuenteCore

/// `/v1/timeline` (filters `country`, `from`, `to`): every dated fact in order, with its kind, a title, a link to
/// its resource and its evidence.
struct TimelineRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let list = try ListRequest(request), query = list.query
        let snapshot = store.snapshot
        let country = try query.country("country"), period = try query.period()
        return try list.answer(request, unfiltered: country == nil && period.isOpen, cached: snapshot.firstPages["/v1/timeline"]) {
            snapshot.timeline.filter { entry in (country.map { entry.countries.contains($0) } ?? true) && period.admits(entry.date) }
        }
    }
}
