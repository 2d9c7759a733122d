import Foundation

/// Where the repository's data lives, found from this file's location so tests run from any directory.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedCorpus = root.appendingPathComponent("data/corpus").path
    static let fixtures = root.appendingPathComponent("Tests/Fixtures").path
}
