import Foundation
import Synchronization

/// The real `puente` binary serving a temporary copy of the seed corpus on a free port, driven with the `curl`
/// command as users drive it.
final class RunningServer: @unchecked Sendable {
    static let binary = TestArguments.root.appendingPathComponent(".build/debug/puente").path
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: binary) && FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")
    }

    let process = Process()
    private(set) var port = 0
    private let errors = Pipe()
    private let log = LogBuffer()

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    }

    /// Serves `corpus`, or a temporary copy of the seed corpus.
    init(corpus: String? = nil, environment: [String: String] = [:]) throws {
        let corpus = try corpus ?? Self.copyOfTheSeedCorpus()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--port", "0", "--corpus", corpus, "--openapi", TestArguments().openAPI]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        errors.fileHandleForReading.readabilityHandler = { [log] handle in
            let chunk = handle.availableData
            if chunk.isEmpty { handle.readabilityHandler = nil }
            log.text.withLock { $0 += String(decoding: chunk, as: UTF8.self) }
        }
        try process.run()
        port = try awaitPort()
    }

    deinit { if process.isRunning { process.terminate() } }

    static func copyOfTheSeedCorpus() throws -> String {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("puente-harness-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: TestArguments().corpus, toPath: corpus.path)
        return corpus.path
    }

    /// What the server has written on standard error so far; read continuously, so the server never blocks on a
    /// full pipe.
    var logText: String { log.text.withLock { $0 } }

    /// True once the log holds `text`, polled for up to `seconds`.
    func waitForLog(containing text: String, seconds: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if logText.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return logText.contains(text)
    }

    /// Waits for the start-up log line that names the address the server listens on.
    private func awaitPort() throws -> Int {
        let marker = "listening on 127.0.0.1:"
        guard waitForLog(containing: marker, seconds: 60), let range = logText.range(of: marker),
              let port = Int(logText[range.upperBound...].prefix { $0.isNumber }) else {
            throw NSError(domain: "RunningServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "server did not start: \(logText)"])
        }
        return port
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

/// Text that one thread appends to and others read.
final class LogBuffer: Sendable {
    let text = Mutex("")
}
