import Foundation
import Testing
@testable import PuenteHTTP

/// `openapi.yaml` documents exactly the paths the server answers.
@Suite struct ContractTests {
    static func specPaths() throws -> Set<String> {
        let text = try String(contentsOfFile: TestArguments().openAPI, encoding: .utf8)
        var inPaths = false
        var paths = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" { inPaths = true; continue }
            if inPaths, let first = line.first, first != " " { break }
            if inPaths, line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") { paths.insert(String(line.dropFirst(2).dropLast())) }
        }
        return paths
    }

    @Test func everyRouteIsInTheSpecAndEverySpecPathIsARoute() throws {
        let spec = try Self.specPaths()
        #expect(spec.count > 10)
        #expect(Set(RouteTable.paths) == spec, "in code only: \(Set(RouteTable.paths).subtracting(spec)); in spec only: \(spec.subtracting(RouteTable.paths))")
    }
}
