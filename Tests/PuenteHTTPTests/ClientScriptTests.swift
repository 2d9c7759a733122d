import Foundation
import Testing

/// Clients users run against a real `puente serve`, written in Python (`Tests/Clients/`): headless Chromium loading
/// the dashboard, and Python's csv module reading every list back. Where a tool is missing the test is skipped and
/// says so; CI installs them, so there they always run.
@Suite(.serialized) struct ClientScriptTests {
    static let clients = TestArguments.root.appendingPathComponent("Tests/Clients")

    static func missing(_ tools: [String], modules: [String] = []) -> [String] {
        let programs = tools.filter { tool in
            !["/usr/bin", "/usr/local/bin", "/bin"].contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
                && run(["/usr/bin/env", "which", tool]).status != 0
        }
        let absent = modules.filter { run(["/usr/bin/env", "python3", "-c", "import \($0)"]).status != 0 }
        return programs + absent.map { "python3 -m pip install \($0 == "websocket" ? "websocket-client" : $0)" }
    }

    static let missingForCSV = missing(["python3"])
    static let missingForBrowser = missing(["python3", "chromium"], modules: ["websocket"])

    /// `arguments` run to completion, output to a file (Chromium's helpers could hold a pipe open past the end).
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, output: String) {
        let logFile = FileManager.default.temporaryDirectory.appendingPathComponent("puente-client-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
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
        let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: logFile)
        return (process.terminationStatus, text)
    }

    static func script(_ name: String, _ extra: [String], corpus: String = TestArguments().corpus) -> (status: Int32, output: String) {
        run(["/usr/bin/env", "python3", clients.appendingPathComponent(name).path, "--binary", RunningServer.binary,
             "--corpus", corpus, "--openapi", TestArguments().openAPI] + extra)
    }

    @Test(.enabled(if: RunningServer.available && missingForCSV.isEmpty, "skipped: needs the built puente and \(missingForCSV)"),
          .timeLimit(.minutes(5)))
    func csvAnswersReadBackAsTheJSONTotals() {
        let result = Self.script("csv_check.py", [])
        print(result.output)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        #expect(result.output.contains("csv check: passed"))
    }

    /// The fixture articles quote text with commas, quotation marks and other currencies: harder cells to write.
    @Test(.enabled(if: RunningServer.available && missingForCSV.isEmpty, "skipped: needs the built puente and \(missingForCSV)"),
          .timeLimit(.minutes(5)))
    func csvOfTheFixtureArticlesReadsBackToo() {
        let result = Self.script("csv_check.py", [], corpus: TestArguments.root.appendingPathComponent("Tests/Fixtures").path)
        print(result.output)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        #expect(result.output.contains("csv check: passed"))
    }

    /// The screenshot goes to `docs/dashboard.png` when `PUENTE_UPDATE_SCREENSHOT` is set, else to a temporary file.
    @Test(.enabled(if: RunningServer.available && missingForBrowser.isEmpty, "skipped: needs the built puente and \(missingForBrowser)"),
          .timeLimit(.minutes(5)))
    func dashboardInChromiumWithCharts() throws {
        let screenshot = ProcessInfo.processInfo.environment["PUENTE_UPDATE_SCREENSHOT"] != nil
            ? TestArguments.root.appendingPathComponent("docs/dashboard.png")
            : FileManager.default.temporaryDirectory.appendingPathComponent("puente-dashboard-\(UUID().uuidString).png")
        let result = Self.script("dashboard_check.py", ["--expect", "charts", "--seed-facts", "--screenshot", screenshot.path])
        print(result.output)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        #expect(result.output.contains("dashboard check (charts): passed"))
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "a PNG of the rendered page")
    }

    @Test(.enabled(if: RunningServer.available && missingForBrowser.isEmpty, "skipped: needs the built puente and \(missingForBrowser)"),
          .timeLimit(.minutes(5)))
    func dashboardInChromiumWithoutChartJS() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("puente-no-assets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = Self.script("dashboard_check.py", ["--expect", "tables", "--seed-facts", "--assets-dir", empty.path])
        print(result.output)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        #expect(result.output.contains("dashboard check (tables): passed"))
    }

    /// The fixture articles, about many countries, give the page shapes the seeds do not: conflicts, values in other
    /// currencies, balances without amounts, former members. Everything the API lists must still show and trace.
    @Test(.enabled(if: RunningServer.available && missingForBrowser.isEmpty, "skipped: needs the built puente and \(missingForBrowser)"),
          .timeLimit(.minutes(5)))
    func dashboardInChromiumOnTheFixtureArticles() {
        let fixtures = TestArguments.root.appendingPathComponent("Tests/Fixtures").path
        let result = Self.script("dashboard_check.py", ["--expect", "charts"], corpus: fixtures)
        print(result.output)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        #expect(result.output.contains("dashboard check (charts): passed"))
    }
}
