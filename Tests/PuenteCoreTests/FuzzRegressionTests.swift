import Foundation
import Testing
@testable import PuenteFuzz

/// Every input kept in `Tests/FuzzRegressions/` (crashes and broken promises found by fuzzing or by hand) is
/// parsed again and must keep Puente's promises.
@Suite struct FuzzRegressionTests {
    static let directory = Paths.root.appendingPathComponent("Tests/FuzzRegressions")

    static var inputs: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()) ?? []
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func keepsItsPromises(_ name: String) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        #expect(ArticleFuzzing.problems(in: data) == [], "\(name)")
    }
}
