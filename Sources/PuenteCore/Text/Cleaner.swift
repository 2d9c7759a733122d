/// Turns a document's raw text into `CleanText`: splits it into lines, drops boilerplate and repeated lines,
/// cuts photo credits from captions and normalises what is left.
struct Cleaner: Sendable {
    func clean(_ scalars: [Unicode.Scalar]) -> CleanText {
        var output = MappedText()
        var blocks: [CleanText.Block] = []
        var seen = Set<String>()
        let lineRanges = lines(scalars)
        let tableRows = Self.tableRows(lineRanges.map { range in scalars[range].lazy.filter { $0 == "|" }.count })
        for (number, lineRange) in lineRanges.enumerated() {
            var line = MappedText()
            ScalarNormalizer.normalize(scalars[lineRange], offset: lineRange.lowerBound, into: &line)
            guard let trimmedLine = trimmed(line, 0..<line.count) else { continue }
            let whole = line.string(trimmedLine)
            if BoilerplateRules.endsArticle(whole) { break }
            guard let kept = keptRange(of: line, trimmedLine, whole, inTable: tableRows.contains(number)) else { continue }
            let text = kept == trimmedLine ? whole : line.string(kept)
            guard !seen.contains(text) else { continue }
            seen.insert(text)
            let start = output.count
            output.append(contentsOf: line, range: kept)
            blocks.append(.init(range: start..<output.count, isHeading: Self.looksLikeHeading(text), isListItem: Self.looksLikeListItem(text)))
        }
        return CleanText(text: output, blocks: blocks)
    }

    private func lines(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    /// The part of a normalised line that belongs to the article, or nil to drop the line.
    private func keptRange(of line: MappedText, _ trimmedRange: Range<Int>, _ text: String, inTable: Bool) -> Range<Int>? {
        var range = trimmedRange
        if BoilerplateRules.isBoilerplate(text, inTable: inTable) || DocumentMetadataReader.headerDate(Substring(text)) != nil { return nil }
        if let kept = BoilerplateRules.creditStart(text) {
            range = range.lowerBound..<(range.lowerBound + kept)
            while let last = range.last, [" ", "-", "(", ","].contains(line.scalars[last]) { range = range.dropLast() }
        }
        return trimmed(line, range)
    }

    /// The lines of a table laid out with bars: a line with two bars or more that a line near it matches in number
    /// of bars. A menu ("Home | World | Sport") stands alone.
    static func tableRows(_ barCounts: [Int]) -> Set<Int> {
        Set(barCounts.indices.filter { line in
            barCounts[line] >= 2 && (max(0, line - 3)...min(barCounts.count - 1, line + 3)).contains { $0 != line && barCounts[$0] == barCounts[line] }
        })
    }

    private func trimmed(_ line: MappedText, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, line.scalars[lower].isSpace { lower += 1 }
        while upper > lower, line.scalars[upper - 1].isSpace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    static let bullets: Set<Character> = ["•", "▪", "◦", "‣", "●", "*", "-", "–", "—"]

    /// "• Trade and investment promotion", "- a memorandum on ...", "3. A protocol on ...", "3) ...".
    static func looksLikeListItem(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if bullets.contains(first) { return text.dropFirst().first == " " }
        let scalars = Array(text.unicodeScalars.prefix(4))
        return numberMarkerEnd(scalars, 0..<scalars.count) != nil
    }

    /// "3. ", "12) ": where the number opening a list line ends, just after its "." or ")" (one or two digits, then a space).
    static func numberMarkerEnd(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 2, Tokenizer.isDigit(s[index]) { index += 1 }
        guard index > range.lowerBound, index + 1 < range.upperBound, s[index] == "." || s[index] == ")", s[index + 1] == " " else { return nil }
        return index + 1
    }

    static func looksLikeHeading(_ text: String) -> Bool {
        guard let last = text.last, !".!?\"':;".contains(last) else { return false }
        return text.split(separator: " ").count <= 20
    }
}
