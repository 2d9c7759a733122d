/// Every path Puente answers, as patterns with `{name}` segments: the routes register from it, the guard checks
/// requests against it, and a test holds it equal to the paths of `openapi.yaml`.
enum RouteTable {
    static let paths: [String] = [
        "/healthz", "/readyz", "/metrics", "/openapi.yaml",
        "/v1/meetings", "/v1/meetings/{id}",
        "/v1/agreements", "/v1/agreements/{id}",
        "/v1/trade/figures", "/v1/trade/balances",
        "/v1/bri/members", "/v1/bri/members/{country}",
        "/v1/relations",
        "/v1/documents", "/v1/documents/{id}",
        "/v1/timeline", "/v1/search", "/v1/summary",
    ]

    static let allow = "GET, HEAD, OPTIONS"

    /// True when `path` matches one of the patterns.
    static func knows(_ path: String) -> Bool { pattern(of: path) != nil }

    /// The pattern `path` matches ("/v1/meetings/{id}"), which keeps metric labels few.
    static func pattern(of path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        return paths.first { pattern in
            let parts = pattern.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            return parts.count == segments.count && zip(parts, segments).allSatisfy { part, segment in
                part.hasPrefix("{") ? !segment.isEmpty : part == segment
            }
        }
    }
}
