/// Every sentence of a corpus, to search: found by all of a query's terms, any case and any accents.
public struct SentenceIndex: Sendable {
    struct Entry: Sendable {
        let evidence: Evidence
        let folded: String
    }

    let entries: [Entry]

    public init(documents: [Document]) {
        var entries: [Entry] = []
        for document in documents.sorted(by: { $0.id < $1.id }) {
            let clean = Cleaner().clean(document.scalars)
            for part in SentenceSplitter().split(clean) {
                let range = clean.text.originalRange(part.range)
                let evidence = document.evidence(range.lowerBound, range.upperBound)
                entries.append(Entry(evidence: evidence, folded: Folding.fold(evidence.quote)))
            }
        }
        self.entries = entries
    }

    /// The words of a query, folded: split at spaces and plus signs.
    public static func terms(of query: String) -> [String] {
        query.split(whereSeparator: { $0.isWhitespace || $0 == "+" }).map { Folding.fold(String($0)) }.filter { !$0.isEmpty }
    }

    /// The sentences containing every term of `query` (split at spaces), in document order.
    public func search(_ query: String) -> [Evidence] {
        let terms = Self.terms(of: query)
        guard !terms.isEmpty else { return [] }
        return entries.filter { entry in terms.allSatisfy { entry.folded.contains($0) } }.map(\.evidence)
    }
}
