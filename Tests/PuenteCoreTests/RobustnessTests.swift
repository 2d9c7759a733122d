import Foundation
import Testing
@testable import PuenteCore

/// Arbitrary text, from random bytes to soups of the words the extractors look for, never crashes the parser,
/// and whatever it finds still quotes the text exactly.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }

    static let vocabulary: [String] = [
        "China", "Colombia", "Chinese", "Peruvian", "President", "Xi", "Jinping", "Petro", "counterpart", "met", "meeting",
        "signed", "memorandums", "of", "understanding", "on", "and", "the", "Belt", "Road", "Initiative", "BRI", "joined",
        "exited", "has", "yet", "to", "join", "exports", "imports", "deficit", "surplus", "trade", "bilateral", "$", "US$",
        "billion", "million", "7", "4.5", "2023", "2019-2020", "more", "than", "about", "last", "year", "on", "Wednesday",
        "May", "Nov.", "15", "diplomatic", "relations", "established", "in", "strategic", "partnership", "comprehensive",
        "all-weather", "12", "agreements", "including", "one", "another", ",", ".", ";", ":", "(", ")", "\"", "'s", "-", "—",
        "%", "U.S.", "Inc.", "followed", "not", "could", "will", "plans", "a", "protocol", "for", "exporting", "beef",
        "years", "earlier", "ago", "anniversary", "45th", "Bogota", "Beijing", "\n", "\n\n", "READ ALSO:", "Photo:",
        "date", "2025-05-15", "LIMA,", "(Reuters)", "é", "â€™", "\u{00A0}", "\u{200B}", "🇨🇳", "\r\n", "Taiwan",
        "trillion", "up", "almost", String(repeating: "9", count: 400), "1" + String(repeating: "0", count: 17),
    ]

    @Test func wordSoupsNeverCrashAndQuoteExactly() {
        var generator = Generator(state: 20251123)
        for round in 0..<400 {
            let length = Int.random(in: 1...120, using: &generator)
            let words = (0..<length).map { _ in Self.vocabulary.randomElement(using: &generator)! }
            let text = words.joined(separator: Bool.random(using: &generator) ? " " : "")
            let published = ["2023-10-25", "2025-05", "2024", nil].randomElement(using: &generator)!
            let document = Document(id: "soup-\(round)", file: "soup-\(round).txt", text: text,
                                    metadata: Document.Metadata(published: published.flatMap(PartialDate.init)))
            let kb = KnowledgeBaseBuilder().build(documents: [document])
            #expect(EvidenceAudit.mismatches(kb, documents: [document]) == [], "round \(round): \(text)")
            #expect(throws: Never.self, "round \(round): \(text)") { try JSONFormat.encoder().encode(kb) }
        }
    }

    @Test func randomScalarsNeverCrash() {
        var generator = Generator(state: 42)
        for round in 0..<200 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...400, using: &generator) {
                let value = UInt32.random(in: 0...0x2FFF, using: &generator)
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            let document = Document(id: "noise-\(round)", file: "noise.txt", text: String(scalars),
                                    metadata: Document.Metadata(published: PartialDate("2024-02-29")))
            let kb = KnowledgeBaseBuilder().build(documents: [document])
            #expect(EvidenceAudit.mismatches(kb, documents: [document]) == [])
        }
    }
}
