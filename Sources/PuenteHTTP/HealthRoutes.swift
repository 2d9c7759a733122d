import Hummingbird

/// `/healthz` (the process answers) and `/readyz` (a knowledge base is loaded and being served).
struct HealthRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    func register(on router: Router<Context>) {
        router.get("healthz") { _, _ in Self.status("ok") }
        router.get("readyz") { [store] _, _ in
            Self.status("ready", documents: store.snapshot.knowledgeBase.documents.count)
        }
    }

    static func status(_ value: String, documents: Int? = nil) -> Response {
        let body = documents.map { "{\"status\":\"\(value)\",\"documents\":\($0)}" } ?? "{\"status\":\"\(value)\"}"
        return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
