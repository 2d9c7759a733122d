import ArgumentParser
import Foundation
import PuenteHTTP

/// `puente healthcheck`: exits 0 only when a running Puente answers `/readyz` with 200, for container health checks.
struct Healthcheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 0 when a running Puente is ready (its /readyz answers 200), 1 otherwise.")

    @Option(help: "The readiness URL (default http://127.0.0.1:PUENTE_PORT/readyz, PUENTE_PORT defaulting to 8080).")
    var url: String?

    func run() throws {
        let port = ProcessInfo.processInfo.environment["PUENTE_PORT"] ?? "8080"
        let target = url ?? "http://127.0.0.1:\(port)/readyz"
        do {
            try ReadinessProbe().check(target)
        } catch {
            FileHandle.standardError.write(Data("puente healthcheck: \(target): \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
