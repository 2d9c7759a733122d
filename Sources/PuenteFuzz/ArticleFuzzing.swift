import Foundation
import PuenteCore

/// One fuzzing input: arbitrary bytes read as an article (malformed UTF-8 repaired the way a lenient reader would)
/// and taken through cleaning, sentences, every recognizer and extractor, and fusion. Beyond not crashing, the
/// result must keep Puente's promises.
enum ArticleFuzzing {
    /// The first byte picks the publication date, so relative dates are resolved against each precision.
    static let publicationDates: [PartialDate?] = [nil, PartialDate("2023-10-25"), PartialDate("2025-05"), PartialDate("2024")]

    /// Runs one input; a broken promise stops the process, as the fuzzer needs.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
        let problems = problems(in: bytes)
        guard problems.isEmpty else { fatalError(problems.joined(separator: "; ")) }
    }

    /// What the knowledge base of `bytes` breaks of Puente's promises: evidence that does not quote the text at its
    /// offsets, or a value JSON cannot hold.
    static func problems(in bytes: some Collection<UInt8>) -> [String] {
        let published = bytes.first.map { publicationDates[Int($0) % publicationDates.count] } ?? nil
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let document = Document(id: "fuzz", file: "fuzz.txt", text: text, metadata: Document.Metadata(published: published))
        let knowledgeBase = KnowledgeBaseBuilder().build(documents: [document])
        var problems = EvidenceAudit.mismatches(knowledgeBase, documents: [document])
        do {
            _ = try JSONFormat.encoder().encode(knowledgeBase)
        } catch {
            problems.append("the knowledge base cannot be written as JSON: \(error)")
        }
        return problems
    }
}
