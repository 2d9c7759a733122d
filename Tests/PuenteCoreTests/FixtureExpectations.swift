import Foundation
import Testing
@testable import PuenteCore

/// The facts a fixture article is expected to yield, as written beside it in `<name>.expected.json`.
struct FixtureExpectations: Decodable, CustomTestStringConvertible {
    struct ExpectedMeeting: Decodable { let date: String?; let countries: [String]; let participants: [String]?; let location: String? }
    struct ExpectedAgreement: Decodable { let status: String?; let parties: [String]?; let about: String; let signed: String? }
    struct ExpectedTrade: Decodable {
        let country: String; let partner: String; let year: Int; let indicator: String
        let amount: Double?; let currency: String?; let qualifier: String?
    }
    struct ExpectedBri: Decodable { let country: String; let status: String; let joined: String?; let exited: String? }
    struct ExpectedRelation: Decodable { let countries: [String]; let kind: String; let date: String? }
    struct Counts: Decodable { let meetings: Int?; let agreements: Int?; let tradeFigures: Int?; let bri: Int?; let relations: Int? }

    let file: String
    let published: String?
    let meetings: [ExpectedMeeting]?
    let agreements: [ExpectedAgreement]?
    let reportedAgreementCount: Int?
    let tradeFigures: [ExpectedTrade]?
    let bri: [ExpectedBri]?
    let relations: [ExpectedRelation]?
    let counts: Counts?

    var testDescription: String { file }

    static func all() -> [FixtureExpectations] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Paths.fixtures)) ?? []
        return files.filter { $0.hasSuffix(".expected.json") }.sorted().compactMap { name in
            let url = URL(fileURLWithPath: Paths.fixtures).appendingPathComponent(name)
            return try? JSONDecoder().decode(FixtureExpectations.self, from: Data(contentsOf: url))
        }
    }

    /// The knowledge base of this fixture alone, its metadata read from the fixtures' manifest.
    func knowledgeBase() throws -> KnowledgeBase {
        let loaded = try CorpusLoader().load(directory: Paths.fixtures)
        let documents = loaded.documents.filter { $0.file == file }
        return KnowledgeBaseBuilder().build(documents: documents)
    }
}
