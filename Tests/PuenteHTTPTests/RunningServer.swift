import Foundation

/// The real `puente` binary serving a temporary copy of the seed corpus on a free port, driven with the `curl`
/// command as users drive it.
final class RunningServer: @unchecked Sendable {
    static let binary = TestArguments.root.appendingPathComponent(".build/debug/puente").path
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: binary) && FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")
    }

    let process = Process()
    let port: Int
    private let errors = Pipe()

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    }

    init(environment: [String: String] = [:]) throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("puente-harness-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: TestArguments().corpus, toPath: corpus.path)
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--port", "0", "--corpus", corpus.path, "--openapi", TestArguments().openAPI]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        port = try Self.awaitPort(errors.fileHandleForReading)
    }

    deinit { if process.isRunning { process.terminate() } }

    /// Reads the start-up log until the line that names the address the server listens on.
    private static func awaitPort(_ handle: FileHandle) throws -> Int {
        var log = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            log += String(decoding: chunk, as: UTF8.self)
            if let range = log.range(of: "listening on 127.0.0.1:") {
                let digits = log[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) { return port }
            }
        }
        throw NSError(domain: "RunningServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "server did not start: \(log)"])
    }

    /// `curl -s -i [options] URL`, the reply parsed.
    func curl(_ path: String, _ options: [String] = []) throws -> Reply {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "-i", "--max-time", "10"] + options + ["http://127.0.0.1:\(port)\(path)"]
        let output = Pipe()
        curl.standardOutput = output
        try curl.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        return Self.parse(data)
    }

    private static func parse(_ data: Data) -> Reply {
        let separator = Data("\r\n\r\n".utf8)
        guard let split = data.range(of: separator) else { return Reply(status: 0, headers: [:], body: data) }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: headers, body: data[split.upperBound...])
    }

    /// Sends SIGTERM and waits up to `seconds` for the process to end; its exit status, or nil if it did not.
    func terminate(within seconds: Double) -> Int32? {
        process.terminate()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
