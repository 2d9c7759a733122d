import Hummingbird
import PuenteCore

/// `/v1/bri/members` (filters `status`, `min_confidence`) and `/v1/bri/members/{country}`: any well-formed code answers, with
/// `status: "unknown"` where the corpus says nothing of that country.
struct BriRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("members", use: list)
        routes.get("members/:country", use: show)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let list = try ListRequest(request)
        let snapshot = store.snapshot
        let status = try list.query.choice("status", ["member", "former_member", "intends_to_join", "non_member"])
        let minimum = try list.query.fraction("min_confidence")
        return try list.answer(request, unfiltered: status == nil && minimum == nil, cached: snapshot.firstPages["/v1/bri/members"]) {
            snapshot.knowledgeBase.bri.filter { membership in
                (status.map { membership.status.rawValue == $0 } ?? true) && membership.confidence >= (minimum ?? 0)
            }
        }
    }

    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        let raw = context.parameters.get("country") ?? ""
        guard let code = CountryCode.normalized(raw) else {
            throw Problem.badParameter("country", raw, expected: "an ISO 3166-1 alpha-2 country code such as CO or pa")
        }
        if let body = store.snapshot.resources["/v1/bri/members/\(code)"] { return body.response(to: request) }
        return try EncodedBody(encoding: UnknownMembership(country: code)).response(to: request)
    }
}

/// What Puente says of a country no article places in or out of the initiative.
struct UnknownMembership: Encodable {
    let country: String
    let status = "unknown"
    let events: [BriEvent] = []
}
