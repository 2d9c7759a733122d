import Hummingbird
import PuenteCore

/// `/v1/meetings` (filters `country`, `participant`, `from`, `to`) and `/v1/meetings/{id}`.
struct MeetingsRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        routes.get(":id", use: show)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request)
        let snapshot = store.snapshot
        let page = try query.page()
        let country = try query.country("country"), period = try query.period()
        let participant = query.string("participant")?.lowercased()
        if country == nil, participant == nil, period.isOpen, page == .first, let body = snapshot.firstPages["/v1/meetings"] {
            return body.response(to: request)
        }
        let meetings = snapshot.knowledgeBase.meetings.filter { meeting in
            (country.map { meeting.countries.contains($0) } ?? true) && period.admits(meeting.date)
                && (participant.map { name in meeting.participants.contains { $0.name.lowercased().contains(name) } } ?? true)
        }
        return try EncodedBody(encoding: ListBody(meetings, page: page)).response(to: request)
    }

    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        let path = request.uri.path
        guard let body = store.snapshot.resources[path] else { throw Problem.notFound("The meeting \(context.parameters.get("id") ?? "")") }
        return body.response(to: request)
    }
}
