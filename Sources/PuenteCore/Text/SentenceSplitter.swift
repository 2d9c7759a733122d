/// Splits cleaned paragraphs into sentences at `.`, `!` and `?` followed by a space and a capital, a digit
/// or a quote, but not after abbreviations ("Nov.", "Mr.", "Inc." before a name), initials or inside decimals.
struct SentenceSplitter: Sendable {
    /// Never end a sentence: titles, months and the like are always followed by more of the same sentence.
    static let continuingAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "pres", "lt", "col", "capt", "sgt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "approx",
        "e.g", "i.e", "cf", "mt", "ft", "dept", "est", "fig", "art", "sr", "jr", "mx", "hon", "rt", "amb",
    ]
    /// End a sentence only when a typical sentence opener follows ("... the U.S. The talks ...").
    static let ambiguousAbbreviations: Set<String> = ["u.s", "u.k", "u.n", "inc", "corp", "co", "ltd", "llc", "plc", "s.a", "etc", "p.m", "a.m"]
    static let sentenceOpeners: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "in", "on", "at",
        "but", "and", "a", "an", "as", "after", "before", "during", "while", "when", "since", "for", "with",
        "his", "her", "their", "our", "there", "however", "meanwhile", "also", "both", "last", "earlier",
    ]

    func split(_ clean: CleanText) -> [(range: Range<Int>, block: CleanText.Block, first: Bool)] {
        var result: [(Range<Int>, CleanText.Block, Bool)] = []
        for block in clean.blocks {
            // "2. Memorandum of Understanding on ...": the number opening a list line is no sentence of its own.
            var start = block.isListItem ? Cleaner.numberMarkerEnd(clean.text.scalars, block.range) ?? block.range.lowerBound : block.range.lowerBound
            for boundary in boundaries(clean.text.scalars, block.range) {
                if let range = trimmed(clean.text.scalars, start..<boundary) { result.append((range, block, result.last?.1.range != block.range)) }
                start = boundary
            }
            if let range = trimmed(clean.text.scalars, start..<block.range.upperBound) {
                result.append((range, block, result.last?.1.range != block.range))
            }
        }
        return result
    }

    /// Offsets just after each sentence end inside `range`.
    func boundaries(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            guard s[index] == "." || s[index] == "!" || s[index] == "?" else { continue }
            var end = index + 1
            while end < range.upperBound, "\"')]".unicodeScalars.contains(s[end]) { end += 1 }
            guard end < range.upperBound, s[end].isSpace else { continue }
            var next = end
            while next < range.upperBound, s[next].isSpace { next += 1 }
            guard next < range.upperBound, startsSentence(s[next]) else { continue }
            if s[index] == ".", !endsSentence(s, dotAt: index, range: range, nextWordAt: next) { continue }
            result.append(end)
        }
        return result
    }

    private func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isUpper || Tokenizer.isDigit(scalar) || "\"'(".unicodeScalars.contains(scalar)
    }

    private func endsSentence(_ s: [Unicode.Scalar], dotAt dot: Int, range: Range<Int>, nextWordAt next: Int) -> Bool {
        var start = dot
        while start > range.lowerBound, Tokenizer.isLetter(s[start - 1]) || s[start - 1] == "." { start -= 1 }
        let word = String(String.UnicodeScalarView(s[start..<dot])).lowercased()
        if word.count == 1, s[start].isUpper { return false }
        if Self.continuingAbbreviations.contains(word) { return false }
        if Self.ambiguousAbbreviations.contains(word) {
            var end = next
            while end < range.upperBound, Tokenizer.isLetter(s[end]) { end += 1 }
            return Self.sentenceOpeners.contains(String(String.UnicodeScalarView(s[next..<end])).lowercased())
        }
        return true
    }

    private func trimmed(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, s[lower].isSpace { lower += 1 }
        while upper > lower, s[upper - 1].isSpace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
