import Hummingbird

/// Answers what the routes do not: an unknown path is 404, OPTIONS lists the methods, any other method than GET
/// or HEAD is 405 with `Allow`, and a query that cannot be decoded is 400 on every path, also on those that read
/// no parameter; all as problem+json.
struct RouteGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard RouteTable.knows(path) else { throw Problem.notFound("The path \(path)") }
        switch request.method {
        case .get, .head:
            if request.uri.query != nil { _ = try QueryParameters(request) }
            return try await next(request, context)
        case .options:
            return Response(status: .noContent, headers: [.allow: RouteTable.allow])
        default:
            throw Problem.methodNotAllowed(request.method, path: path, allow: RouteTable.allow)
        }
    }
}
