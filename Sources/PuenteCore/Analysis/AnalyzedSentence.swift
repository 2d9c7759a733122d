/// A sentence with everything the recognizers found in it.
struct AnalyzedSentence: Sendable {
    let sentence: Sentence
    /// Offsets into the original file.
    let originalRange: Range<Int>
    let countries: [CountryMention]
    let organizations: [OrganizationMention]
    var people: [PersonMention]
    let dates: [DateMention]
    let money: [MoneyMention]
    let percents: [PercentMention]
    /// True when the sentence speaks of something yet to happen ("plans to sign", "will visit").
    let isFuture: Bool
    /// True when that future is outside a closing relative clause: "..., which will mark 45 years next year" is not.
    let mainClauseIsFuture: Bool

    var tokens: [Token] { sentence.tokens }
    var index: Int { sentence.index }

    /// The countries named outside organisation names, in order, with the countries of the people named.
    var actorCountries: [(code: String, at: Int)] {
        let filed = countries.first.map { $0.tokens.lowerBound < 12 } == true ? datelineEnd : 0
        let named = countries.filter { !$0.inOrganization && $0.tokens.lowerBound >= filed }.map { ($0.code, $0.tokens.lowerBound) }
        let personal = people.compactMap { person in person.country.map { ($0, person.tokens.lowerBound) } }
        return (named + personal).sorted { $0.1 < $1.1 }
    }

    func contains(_ word: String) -> Bool { tokens.contains { $0.lower == word } }

    /// Modal words of a hypothesis; "May" with a capital is the month.
    func containsHedge(_ words: Set<String>) -> Bool {
        tokens.contains { words.contains($0.lower) && $0.text != "May" }
    }
    func containsAny(_ words: Set<String>) -> Bool { tokens.contains { words.contains($0.lower) } }

    /// The token index where `phrase` (lower-case words) starts, searching from `from`.
    func find(_ phrase: [String], from: Int = 0) -> Int? {
        guard !phrase.isEmpty, tokens.count >= phrase.count, from <= tokens.count - phrase.count else { return nil }
        for start in from...(tokens.count - phrase.count) where tokens[start].lower == phrase[0] {
            if zip(tokens[start..<(start + phrase.count)], phrase).allSatisfy({ $0.lower == $1 }) { return start }
        }
        return nil
    }

    /// The date nearest to `index`, preferring one in the same clause (between commas) and one after it, then one that
    /// opens the sentence ("Last week, ..." dates all of it).
    func date(near index: Int) -> DateMention? {
        let clause = clauseRange(around: index)
        let asides = personClauses.filter { !$0.contains(index) } + reportedSpeech(after: index) + futureRelativeClauses(after: index)
        // "hosting him before March 2026": a deadline, not when the event took place.
        let dates = self.dates.filter { date in
            !asides.contains { $0.contains(date.tokens.lowerBound) }
                && !(date.tokens.lowerBound > 0 && Self.deadlineWords.contains(tokens[date.tokens.lowerBound - 1].lower))
        }
        let inClause = dates.filter { clause.contains($0.tokens.lowerBound) }
        if let after = inClause.first(where: { $0.tokens.lowerBound > index }) { return after }
        if let before = inClause.last { return before }
        if let opening = openingDate, opening.tokens.upperBound <= index { return opening }
        // "And though relations were set up 18 months ago, Varela greeted Xi": a conceded or causal clause dates its own event.
        let outside = dates.filter { !opensSubordinateClause(clauseRange(around: $0.tokens.lowerBound)) && !isSubordinated($0) }
        return outside.first { $0.tokens.lowerBound > index } ?? outside.last
    }

    /// "the president's first visit since he was sworn in on July 28": a subordinate clause inside the date's own
    /// clause dates another event; "since 2018" right before the date is a preposition.
    private func isSubordinated(_ date: DateMention) -> Bool {
        let clause = clauseRange(around: date.tokens.lowerBound)
        return (clause.lowerBound..<date.tokens.lowerBound).contains { position in
            Self.subordinators.contains(tokens[position].lower) && position + 1 < tokens.count
                && !dates.contains { $0.tokens.lowerBound == position + 1 } && !["in", "on"].contains(tokens[position + 1].lower)
        }
    }

    static let countryNouns: Set<String> = ["nations", "countries", "states", "governments", "economies", "neighbours", "neighbors"]
    static let manyWords: Set<String> = ["numerous", "many", "several", "most", "some", "dozens", "various", "few"]

    /// True when the words right before the verb at `cue` are a plural noun for many countries, its subject
    /// ("numerous island nations have signed up", "three Central American countries have joined"), not "the two
    /// countries" nor "Peru and other countries". `start` bounds the look back to the verb's clause.
    func namesManyCountries(before cue: Int, from start: Int) -> Bool {
        var index = cue - 1
        while index >= start, ["have", "has", "had", "also", "all", "already", "now", "formally", "officially"].contains(tokens[index].lower) {
            index -= 1
        }
        guard index >= start, Self.countryNouns.contains(tokens[index].lower) else { return false }
        let before = tokens[max(start, index - 3)..<index]
        return !before.contains { ["other", "such"].contains($0.lower) } && before.contains { token in
            Self.manyWords.contains(token.lower) || (NumberWords.words[token.lower] ?? (token.kind == .number ? Int(token.text) : nil)).map { $0 > 2 } ?? false
        }
    }

    static let deadlineWords: Set<String> = ["before", "until", "till", "by"]
    static let subordinators: Set<String> = ["though", "although", "since", "because", "whereas", "despite"]

    private func opensSubordinateClause(_ clause: Range<Int>) -> Bool {
        let words = tokens[clause].prefix(3).map(\.lower)
        let start = ["and", "but", "even"].contains(words.first ?? "") ? 1 : 0
        return start < words.count && Self.subordinators.contains(words[start])
    }

    /// ", which will celebrate their 40th anniversary next year": what a relative clause foresees is not the meeting's day.
    func futureRelativeClauses(after index: Int) -> [Range<Int>] {
        tokens.indices.compactMap { start in
            guard start > index, tokens[start - 1].text == ",", ["which", "that"].contains(tokens[start].lower) else { return nil }
            let end = clauseEnd(after: start)
            return DocumentAnalyzer.speaksOfFuture(Array(tokens[start..<end])) ? start..<end : nil
        }
    }

    static let speechVerbs: Set<String> = ["said", "says", "noted", "stressed", "added", "recalled", "stated", "underlined", "emphasized",
                                           "emphasised", "out"]

    /// "Xi pointed out that the decision made two years ago ...": what was said after the cue, from its "that" on.
    func reportedSpeech(after index: Int) -> [Range<Int>] {
        guard let that = tokens.indices.first(where: { $0 > index + 1 && tokens[$0].lower == "that" && Self.speechVerbs.contains(tokens[$0 - 1].lower) })
        else { return [] }
        return [that..<tokens.count]
    }

    /// "..., Premier Li noted.": a closing comma, a person and a verb of saying; whoever it names reports, not acts.
    var closingAttribution: Range<Int>? {
        guard let comma = tokens.lastIndex(where: { $0.text == "," }), comma + 2 < tokens.count,
              let person = people.first(where: { $0.tokens.lowerBound == comma + 1 || ($0.tokens.lowerBound == comma + 2 && tokens[comma + 1].lower == "the") }),
              person.tokens.upperBound < tokens.count, Self.speechVerbs.contains(tokens[person.tokens.upperBound].lower),
              person.tokens.upperBound + 1 >= tokens.count || tokens[person.tokens.upperBound + 1].kind == .punctuation else { return nil }
        return comma..<tokens.count
    }

    /// ", who on Sunday represented the Chinese president, Xi Jinping, at ...": a relative clause about a person, up to
    /// its closing comma and through a name set in apposition right after that comma. What it names is about that person.
    var personClauses: [Range<Int>] {
        tokens.indices.compactMap { index in
            guard index > 0, tokens[index - 1].text == ",", ["who", "whom", "whose"].contains(tokens[index].lower) else { return nil }
            var end = clauseEnd(after: index)
            if end < tokens.count, tokens[end].text == ",", let named = people.first(where: { $0.tokens.lowerBound == end + 1 }) {
                end = named.tokens.upperBound
            }
            return index..<end
        }
    }

    /// The first comma or semicolon after `start`, or the sentence's end: where a relative clause opened at `start` stops.
    private func clauseEnd(after start: Int) -> Int {
        tokens[(start + 1)...].firstIndex { $0.text == "," || $0.text == ";" } ?? tokens.count
    }

    /// "MONTEVIDEO -", "LIMA, May 2 (Reuters) -": where a story was filed, in capitals before a dash opening its first
    /// paragraph, names no one who acts; the position after the dash, or 0.
    var datelineEnd: Int {
        guard sentence.startsBlock, let dash = tokens.indices.prefix(12).first(where: { ["-", "--", "—", "–"].contains(tokens[$0].text) }),
              dash > 0 else { return 0 }
        var inBracket = false
        for token in tokens[..<dash] {
            if token.text == "(" { inBracket = true } else if token.text == ")" { inBracket = false }
            guard token.kind == .word, !inBracket, MonthNames.number(token.text) == nil else { continue }
            if token.text != token.text.uppercased() || token.text.count < 2 { return 0 }
        }
        return dash + 1
    }

    /// "LIMA, May 2 (Reuters) -": a date among a sentence's first words followed by a bracket or a dash.
    func isDateline(_ date: DateMention) -> Bool {
        guard date.tokens.lowerBound <= 4, sentence.startsBlock else { return false }
        let after = tokens[date.tokens.upperBound..<min(tokens.count, date.tokens.upperBound + 6)]
        return after.first?.text == "(" || after.contains { ["-", "--"].contains($0.text) }
    }

    /// A date that is the whole of the sentence's first clause, with at most a preposition, after any dateline:
    /// "On Monday, ...", "LIMA, May 2 (Reuters) — Last week, ...".
    var openingDate: DateMention? {
        let dash = tokens.indices.prefix(16).first { index in
            index > 0 && ["-", "--"].contains(tokens[index].text) && tokens[index - 1].range.upperBound < tokens[index].range.lowerBound
        }
        let start = dash.map { $0 + 1 } ?? 0
        guard let first = dates.first(where: { $0.tokens.lowerBound >= start }), first.tokens.lowerBound <= start + 1,
              tokens.count > first.tokens.upperBound, tokens[first.tokens.upperBound].text == "," else { return nil }
        return first
    }

    /// The tokens between the commas or semicolons around `index`.
    func clauseRange(around index: Int) -> Range<Int> {
        var start = index, end = index
        while start > 0, !isClauseBreak(start - 1) { start -= 1 }
        while end < tokens.count, !isClauseBreak(end) { end += 1 }
        return start..<end
    }

    private func isClauseBreak(_ index: Int) -> Bool {
        let text = tokens[index].text
        return text == "," || text == ";" || text == ":" || text == "("  || text == ")"
    }
}
