import Hummingbird
import PuenteCore

/// `/v1/meetings` (filters `country`, `participant`, `min_confidence`, `from`, `to`) and `/v1/meetings/{id}`.
struct MeetingsRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        routes.get(":id", use: show)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let list = try ListRequest(request), query = list.query
        let snapshot = store.snapshot
        let country = try query.country("country"), period = try query.period()
        let participant = query.string("participant")?.lowercased()
        let minimum = try query.fraction("min_confidence")
        let unfiltered = country == nil && participant == nil && minimum == nil && period.isOpen
        return try list.answer(request, unfiltered: unfiltered, cached: snapshot.firstPages["/v1/meetings"]) {
            snapshot.knowledgeBase.meetings.filter { meeting in
                (country.map { meeting.countries.contains($0) } ?? true) && period.admits(meeting.date) && meeting.confidence >= (minimum ?? 0)
                    && (participant.map { name in meeting.participants.contains { $0.name.lowercased().contains(name) } } ?? true)
            }
        }
    }

    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        let path = request.uri.path
        guard let body = store.snapshot.resources[path] else { throw Problem.notFound("The meeting \(context.parameters.get("id") ?? "")") }
        return body.response(to: request)
    }
}
