/// Every path Puente answers, as patterns with `{name}` segments: the routes register from it, the guard checks
/// requests against it, and a test holds it equal to the paths of `openapi.yaml`.
enum RouteTable {
    static let paths: [String] = [
        "/", "/assets/dashboard.css", "/assets/dashboard.js", "/assets/chart.js",
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

    /// The patterns without parameters, looked up whole.
    private static let fixedPaths = Set(paths.filter { !$0.contains("{") })

    /// The patterns whose one parameter is their last segment, as the prefix before it ("/v1/meetings/").
    private static let parameterPrefixes: [(prefix: String, pattern: String)] = paths.compactMap { pattern in
        guard let slash = pattern.lastIndex(of: "/"), pattern[slash...].hasPrefix("/{") else { return nil }
        return (String(pattern[...slash]), pattern)
    }

    /// True when `path` matches one of the patterns.
    static func knows(_ path: String) -> Bool { pattern(of: path) != nil }

    /// The pattern `path` matches ("/v1/meetings/{id}"), which keeps metric labels few. Called on every request, so
    /// it is a set lookup and a few prefix checks rather than a segment-by-segment walk.
    static func pattern(of path: String) -> String? {
        if fixedPaths.contains(path) { return path }
        return parameterPrefixes.first { entry in
            guard path.hasPrefix(entry.prefix) else { return false }
            let parameter = path.utf8.dropFirst(entry.prefix.utf8.count)
            return !parameter.isEmpty && !parameter.contains(UInt8(ascii: "/"))
        }?.pattern
    }
}
