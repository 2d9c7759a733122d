import Foundation
import Testing
@testable import PuenteCore

/// A corpus directory loads every readable article; a broken file is reported with its name and skipped.
@Suite struct CorpusLoaderTests {
    func corpus(_ files: [String: Data]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puente-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: directory.appendingPathComponent(name)) }
        return directory.path
    }

    let good = Data("LIMA, Nov 16 (Reuters) - Peruvian President Dina Boluarte met Xi Jinping on Wednesday.".utf8)

    @Test(arguments: [
        ("empty.txt", Data(), "is empty"),
        ("blank.txt", Data("  \n\n ".utf8), "is empty"),
        ("binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08]), "binary"),
        ("latin1.txt", Data([0x50, 0x65, 0x72, 0xFA, 0x20, 0x79]), "not valid UTF-8"),
    ])
    func reportsAndSkipsABrokenFile(name: String, data: Data, message: String) throws {
        let path = try corpus(["good.txt": good, name: data])
        let result = try CorpusLoader().load(directory: path)
        #expect(result.documents.map(\.id) == ["good"])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.file == name)
        #expect(result.warnings.first?.message.contains(message) == true, "\(result.warnings)")
    }

    @Test func aFileOverTheSizeLimitIsSkipped() throws {
        let path = try corpus(["good.txt": good, "huge.txt": Data(repeating: 0x61, count: CorpusLoader.maximumFileSize + 1)])
        let result = try CorpusLoader().load(directory: path)
        #expect(result.documents.map(\.id) == ["good"])
        #expect(result.warnings.map(\.file) == ["huge.txt"])
    }

    @Test func manifestEntryForAMissingFileIsReported() throws {
        let manifest = Data(#"{"documents":[{"file":"gone.txt","published":"2023"},{"file":"good.txt","published":"2023"}]}"#.utf8)
        let result = try CorpusLoader().load(directory: try corpus(["good.txt": good, "manifest.json": manifest]))
        #expect(result.warnings.map(\.file) == ["gone.txt"])
        #expect(result.documents.first?.metadata.published?.description == "2023-11-16")
    }

    @Test func anInvalidPublishedDateIsReportedAndIgnored() throws {
        let manifest = Data(#"{"documents":[{"file":"good.txt","published":"16/11/2023","title":"Boluarte meets Xi"}]}"#.utf8)
        let result = try CorpusLoader().load(directory: try corpus(["good.txt": good, "manifest.json": manifest]))
        #expect(result.documents.first?.metadata.title == "Boluarte meets Xi")
        #expect(result.documents.first?.metadata.published == nil)
        #expect(result.warnings.first?.message.contains("16/11/2023") == true)
    }

    @Test func anUnreadableManifestStopsLoadingAndNamesTheFile() throws {
        let path = try corpus(["good.txt": good, "manifest.json": Data("{\"documents\": [".utf8)])
        #expect {
            try CorpusLoader().load(directory: path)
        } throws: { error in
            guard case CorpusError.manifestUnreadable(let file, _) = error else { return false }
            return file.hasSuffix("manifest.json")
        }
    }

    @Test func aMissingDirectoryIsAnError() {
        #expect(throws: CorpusError.directoryMissing(path: "/nonexistent/corpus")) {
            try CorpusLoader().load(directory: "/nonexistent/corpus")
        }
    }

    @Test func aDateHeaderInTheTextGivesThePublicationDate() throws {
        let result = try CorpusLoader().load(directory: try corpus(["a.txt": Data(" date 2025-05-15 \n\nXi met Petro.".utf8)]))
        #expect(result.documents.first?.metadata.published?.description == "2025-05-15")
    }

    @Test func theDocumentIdIsTheFileNameWithoutTxt() throws {
        let result = try CorpusLoader().load(directory: try corpus(["004_abc.txt": good, "notes.md": good]))
        #expect(result.documents.map(\.id) == ["004_abc"])
    }
}
