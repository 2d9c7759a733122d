/// Splits a sentence into tokens: words (keeping dotted abbreviations like "U.S." whole and splitting
/// off a possessive "'s"), numbers (keeping "4.5", "12,100" and "7th" whole) and single punctuation marks.
struct Tokenizer: Sendable {
    /// False for the lexicons' own phrases, which the word classes are built from.
    var classify = true

    func tokens(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar.isSpace {
                index += 1
            } else if Self.isDigit(scalar) {
                index = number(scalars, from: index, limit: range.upperBound, into: &tokens)
            } else if Self.isLetter(scalar) {
                index = word(scalars, from: index, limit: range.upperBound, into: &tokens)
            } else {
                tokens.append(Token(text: String(Character(scalar)), kind: .punctuation, range: index..<(index + 1), classify: classify))
                index += 1
            }
        }
        return tokens
    }

    /// A string from scalars, building ASCII text from bytes, which is much faster.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if !scalars.contains(where: { !$0.isASCII }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var offset = 0
                for scalar in scalars {
                    buffer[offset] = UInt8(truncatingIfNeeded: scalar.value)
                    offset += 1
                }
                return offset
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.isLetter }

    private func number(_ s: [Unicode.Scalar], from start: Int, limit: Int, into tokens: inout [Token]) -> Int {
        var end = start
        while end < limit {
            if Self.isDigit(s[end]) { end += 1; continue }
            if (s[end] == "." || s[end] == ","), end + 1 < limit, Self.isDigit(s[end + 1]) { end += 1; continue }
            break
        }
        var suffixEnd = end
        while suffixEnd < limit, Self.isLetter(s[suffixEnd]), suffixEnd - end < 2 { suffixEnd += 1 }
        let suffix = Self.string(s[end..<suffixEnd]).lowercased()
        let boundary = suffixEnd >= limit || !Self.isLetter(s[suffixEnd])
        if ["st", "nd", "rd", "th"].contains(suffix), boundary { end = suffixEnd }
        tokens.append(Token(text: Self.string(s[start..<end]), kind: .number, range: start..<end, classify: classify))
        return end
    }

    private func word(_ s: [Unicode.Scalar], from start: Int, limit: Int, into tokens: inout [Token]) -> Int {
        if let end = dottedAbbreviationEnd(s, from: start, limit: limit) {
            tokens.append(Token(text: Self.string(s[start..<end]), kind: .word, range: start..<end, classify: classify))
            return end
        }
        var end = start
        while end < limit {
            if Self.isLetter(s[end]) || Self.isDigit(s[end]) || s[end].isCombiningMark { end += 1; continue }
            if s[end] == "'", end + 1 < limit, Self.isLetter(s[end + 1]), !isPossessive(s, at: end, limit: limit) { end += 1; continue }
            break
        }
        tokens.append(Token(text: Self.string(s[start..<end]), kind: .word, range: start..<end, classify: classify))
        if end < limit, isPossessive(s, at: end, limit: limit) {
            tokens.append(Token(text: "'s", kind: .punctuation, range: end..<(end + 2), classify: classify))
            return end + 2
        }
        if end < limit, s[end] == "'", end > start, s[end - 1] == "s" || s[end - 1] == "S" {
            tokens.append(Token(text: "'s", kind: .punctuation, range: end..<(end + 1), classify: classify))
            return end + 1
        }
        return end
    }

    private func isPossessive(_ s: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        guard s[index] == "'", index + 1 < limit, s[index + 1] == "s" || s[index + 1] == "S" else { return false }
        return index + 2 >= limit || !Self.isLetter(s[index + 2])
    }

    /// "U.S.", "U.N.", "e.g.": single letters each followed by a dot, at least two of them.
    private func dottedAbbreviationEnd(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int? {
        var end = start, letters = 0
        while end + 1 < limit, Self.isLetter(s[end]), s[end + 1] == "." {
            letters += 1
            end += 2
            if end < limit, Self.isLetter(s[end]), end + 1 < limit, s[end + 1] != "." { break }
        }
        guard letters >= 2 else { return nil }
        if end < limit, Self.isLetter(s[end]) { return nil }
        return end
    }
}
