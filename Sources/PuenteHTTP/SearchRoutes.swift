import Hummingbird
import PuenteCore

/// `/v1/search?q=`: the sentences containing every term, with their document and offsets.
struct SearchRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: search)
        return routes
    }

    @Sendable func search(_ request: Request, context: Context) async throws -> Response {
        let list = try ListRequest(request), query = list.query
        guard let terms = query.string("q"), !SentenceIndex.terms(of: terms).isEmpty else {
            throw Problem.badParameter("q", query.values["q"] ?? "", expected: "one or more words to find, such as q=beef+protocol")
        }
        guard terms.count <= 200 else { throw Problem.badParameter("q", String(terms.prefix(40)) + "...", expected: "at most 200 characters") }
        return try list.answer(request, unfiltered: false, cached: nil) { store.snapshot.sentences.search(terms) }
    }
}
