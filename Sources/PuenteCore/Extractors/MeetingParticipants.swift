/// Who took part in a meeting a sentence reports: the people it names, completed by what the article makes plain.
/// "On Tuesday he received Chilean President Gabriel Boric" has Xi as its subject when Xi was the Chinese official
/// named last; an official whose country the article never states ("the Chancellor of the Republic") represents the
/// country the article is about.
enum MeetingParticipants {
    static let pronouns: Set<String> = ["he", "she"]

    /// How often each official has been named so far, and when last: the likeliest antecedent of "he" is the
    /// official the article has named most.
    struct LastOfficials {
        var officials: [String: (participant: Participant, count: Int, last: Int)] = [:]

        /// An official whose country the text does not state is the focus country's, as in `find`.
        mutating func update(with sentence: AnalyzedSentence, focus: String? = nil) {
            for person in sentence.people where person.role != nil && !(person.role?.hasPrefix("Former") ?? false) {
                guard let country = person.country ?? (focus == "CN" ? nil : focus) else { continue }
                let count = (officials[person.name]?.count ?? 0) + 1
                officials[person.name] = (Participant(name: person.name, country: country, role: person.role), count, sentence.index)
            }
        }

        /// The most named official of `country`, one whose office starts with `office` ("prime") where there is one.
        func antecedent(from country: String, office: String? = nil) -> Participant? {
            let ofCountry = officials.values.filter { $0.participant.country == country }
            let inOffice = ofCountry.filter { official in
                office.map { word in official.participant.role?.lowercased().split(separator: " ").contains { $0 == word } ?? false } ?? false
            }
            return (inOffice.isEmpty ? ofCountry : inOffice).max { ($0.count, $0.last) < ($1.count, $1.last) }?.participant
        }

        /// The most named official from a country other than those already taking part.
        func antecedent(excluding countries: Set<String>) -> Participant? {
            officials.values.filter { !countries.contains($0.participant.country ?? "") }
                .max { ($0.count, $0.last) < ($1.count, $1.last) }?.participant
        }
    }

    /// The people of both sides, one of them Chinese; nil when the sentence does not make both plain.
    static func find(in sentence: AnalyzedSentence, cue: Int, lastOfficials: LastOfficials, focus: String?, year: Int?) -> [Participant]? {
        var seen = Set<String>()
        var people: [Participant] = []
        // "Sun conveyed Xi's congratulations": a person named only as an owner is not at the meeting.
        let present = Set(sentence.people.filter { person in
            person.tokens.upperBound >= sentence.tokens.count || !["'s", "’s"].contains(sentence.tokens[person.tokens.upperBound].lower)
        }.map(\.name))
        // "after a meeting with Wang, who represented President Xi at the ceremony": Xi is not at the meeting.
        let asides = sentence.personClauses.filter { !$0.contains(cue) } + [sentence.closingAttribution].compactMap { $0 }.filter { !$0.contains(cue) }
        for person in sentence.people where !(person.role?.hasPrefix("Former") ?? false) && !seen.contains(person.name)
            && present.contains(person.name) && !asides.contains(where: { $0.contains(person.tokens.lowerBound) }) {
            seen.insert(person.name)
            var country = person.country
            if country == nil, person.role != nil, let focus, focus != "CN" { country = focus }
            if let country { people.append(Participant(name: person.name, country: country, role: person.role)) }
        }
        let tokens = sentence.tokens
        let subjectIsPronoun = tokens[..<cue].contains { pronouns.contains($0.lower) }
        let named = Set(people.compactMap(\.country))
        let bothSides = named.contains("CN") && named.count >= 2
        // "in his meeting with Li Zhanshu", "after the talks with Xi": the other side is the visitor the article follows.
        let meetingWithOneSide = cue + 1 < tokens.count && tokens[cue + 1].lower == "with" && named == ["CN"]
            && Self.opensMeetingNoun(tokens, cue: cue)
        if subjectIsPronoun || meetingWithOneSide, !bothSides, let antecedent = lastOfficials.antecedent(excluding: named),
           !meetingWithOneSide || antecedent.country == focus {
            people.insert(antecedent, at: 0)
        }
        // "The Cuban leader had also met Vice Premier Wang Yang": the official of that country named most so far.
        if let described = Self.describedSide(sentence), !people.contains(where: { $0.country == described.country }),
           let antecedent = lastOfficials.antecedent(from: described.country, office: described.office) {
            people.insert(antecedent, at: 0)
        }
        // "Prime Minister Marrero, on a visit at the invitation of Premier Li Qiang, held talks with his Chinese counterpart":
        // the official of that country in the same office whom the sentence names, even in an aside.
        if let side = Self.counterpartSide(sentence), !people.contains(where: { $0.country == side }),
           let office = people.lazy.compactMap({ Self.office($0.role) }).first,
           let official = sentence.people.first(where: { $0.country == side && Self.office($0.role ?? Self.knownRole($0.name)) == office }) {
            people.append(Participant(name: official.name, country: side, role: official.role))
        }
        // "Later on Friday the president met Zhao Leji": with only China's side named, "the president" is the official of
        // that office from the country the article is about.
        if let focus, focus != "CN", people.allSatisfy({ $0.country == "CN" }), !people.isEmpty, let office = Self.bareOffice(sentence, before: cue),
           let visitor = lastOfficials.antecedent(from: focus, office: office) {
            people.insert(visitor, at: 0)
        }
        if !people.contains(where: { $0.country == "CN" }), Self.namesBothHeadsOfState(sentence), let year,
           let president = LeaderLexicon.chineseHeadOfState(in: year) {
            people.append(Participant(name: president.name, country: "CN", role: president.role))
        }
        // "Xi and his Uruguayan counterpart Vazquez agreed ... The two heads of state made the decision during talks": the
        // other head is the official of the article's country named most.
        if Self.namesBothHeadsOfState(sentence), let focus, focus != "CN", !people.contains(where: { $0.country != "CN" }),
           let visitor = lastOfficials.antecedent(from: focus, office: "president") {
            people.insert(visitor, at: 0)
        }
        let countries = Set(people.compactMap(\.country))
        guard countries.contains("CN"), countries.count >= 2 else { return nil }
        return people
    }

    static let determiners: Set<String> = ["his", "her", "the", "their", "a"]

    /// "the talks with", "his brief meeting with", "a first bilateral meeting with": the cue opens its noun phrase,
    /// after a determiner and at most two lowercase modifiers.
    static func opensMeetingNoun(_ tokens: [Token], cue: Int) -> Bool {
        var cursor = cue
        while cursor > 0, cue - cursor < 2, tokens[cursor - 1].kind == .word, !tokens[cursor - 1].isCapitalized,
              !determiners.contains(tokens[cursor - 1].lower) {
            cursor -= 1
        }
        return cursor == 0 ? cue == 0 : determiners.contains(tokens[cursor - 1].lower)
    }

    static let leaderNouns: Set<String> = ["leader", "president", "premier", "head", "prime", "foreign", "minister", "chancellor", "vice"]

    /// The country of "the Chinese leader", "the Cuban president", "the Jamaican prime minister": a side written by its
    /// demonym and office alone, with the office's first word.
    static func describedSide(_ sentence: AnalyzedSentence) -> (country: String, office: String)? {
        let tokens = sentence.tokens
        return sentence.countries.first { mention in
            mention.isDemonym && mention.tokens.lowerBound > 0 && tokens[mention.tokens.lowerBound - 1].lower == "the"
                && mention.tokens.upperBound < tokens.count && leaderNouns.contains(tokens[mention.tokens.upperBound].lower)
                && !sentence.people.contains { $0.tokens.contains(mention.tokens.lowerBound) }
        }.map { ($0.code, tokens[$0.tokens.upperBound].lower) }
    }

    static let bareOffices: Set<String> = ["president", "premier", "chancellor"]

    /// "the president" before the meeting word, written without a demonym or a name.
    static func bareOffice(_ sentence: AnalyzedSentence, before cue: Int) -> String? {
        let tokens = sentence.tokens
        return (1..<max(1, cue)).first { index in
            tokens[index - 1].lower == "the" && bareOffices.contains(tokens[index].lower)
                && !sentence.people.contains { $0.tokens.contains(index) || $0.tokens.lowerBound == index + 1 }
        }.map { tokens[$0].lower }
    }

    /// The office a role holds, so that counterparts match: a president, a head of government ("Prime Minister" and
    /// "Premier"), a foreign minister. Deputies and former holders have no counterpart here.
    static func office(_ role: String?) -> String? {
        guard let role = role?.lowercased(), !role.contains("vice"), !role.contains("former"), !role.contains("deputy") else { return nil }
        if role.hasSuffix("president") { return "president" }
        if role.hasSuffix("prime minister") || role.hasSuffix("premier") { return "head of government" }
        if role.contains("foreign") { return "foreign minister" }
        return role
    }

    static func knownRole(_ name: String) -> String? {
        LeaderLexicon.leaders.first { $0.name == name }?.role
    }

    /// The country of "his Chinese counterpart", "her Peruvian counterpart": a side written by its demonym alone.
    static func counterpartSide(_ sentence: AnalyzedSentence) -> String? {
        let tokens = sentence.tokens
        return sentence.countries.first { mention in
            mention.isDemonym && mention.tokens.lowerBound > 0 && determiners.contains(tokens[mention.tokens.lowerBound - 1].lower)
                && mention.tokens.upperBound < tokens.count && ["counterpart", "counterparts"].contains(tokens[mention.tokens.upperBound].lower)
                && !sentence.people.contains { $0.tokens.lowerBound <= mention.tokens.upperBound + 2 && $0.tokens.upperBound > mention.tokens.lowerBound }
        }?.code
    }

    /// "President Castro paid a state visit to China, and the two heads of state held talks": China's is one of them.
    static func namesBothHeadsOfState(_ sentence: AnalyzedSentence) -> Bool {
        sentence.find(["two", "heads", "of", "state"]) != nil || sentence.find(["two", "presidents"]) != nil
    }
}
