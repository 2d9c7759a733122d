import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PuenteHTTP

/// `puente serve`: builds the knowledge base of a corpus and serves it as JSON over HTTP.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the knowledge base of a corpus as an HTTP JSON API.",
        discussion: "Settings come from the flags, else from PUENTE_HOST, PUENTE_PORT, PUENTE_CORPUS and PUENTE_OPENAPI; PUENTE_LOG_LEVEL (trace, debug, info, notice, warning, error, critical) and PUENTE_LOG_FORMAT (text or json) shape the log, PUENTE_CORS_ORIGINS lists the browser origins allowed (any by default), PUENTE_IDLE_TIMEOUT and PUENTE_MAX_CONNECTIONS bound connections, PUENTE_ASSETS_DIR is where the dashboard finds Chart.js.")

    @Option(help: "Address to listen on (default 127.0.0.1).") var host: String?
    @Option(help: "Port to listen on (default 8080; 0 picks a free one).") var port: Int?
    @Option(help: "Corpus directory (default data/corpus).") var corpus: String?
    @Option(help: "Path of openapi.yaml (default openapi.yaml).") var openapi: String?
    @Option(help: "Directory holding Chart.js for the dashboard (default \(PageAssets.defaultDirectory)).") var assetsDir: String?

    struct Arguments: AppArguments {
        let host: String
        let port: Int
        let corpus: String
        let openAPI: String
        let logLevel: Logger.Level
        let corsOrigins: String?
        let limits: ServerLimits
        let logFormat: LogFormat
        let assetsDirectory: String
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let port = port ?? environment["PUENTE_PORT"].map { Int($0) ?? -1 } ?? 8080
        guard (0...65535).contains(port) else {
            throw ValidationError("the port must be a number from 0 to 65535 (from --port or PUENTE_PORT)")
        }
        let arguments = Arguments(
            host: host ?? environment["PUENTE_HOST"] ?? "127.0.0.1",
            port: port,
            corpus: corpus ?? environment["PUENTE_CORPUS"] ?? "data/corpus",
            openAPI: openapi ?? environment["PUENTE_OPENAPI"] ?? "openapi.yaml",
            logLevel: try Self.setting("PUENTE_LOG_LEVEL", in: environment, default: .info),
            corsOrigins: environment["PUENTE_CORS_ORIGINS"],
            limits: try Self.limits(from: environment),
            logFormat: try Self.setting("PUENTE_LOG_FORMAT", in: environment, default: .text),
            assetsDirectory: assetsDir ?? environment["PUENTE_ASSETS_DIR"] ?? PageAssets.defaultDirectory)
        do {
            let app = try await buildApplication(arguments)
            try await app.runService()
        } catch let error as StartupError {
            FileHandle.standardError.write(Data("puente: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// A setting with a fixed set of values, such as `PUENTE_LOG_FORMAT`; an unknown value is an error naming them.
    static func setting<Value: RawRepresentable & CaseIterable>(_ name: String, in environment: [String: String],
                                                              default value: Value) throws -> Value where Value.RawValue == String {
        guard let raw = environment[name] else { return value }
        guard let chosen = Value(rawValue: raw.lowercased()) else {
            throw ValidationError("\(name) must be one of \(Value.allCases.map(\.rawValue).joined(separator: ", ")), not '\(raw)'")
        }
        return chosen
    }

    /// `PUENTE_IDLE_TIMEOUT` (seconds) and `PUENTE_MAX_CONNECTIONS` over the defaults.
    static func limits(from environment: [String: String]) throws -> ServerLimits {
        var limits = ServerLimits()
        limits.idleTimeoutSeconds = try number("PUENTE_IDLE_TIMEOUT", in: environment, 1...3600) ?? limits.idleTimeoutSeconds
        limits.maximumConnections = try number("PUENTE_MAX_CONNECTIONS", in: environment, 1...1_000_000) ?? limits.maximumConnections
        return limits
    }

    /// A whole-number setting within `range`, or nil when it is not set.
    static func number(_ name: String, in environment: [String: String], _ range: ClosedRange<Int>) throws -> Int? {
        guard let value = environment[name] else { return nil }
        guard let number = Int(value), range.contains(number) else {
            throw ValidationError("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value)'")
        }
        return number
    }
}
