import Hummingbird

/// `/openapi.yaml`: the API's contract, read once at start-up and served as it is.
struct OpenAPIRoutes<Context: RequestContext>: Sendable {
    let document: ByteBuffer

    func register(on router: Router<Context>) {
        router.get("openapi.yaml") { [document] _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml", .cacheControl: "public, max-age=300"],
                     body: ResponseBody(byteBuffer: document))
        }
    }
}
