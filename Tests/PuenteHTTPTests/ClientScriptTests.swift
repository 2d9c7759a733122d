import Foundation
import Testing

/// Clients users run against a real `puente serve`, written in Python (`Tests/Clients/`): headless Chromium loading
/// the dashboard, and Python's csv module reading every list back. Where a tool is missing the test is skipped and
/// says so; CI installs them, so there they always run.
@Suite(.serialized) struct ClientScriptTests {
    static let clients = TestArguments.root.appendingPathComponent("Tests/Clients")

    /// Missing programs and Python modules, each as what to install.
    static func missing(_ tools: [String], modules: [String] = []) -> [String] {
        let absent = modules.filter { ExternalTools.run(["/usr/bin/env", "python3", "-c", "import \($0)"]).status != 0 }
        return ExternalTools.missing(tools) + absent.map { "python3 -m pip install \($0 == "websocket" ? "websocket-client" : $0)" }
    }

    static let missingForCSV = missing(["python3"])
    static let missingForBrowser = missing(["python3", "chromium"], modules: ["websocket"])

    /// Runs the client `name` against the built binary and expects it to exit 0 and print `verdict`.
    static func expectPasses(_ name: String, _ extra: [String], corpus: String = TestArguments().corpus, printing verdict: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let result = ExternalTools.run(["/usr/bin/env", "python3", clients.appendingPathComponent(name).path, "--binary",
                                        RunningServer.binary, "--corpus", corpus, "--openapi", TestArguments().openAPI] + extra)
        print(result.output)
        #expect(result.status == 0, "\(result.output.suffix(3000))", sourceLocation: sourceLocation)
        #expect(result.output.contains(verdict), sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: RunningServer.available && missingForCSV.isEmpty, "skipped: needs the built puente and \(missingForCSV)"),
          .timeLimit(.minutes(5)))
    func csvAnswersReadBackAsTheJSONTotals() {
        Self.expectPasses("csv_check.py", [], printing: "csv check: passed")
    }

    /// The fixture articles quote text with commas, quotation marks and other currencies: harder cells to write.
    @Test(.enabled(if: RunningServer.available && missingForCSV.isEmpty, "skipped: needs the built puente and \(missingForCSV)"),
          .timeLimit(.minutes(5)))
    func csvOfTheFixtureArticlesReadsBackToo() {
        Self.expectPasses("csv_check.py", [], corpus: TestArguments.root.appendingPathComponent("Tests/Fixtures").path,
                          printing: "csv check: passed")
    }

    /// The screenshot goes to `docs/dashboard.png` when `PUENTE_UPDATE_SCREENSHOT` is set, else to a temporary file.
    @Test(.enabled(if: RunningServer.available && missingForBrowser.isEmpty, "skipped: needs the built puente and \(missingForBrowser)"),
          .timeLimit(.minutes(5)))
    func dashboardInChromiumWithCharts() throws {
        let screenshot = ProcessInfo.processInfo.environment["PUENTE_UPDATE_SCREENSHOT"] != nil
            ? TestArguments.root.appendingPathComponent("docs/dashboard.png")
            : FileManager.default.temporaryDirectory.appendingPathComponent("puente-dashboard-\(UUID().uuidString).png")
        Self.expectPasses("dashboard_check.py", ["--expect", "charts", "--seed-facts", "--screenshot", screenshot.path],
                          printing: "dashboard check (charts): passed")
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "a PNG of the rendered page")
    }

    @Test(.enabled(if: RunningServer.available && missingForBrowser.isEmpty, "skipped: needs the built puente and \(missingForBrowser)"),
          .timeLimit(.minutes(5)))
    func dashboardInChromiumWithoutChartJS() throws {
        let empty = try makeTemporaryDirectory("puente-no-assets")
        defer { try? FileManager.default.removeItem(at: empty) }
        Self.expectPasses("dashboard_check.py", ["--expect", "tables", "--seed-facts", "--assets-dir", empty.path],
                          printing: "dashboard check (tables): passed")
    }

    /// The fixture articles, about many countries, give the page shapes the seeds do not: conflicts, values in other
    /// currencies, balances without amounts, former members. Everything the API lists must still show and trace.
    @Test(.enabled(if: RunningServer.available && missingForBrowser.isEmpty, "skipped: needs the built puente and \(missingForBrowser)"),
          .timeLimit(.minutes(5)))
    func dashboardInChromiumOnTheFixtureArticles() {
        let fixtures = TestArguments.root.appendingPathComponent("Tests/Fixtures").path
        Self.expectPasses("dashboard_check.py", ["--expect", "charts"], corpus: fixtures, printing: "dashboard check (charts): passed")
    }
}
