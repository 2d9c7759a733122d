/// A list of signed instruments laid out as headings: "23 agreements between Uruguay and China:" and then one short
/// heading per instrument ("Mutual legal assistance in criminal matters", "Antarctic cooperation"), each followed by
/// its description.
enum AgreementListItems {
    /// A line ending in a colon that names instruments in the plural, in an article that has reported signings.
    static func introduces(_ sentence: AnalyzedSentence, heads: [AgreementHeads.Head], afterSignings: Bool) -> Bool {
        guard afterSignings, sentence.tokens.last?.text == ":" else { return false }
        return heads.contains { $0.kind.plural || $0.count != nil }
    }

    /// The subject a heading of at most eight words names; a longer heading ends the list.
    static func item(_ sentence: AnalyzedSentence) -> SectorLexicon.Subject? {
        let words = sentence.tokens.filter { $0.kind == .word }
        guard sentence.sentence.isHeading, (1...8).contains(words.count), sentence.people.isEmpty else { return nil }
        let text = sentence.tokens.map(\.text).joined(separator: " ").replacingHyphenSpaces()
        let sector = sentence.tokens.indices.lazy.compactMap { SectorLexicon.table.match(sentence.tokens, at: $0)?.0.sector }.first ?? "other"
        return SectorLexicon.Subject(name: text.lowercased(), sector: sector, display: text)
    }
}
