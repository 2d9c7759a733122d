import Foundation
import Testing

/// The real Dockerfile built and run with podman (`Tests/Container/container-test.sh`). Where podman, debootstrap
/// or jq is missing the test is skipped and says so; CI installs them, so there it always runs.
@Suite struct ContainerTests {
    static let script = TestArguments.root.appendingPathComponent("Tests/Container/container-test.sh").path
    static let tools = ["podman", "runc", "debootstrap", "jq", "curl"]

    static var missingTools: [String] {
        tools.filter { tool in
            !["/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/local/bin"].contains {
                FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
            }
        }
    }

    @Test(.enabled(if: missingTools.isEmpty, "skipped: the container test needs \(missingTools.joined(separator: ", ")) (apt-get install podman runc debootstrap jq curl)"),
          .timeLimit(.minutes(30)))
    func theImageBuildsRunsAndStopsCleanly() throws {
        // The output goes to a file, not a pipe: a container's monitor process could hold a pipe open past the
        // script's end, and reading to its end would never return.
        let logFile = FileManager.default.temporaryDirectory.appendingPathComponent("puente-container-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: logFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script]
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        let log = try String(contentsOf: logFile, encoding: .utf8)
        print(log)
        #expect(process.terminationStatus == 0, "\(log.suffix(3000))")
        #expect(log.contains("container test: passed"))
    }
}
