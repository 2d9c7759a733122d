import Hummingbird

/// `/v1/summary`: counts per family, the latest meeting, the BRI members and each country's latest balance.
struct SummaryRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    func register(on router: Router<Context>) {
        router.get("v1/summary") { [store] request, _ -> Response in
            guard let body = store.snapshot.resources["/v1/summary"] else { throw Problem.notFound("The summary") }
            return body.response(to: request)
        }
    }
}
