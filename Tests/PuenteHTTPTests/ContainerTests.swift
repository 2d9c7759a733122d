import Foundation
import Testing

/// The real Dockerfile built and run with podman (`Tests/Container/container-test.sh`). Where podman, debootstrap
/// or jq is missing the test is skipped and says so; CI installs them, so there it always runs.
@Suite struct ContainerTests {
    static let script = TestArguments.root.appendingPathComponent("Tests/Container/container-test.sh").path
    static let missingTools = ExternalTools.missing(["podman", "runc", "debootstrap", "jq", "curl"])

    @Test(.enabled(if: missingTools.isEmpty, "skipped: the container test needs \(missingTools.joined(separator: ", ")) (apt-get install podman runc debootstrap jq curl)"),
          .timeLimit(.minutes(30)))
    func theImageBuildsRunsAndStopsCleanly() {
        let result = ExternalTools.run(["/bin/bash", Self.script])
        print(result.output)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        #expect(result.output.contains("container test: passed"))
    }
}
