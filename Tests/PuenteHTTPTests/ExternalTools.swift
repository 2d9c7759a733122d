import Foundation

/// Programs the slower tests run (podman, Chromium, Python), found and run as a shell would.
enum ExternalTools {
    /// The tools of `names` found in no directory of `PATH`.
    static func missing(_ names: [String]) -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let directories = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/sbin"]
        return names.filter { name in !directories.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") } }
    }

    /// `arguments` run to completion, their output and errors read from a file, not a pipe: a helper process (a
    /// container's monitor, Chromium's renderers) could hold a pipe open past the end, and reading to its end would
    /// never return.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, output: String) {
        let logFile = FileManager.default.temporaryDirectory.appendingPathComponent("puente-tool-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: logFile) }
        guard let output = try? FileHandle(forWritingTo: logFile) else { return (-1, "cannot write \(logFile.path)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, "\(arguments[0]): \(error)") }
        process.waitUntilExit()
        try? output.close()
        return (process.terminationStatus, (try? String(contentsOf: logFile, encoding: .utf8)) ?? "")
    }
}

/// A new empty directory under the temporary directory, named `prefix-UUID`.
func makeTemporaryDirectory(_ prefix: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}
