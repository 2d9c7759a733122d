/// Runs cleaning, sentence splitting and every recognizer over a document.
struct DocumentAnalyzer: Sendable {
    static let futureWords: Set<String> = ["will", "shall", "upcoming", "forthcoming"]
    static let futureVerbs: Set<String> = ["plans", "plan", "planned", "planning", "intends", "intend", "expected", "scheduled", "set", "aims", "due", "hopes", "seeks", "going"]

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "'s", "’s"]

    /// What "is to" or "are to" schedules: "are to meet again on Friday".
    static let scheduledActs: Set<String> = ["meet", "sign", "visit", "hold", "travel", "attend", "be"]

    /// "will sign", "plans to sign", "is expected to", "next week", "are to meet".
    static func speaksOfFuture(_ tokens: [Token]) -> Bool { firstFuture(tokens) != nil }

    /// Verbs that are seldom a participle after a noun ("the pacts signed ... will" is the future's subject).
    static let pastActs: Set<String> = ["met", "hosted", "visited", "talked", "welcomed", "greeted", "discussed"]

    /// "met in Beijing on Friday and outlined how they planned to boost trade": the sentence tells a past act before the
    /// words of the future, outside a relative clause, and its weekdays are past ones.
    static func toldBeforeItsFuture(_ tokens: [Token]) -> Bool {
        guard let future = firstFuture(tokens) else { return false }
        return (0..<future).contains { index in pastActs.contains(tokens[index].lower) && !opensRelativeClause(tokens, before: index) }
    }

    static func opensRelativeClause(_ tokens: [Token], before index: Int) -> Bool {
        index > 0 && ["who", "which", "that"].contains(tokens[index - 1].lower)
    }

    /// Where the first word of the future stands, if any.
    static func firstFuture(_ tokens: [Token]) -> Int? {
        for (index, token) in tokens.enumerated() where token.classes.contains(.future) {
            if futureWords.contains(token.lower) { return index }
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            // "The plan to build a port was signed": after a determiner, "plan" is a thing, and the verb tells the time.
            let named = index > 0 && determiners.contains(tokens[index - 1].lower)
            if futureVerbs.contains(token.lower), next == "to", !named { return index }
            // "are to meet again on Friday"
            if ["is", "are"].contains(token.lower), next == "to", index + 2 < tokens.count, scheduledActs.contains(tokens[index + 2].lower) { return index }
            if token.lower == "next", ["week", "month", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(next) { return index }
        }
        return nil
    }

    func analyze(_ document: Document) -> AnalyzedDocument {
        let clean = Cleaner().clean(document.scalars)
        let tokenizer = Tokenizer()
        let sentences = SentenceSplitter().split(clean).enumerated().map { index, part in
            Sentence(index: index, range: part.range, isHeading: part.block.isHeading, isListItem: part.block.isListItem, startsBlock: part.first,
                     tokens: tokenizer.tokens(clean.text.scalars, part.range))
        }
        let reference = document.metadata.published
        let readingDate = ReadingDate.of(reference, sentences: sentences)
        var countryMentions = sentences.map { sentence in
            Self.markOrganizations(CountryRecognizer().mentions(in: sentence.tokens),
                                   OrganizationRecognizer().mentions(in: sentence.tokens))
        }
        countryMentions = Self.resolvingSharedDemonyms(countryMentions)
        let focus = Self.focusCountry(countryMentions.flatMap { $0.mentions })
        let currency = focus.flatMap { CountryLexicon.byCode[$0]?.currency } ?? "COP"
        let people = PeopleRecognizer(year: readingDate?.year)
        let introductions = zip(sentences, countryMentions).map { people.introductions(in: $0.tokens, countries: $1.mentions) }
        let registry = people.registry(from: introductions)
        var analyzed: [AnalyzedSentence] = []
        var lastDay: PartialDate?
        var lastYear: Int?
        for (index, sentence) in sentences.enumerated() {
            let future = Self.speaksOfFuture(sentence.tokens)
            let mainFuture = future && Self.speaksOfFuture(Self.mainClauses(sentence.tokens))
            var dates = DateRecognizer(reference: readingDate, future: mainFuture && !Self.toldBeforeItsFuture(sentence.tokens)).mentions(in: sentence.tokens)
            if let sameDay = Self.sameDay(sentence.tokens, dates: dates, lastDay: lastDay) { dates.append(sameDay) }
            if let apart = Self.daysApart(sentence.tokens, dates: dates, lastDay: lastDay) {
                // "said on Dec. 26 that it was inked two days earlier": the counted day is the event's, ahead of its anchor.
                let anchor = dates.lastIndex { $0.date.precision == .day && $0.tokens.upperBound <= apart.tokens.lowerBound }
                dates.insert(apart, at: anchor ?? dates.endIndex)
            }
            if let sameYear = Self.sameYear(sentence.tokens, dates: dates, lastYear: lastYear) { dates.append(sameYear) }
            lastDay = dates.last { $0.date.precision == .day && !$0.countsBack }?.date ?? lastDay
            lastYear = dates.last { $0.isAbsolute }?.date.year ?? lastYear
            let money = MoneyRecognizer(pesoCurrency: currency).mentions(in: sentence.tokens)
            let (named, organizations) = countryMentions[index]
            let persons = people.mentions(in: sentence.tokens, introductions: introductions[index], registry: registry)
            // "Santiago Cafiero" names a person, not Chile's capital.
            let countries = named.filter { country in
                !money.contains { $0.tokens.overlaps(country.tokens) }
                    && !(country.viaCapital && persons.contains { $0.tokens.overlaps(country.tokens) })
            }
            analyzed.append(AnalyzedSentence(
                sentence: sentence,
                originalRange: clean.text.originalRange(sentence.range),
                countries: countries,
                organizations: organizations,
                people: persons,
                dates: dates,
                money: money,
                percents: PercentRecognizer().mentions(in: sentence.tokens),
                isFuture: future,
                mainClauseIsFuture: mainFuture))
        }
        countryMentions.removeAll()
        return AnalyzedDocument(document: document, clean: clean, sentences: analyzed, reference: reference, focusCountry: focus)
    }

    /// The tokens before a closing relative or adverbial clause: "..., whose country will mark 45 years of ties next
    /// year" and "signed on Tuesday, as the country seeks to find new markets" tell of their own future, not the
    /// sentence's. Such a clause followed by more of the sentence ("Xi, who met Trump on Saturday, said the pacts will
    /// ...") is kept.
    static func mainClauses(_ tokens: [Token]) -> [Token] {
        guard let relative = tokens.indices.dropFirst().last(where: { tokens[$0 - 1].text == "," && opensClosingClause(tokens, at: $0) }),
              !tokens[relative...].contains(where: { $0.text == "," }) else { return tokens }
        return Array(tokens[..<relative])
    }

    static let closingClauseOpeners: Set<String> = ["which", "who", "whose", "as", "while", "because"]

    /// "which", "who", "as", "while" opening a clause; not "as well as".
    private static func opensClosingClause(_ tokens: [Token], at index: Int) -> Bool {
        guard closingClauseOpeners.contains(tokens[index].lower) else { return false }
        return !(tokens[index].lower == "as" && index + 1 < tokens.count && tokens[index + 1].lower == "well")
    }

    /// "On the same day", "that day", "the previous day", "the next day": counted from the last day an earlier sentence named.
    static func sameDay(_ tokens: [Token], dates: [DateMention], lastDay: PartialDate?) -> DateMention? {
        guard let lastDay, !dates.contains(where: { $0.date.precision == .day }) else { return nil }
        let offsets: [String: Int] = ["same": 0, "that": 0, "previous": -1, "next": 1, "following": 1]
        for start in tokens.indices.dropLast() where tokens[start + 1].lower == "day" {
            guard let offset = offsets[tokens[start].lower] else { continue }
            let (y, m, d) = CivilCalendar.date(dayNumber: lastDay.firstDay + offset)
            return PartialDate(year: y, month: m, day: d).map { DateMention(tokens: start..<(start + 2), date: $0, kind: .relative) }
        }
        return nil
    }

    /// "announced on Dec. 26 that the deal was inked two days earlier": counted from the day named before it in the
    /// sentence, or else from the last day an earlier sentence named.
    static func daysApart(_ tokens: [Token], dates: [DateMention], lastDay: PartialDate?) -> DateMention? {
        let directions: [String: Int] = ["earlier": -1, "before": -1, "later": 1, "after": 1]
        for start in tokens.indices.dropLast(2) where ["days", "day"].contains(tokens[start + 1].lower) {
            guard let direction = directions[tokens[start + 2].lower],
                  let count = Int(tokens[start].text) ?? NumberWords.words[tokens[start].lower], (1...30).contains(count),
                  // "two days before the summit" counts from the summit, not from a day named.
                  ["earlier", "later"].contains(tokens[start + 2].lower) || start + 3 >= tokens.count || tokens[start + 3].kind == .punctuation,
                  start + 3 >= tokens.count || tokens[start + 3].lower != "than" else { continue }
            let anchor = dates.last { $0.date.precision == .day && $0.tokens.upperBound <= start }?.date ?? lastDay
            guard let anchor else { return nil }
            let (y, m, d) = CivilCalendar.date(dayNumber: anchor.firstDay + direction * count)
            return PartialDate(year: y, month: m, day: d).map { DateMention(tokens: start..<(start + 3), date: $0, kind: .relative) }
        }
        return nil
    }

    /// "later that year", "the same year": the year an earlier sentence wrote out.
    static func sameYear(_ tokens: [Token], dates: [DateMention], lastYear: Int?) -> DateMention? {
        guard let lastYear, dates.isEmpty else { return nil }
        for start in tokens.indices.dropLast() where ["that", "same"].contains(tokens[start].lower) && tokens[start + 1].lower == "year" {
            return PartialDate(year: lastYear).map { DateMention(tokens: start..<(start + 2), date: $0, kind: .relative) }
        }
        return nil
    }

    private static func markOrganizations(_ countries: [CountryMention], _ organizations: [OrganizationMention])
        -> (mentions: [CountryMention], organizations: [OrganizationMention]) {
        let marked = countries.map { mention -> CountryMention in
            var copy = mention
            copy.inOrganization = organizations.contains { $0.tokens.contains(mention.tokens.lowerBound) }
            return copy
        }
        return (marked, organizations)
    }

    /// "Dominican" names the people of Dominica as well as of the Dominican Republic: in an article that names Dominica
    /// and never the republic, it is Dominica's.
    private static func resolvingSharedDemonyms(_ all: [(mentions: [CountryMention], organizations: [OrganizationMention])])
        -> [(mentions: [CountryMention], organizations: [OrganizationMention])] {
        let named = all.flatMap(\.mentions).filter { !$0.isDemonym }
        guard named.contains(where: { $0.code == "DM" }), !named.contains(where: { $0.code == "DO" }) else { return all }
        return all.map { entry in
            (entry.mentions.map { mention in
                guard mention.isDemonym, mention.code == "DO" else { return mention }
                return CountryMention(tokens: mention.tokens, code: "DM", viaCapital: mention.viaCapital, isDemonym: true,
                                      inOrganization: mention.inOrganization)
            }, entry.organizations)
        }
    }

    /// The most mentioned country of the region other than China, ties broken by first mention.
    static func focusCountry(_ mentions: [CountryMention]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        for (position, mention) in mentions.enumerated() where mention.code != "CN" && mention.code != "US" && !mention.inOrganization {
            let current = counts[mention.code] ?? (0, position)
            counts[mention.code] = (current.count + 1, current.first)
        }
        return counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
    }
}
