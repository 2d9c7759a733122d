/// A list of signed instruments laid out as headings or bullets: "23 agreements between Uruguay and China:" and then
/// one short heading per instrument ("Mutual legal assistance in criminal matters", "Antarctic cooperation"), each
/// followed by its description, or one bulleted line per instrument ("• A tourism agreement which ...").
enum AgreementListItems {
    /// Words of a line introducing a list that say its instruments are done: "The agreements completed include:".
    static let concluded: Set<String> = ["signed", "concluded", "completed", "adopted", "reached", "inked", "sealed", "finalized", "finalised"]

    /// A line ending in a colon that names instruments in the plural, in an article that has reported signings or in
    /// a line that says they were concluded.
    static func introduces(_ sentence: AnalyzedSentence, heads: [AgreementHeads.Head], afterSignings: Bool) -> Bool {
        // "The documents signed after the talks include:": in such a line "documents" are instruments too.
        let namesDocuments = sentence.tokens.contains { $0.lower == "documents" }
        guard sentence.tokens.last?.text == ":", namesDocuments || heads.contains(where: { $0.kind.plural || $0.count != nil }) else { return false }
        if afterSignings { return true }
        return sentence.tokens.contains { concluded.contains($0.lower) } && !DocumentAnalyzer.speaksOfFuture(sentence.tokens)
    }

    /// Where the name at the head of a bulleted line ends: "Trade and investment promotion, facilitating ...",
    /// "A tourism agreement which ...".
    static let nameEnds: Set<String> = [",", ";", ":", "(", "which", "that", "where", "whereby", "who", "to", "signed", "aimed", "aiming"]

    /// What a line of the list names: its subject, and its kind where the line starts with one ("Memorandum of
    /// Understanding on Joint Research").
    struct Named: Sendable {
        let subject: SectorLexicon.Subject
        let kind: AgreementKindLexicon.Kind?
    }

    /// The instrument a bulleted line names: its first words, up to a comma, a relative clause or a date, at most
    /// fourteen; a short form in brackets ("Agricultural Research (INIA)") ends the name with it.
    static func bulleted(_ sentence: AnalyzedSentence) -> Named? {
        let tokens = sentence.tokens
        guard var start = tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
        if ["a", "an", "the"].contains(tokens[start].lower) { start += 1 }
        let dateStarts = Set(sentence.dates.map(\.tokens.lowerBound))
        var end = start
        // "to" ends the name before a verb ("an agreement to export ..."), not before a place ("the Linden to Mabura Hill highway").
        func ends(_ index: Int) -> Bool {
            guard nameEnds.contains(tokens[index].lower) else { return false }
            return tokens[index].lower != "to" || index + 1 >= tokens.count || !tokens[index + 1].isCapitalized
        }
        var name: [Token] = []
        while end < tokens.count, !ends(end), !dateStarts.contains(end), tokens[end].text != "." {
            if let after = partiesEnd(tokens, at: end, start: start) { end = after; continue }
            name.append(tokens[end])
            end += 1
        }
        if end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 1].isAllCaps, tokens[end + 2].text == ")" {
            name += tokens[end..<(end + 3)]
        }
        let words = name.filter { $0.kind == .word }
        // An official title that opens with its kind may run long: "Exchange of Notes on the Donation of ... Communities".
        let limit = AgreementKindLexicon.table.match(name, at: 0) == nil ? 14 : 20
        guard (1...limit).contains(words.count) else { return nil }
        return named(name[...])
    }

    static let subjectStarts: Set<String> = ["on", "for", "regarding", "concerning", "about"]

    /// "Agreement between the Government of the Republic of Cuba and the Government of the People's Republic of China on
    /// ...": the parties an official title names come after "between" and before its subject; where they end. A short
    /// form in brackets ("Research between the National Institute of Agricultural Research (INIA)") ends them and is kept,
    /// as it tells which body's instrument it is.
    static func partiesEnd(_ tokens: [Token], at index: Int, start: Int) -> Int? {
        guard index > start, tokens[index].lower == "between", index + 1 < tokens.count,
              tokens[index + 1].lower == "the" || tokens[index + 1].isCapitalized else { return nil }
        var cursor = index + 1
        while cursor < tokens.count, !subjectStarts.contains(tokens[cursor].lower), ![",", ";", ".", "("].contains(tokens[cursor].text) { cursor += 1 }
        return cursor
    }

    /// The subject a heading of at most eight words names; a longer heading ends the list.
    static func item(_ sentence: AnalyzedSentence) -> Named? {
        if sentence.sentence.isListItem { return sentence.sentence.startsBlock ? bulleted(sentence) : nil }
        let words = sentence.tokens.filter { $0.kind == .word }
        guard sentence.sentence.isHeading, (1...8).contains(words.count), sentence.people.isEmpty else { return nil }
        return named(sentence.tokens[...])
    }

    /// Words between an instrument's kind and its subject: "Memorandum of Understanding on ...".
    static let subjectOpeners: Set<String> = ["on", "of", "for", "in", "about", "regarding"]

    private static func named(_ tokens: ArraySlice<Token>) -> Named {
        var words = Array(tokens)
        var kind: AgreementKindLexicon.Kind?
        // "Cooperation in farming" names an area, not a kind of instrument.
        if let (found, length) = AgreementKindLexicon.table.match(words, at: 0), length < words.count, found.kind != "cooperation" {
            kind = found
            words.removeFirst(length)
            if let first = words.first, subjectOpeners.contains(first.lower), words.count > 1 { words.removeFirst() }
        }
        let text = zip(words.indices, words).map { index, word in
            index == 0 || words[index - 1].range.upperBound == word.range.lowerBound ? word.text : " " + word.text
        }.joined().replacingHyphenSpaces()
        let sector = words.indices.lazy.compactMap { SectorLexicon.table.match(words, at: $0)?.0.sector }.first ?? "other"
        return Named(subject: SectorLexicon.Subject(name: text.lowercased(), sector: sector, display: text), kind: kind)
    }
}
