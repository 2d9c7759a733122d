/// The patterns that introduce a person with a role and a country, read at one token of a sentence:
///
/// - `[Former] [Chinese|China's|Colombia] President Xi Jinping`
/// - `his Chinese counterpart[,] Xi Jinping`
/// - `the president of Colombia, Gustavo Petro`
/// - `Gustavo Petro, the Colombian president` / `Lula, Brazil's president`
/// - a leader of `LeaderLexicon` by full name or alias.
struct PersonPatterns: Sendable {
    let tokens: [Token]
    let countries: [CountryMention]

    /// "the Federative Republic of Brazil": words of a country's formal name before the name itself.
    static let formalNameWords: Set<String> = ["the", "republic", "of", "federative", "plurinational", "state", "bolivarian", "oriental", "argentine", "united"]

    static let particles: Set<String> = ["da", "de", "del", "dos", "das", "do", "la", "van", "von", "bin", "di", "y"]
    static let nonNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "and", "but", "he", "she", "it", "they", "his", "her", "this", "that",
        "during", "after", "before", "with", "for", "from", "as", "by", "while", "both", "last", "earlier", "however",
        "belt", "road", "initiative", "forum", "ministry", "government", "state", "republic", "people", "national",
        "photo", "video", "read", "also", "xinhua", "reuters", "celac", "bri", "mou", "ceo", "march", "may",
    ]

    /// The person introduced at `index`, if a pattern starts there.
    func person(at index: Int) -> PersonMention? {
        guard !tokens[index].classes.isDisjoint(with: [.leader, .role]) else { return nil }
        if let leader = LeaderLexicon.table.match(tokens, at: index), tokens[index].isCapitalized {
            return PersonMention(tokens: index..<(index + leader.length), name: leader.value.name,
                                 country: leader.value.country, role: nil)
        }
        if let found = roleThenName(at: index) { return found }
        return roleOfCountryThenName(at: index)
    }

    /// `[Former] [demonym | Country's | Country] Role Name` and `[his] [demonym] counterpart[,] Name`.
    private func roleThenName(at index: Int) -> PersonMention? {
        guard let (role, roleLength) = role(at: index) else { return nil }
        var nameStart = index + roleLength
        let byComma = nameStart < tokens.count && tokens[nameStart].isPunctuation(",")
            && (role == "Counterpart" || introducesByComma(roleAt: index))
        if byComma { nameStart += 1 }
        nameStart = afterPosting(role, from: nameStart)
        nameStart = afterPortfolio(role, from: nameStart)
        nameStart = afterCourtesyTitle(from: nameStart)
        guard var name = nameRun(from: nameStart), !(byComma && role != "Counterpart" && continuesList(after: name)) else { return nil }
        let leader = LeaderLexicon.table.match(tokens, at: nameStart)
        // "President Rodrigo Chaves Robles": a maternal surname after a leader's name stays part of it; other words do not.
        if let leader, leader.length < name.count, !extendsLeaderName(nameStart + leader.length, name.upperBound) {
            name = nameStart..<(nameStart + leader.length)
        }
        var (country, modifier) = countryAndModifier(before: index)
        country = country ?? leader?.value.country
        let fullRole = modifier.map { "\($0) \(role)" } ?? role
        let start = modifierStart(before: index) ?? index
        return PersonMention(tokens: start..<name.upperBound, name: text(name), country: country, role: fullRole)
    }

    /// "Chinese Ambassador to the Bahamas Ms. Yan Jiarong": the posting stands between role and name (the courtesy title
    /// after it is passed over by `afterCourtesyTitle`); the ambassador's country is the one before the role.
    private func afterPosting(_ role: String, from start: Int) -> Int {
        guard ["Ambassador", "Envoy"].contains(role), start + 1 < tokens.count, tokens[start].lower == "to" else { return start }
        let the = tokens[start + 1].lower == "the" ? start + 2 : start + 1
        guard let posting = countries.first(where: { [start + 1, the].contains($0.tokens.lowerBound) }) else { return start }
        var cursor = posting.tokens.upperBound
        if cursor < tokens.count, tokens[cursor].isPunctuation(",") { cursor += 1 }
        return cursor
    }

    /// "Prime Minister Dr. Keith Rowley", "President Mr Lee": a courtesy title between role and name is neither.
    private func afterCourtesyTitle(from start: Int) -> Int {
        guard start < tokens.count, Self.courtesyTitles.contains(tokens[start].lower) else { return start }
        let next = start + 1
        return next < tokens.count && tokens[next].text == "." ? next + 1 : next
    }

    static let courtesyTitles: Set<String> = ["dr", "mr", "ms", "mrs", "prof", "professor", "sir", "dame"]

    /// "Minister of Foreign Affairs and Foreign Trade Kamina Johnson Smith", "Minister of Foreign Affairs and Worship
    /// Santiago Cafiero": the rest of a portfolio after "and" stands between role and name.
    private func afterPortfolio(_ role: String, from start: Int) -> Int {
        guard role.contains(" of "), start + 1 < tokens.count, tokens[start].lower == "and" else { return start }
        var cursor = start + 1
        while cursor < tokens.count, cursor - start <= 3, tokens[cursor].isCapitalized, Self.portfolioWords.contains(tokens[cursor].lower) { cursor += 1 }
        return cursor > start + 1 ? cursor : start
    }

    /// Words of a ministry's portfolio.
    static let portfolioWords: Set<String> = [
        "foreign", "trade", "international", "worship", "commerce", "cooperation", "affairs", "business", "industry", "tourism",
        "investment", "investments", "integration", "economy", "finance", "planning", "development", "agriculture", "immigration",
        "caribbean", "community", "diaspora", "human", "mobility", "public", "credit", "energy", "mines", "mining", "fisheries",
        "culture", "education", "health", "religion", "religious", "regional", "relations", "economic", "technology", "innovation",
        "science", "transport", "works", "commercial", "production", "sustainable", "environment", "labour", "labor", "social",
        "security", "national", "justice", "communications", "information", "sport", "sports", "youth", "water", "housing",
    ]

    /// "China's Minister of Commerce, Wang Wentao": a role its country marks as a title may stand before a comma and the
    /// name; a bare "Minister, ..." or "with the Head of State, Wang ..." may not.
    private func introducesByComma(roleAt index: Int) -> Bool {
        guard index > 0 else { return false }
        return countries.contains { $0.tokens.upperBound == index || (tokens[index - 1].text == "'s" && $0.tokens.upperBound == index - 1) }
    }

    /// "Minister of Foreign Affairs, International Business and Trade": capitalised words a comma sets after a role and
    /// an "and" continues are more of its portfolio, not a name.
    private func continuesList(after name: Range<Int>) -> Bool {
        name.upperBound < tokens.count && ["and", "&"].contains(tokens[name.upperBound].lower)
    }

    /// `the Role of [the] Country[,] Name`.
    private func roleOfCountryThenName(at index: Int) -> PersonMention? {
        guard let (role, roleLength) = role(at: index) else { return nil }
        let ofIndex = index + roleLength
        guard ofIndex + 2 < tokens.count, tokens[ofIndex].lower == "of" else { return nil }
        let (countryStart, country) = country(afterOf: ofIndex)
        let afterCountry = country?.tokens.upperBound ?? countryStart
        guard afterCountry < tokens.count, country != nil || (countryStart > ofIndex + 1 && tokens[afterCountry].isPunctuation(",")) else { return nil }
        let nameStart = tokens[afterCountry].isPunctuation(",") ? afterCountry + 1 : afterCountry
        guard let name = nameRun(from: nameStart) else { return nil }
        return PersonMention(tokens: index..<name.upperBound, name: text(name), country: country?.code, role: role)
    }

    /// "of the Republic of Peru": where the country's name starts after the formal words, and the country named there.
    private func country(afterOf ofIndex: Int) -> (start: Int, mention: CountryMention?) {
        var start = ofIndex + 1
        while start < tokens.count, start - ofIndex <= 5, Self.formalNameWords.contains(tokens[start].lower) { start += 1 }
        return (start, countries.first { $0.tokens.lowerBound == start })
    }

    /// `Name, the [demonym] role` or `Name, Country's role`, for a name already found at `name`.
    func appositiveRole(after name: Range<Int>) -> (role: String, country: String?)? {
        var index = name.upperBound
        guard index < tokens.count, tokens[index].isPunctuation(",") else { return nil }
        index += 1
        if index < tokens.count, ["the", "a"].contains(tokens[index].lower) { index += 1 }
        var country: String?
        if let mention = countries.first(where: { $0.tokens.lowerBound == index }) {
            country = mention.code
            index = mention.tokens.upperBound
            if index < tokens.count, tokens[index].text == "'s" { index += 1 }
        }
        guard index < tokens.count, let (role, length) = RoleLexicon.table.match(tokens, at: index), role != "Counterpart" else { return nil }
        return (role, country ?? countryOf(after: index + length))
    }

    /// "Sean Sobers, Minister of Foreign Affairs of Trinidad and Tobago,", "Vice Minister of Trade of Peru": the country
    /// after an "of" among the role's own capitalised words.
    private func countryOf(after index: Int) -> String? {
        var cursor = index
        while cursor < tokens.count, cursor - index < 8 {
            guard tokens[cursor].lower == "of" else {
                guard tokens[cursor].isCapitalized || tokens[cursor].lower == "and" else { return nil }
                cursor += 1
                continue
            }
            if let country = country(afterOf: cursor).mention, !country.isDemonym { return country.code }
            cursor += 1
        }
        return nil
    }

    func role(at index: Int) -> (String, Int)? {
        if tokens[index].lower == "counterpart" { return ("Counterpart", 1) }
        guard let (role, length) = RoleLexicon.table.match(tokens, at: index) else { return nil }
        return (role, length)
    }

    /// The country written just before a role ("Chinese", "Colombia's", "Colombia") and a "former"-like word before that.
    private func countryAndModifier(before index: Int) -> (String?, String?) {
        var cursor = index
        if cursor > 0, tokens[cursor - 1].text == "'s" { cursor -= 1 }
        var country: String?
        if let mention = countries.first(where: { $0.tokens.upperBound == cursor }), !mention.viaCapital {
            country = mention.code
            cursor = mention.tokens.lowerBound
        }
        if cursor > 0, RoleLexicon.modifiers.contains(tokens[cursor - 1].lower) {
            return (country, tokens[cursor - 1].text.prefix(1).uppercased() + tokens[cursor - 1].lower.dropFirst())
        }
        return (country ?? envoyOf(before: index), nil)
    }

    /// "President Xi Jinping's Special Envoy and Minister of Culture Sun Yeli": the envoy serves the leader's country.
    private func envoyOf(before index: Int) -> String? {
        var cursor = index
        while cursor > 0, index - cursor < 8, tokens[cursor - 1].isCapitalized || tokens[cursor - 1].lower == "and" { cursor -= 1 }
        guard cursor > 1, ["'s", "’s"].contains(tokens[cursor - 1].lower) else { return nil }
        return (max(0, cursor - 4)..<(cursor - 1)).lazy.compactMap { start -> String? in
            guard let leader = LeaderLexicon.table.match(tokens, at: start), start + leader.length == cursor - 1 else { return nil }
            return leader.value.country
        }.first
    }

    private func modifierStart(before index: Int) -> Int? {
        var cursor = index
        if cursor > 0, tokens[cursor - 1].text == "'s" { cursor -= 1 }
        if let mention = countries.first(where: { $0.tokens.upperBound == cursor }) { cursor = mention.tokens.lowerBound }
        if cursor > 0, RoleLexicon.modifiers.contains(tokens[cursor - 1].lower) { cursor -= 1 }
        return cursor == index ? nil : cursor
    }

    private func extendsLeaderName(_ start: Int, _ end: Int) -> Bool {
        guard end - start == 1 else { return false }
        let word = tokens[start]
        return word.kind == .word && word.text.count > 2 && MonthNames.number(word.text) == nil && MonthNames.weekdays[word.lower] == nil
            && !countries.contains { $0.tokens.contains(start) } && LeaderLexicon.table.match(tokens, at: start) == nil
    }

    /// One to five capitalised name words, with particles ("da", "de") and hyphens inside.
    func nameRun(from start: Int) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < 6 {
            let token = tokens[end]
            if isNameWord(token) { end += 1; continue }
            let joinsNext = end + 1 < tokens.count && isNameWord(tokens[end + 1]) && end > start
            if joinsNext, Self.particles.contains(token.text) { end += 1; continue }
            if joinsNext, token.isPunctuation("-"), tokens[end - 1].range.upperBound == token.range.lowerBound { end += 1; continue }
            break
        }
        return end > start ? start..<end : nil
    }

    func isNameWord(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized, !Self.nonNames.contains(token.lower) else { return false }
        if MonthNames.months[token.lower] != nil || MonthNames.weekdays[token.lower] != nil { return false }
        if token.classes.contains(.role) { return false }
        return !token.classes.contains(.country) || token.classes.contains(.leader)
    }

    func text(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            let glued = index > range.lowerBound && (tokens[index].isPunctuation("-") || tokens[index - 1].isPunctuation("-"))
            if index > range.lowerBound, !glued { result += " " }
            result += tokens[index].text
        }
        return result
    }
}
