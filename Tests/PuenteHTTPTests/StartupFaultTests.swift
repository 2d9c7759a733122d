import Foundation
import Testing

/// `puente serve` on corpora with faults: a fault in the corpus as a whole stops start-up with a message naming
/// what to fix; a fault in one file is reported and the rest is served.
@Suite(.enabled(if: RunningServer.available, "needs .build/debug/puente and /usr/bin/curl"), .serialized)
struct StartupFaultTests {
    func directory(_ files: [String: Data]) throws -> String {
        let directory = try makeTemporaryDirectory("puente-faults")
        for (name, data) in files { try data.write(to: directory.appendingPathComponent(name)) }
        return directory.path
    }

    /// Runs `puente serve` expecting it to stop by itself; its exit status and standard error.
    func serveUntilItStops(corpus: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RunningServer.binary)
        process.arguments = ["serve", "--port", "0", "--corpus", corpus, "--openapi", TestArguments().openAPI]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: message, as: UTF8.self))
    }

    @Test func aMissingCorpusDirectoryStopsStartUp() throws {
        let run = try serveUntilItStops(corpus: "/nonexistent/puente-corpus")
        #expect(run.status == 2)
        #expect(run.errors.contains("/nonexistent/puente-corpus"), "\(run.errors)")
    }

    @Test func anUnreadableManifestStopsStartUp() throws {
        let corpus = try directory(["a.txt": Data("Peru joined the Belt and Road Initiative in 2019.".utf8),
                                    "manifest.json": Data("{\"documents\": [".utf8)])
        let run = try serveUntilItStops(corpus: corpus)
        #expect(run.status == 2)
        #expect(run.errors.contains("manifest.json"), "\(run.errors)")
    }

    @Test func brokenFilesAreReportedAndTheRestIsServed() throws {
        let manifest = #"{"documents": [{"file": "gone.txt", "publisher": "Nobody"}, {"file": "peru.txt", "published": "2019-04-25"}]}"#
        let corpus = try directory([
            "peru.txt": Data("Peru joined the Belt and Road Initiative in 2019.".utf8),
            "manifest.json": Data(manifest.utf8),
            "empty.txt": Data(),
            "binary.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]),
            "huge.txt": Data(repeating: UInt8(ascii: "a"), count: 5 * 1024 * 1024 + 1),
            "latin1.txt": Data([0x50, 0x65, 0x72, 0xFA, 0x20, 0x79, 0x20, 0x43, 0x68, 0x69, 0x6E, 0x61]),
        ])
        let server = try RunningServer(corpus: corpus)
        let documents = try server.curl("/v1/documents").json["items"] as? [[String: Any]] ?? []
        #expect(documents.compactMap { $0["id"] as? String } == ["peru"])
        let counts = try server.curl("/v1/summary").json["counts"] as? [String: Int]
        #expect(counts?["warnings"] == 5)
        for file in ["gone.txt", "empty.txt", "binary.txt", "huge.txt", "latin1.txt"] {
            #expect(server.logText.contains(file), "the start-up log names \(file)")
        }
        #expect(try server.curl("/v1/bri/members/pe").json["status"] as? String == "member")
    }
}
