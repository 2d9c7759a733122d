import Foundation
import Testing
@testable import PuenteCore

/// `puente parse` as a user runs it: the real binary, its output, its messages and exit codes.
@Suite struct ParseCommandTests {
    struct Run { let status: Int32; let output: Data; let errors: String }

    static var binary: URL {
        URL(fileURLWithPath: Paths.root.path).appendingPathComponent(".build/debug/puente")
    }

    func puente(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: data, errors: String(decoding: message, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func printsTheSeedKnowledgeBaseAsJSON() throws {
        let run = try puente(["parse", "--corpus", Paths.seedCorpus])
        #expect(run.status == 0)
        let kb = try JSONDecoder().decode(KnowledgeBase.self, from: run.output)
        #expect(kb.meetings.map(\.id) == ["2023-10-25-cn-co", "2025-05-14-cn-co"])
        #expect(kb.documents.count == 5)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func printsTheSameBytesEveryRunWithUnknownValuesAsNull() throws {
        let first = try puente(["parse", "--corpus", Paths.seedCorpus, "--compact"])
        let second = try puente(["parse", "--corpus", Paths.seedCorpus, "--compact"])
        #expect(first.output == second.output)
        let json = try #require(JSONSerialization.jsonObject(with: first.output) as? [String: Any])
        let figures = try #require(json["tradeFigures"] as? [[String: Any]])
        let argentina = try #require(figures.first { $0["id"] as? String == "ar-cn-2022-balance" })
        #expect(argentina.keys.contains("value") && argentina["value"] is NSNull)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func reportsABrokenFileAndParsesTheRest() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puente-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("Peru joined the Belt and Road Initiative in 2019.".utf8).write(to: directory.appendingPathComponent("peru.txt"))
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: directory.appendingPathComponent("broken.txt"))
        let run = try puente(["parse", "--corpus", directory.path, "--compact"])
        #expect(run.status == 0)
        #expect(run.errors.contains("broken.txt"))
        let kb = try JSONDecoder().decode(KnowledgeBase.self, from: run.output)
        #expect(kb.documents.map(\.id) == ["peru"])
        #expect(kb.bri.map(\.country) == ["PE"])
        #expect(kb.warnings.map(\.file) == ["broken.txt"])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func aMissingCorpusExitsWithAMessage() throws {
        let run = try puente(["parse", "--corpus", "/nonexistent/puente-corpus"])
        #expect(run.status == 2)
        #expect(run.errors.contains("/nonexistent/puente-corpus"))
        #expect(run.output.isEmpty)
    }
}
