import Testing
@testable import PuenteHTTP

/// Request paths and the route pattern each one matches, or nil where none does.
@Suite struct RouteTableTests {
    static let rows: [(path: String, pattern: String?)] = [
        ("/v1/meetings", "/v1/meetings"),
        ("/v1/meetings/2023-10-25-cn-co", "/v1/meetings/{id}"),
        ("/v1/bri/members/co", "/v1/bri/members/{country}"),
        ("/v1/documents/004_1dd15791cc7c8380", "/v1/documents/{id}"),
        ("/openapi.yaml", "/openapi.yaml"),
        ("/v1/meetings/", nil),
        ("/v1/meetings/a/b", nil),
        ("/v1/meetingsx", nil),
        ("/v1/trade", nil),
        ("/v1/trade/figures/x", nil),
        ("/v1/documents/../etc/passwd", nil),
        ("/healthz/", nil),
        ("/", "/"),
        ("/assets/chart.js", "/assets/chart.js"),
        ("/assets/", nil),
        ("/assets/other.js", nil),
        ("//", nil),
        ("", nil),
    ]

    @Test(arguments: rows)
    func matches(_ row: (path: String, pattern: String?)) {
        #expect(RouteTable.pattern(of: row.path) == row.pattern, "\(row.path)")
    }

    /// A pattern the matcher could not express would answer 404 although the route is registered.
    @Test(arguments: RouteTable.paths)
    func everyPatternMatchesAPathOfItsShape(_ pattern: String) {
        let path = pattern.replacingOccurrences(of: "{id}", with: "x").replacingOccurrences(of: "{country}", with: "co")
        #expect(RouteTable.pattern(of: path) == pattern)
    }
}
