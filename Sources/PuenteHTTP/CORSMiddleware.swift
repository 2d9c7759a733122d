import Hummingbird

/// Cross-origin access for browsers: any origin by default, or only the origins listed (`PUENTE_CORS_ORIGINS`).
/// Preflight requests (OPTIONS with `Access-Control-Request-Method`) are answered here; every other answer, errors
/// included, carries the headers a browser needs to read it.
struct PuenteCORSMiddleware<Context: RequestContext>: RouterMiddleware {
    /// nil allows any origin.
    let origins: Set<String>?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin] else { return try await respond(request, context, next) }
        let allowed = origins.map { $0.contains(origin) } ?? true
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil, RouteTable.knows(request.uri.path) {
            var headers: HTTPFields = [.vary: "Origin"]
            if allowed {
                headers[.accessControlAllowOrigin] = origins == nil ? "*" : origin
                headers[.accessControlAllowMethods] = RouteTable.allow
                headers[.accessControlAllowHeaders] = request.headers[.accessControlRequestHeaders] ?? "If-None-Match, Accept-Encoding"
                headers[.accessControlMaxAge] = "600"
            }
            return Response(status: .noContent, headers: headers)
        }
        var response = try await respond(request, context, next)
        if allowed {
            response.headers[.accessControlAllowOrigin] = origins == nil ? "*" : origin
            response.headers[.accessControlExposeHeaders] = "ETag, X-Total-Count, Content-Disposition"
            if origins != nil { response.headers[.vary] = [response.headers[.vary], "Origin"].compactMap { $0 }.joined(separator: ", ") }
        }
        return response
    }

    /// The next answer, with an error turned into its response so it can carry CORS headers too.
    private func respond(_ request: Request, _ context: Context, _ next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            return try error.response(from: request, context: context)
        }
    }

    static func origins(from setting: String?) -> Set<String>? {
        guard let setting, !setting.trimmingCharacters(in: .whitespaces).isEmpty, setting != "*" else { return nil }
        return Set(setting.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
