import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
@testable import PuenteHTTP

/// The application as `puente serve` builds it, on the seed corpus, for in-process requests.
struct TestArguments: AppArguments {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let host = "127.0.0.1"
    let port = 0
    var corpus = root.appendingPathComponent("data/corpus").path
    var openAPI = root.appendingPathComponent("openapi.yaml").path
    let logLevel = Logger.Level.error
    var corsOrigins: String?
    var assetsDirectory = PageAssets.defaultDirectory
}

/// Runs `body` with a client of the application built from `arguments`.
func withClient(_ arguments: TestArguments = TestArguments(), _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = try await buildApplication(arguments)
    try await app.test(.router, body)
}

extension TestResponse {
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:] }
    var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
}
