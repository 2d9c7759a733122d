/// A table of Belt and Road standings laid out as text, one line per country with cells between bars:
///
///     Country      | Status     | Joined   | Remarks
///     Panama       | Left       | Nov 2017 | exit announced Feb 2025
///     Brazil       | Not signed | -        |
///
/// The header says which cell holds the standing and which the date of joining; each row whose first cell is a
/// country of the region gives its standing, the joining date from that cell, and for a country that left, the
/// date of leaving from the cells after it.
struct BriTable: Sendable {
    let header: AnalyzedSentence
    let statusColumn: Int
    let joinedColumn: Int?

    /// The table a header line opens: cells naming a standing ("Status", "Standing", "BRI") and perhaps a date of
    /// joining ("Joined", "Signed", "Date", "Since", "Year").
    init?(header: AnalyzedSentence) {
        let cells = Self.cells(of: header)
        // A header names its columns; "22 members | 1 former member" counts them.
        guard cells.count >= 2, !header.tokens.contains(where: { $0.kind == .number }) else { return nil }
        let words = cells.map { Set(header.tokens[$0].map(\.lower)) }
        guard let status = words.firstIndex(where: { !$0.isDisjoint(with: Self.statusHeadings) }) else { return nil }
        self.header = header
        statusColumn = status
        joinedColumn = words.indices.first { $0 != status && !words[$0].isDisjoint(with: Self.joinedHeadings) }
    }

    static let statusHeadings: Set<String> = ["status", "standing", "bri", "membership"]
    static let joinedHeadings: Set<String> = ["joined", "signed", "date", "since", "year", "accession", "signing"]

    /// The token ranges between the bars of a line; none when the line has no bar.
    static func cells(of sentence: AnalyzedSentence) -> [Range<Int>] {
        let tokens = sentence.tokens
        let bars = tokens.indices.filter { tokens[$0].text == "|" }
        guard !bars.isEmpty else { return [] }
        let bounds = [-1] + bars + [tokens.count]
        var cells = zip(bounds, bounds.dropFirst()).map { ($0 + 1)..<$1 }
        // "| Panama | Member | 2017 |": the bars that open and close a row leave no cells of their own.
        if cells.count > 2, cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.count > 2, cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// The events of one row, or nil when the line is not a row of this table (a region's name, a rule).
    func row(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [DocumentBriEvent]? {
        let cells = Self.cells(of: sentence)
        guard cells.count > statusColumn, let first = cells.first,
              let country = sentence.countries.first(where: { first.contains($0.tokens.lowerBound) && !$0.inOrganization }),
              CountryLexicon.isInRegion(country.code),
              let kind = Self.standing(sentence.tokens[cells[statusColumn]].map(\.lower)) else { return nil }
        let evidence = [document.evidence(header), document.evidence(sentence)]
        func event(_ kind: BriEvent.Kind, _ date: PartialDate?) -> DocumentBriEvent {
            DocumentBriEvent(country: country.code, event: BriEvent(
                date: date ?? document.reference, kind: kind, dateIsReportDate: date == nil, evidence: evidence,
                reports: [Report(document: document.id, directness: .indirect)]))
        }
        let joined = joinedColumn.flatMap { column in column < cells.count ? date(in: cells[column], of: sentence) : nil }
        switch kind {
        case .joined:
            return [event(.joined, joined)]
        case .exited:
            let later = cells.indices.filter { $0 != statusColumn && $0 != joinedColumn && $0 > 0 }
            let left = later.lazy.compactMap { date(in: cells[$0], of: sentence) }.first
            return (joined.map { [event(.joined, $0)] } ?? []) + [event(.exited, left)]
        case .intent, .notMember:
            return [event(kind, nil)]
        }
    }

    private func date(in cell: Range<Int>, of sentence: AnalyzedSentence) -> PartialDate? {
        sentence.dates.first { cell.contains($0.tokens.lowerBound) && !$0.countsBack }?.date
    }

    /// The standing a status cell states: "Member", "Signed" ; "Left", "Former member"; "Not signed", "Non-member";
    /// "Considering", "In talks".
    static func standing(_ words: [String]) -> BriEvent.Kind? {
        let set = Set(words)
        if !set.isDisjoint(with: ["left", "former", "withdrew", "withdrawn", "exited", "ex"]) { return .exited }
        if !set.isDisjoint(with: ["not", "non", "no", "never", "none", "outside"]) { return .notMember }
        if !set.isDisjoint(with: ["considering", "interested", "interest", "negotiating", "talks", "weighing", "applied", "pending"]) {
            return .intent
        }
        if !set.isDisjoint(with: ["member", "signed", "joined", "yes", "partner", "signatory", "participant"]) { return .joined }
        return nil
    }
}
