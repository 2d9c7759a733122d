import Hummingbird
import PuenteCore

/// `/v1/agreements` (filters `country`, `sector`, `kind`, `status`, `from`, `to`, `meeting`, `min_confidence`) and `/v1/agreements/{id}`.
struct AgreementsRoutes<Context: RequestContext>: Sendable {
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
        let status = try query.choice("status", ["signed", "planned"])
        let sector = query.string("sector"), kind = query.string("kind"), meeting = query.string("meeting")
        let minimum = try query.fraction("min_confidence")
        let unfiltered = country == nil && status == nil && sector == nil && kind == nil && meeting == nil && minimum == nil && period.isOpen
        return try list.answer(request, unfiltered: unfiltered, cached: snapshot.firstPages["/v1/agreements"]) {
            snapshot.knowledgeBase.agreements.filter { agreement in
                (country.map { agreement.parties.contains($0) } ?? true) && (status.map { agreement.status.rawValue == $0 } ?? true)
                    && (sector.map { agreement.sectors.contains($0) } ?? true) && (kind.map { agreement.kind == $0 } ?? true)
                    && (meeting.map { agreement.meeting == $0 } ?? true) && period.admits(agreement.signed)
                    && agreement.confidence >= (minimum ?? 0)
            }
        }
    }

    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        guard let body = store.snapshot.resources[request.uri.path] else {
            throw Problem.notFound("The agreement \(context.parameters.get("id") ?? "")")
        }
        return body.response(to: request)
    }
}
