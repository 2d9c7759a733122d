/// The agreement nouns of one sentence, each with the subjects written around it.
struct AgreementHeads: Sendable {
    struct Head: Sendable {
        let range: Range<Int>
        let kind: AgreementKindLexicon.Kind
        /// Set when a number counts the noun ("12 cooperation deals").
        var count: Int?
        var subjects: [SectorLexicon.Subject]
        var organizations: [String]
    }

    let sentence: AnalyzedSentence
    static let stopWords: Set<String> = ["which", "according", "said", "while", "but", "demonstrating", "who", "that", "whereas", "amid"]

    func find() -> [Head] {
        let tokens = sentence.tokens
        var positions: [(Range<Int>, AgreementKindLexicon.Kind)] = []
        var index = 0
        while index < tokens.count {
            if let (kind, length) = AgreementKindLexicon.table.match(tokens, at: index), isHead(kind, at: index, length: length) {
                positions.append((index..<(index + length), kind))
                index += length
            } else {
                index += 1
            }
        }
        return positions.enumerated().map { offset, position in
            let end = offset + 1 < positions.count ? positions[offset + 1].0.lowerBound : tokens.count
            return head(position.0, position.1, complementEnd: end)
        }
    }

    /// Bare "cooperation" names an agreement only as "cooperation in/on ..."; "programme" and "plan" not as verbs.
    private func isHead(_ kind: AgreementKindLexicon.Kind, at index: Int, length: Int) -> Bool {
        let tokens = sentence.tokens
        if kind.kind == "cooperation" {
            return index + 1 < tokens.count && ["in", "on"].contains(tokens[index + 1].lower)
        }
        if index > 0, tokens[index - 1].lower == "to", kind.generic == false, length == 1 { return false }
        return true
    }

    private func head(_ range: Range<Int>, _ kind: AgreementKindLexicon.Kind, complementEnd: Int) -> Head {
        let modifiers = modifierStart(before: range.lowerBound)
        var end = range.upperBound
        while end < complementEnd, !stops(at: end) { end += 1 }
        guard let count = counted(before: modifiers) else {
            return Head(range: range, kind: kind, count: nil, subjects: subjects(in: modifiers..<end),
                        organizations: organizations(in: range.upperBound..<end))
        }
        return Head(range: range, kind: Self.genericPlural, count: count, subjects: includedItems(after: range.upperBound, until: complementEnd),
                    organizations: [])
    }

    static let genericPlural = AgreementKindLexicon.Kind(kind: "agreement", label: "Agreement", plural: true, generic: true)

    /// "12 deals, including one allowing beef imports and another allowing shipments of quinoa": the items named.
    private func includedItems(after start: Int, until limit: Int) -> [SectorLexicon.Subject] {
        guard let including = sentence.find(["including"], from: start), including < limit else { return [] }
        var end = including + 1
        while end < limit, !stops(at: end) { end += 1 }
        return subjects(in: (including + 1)..<end)
    }

    private func modifierStart(before index: Int) -> Int {
        var start = index
        let tokens = sentence.tokens
        while start > 0, index - start < 3, tokens[start - 1].kind == .word,
              !["a", "an", "the", "of", "and", "to", "on", "two", "several", "its", "their"].contains(tokens[start - 1].lower),
              !tokens[start - 1].isCapitalized || start - 1 > 0 && tokens[start - 1].kind == .word && SectorLexicon.table.match(tokens, at: start - 1) != nil {
            start -= 1
        }
        return start
    }

    private func counted(before index: Int) -> Int? {
        guard index > 0 else { return nil }
        let token = sentence.tokens[index - 1]
        if token.kind == .number, let value = Int(token.text), value > 1, value < 1000 { return value }
        if let value = NumberWords.words[token.lower], value > 1 { return value }
        return nil
    }

    private func stops(at index: Int) -> Bool {
        let tokens = sentence.tokens
        let token = tokens[index]
        if [";", ".", ":"].contains(token.text) { return true }
        if Self.stopWords.contains(token.lower) { return true }
        if token.text == ",", index + 1 < tokens.count {
            let next = tokens[index + 1].lower
            if ["a", "an", "as", "which", "who", "according", "said", "demonstrating", "while", "but", "the"].contains(next) { return true }
        }
        if token.lower == "as", index + 2 < tokens.count, tokens[index + 1].lower == "well", tokens[index + 2].lower == "as" { return true }
        return false
    }

    /// Subjects named in the span, leaving out those inside organisation names unless there are no others.
    private func subjects(in span: Range<Int>) -> [SectorLexicon.Subject] {
        let tokens = sentence.tokens
        var outside: [SectorLexicon.Subject] = [], inside: [SectorLexicon.Subject] = []
        var index = span.lowerBound
        while index < span.upperBound {
            if let (subject, length) = SectorLexicon.table.match(tokens, at: index), index + length <= span.upperBound {
                let inOrganization = sentence.organizations.contains { $0.tokens.contains(index) }
                if inOrganization { inside.append(subject) } else { outside.append(subject) }
                index += length
            } else {
                index += 1
            }
        }
        let chosen = outside.isEmpty ? inside : outside
        var seen = Set<String>()
        return chosen.filter { seen.insert($0.name).inserted }
    }

    private func organizations(in span: Range<Int>) -> [String] {
        guard let between = sentence.find(["between"], from: span.lowerBound), between < span.upperBound else { return [] }
        return sentence.organizations.filter { $0.tokens.lowerBound > between && $0.tokens.lowerBound < span.upperBound }.map(\.name)
    }
}
