/// Finds what articles say of countries and the Belt and Road Initiative: joining, leaving, intending to join,
/// or not being a member, each with the country it is said of and the date the text gives (or the publication date,
/// marked as such, for a state such as "has yet to join"). Lists of countries are read clause by clause, a clause
/// without its own verb borrowing the previous one's ("Peru joined in 2019, Argentina in 2022").
struct BriExtractor: Sendable {
    func extract(_ document: AnalyzedDocument) -> [DocumentBriEvent] {
        var events: [DocumentBriEvent] = []
        var topicContinues = false
        var otherGroupLast = false
        let topicDocument = document.sentences.enumerated().contains { index, sentence in
            (index < 3 || sentence.sentence.isHeading) && BriCues.mentionsTopic(sentence.tokens)
        }
        var joinedLast = false
        // "2022" on a line of its own, then "Nicaragua, Argentina.": the year and countries the lines after it tell more of.
        var timeline: (year: PartialDate, countries: Set<String>)?
        // The step the sentence before told, that "they include ..." or "Neither has Mexico" goes on with.
        // `named` is false when it named no country: "Five countries have stayed out." Then "Brazil, Mexico, ..." names them.
        var lastStep: (kind: BriEvent.Kind, named: Bool)?
        var listKind: (kind: BriEvent.Kind, intro: AnalyzedSentence)?
        var stepLast = false
        var table: BriTable?
        let announced = Self.announcedSteps(in: document)
        // The profile's country lasts to the end of its paragraph; named on a line of its own, through the paragraph after.
        var lead: (code: String, spansNextBlock: Bool)?
        for (position, sentence) in document.sentences.enumerated() {
            let stepBefore = lastStep
            lastStep = nil
            if sentence.sentence.startsBlock || sentence.sentence.isHeading, let open = lead {
                lead = open.spansNextBlock && !sentence.sentence.isHeading ? (open.code, false) : nil
            }
            // "Members, one per line:" then "Argentina", "Barbados": a line of a list, not a profile's lead.
            if let list = listKind, Self.leadCountry(sentence) != nil, Self.continuesLineList(after: position, document),
               let listed = listLine(sentence, kind: list.kind, intro: list.intro, document) {
                events += listed
                continue
            }
            if topicDocument || topicContinues, position > 0, let codes = Self.bareListCountries(sentence),
               let answered = Self.bareListEvents(codes, sentence, after: document.sentences[position - 1], document) {
                events += answered.events
                joinedLast = answered.joined
                timeline = Self.loneYear(document.sentences[position - 1]).map { ($0, Set(codes)) }
                continue
            }
            if sentence.sentence.isHeading { timeline = nil }
            if let entry = timeline, let detailed = timelineDetail(sentence, entry, document) {
                events += detailed
                continue
            }
            if let code = Self.leadCountry(sentence) {
                // A new country's profile ends the news of another group before it.
                lead = (code, sentence.sentence.isHeading)
                otherGroupLast = false
                continue
            }
            if topicDocument, let dated = datedLead(sentence, document) {
                lead = (dated.country, false)
                otherGroupLast = false
                events.append(dated)
                continue
            }
            if let open = table {
                if let rows = open.row(sentence, document) { events += rows; continue }
                // A region's name or a rule between rows keeps the table going.
                if sentence.sentence.isHeading || !BriTable.cells(of: sentence).isEmpty { continue }
                table = nil
            }
            if topicDocument, let opened = BriTable(header: sentence) {
                table = opened
                continue
            }
            // In an article about the initiative, "the initiative" names it.
            let onTopic = BriCues.mentionsTopic(sentence.tokens) || (topicDocument && Self.namesAnInitiative(sentence))
            let otherGroup = BriCues.namesOtherGroup(sentence.tokens)
            var joinedHere = false
            defer {
                topicContinues = onTopic || (topicContinues && !sentence.sentence.startsBlock)
                otherGroupLast = onTopic ? false : (otherGroup || otherGroupLast)
                stepLast = onTopic || joinedHere
            }
            // "Argentina joined the AIIB", and what follows it until the initiative is named again, is another group's news.
            if !onTopic, otherGroup || otherGroupLast { continue }
            if let list = listKind {
                if let listed = listLine(sentence, kind: list.kind, intro: list.intro, document) { events += listed; continue }
                if !sentence.sentence.isHeading, !sentence.sentence.isListItem { listKind = nil }
            }
            if sentence.tokens.last?.text == ":", onTopic || topicContinues || topicDocument,
               let first = BriCues.find(in: sentence.tokens, 0..<sentence.tokens.count).first {
                listKind = (first.kind, sentence)
            }
            // "... signed up in June 2018. Dominica and Guyana signed similar agreements": the same step again.
            // "Followed suit" repeats the sentence right before: "The Dominican Republic abandoned Taiwan in May. El Salvador
            // followed suit in August" is not about the initiative.
            // "Panama, the first in the hemisphere to sign, did so in 2017": "did so" takes up the step just told.
            let repeatsStep = joinedLast && (sentence.containsAny(["similar"]) || (stepLast && sentence.find(["followed", "suit"]) != nil)
                || (stepLast && Self.alsoSignsDocuments(sentence.tokens)) || (stepLast && sentence.find(["did", "so"]) != nil))
            // "Panama was the first to join. Uruguay, Ecuador, Chile, Bolivia and Peru is the last one": the timeline goes on.
            if joinedLast, BriCues.find(in: sentence.tokens, 0..<sentence.tokens.count).isEmpty, let listed = timelineContinuation(sentence, document) {
                events += listed
                continue
            }
            if onTopic || topicContinues || topicDocument, !sentence.sentence.startsBlock, let step = stepBefore,
               let listed = listContinuation(sentence, kind: step.kind, namedBefore: step.named, document) {
                events += listed
                joinedHere = step.kind == .joined
                joinedLast = joinedHere
                lastStep = (step.kind, true)
                continue
            }
            // "Which countries have signed?", "Is Colombia joining?": a question tells no one's standing.
            guard onTopic || topicContinues || topicDocument || repeatsStep, sentence.tokens.last?.text != "?",
                  sentence.tokens.contains(where: { $0.classes.contains(.briCue) })
            else { joinedLast = joinedLast && !sentence.sentence.startsBlock; continue }
            let before = position > 0 ? document.sentences[position - 1] : nil
            var found = Self.exempting(read(sentence, document, lead: topicDocument ? lead?.code : nil, previous: before, onStep: repeatsStep)
                                       + joinedAlongside(sentence, document), sentence, document) + Self.holdouts(sentence, document)
            found = Self.othersThanTheFirst(found, sentence, document)
            if repeatsStep, found.isEmpty { found = similarSigning(sentence, document) }
            // Outside a sentence naming the initiative, only a joining word makes a member: "signed a memorandum"
            // there may be any memorandum.
            if !onTopic, !repeatsStep, lead == nil { found.removeAll { $0.event.kind == .joined && (!joinsInitiative(sentence) || !namesJoining(sentence)) } }
            if BriCues.speculates(sentence), !found.contains(where: { $0.event.kind == .intent }) { joinedLast = false; continue }
            if !sentence.sentence.isHeading { found = found.map { Self.datedByHeadline($0, announced, document) } }
            joinedHere = found.contains { $0.event.kind == .joined }
            joinedLast = joinedHere || (joinedLast && found.isEmpty && !sentence.sentence.startsBlock)
            if let kind = found.last?.event.kind { lastStep = (kind, true) }
            if found.isEmpty, sentence.countries.isEmpty, let kind = BriCues.find(in: sentence.tokens, 0..<sentence.tokens.count).first?.kind {
                lastStep = (kind, false)
            }
            events += found
        }
        return events
    }

    static let documentNouns: Set<String> = ["memorandum", "memoranda", "memorandums", "mou", "mous", "document", "documents"]

    /// "Chile and Peru also signed cooperation documents with China": the same kind of paper as the step before, with
    /// no subject of its own ("also signed a memorandum on fisheries" is another matter).
    static func alsoSignsDocuments(_ tokens: [Token]) -> Bool {
        guard let also = tokens.firstIndex(where: { $0.lower == "also" }), also + 1 < tokens.count,
              ["signed", "inked"].contains(tokens[also + 1].lower),
              let noun = (also + 2..<min(tokens.count, also + 6)).first(where: { documentNouns.contains(tokens[$0].lower) }) else { return false }
        return noun + 1 >= tokens.count || !["on", "for", "to", "covering", "about", "of"].contains(tokens[noun + 1].lower)
    }

    static let timelineVerbs: Set<String> = ["signed", "followed", "joined", "adhered", "acceded"]

    /// Under a timeline's year and its countries: "Nicaragua signed in January", "Argentina followed in February" date
    /// that year's step of a country listed for it by the month.
    private func timelineDetail(_ sentence: AnalyzedSentence, _ entry: (year: PartialDate, countries: Set<String>),
                                _ document: AnalyzedDocument) -> [DocumentBriEvent]? {
        let tokens = sentence.tokens
        var found: [DocumentBriEvent] = []
        for mention in sentence.actorCountries where entry.countries.contains(mention.code) {
            guard let country = sentence.countries.first(where: { $0.tokens.contains(mention.at) }),
                  let verb = (country.tokens.upperBound..<min(tokens.count, country.tokens.upperBound + 4)).first(where: { Self.timelineVerbs.contains(tokens[$0].lower) }),
                  tokens[country.tokens.upperBound..<verb].allSatisfy({ ["'s", "’s", "memorandum", ",", "also", "then"].contains($0.lower) }),
                  let told = sentence.dates.first(where: { $0.tokens.lowerBound > verb }), !told.isAbsolute, let month = told.date.month,
                  let date = PartialDate(year: entry.year.year, month: month) else { continue }
            let event = BriEvent(date: date, kind: .joined, dateIsReportDate: false, evidence: [document.evidence(sentence)],
                                 reports: [Report(document: document.id, directness: .indirect)])
            found.append(DocumentBriEvent(country: mention.code, event: event))
        }
        return found.isEmpty ? nil : found
    }

    static let listingSubjects: [[String]] = [["they"], ["these"], ["the", "list"], ["the", "others"], ["the", "rest"], ["others"]]
    static let listingVerbs: [[String]] = [["include"], ["includes"], ["are"], ["comprise"], ["comprises"], ["take", "in"], ["takes", "in"],
                                           ["cover"], ["covers"], ["span"], ["spans"]]
    static let alsoDeniedOpeners: Set<String> = ["neither", "nor"]
    static let auxiliaries: Set<String> = ["has", "have", "is", "are", "did", "does", "do", "was", "were"]

    /// Right after a sentence telling a step: "In Central America they include Cuba and Jamaica", "Besides Peru, the
    /// list takes in Bolivia and Uruguay" name more countries that took it; "Neither has Mexico, nor Colombia" after a
    /// denial denies it of them.
    private func listContinuation(_ sentence: AnalyzedSentence, kind: BriEvent.Kind, namedBefore: Bool,
                                  _ document: AnalyzedDocument) -> [DocumentBriEvent]? {
        guard let list = Self.continuedList(sentence, kind: kind, namedBefore: namedBefore) else { return nil }
        let tokens = sentence.tokens
        var cursor = list.start
        while cursor < tokens.count, ["the", ":"].contains(tokens[cursor].lower) { cursor += 1 }
        let codes = Self.listedCountries(from: cursor, sentence, joiners: [",", "and", "the", "nor", "or"])
            .filter { !Self.withoutStanding.contains($0) }
        guard codes.count >= list.minimum else { return nil }
        let event = Self.reportDated(kind, told: [sentence], document)
        return codes.map { DocumentBriEvent(country: $0, event: event) }
    }

    /// Where the countries a sentence goes on listing start, and how many it must name to be a list.
    static func continuedList(_ sentence: AnalyzedSentence, kind: BriEvent.Kind, namedBefore: Bool) -> (start: Int, minimum: Int)? {
        let tokens = sentence.tokens
        if kind == .notMember, tokens.count > 2, alsoDeniedOpeners.contains(tokens[0].lower), auxiliaries.contains(tokens[1].lower) { return (2, 1) }
        guard BriCues.find(in: tokens, 0..<tokens.count).isEmpty else { return nil }
        // "A second group remains on the sidelines. Paraguay, Guatemala and Haiti still recognise Taipei."
        let opening = tokens.first?.lower == "the" ? 1 : 0
        if !namedBefore, listedCountries(from: opening, sentence).count >= 2 { return (opening, 2) }
        let start = tokens.indices.lazy.compactMap { index -> Int? in
            guard let subject = phrase(listingSubjects, in: tokens, at: index),
                  let verb = phrase(listingVerbs, in: tokens, at: index + subject) else { return nil }
            return index + subject + verb
        }.first
        return start.map { ($0, 2) }
    }

    /// The length of the first of `phrases` written at `index`.
    static func phrase(_ phrases: [[String]], in tokens: [Token], at index: Int) -> Int? {
        phrases.first { phrase in
            index + phrase.count <= tokens.count && zip(tokens[index...], phrase).allSatisfy { $0.lower == $1 }
        }?.count
    }

    /// "Argentina to join China's Belt and Road", "Peru joins the Belt and Road": the countries whose step the article's
    /// headline announces as news ("joined ..., officials recalled" looks back instead).
    static func announcedSteps(in document: AnalyzedDocument) -> Set<String> {
        guard let headline = document.sentences.prefix(3).first(where: { $0.sentence.isHeading && BriCues.mentionsTopic($0.tokens) }),
              let step = BriCues.find(in: headline.tokens, 0..<headline.tokens.count).first,
              step.kind == .intent || ["joins", "to", "signs"].contains(headline.tokens[step.at].lower) else { return [] }
        return Set(headline.actorCountries.filter { $0.at < step.at && CountryLexicon.isInRegion($0.code) }.map(\.code))
    }

    /// The body's undated joining of a country the headline announces is the news of the publication's month.
    static func datedByHeadline(_ found: DocumentBriEvent, _ announced: Set<String>, _ document: AnalyzedDocument) -> DocumentBriEvent {
        guard found.event.kind == .joined, found.event.dateIsReportDate, announced.contains(found.country),
              let month = document.reference?.truncated(to: .month) else { return found }
        let event = BriEvent(date: month, kind: .joined, dateIsReportDate: false, evidence: found.event.evidence, reports: found.event.reports)
        return DocumentBriEvent(country: found.country, event: event)
    }

    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                                          "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
                                          "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10]

    /// "the fifth anniversary of Uruguay's joining": how many years ago the country joined.
    static func anniversary(_ tokens: [Token], in segment: Range<Int>) -> Int? {
        guard let at = segment.last(where: { tokens[$0].lower == "anniversary" }), at > segment.lowerBound else { return nil }
        return ordinals[tokens[at - 1].lower]
    }

    /// "Peru joined in 2019, Argentina three years later", "Suriname a year later": years after the step before.
    static func yearsLater(_ tokens: [Token], in segment: Range<Int>) -> Int? {
        guard let later = segment.first(where: { tokens[$0].lower == "later" }), later - 2 >= segment.lowerBound,
              ["year", "years"].contains(tokens[later - 1].lower) else { return nil }
        let count = tokens[later - 2].lower
        return count == "a" || count == "one" ? 1 : NumberWords.words[count] ?? Int(count)
    }

    /// "Peru, China to sign MoU on Belt and Road": a headline's "to" before the verb is its future.
    static func headlineFuture(_ cue: (kind: BriEvent.Kind, at: Int), _ tokens: [Token]) -> (kind: BriEvent.Kind, at: Int) {
        guard cue.kind == .joined else { return cue }
        let toBefore = cue.at > 0 && tokens[cue.at - 1].lower == "to"
        return toBefore || tokens[cue.at].lower == "to" ? (.intent, cue.at) : cue
    }

    static let stepNouns: Set<String> = ["withdrawal", "exit", "departure", "accession", "entry", "membership", "adhesion", "joining",
                                         "participation", "decision", "intention", "intent", "plan", "plans"]

    static let launchVerbs: Set<String> = ["launched", "initiated", "proposed", "unveiled", "introduced", "promoted", "announced", "conceived",
                                           "promoting", "launching", "championed", "championing", "pushing"]

    /// "..., an investment programme initiated in 2013 by Xi", "a mega-project promoted by the Chinese government since
    /// 2013": the date is when the initiative began, in a clause naming no country of the region.
    static func datesTheLaunch(_ mention: DateMention, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let start = mention.tokens.lowerBound
        guard start > 1, ["in", "since"].contains(tokens[start - 1].lower) else { return false }
        guard let verb = (max(0, start - 7)..<(start - 1)).last(where: { launchVerbs.contains(tokens[$0].lower) }) else { return false }
        // "announced its withdrawal in February 2025": the date of a step the verb's object names.
        if tokens[(verb + 1)..<(start - 1)].contains(where: { stepNouns.contains($0.lower) }) { return false }
        let clause = sentence.clauseRange(around: verb)
        return !sentence.actorCountries.contains { clause.contains($0.at) && CountryLexicon.isInRegion($0.code) && $0.at < verb }
    }

    /// "the initiative", "the Chinese initiative", "this important Initiative": not "the Global Development Initiative".
    static func namesAnInitiative(_ sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        return tokens.indices.contains { index in
            guard tokens[index].lower == "initiative", index > 0 else { return false }
            let before = tokens[max(0, index - 2)..<index].map(\.lower)
            if ["the", "this", "that"].contains(before.last ?? "") { return true }
            guard ["the", "this", "that"].contains(before.first ?? "") else { return false }
            let modifier = tokens[index - 1]
            return ["chinese", "china's", "commercial", "same"].contains(modifier.lower) || (modifier.kind == .word && !modifier.isCapitalized)
        }
    }

    /// An event the article dates only by its publication, told in `sentences`.
    static func reportDated(_ kind: BriEvent.Kind, told sentences: [AnalyzedSentence], _ document: AnalyzedDocument,
                            directness: Directness = .indirect) -> BriEvent {
        BriEvent(date: document.reference, kind: kind, dateIsReportDate: true, evidence: sentences.map(document.evidence),
                 reports: [Report(document: document.id, directness: directness)])
    }

    /// Countries whose standing is not the question: China itself, and the outsiders articles compare it with.
    static let withoutStanding: Set<String> = ["CN", "US", "TW"]

    /// "twenty are members, with Brazil and Mexico the notable exceptions", "all of them except Paraguay have joined":
    /// the countries a joining is said not to cover stand outside.
    static func exempting(_ found: [DocumentBriEvent], _ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [DocumentBriEvent] {
        let exempt = exemptedCountries(sentence)
        guard !exempt.isEmpty, found.contains(where: { $0.event.kind == .joined })
                || BriCues.find(in: sentence.tokens, 0..<sentence.tokens.count).contains(where: { $0.kind == .joined }) else { return found }
        let event = Self.reportDated(.notMember, told: [sentence], document)
        return found.filter { !exempt.contains($0.country) } + exempt.map { DocumentBriEvent(country: $0, event: event) }
    }

    static func exemptedCountries(_ sentence: AnalyzedSentence) -> [String] {
        let tokens = sentence.tokens
        var codes: [String] = []
        for index in tokens.indices {
            let word = tokens[index].lower
            var start: Int?
            if ["except", "excepting", "excluding"].contains(word) { start = index + 1 }
            // "Apart from Jamaica, Guyana and Cuba have signed": opening the sentence, "apart from" adds, it does not except.
            if word == "apart" || word == "other", index > 0, index + 1 < tokens.count, tokens[index + 1].lower == (word == "apart" ? "from" : "than") { start = index + 2 }
            if let begin = start {
                var cursor = begin
                while cursor < tokens.count, ["for", "the"].contains(tokens[cursor].lower) { cursor += 1 }
                codes += listedCountries(from: cursor, sentence)
            }
            // "with Brazil and Mexico the notable exceptions": the countries of the clause naming them so.
            if ["exception", "exceptions"].contains(word) {
                let clause = sentence.clauseRange(around: index)
                codes += sentence.countries.filter { clause.contains($0.tokens.lowerBound) && !$0.inOrganization }.map(\.code)
            }
        }
        return codes.filter { !withoutStanding.contains($0) }.uniqued()
    }

    /// "Argentina is the first to join of a group which also includes Brazil and Mexico", "the first of Brazil, Mexico
    /// and Argentina to join": the others named have not joined.
    static func othersThanTheFirst(_ found: [DocumentBriEvent], _ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [DocumentBriEvent] {
        let tokens = sentence.tokens
        guard found.contains(where: { $0.event.kind == .joined }), let first = tokens.firstIndex(where: { $0.lower == "first" }) else { return found }
        // The one that was first is named before "first"; "Buenos Aires is the first" names it by its capital.
        let joiners = Set(sentence.countries.filter { $0.tokens.upperBound <= first && !$0.inOrganization }.map(\.code))
        guard !joiners.isEmpty else { return found }
        var start: Int?
        if first + 1 < tokens.count, tokens[first + 1].lower == "of" { start = first + 2 }
        if start == nil, let include = (first..<min(tokens.count, first + 20)).first(where: { ["includes", "including", "include"].contains(tokens[$0].lower) }) {
            start = include + 1
        }
        guard var cursor = start else { return found }
        while cursor < tokens.count, ["the", "also"].contains(tokens[cursor].lower) { cursor += 1 }
        let others = listedCountries(from: cursor, sentence).filter { !joiners.contains($0) && !withoutStanding.contains($0) }
        guard !others.isEmpty else { return found }
        let event = Self.reportDated(.notMember, told: [sentence], document)
        return found.filter { !others.contains($0.country) } + others.map { DocumentBriEvent(country: $0, event: event) }
    }

    static let holdoutWords: Set<String> = ["holdout", "holdouts", "hold-out", "hold-outs", "absentees", "non-participants", "non-signatories"]

    /// "Brazil and Mexico are the region's main holdouts", "the holdouts are Mexico and Paraguay": countries that
    /// stay outside, named as such.
    static func holdouts(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [DocumentBriEvent] {
        let tokens = sentence.tokens
        guard let word = tokens.firstIndex(where: { holdoutWords.contains($0.lower) }) else { return [] }
        let copulas: Set<String> = ["is", "are", "remain", "remains", "include", "includes", ":", ","]
        var codes: [String] = []
        if let copula = (word + 1..<min(tokens.count, word + 3)).first(where: { copulas.contains(tokens[$0].lower) }) {
            var cursor = copula + 1
            while cursor < tokens.count, ["the", "still"].contains(tokens[cursor].lower) { cursor += 1 }
            codes = listedCountries(from: cursor, sentence)
        }
        if codes.isEmpty, let copula = (max(0, word - 6)..<word).first(where: { ["is", "are", "remain", "remains"].contains(tokens[$0].lower) }),
           !tokens[copula..<word].contains(where: { $0.text == "," }) {
            let before = sentence.countries.filter { $0.tokens.upperBound <= copula && !$0.inOrganization }
            if let first = before.first, listedCountries(from: first.tokens.lowerBound, sentence).count == before.count { codes = before.map(\.code) }
        }
        let event = Self.reportDated(.notMember, told: [sentence], document)
        return codes.filter { !withoutStanding.contains($0) }.uniqued().map { DocumentBriEvent(country: $0, event: event) }
    }

    /// The countries of a plain list starting at `start`: "Brazil, Mexico and Colombia".
    static func listedCountries(from start: Int, _ sentence: AnalyzedSentence, joiners: Set<String> = [",", "and", "the"]) -> [String] {
        var codes: [String] = []
        var cursor = start
        while let mention = sentence.countries.first(where: { $0.tokens.lowerBound == cursor && !$0.inOrganization }) {
            codes.append(mention.code)
            cursor = mention.tokens.upperBound
            while cursor < sentence.tokens.count, joiners.contains(sentence.tokens[cursor].lower) { cursor += 1 }
        }
        return codes
    }

    /// Words of a country's entry: a plan that speaks of one dates it ("the memorandum, signed in November 2018, which
    /// formalized the insertion of Cuba").
    static let entryWords: Set<String> = ["joined", "joins", "joining", "join", "accession", "insertion", "incorporation", "inclusion",
                                          "entry", "adherence", "adhesion"]

    static let continuation: Set<String> = ["further", "deepen", "deepening", "continue", "implement", "implementing", "implementation", "advance"]

    static let groupWords: Set<String> = ["several", "many", "other", "countries", "nations", "in", "of", "the", "region", "a", "number",
                                          "caribbean", "latin", "american", "neighbours", "neighbors", "states"]

    static let listFillers: Set<String> = ["neighbors", "neighbours", "fellow", "countries", "nations", "members", "like", "such", "as", "the", "other",
                                           "existing", "current", "regional", "caribbean", "latin", "american", "partners", "\"", "“", "”"]

    static func plansFurtherCooperation(_ tokens: ArraySlice<Token>) -> Bool {
        let words = Set(tokens.map(\.lower))
        return !words.isDisjoint(with: ["plan", "plans"]) && words.contains("cooperation")
            && words.isDisjoint(with: ["join", "joining", "joined", "accession", "memorandum", "mou", "member", "membership"])
    }

    /// A list laid out one line per country under a line saying what it lists: "Members of the initiative, with the
    /// date each signed:" and then "Panama – November 2017", "2. Guyana (July 2018)".
    private func listLine(_ sentence: AnalyzedSentence, kind: BriEvent.Kind, intro: AnalyzedSentence,
                          _ document: AnalyzedDocument) -> [DocumentBriEvent]? {
        guard sentence.sentence.isHeading || sentence.sentence.isListItem else { return nil }
        let tokens = sentence.tokens
        // "- 2018: Chile, Cuba, the Dominican Republic": a line led by its date lists the countries of that date.
        let label = sentence.dates.first.flatMap { mention in
            mention.tokens.upperBound < tokens.count && tokens[mention.tokens.upperBound].text == ":"
                && !tokens[..<mention.tokens.lowerBound].contains(where: { $0.kind != .punctuation }) ? mention : nil
        }
        let from = label.map { $0.tokens.upperBound + 1 } ?? 0
        let otherWords = tokens[from...].indices.filter { index in
            tokens[index].kind == .word && !sentence.countries.contains { $0.tokens.contains(index) }
        }
        guard (label != nil ? otherWords.count <= 6 : tokens.filter({ $0.kind == .word }).count <= 12),
              let start = tokens[from...].firstIndex(where: { $0.kind == .word && !["the"].contains($0.lower) }),
              sentence.countries.contains(where: { $0.tokens.lowerBound == start && !$0.inOrganization }) else { return nil }
        let codes = listedWith(start, sentence, within: 0..<tokens.count).filter { !Self.withoutStanding.contains($0) }
        guard !codes.isEmpty else { return nil }
        let date = label ?? sentence.dates.first
        let event = BriEvent(date: date?.date ?? document.reference, kind: kind, dateIsReportDate: date == nil,
                             evidence: [document.evidence(intro), document.evidence(sentence)],
                             reports: [Report(document: document.id, directness: .indirect)])
        return codes.map { DocumentBriEvent(country: $0, event: event) }
    }

    /// True when the line after `position` is a country alone too: the lines are a list, not profiles.
    static func continuesLineList(after position: Int, _ document: AnalyzedDocument) -> Bool {
        let sentences = document.sentences
        let before = position > 0 && leadCountry(sentences[position - 1]) != nil
        let after = position + 1 < sentences.count && leadCountry(sentences[position + 1]) != nil
        return before || after
    }

    /// "Which countries have joined? Chile, Cuba and Peru." "Chile (2018); Cuba (2018)": countries alone answer the step
    /// before; under "2018" on a line of its own, they are a timeline's signings of that year.
    static func bareListEvents(_ codes: [String], _ sentence: AnalyzedSentence, after previous: AnalyzedSentence,
                               _ document: AnalyzedDocument) -> (events: [DocumentBriEvent], joined: Bool)? {
        if let year = loneYear(previous) {
            let event = BriEvent(date: year, kind: .joined, dateIsReportDate: false,
                                 evidence: [document.evidence(previous), document.evidence(sentence)],
                                 reports: [Report(document: document.id, directness: .indirect)])
            return (codes.map { DocumentBriEvent(country: $0, event: event) }, true)
        }
        guard let kind = BriCues.find(in: previous.tokens, 0..<previous.tokens.count).first?.kind else { return nil }
        let event = reportDated(kind, told: [previous, sentence], document)
        return (datedPerCountry(codes, event, sentence, 0..<sentence.tokens.count, cue: sentence.tokens.count), kind == .joined)
    }

    /// The year of a line that holds nothing else: a timeline's heading.
    static func loneYear(_ sentence: AnalyzedSentence) -> PartialDate? {
        let words = sentence.tokens.indices.filter { ![".", ":"].contains(sentence.tokens[$0].text) }
        guard words.count == 1, let mention = sentence.dates.first, mention.tokens.contains(words[0]),
              mention.date.precision == .year else { return nil }
        return mention.date
    }

    /// The countries of a sentence of nothing but two or more of them, with their dates in brackets ("Chile (2018);
    /// Cuba (2018)"); after a sentence telling a step, they took that step.
    static func bareListCountries(_ sentence: AnalyzedSentence) -> [String]? {
        let tokens = sentence.tokens
        let countries = sentence.countries.filter { !$0.inOrganization }
        guard countries.count >= 2, !countries.contains(where: { $0.code == "CN" }) else { return nil }
        var depth = 0
        for index in tokens.indices {
            let token = tokens[index]
            if token.text == "(" { depth += 1; continue }
            if token.text == ")" { depth -= 1; continue }
            if countries.contains(where: { $0.tokens.contains(index) }) { continue }
            if depth > 0, sentence.dates.contains(where: { $0.tokens.contains(index) }) { continue }
            if [",", ";", ".", "and", "the"].contains(token.lower) { continue }
            return nil
        }
        return countries.map(\.code).filter { !withoutStanding.contains($0) }.uniqued()
    }

    static let sequenceWords: Set<String> = ["last", "latest", "then", "followed", "next", "later", "after"]

    /// A sentence that lists three or more countries of the region and a word of sequence, right after a joining.
    private func timelineContinuation(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [DocumentBriEvent]? {
        let listed = sentence.actorCountries.filter { CountryLexicon.isInRegion($0.code) && !Self.namesPlace(at: $0.at, in: sentence) }.map(\.code).uniqued()
        // "last year" is a date, not a place in the sequence; a sentence about trade is another subject.
        let sequence = sentence.tokens.indices.contains { index in
            Self.sequenceWords.contains(sentence.tokens[index].lower) && !sentence.dates.contains { $0.tokens.contains(index) }
        }
        guard listed.count >= 3, sequence, !TradeScope.speaksOfTrade(sentence) else { return nil }
        let event = Self.reportDated(.joined, told: [sentence], document, directness: .passing)
        return listed.map { DocumentBriEvent(country: $0, event: event) }
    }

    /// "Nicaragua joins neighbours Costa Rica, El Salvador and Panama": the countries joined are members already.
    private func joinedAlongside(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [DocumentBriEvent] {
        let tokens = sentence.tokens
        guard let cue = tokens.firstIndex(where: { ["joins", "joined", "joining"].contains($0.lower) }) else { return [] }
        var cursor = cue + 1
        while cursor < tokens.count, Self.listFillers.contains(tokens[cursor].lower) { cursor += 1 }
        // "joins several other countries in the region, including Barbados, Venezuela and Panama"
        if sentence.countries.first(where: { $0.tokens.lowerBound == cursor }) == nil,
           let including = (cursor..<min(tokens.count, cursor + 8)).first(where: { ["including", "like"].contains(tokens[$0].lower) }),
           tokens[cursor..<including].allSatisfy({ Self.groupWords.contains($0.lower) || $0.text == "," }) {
            cursor = including + 1
        }
        let listed = listedWith(cursor, sentence, within: 0..<tokens.count)
        guard listed.count >= 2, !listed.contains("CN") else { return [] }
        let event = Self.reportDated(.joined, told: [sentence], document)
        let dates = Self.relativeClauseDates(after: cursor, listing: listed, sentence)
        return listed.map { code in
            DocumentBriEvent(country: code, event: dates[code].map { date in
                BriEvent(date: date, kind: .joined, dateIsReportDate: false, evidence: event.evidence, reports: event.reports)
            } ?? event)
        }
    }

    /// "joins Chile, Bolivia and Uruguay, which all signed in 2018, and Peru, which signed the following year": the
    /// date each relative clause gives the countries listed since the clause before it.
    static func relativeClauseDates(after start: Int, listing codes: [String], _ sentence: AnalyzedSentence) -> [String: PartialDate] {
        let tokens = sentence.tokens
        var dates: [String: PartialDate] = [:]
        var group: [String] = []
        for mention in sentence.countries where mention.tokens.lowerBound >= start && codes.contains(mention.code) && !mention.inOrganization {
            group.append(mention.code)
            let end = mention.tokens.upperBound
            guard let clauseEnd = relativeClauseEnd(after: end, tokens) else { continue }
            if tokens[(end + 2)..<clauseEnd].contains(where: { ["signed", "joined"].contains($0.lower) }),
               let date = sentence.dates.first(where: { $0.tokens.lowerBound > end && $0.tokens.upperBound <= clauseEnd && !$0.countsBack }) {
                for code in group where dates[code] == nil { dates[code] = date.date }
            }
            group = []
        }
        return dates
    }

    /// Where ", which ..." right after `end` stops: at the next comma, semicolon or full stop.
    static func relativeClauseEnd(after end: Int, _ tokens: [Token]) -> Int? {
        guard end + 1 < tokens.count, tokens[end].text == ",", ["which", "who"].contains(tokens[end + 1].lower) else { return nil }
        return tokens[(end + 2)...].firstIndex { [",", ";", "."].contains($0.text) } ?? tokens.count
    }

    /// "Chile and Uruguay, which all signed in 2018, and Peru": past a relative clause, where the list goes on.
    static func pastRelativeClause(at cursor: Int, _ sentence: AnalyzedSentence, within segment: Range<Int>) -> Int? {
        let tokens = sentence.tokens
        guard let clauseEnd = relativeClauseEnd(after: cursor, tokens), clauseEnd < segment.upperBound, tokens[clauseEnd].text == "," else { return nil }
        var next = clauseEnd + 1
        while next < tokens.count, ["and", "as", "well"].contains(tokens[next].lower) { next += 1 }
        guard next > clauseEnd + 1 else { return nil }
        return sentence.countries.contains { $0.tokens.lowerBound == next && !$0.inOrganization && $0.code != "CN" } ? next : nil
    }

    private func namesJoining(_ sentence: AnalyzedSentence) -> Bool {
        sentence.containsAny(["joined", "joins", "join", "joining", "member", "members", "membership", "adhered", "signatories", "signatory",
                              "participation", "participants", "participant", "acceded", "accession", "addition", "additions"])
            || [["signed", "up"], ["signed", "on"], ["signs", "up"], ["signs", "on"], ["sign", "up"], ["sign", "on"], ["signing", "up"], ["signing", "on"], ["part", "of"], ["on", "board"], ["aboard"]].contains { sentence.find($0) != nil }
            || BriCues.coveringMemoranda.contains { sentence.find($0) != nil }
    }

    /// Outside a sentence naming the initiative, "joined" must not be "joined forces" or "joined Xi"; any of the
    /// sentence's joining words may be the one that joins it ("joined Xi at the ceremony, the latest to join the scheme").
    private func joinsInitiative(_ sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let cues = tokens.indices.filter { ["joined", "joins", "join", "joining"].contains(tokens[$0].lower) }
        return cues.isEmpty || cues.contains { cue in
            guard cue + 1 < tokens.count else { return true }
            let next = tokens[cue + 1]
            if ["forces", "hands", "with", "him", "her", "them", "us", "talks", "other"].contains(next.lower) { return false }
            return !next.isCapitalized || MonthNames.number(next.text) != nil
        }
    }

    /// "Panama." or "Panama" alone on a line, opening a profile: the country the paragraph after it speaks of.
    static func leadCountry(_ sentence: AnalyzedSentence) -> String? {
        let words = sentence.tokens.indices.filter { sentence.tokens[$0].kind == .word }
        guard let first = words.first, let last = words.last,
              sentence.tokens.count - words.count <= 1, [".", ":"].contains(sentence.tokens.last?.text ?? ".") || sentence.sentence.isHeading,
              let country = sentence.countries.first(where: { $0.tokens.lowerBound == first && $0.tokens.upperBound == last + 1 && !$0.isDemonym }),
              CountryLexicon.isInRegion(country.code) else { return nil }
        return country.code
    }

    /// "El Salvador (2019)." opening a profile in an article about the initiative: the year the country joined.
    private func datedLead(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> DocumentBriEvent? {
        let tokens = sentence.tokens
        guard let country = sentence.countries.first(where: { $0.tokens.lowerBound == 0 && !$0.isDemonym }),
              CountryLexicon.isInRegion(country.code), let close = Self.bracketEnd(after: country.tokens.upperBound, in: tokens),
              close == tokens.count || (close + 1 == tokens.count && [".", ":"].contains(tokens[close].text)),
              let date = Self.bracketDate(of: country.code, in: sentence, within: 0..<tokens.count),
              date.tokens.lowerBound == country.tokens.upperBound + 1, date.tokens.upperBound == close - 1 else { return nil }
        let event = BriEvent(date: date.date, kind: .joined, dateIsReportDate: false, evidence: [document.evidence(sentence)],
                             reports: [Report(document: document.id, directness: .indirect)])
        return DocumentBriEvent(country: country.code, event: event)
    }

    /// `lead`: the country a profile's paragraph speaks of, the subject of its sentences that name none
    /// ("Costa Rica. Signed up in 2018.").
    /// `onStep`: the sentence takes up the step the one before told, so a bare "sign" in it is that step.
    private func read(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument, lead: String? = nil,
                      previous: AnalyzedSentence? = nil, onStep: Bool = false) -> [DocumentBriEvent] {
        var events: [DocumentBriEvent] = []
        var inherited: BriEvent.Kind?
        var previousDate: PartialDate?
        for segment in segments(sentence) {
            // "was invited to join BRICS but declined to join; it has not left the Belt and Road": each clause's own group.
            let clause = Array(sentence.tokens[segment])
            if BriCues.namesOtherGroup(clause), !BriCues.mentionsTopic(clause) { continue }
            var cues = BriCues.find(in: sentence.tokens, segment, assumingTopic: lead != nil || onStep)
            // "Peru joined in 2019, Argentina in 2022", "and Ecuador followed in December": a clause without a verb
            // of its own borrows the one before.
            let ownVerb = sentence.tokens[segment].contains { token in
                token.classes.contains(.signingCue) || (token.classes.contains(.briCue) && BriCues.singleWordCues.contains(token.lower)
                                                         && !Self.sequenceWords.contains(token.lower))
            }
            if cues.isEmpty, !ownVerb, let inherited { cues = [(inherited, segment.lowerBound)] }
            if sentence.sentence.isHeading { cues = cues.map { Self.headlineFuture($0, sentence.tokens) } }
            guard let first = cues.first else { continue }
            var subjects = Self.leftOutside(sentence, segment, cue: first) ?? self.subjects(sentence, segment, cue: first.at)
            // "in contrast to the Caribbean, where numerous island nations have signed up": the step is theirs, and only
            // the countries named after it ("three countries have joined, being El Salvador and Panama") are among them.
            if sentence.namesManyCountries(before: first.at, from: segment.lowerBound) {
                let after = Set(sentence.actorCountries.filter { segment.contains($0.at) && $0.at > first.at }.map(\.code))
                subjects = subjects.filter(after.contains)
            }
            if subjects.isEmpty, let lead,
               !sentence.actorCountries.contains(where: { segment.contains($0.at) && !Self.withoutStanding.contains($0.code) }) { subjects = [lead] }
            var antecedent: AnalyzedSentence?
            if subjects.isEmpty, let previous, let referred = Self.referredCountries(sentence.tokens[segment], previous) {
                subjects = referred
                antecedent = previous
            }
            guard !subjects.isEmpty else { continue }
            inherited = cues.last?.kind
            for cue in cues {
                // "willing to negotiate a Belt and Road cooperation plan": a member's next step, not a wish to join.
                if cue.kind == .intent, Self.plansFurtherCooperation(sentence.tokens[segment]) { continue }
                var event = self.event(cue.kind, at: cue.at, segment: segment, sentence: sentence, document: document, after: previousDate)
                // "On May 14, Petro met Xi. The two leaders witnessed the signing of ...": the date of the sentence referred to.
                if event.dateIsReportDate, event.kind == .joined, let antecedent, let told = antecedent.dates.first(where: { !antecedent.isDateline($0) }) {
                    event = BriEvent(date: told.date, kind: event.kind, dateIsReportDate: false, evidence: [document.evidence(antecedent)] + event.evidence)
                }
                let directness: Directness = event.dateIsReportDate || subjects.count > 2 ? .indirect : .direct
                event.reports = [Report(document: document.id, directness: directness)]
                if !event.dateIsReportDate { previousDate = event.date }
                events += Self.datedPerCountry(subjects, event, sentence, segment, cue: cue.at)
            }
        }
        return events
    }

    static let leavingVerbs: Set<String> = ["leaves", "left", "leave", "leaving", "keeps", "kept", "keep", "keeping"]

    /// "Fernández's move leaves only Brazil, Colombia and Paraguay outside the initiative": the countries left outside
    /// are the ones outside, not the subject of the verb.
    static func leftOutside(_ sentence: AnalyzedSentence, _ segment: Range<Int>, cue: (kind: BriEvent.Kind, at: Int)) -> [String]? {
        let tokens = sentence.tokens
        guard cue.kind == .notMember,
              let verb = (segment.lowerBound..<cue.at).last(where: { leavingVerbs.contains(tokens[$0].lower) }) else { return nil }
        var start = verb + 1
        while start < cue.at, ["only", "just", "the"].contains(tokens[start].lower) { start += 1 }
        let codes = listedCountries(from: start, sentence)
        guard let last = sentence.countries.last(where: { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= cue.at && codes.contains($0.code) }),
              last.tokens.upperBound == cue.at else { return nil }
        let listed = codes.filter { !withoutStanding.contains($0) }
        return listed.isEmpty ? nil : listed
    }

    /// Each country's event, with its own date where the sentence gives one: in brackets after it ("Uruguay (August
    /// 2018)"), or one date per country in the same order ("Chile and Peru signed in November and in April").
    static func datedPerCountry(_ codes: [String], _ event: BriEvent, _ sentence: AnalyzedSentence, _ segment: Range<Int>,
                                cue: Int) -> [DocumentBriEvent] {
        let respective = respectiveDates(codes, sentence, segment, cue: cue)
        return codes.enumerated().map { index, code in
            let own = bracketDate(of: code, in: sentence, within: segment) ?? respective?[index]
            return DocumentBriEvent(country: code, event: own.map { mention in
                BriEvent(date: mention.date, kind: event.kind, dateIsReportDate: false, evidence: event.evidence, reports: event.reports)
            } ?? event)
        }
    }

    /// "Chile and Peru signed in November and in April": as many dates after the verb, joined by "and", as countries
    /// before it, one for each in turn.
    static func respectiveDates(_ codes: [String], _ sentence: AnalyzedSentence, _ segment: Range<Int>, cue: Int) -> [DateMention]? {
        let tokens = sentence.tokens
        let dates = sentence.dates.filter { segment.contains($0.tokens.lowerBound) && $0.tokens.lowerBound > cue }
        guard codes.count >= 2, dates.count == codes.count,
              sentence.actorCountries.filter({ segment.contains($0.at) && $0.at < cue && codes.contains($0.code) }).map(\.code) == codes
        else { return nil }
        let joined = zip(dates, dates.dropFirst()).allSatisfy { earlier, later in
            let between = tokens[earlier.tokens.upperBound..<later.tokens.lowerBound].map(\.lower)
            return between.contains("and") && between.allSatisfy { ["and", ",", "in", "on", "then"].contains($0) }
        }
        return joined ? dates : nil
    }

    /// "in 2018 and 2019", "between 2018 and 2019": a date with a second one right after it.
    static func pairsWithNextDate(_ mention: DateMention, _ sentence: AnalyzedSentence) -> Bool {
        let end = mention.tokens.upperBound
        guard end + 1 < sentence.tokens.count, ["and", "or"].contains(sentence.tokens[end].lower) else { return false }
        return sentence.dates.contains { $0.tokens.lowerBound == end + 1 || ($0.tokens.lowerBound == end + 2 && sentence.tokens[end + 1].lower == "in") }
    }

    /// "signed up to the initiative, and relations blossomed during a term which ended in December": a date after
    /// ", and" or a relative pronoun past the step belongs to another clause.
    static func inLaterClause(_ mention: DateMention, after cue: Int, _ tokens: [Token]) -> Bool {
        let between = (cue + 1)..<mention.tokens.lowerBound
        return between.contains { index in
            ["which", "who", "whose", "where"].contains(tokens[index].lower)
                || (["and", "but"].contains(tokens[index].lower) && tokens[index - 1].text == ",")
        }
    }

    /// "ties opened last year, and with the new deals Panama signed on": a date before ", and" ahead of the step
    /// dates the clause it is in.
    static func inEarlierClause(_ mention: DateMention, before cue: Int, _ tokens: [Token]) -> Bool {
        (mention.tokens.upperBound..<cue).contains { index in
            ["and", "but"].contains(tokens[index].lower) && index > 0 && tokens[index - 1].text == ","
        }
    }

    /// "the 2023 edition", "the 2019 forum": a year naming a thing, not when a step was taken.
    static func namesAnEdition(_ mention: DateMention, in tokens: [Token]) -> Bool {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        guard start > 0, tokens[start - 1].lower == "the", end < tokens.count, tokens[end].kind == .word else { return false }
        return !tokens[end].isCapitalized || tokens[end].classes.contains(.agreementKind)
    }

    /// "by 2023, 21 countries had signed", "as of 2024": a date the step came before, not its date.
    static func isDeadline(_ mention: DateMention, in tokens: [Token]) -> Bool {
        let start = mention.tokens.lowerBound
        guard start > 0 else { return false }
        let previous = tokens[start - 1].lower
        return ["by", "until", "till"].contains(previous) || (previous == "of" && start > 1 && tokens[start - 2].lower == "as")
    }

    static let pairNouns: Set<String> = ["countries", "nations", "sides", "leaders", "presidents", "governments", "heads", "parties"]

    /// "The two countries signed ...", "which the South American country joined": a clause naming no country, whose
    /// subject is the pair or the one country of the region the sentence before it named.
    static func referredCountries(_ clause: ArraySlice<Token>, _ previous: AnalyzedSentence) -> [String]? {
        let named = previous.actorCountries.map(\.code).filter { !withoutStanding.contains($0) }.uniqued()
        guard !named.isEmpty else { return nil }
        let words = Array(clause)
        let pair = words.indices.dropLast().contains { ["two", "both"].contains(words[$0].lower) && pairNouns.contains(words[$0 + 1].lower) }
        // With China one of the pair, the other is the one country of the region named.
        if pair { return named.count == (previous.actorCountries.contains { $0.code == "CN" } ? 1 : 2) ? named : nil }
        // "Panama was the pioneer. It switched ties in June 2017 and signed up that November."
        if words.first?.text == "It", clause.startIndex == 0 {
            let opens = previous.countries.first.map { $0.tokens.lowerBound == 0 && !$0.inOrganization } ?? false
            return opens && named.count == 1 && CountryLexicon.isInRegion(named[0]) ? named : nil
        }
        let described = words.indices.contains { index in
            let following = words[(index + 1)..<min(words.count, index + 4)]
            return words[index].lower == "the" && following.contains { ["country", "nation"].contains($0.lower) } && following.allSatisfy { $0.kind == .word }
        }
        return described && named.count == 1 ? named : nil
    }

    /// "Costa Rica signed in September 2018, and Ecuador followed in December": a month without its year is in the
    /// year of the step before it in the sentence.
    static func inYear(of previous: PartialDate?, _ mention: DateMention) -> PartialDate {
        guard !mention.isAbsolute, let previous, let month = mention.date.month, let previousMonth = previous.month ?? (previous.precision == .year ? 1 : nil),
              let dated = PartialDate(year: month < previousMonth ? previous.year + 1 : previous.year, month: month, day: mention.date.day)
        else { return mention.date }
        return dated
    }

    private func event(_ kind: BriEvent.Kind, at cue: Int, segment: Range<Int>, sentence: AnalyzedSentence, document: AnalyzedDocument,
                       after previous: PartialDate? = nil) -> BriEvent {
        // "the 2017 memorandum" names a document, not when the step was taken.
        let inSegment = sentence.dates.filter { mention in
            let next = mention.tokens.upperBound < sentence.tokens.count ? sentence.tokens[mention.tokens.upperBound] : nil
            return segment.contains(mention.tokens.lowerBound) && !(next.map { $0.classes.contains(.agreementKind) } ?? false)
                && !Self.datesTheLaunch(mention, in: sentence) && !Self.isDeadline(mention, in: sentence.tokens)
                && !Self.namesAnEdition(mention, in: sentence.tokens)
                // "Today 146 countries are part of it": the day of the report, not of a step.
                && !(mention.tokens.count == 1 && sentence.tokens[mention.tokens.lowerBound].lower == "today")
        }
        var date = inSegment.first { $0.tokens.lowerBound > cue && !Self.inLaterClause($0, after: cue, sentence.tokens) }
            ?? inSegment.last { $0.tokens.lowerBound < cue && !Self.inEarlierClause($0, before: cue, sentence.tokens) }
        if date == nil, kind == .joined { date = Self.datedOwnStep(after: cue, sentence) }
        // "Uruguay, Chile and Peru came on board in 2018 and 2019": which country when is not said.
        if let told = date, Self.pairsWithNextDate(told, sentence) { date = nil }
        if date == nil, let previous, let years = Self.yearsLater(sentence.tokens, in: segment) {
            return BriEvent(date: PartialDate(year: previous.year + years), kind: kind, dateIsReportDate: false, evidence: [document.evidence(sentence)])
        }
        let relative = !(date?.isAbsolute ?? false)
        if relative, kind == .joined, let years = Self.anniversary(sentence.tokens, in: segment.lowerBound..<max(segment.lowerBound, cue)),
           let year = document.reference?.year {
            return BriEvent(date: PartialDate(year: year - years), kind: kind, dateIsReportDate: false, evidence: [document.evidence(sentence)])
        }
        // "signed a cooperation plan to further develop the BRI": a member already, not joining then.
        let segmentWords = Set(sentence.tokens[segment].map(\.lower))
        if kind == .joined, !segmentWords.isDisjoint(with: ["plan", "plans"]), !segmentWords.isDisjoint(with: Self.continuation),
           segmentWords.isDisjoint(with: Self.entryWords) {
            return BriEvent(date: document.reference, kind: kind, dateIsReportDate: true, evidence: [document.evidence(sentence)])
        }
        // "Argentina joins the Belt and Road as Fernández and Xi meet": a headline's present tells the news of its month.
        if date == nil, kind == .joined, sentence.sentence.isHeading, ["joins", "signs"].contains(sentence.tokens[cue].lower),
           let month = document.reference?.truncated(to: .month) {
            return BriEvent(date: month, kind: kind, dateIsReportDate: false, evidence: [document.evidence(sentence)])
        }
        return BriEvent(date: date.map { Self.inYear(of: previous, $0) } ?? document.reference, kind: kind, dateIsReportDate: date == nil,
                        evidence: [document.evidence(sentence)])
    }

    /// "The newest member was Nicaragua, which restored relations in December and signed its own memorandum last month":
    /// a later clause telling the country's own signing of the initiative's paper, and when.
    static func datedOwnStep(after cue: Int, _ sentence: AnalyzedSentence) -> DateMention? {
        let tokens = sentence.tokens
        for verb in tokens.indices where verb > cue && ["signed", "joined", "inked"].contains(tokens[verb].lower) {
            // Only in a clause opened by ", which" after a country: "Peru is a member, while Chile signed its memorandum in
            // 2018" tells another country's step.
            guard let which = (cue..<verb).last(where: { ["which", "who"].contains(tokens[$0].lower) }), which >= 2, tokens[which - 1].text == ",",
                  let antecedent = sentence.countries.first(where: { $0.tokens.upperBound == which - 1 }), antecedent.code != "CN",
                  !sentence.countries.contains(where: { !withoutStanding.contains($0.code) && $0.tokens.lowerBound > which && $0.tokens.lowerBound < verb })
            else { break }
            guard let told = sentence.dates.first(where: { $0.tokens.lowerBound > verb && $0.tokens.lowerBound - verb <= 6 }) else { continue }
            let between = tokens[(verb + 1)..<told.tokens.lowerBound]
            guard !between.contains(where: { [",", ";"].contains($0.text) }) else { continue }
            let ownPaper = between.contains { documentNouns.contains($0.lower) } && between.contains { ["its", "their", "the"].contains($0.lower) }
            if tokens[verb].lower == "joined" ? between.isEmpty || BriCues.mentionsTopic(Array(between)) : ownPaper { return told }
        }
        return nil
    }

    /// The countries a clause speaks of: those before its verb (a list, "Peru, Chile and Ecuador"), else the first after it.
    private func subjects(_ sentence: AnalyzedSentence, _ segment: Range<Int>, cue: Int) -> [String] {
        let aside = Self.asides(in: sentence)
        let candidates = sentence.actorCountries.filter { mention in
            segment.contains(mention.at) && !Self.withoutStanding.contains(mention.code) && !Self.namesPlace(at: mention.at, in: sentence)
                && !aside.contains { $0.contains(mention.at) }
        }
        var before = candidates.filter { $0.at < cue }.map(\.code)
        // "Colombia, for years the biggest holdout, joined": the country the description follows.
        if before.isEmpty, let described = aside.first(where: { $0.upperBound < cue && $0.upperBound >= segment.lowerBound - 1 }),
           let owner = sentence.countries.first(where: { $0.tokens.upperBound == described.lowerBound && !$0.inOrganization }),
           !Self.withoutStanding.contains(owner.code) {
            before = [owner.code]
        }
        if !before.isEmpty { return (before + included(sentence, after: cue, within: segment)).uniqued() }
        // "The newest member before Argentina was Nicaragua": the country the verb "to be" names.
        if let named = Self.afterCopula(sentence, segment, cue: cue) { return named }
        guard let first = candidates.first else { return [] }
        return listedWith(first.at, sentence, within: segment).filter { !Self.withoutStanding.contains($0) }.uniqued()
    }

    /// The countries right after "was" or "is" past a cue that opens its sentence as a noun: "The latest signatory is Peru".
    static func afterCopula(_ sentence: AnalyzedSentence, _ segment: Range<Int>, cue: Int) -> [String]? {
        let tokens = sentence.tokens
        guard cue <= segment.lowerBound + 2,
              let copula = (cue..<min(segment.upperBound, cue + 8)).first(where: { ["was", "is", "were", "are"].contains(tokens[$0].lower) }) else { return nil }
        let start = copula + 1 < tokens.count && tokens[copula + 1].lower == "the" ? copula + 2 : copula + 1
        let codes = listedCountries(from: start, sentence).filter { !withoutStanding.contains($0) }
        return codes.isEmpty ? nil : codes
    }

    /// "Uruguay - which trades with China, as does Chile - joined": the spans between a pair of dashes are asides.
    static func asides(in sentence: AnalyzedSentence) -> [Range<Int>] {
        let tokens = sentence.tokens
        let dashes = tokens.indices.filter { index in
            guard ["-", "—", "–"].contains(tokens[index].text), index > 0, index + 1 < tokens.count else { return false }
            return tokens[index].text != "-" || (tokens[index - 1].range.upperBound < tokens[index].range.lowerBound
                && tokens[index].range.upperBound < tokens[index + 1].range.lowerBound)
        }
        return stride(from: 0, to: dashes.count - 1, by: 2).map { dashes[$0]..<dashes[$0 + 1] } + appositions(in: sentence)
    }

    /// "Colombia, for years the most conspicuous holdout after Brazil, joined": words between commas describing the
    /// country before them, with no step of their own, name no one who took the step.
    static func appositions(in sentence: AnalyzedSentence) -> [Range<Int>] {
        let tokens = sentence.tokens
        let commas = tokens.indices.filter { tokens[$0].text == "," }
        return zip(commas, commas.dropFirst()).compactMap { open, close in
            guard close - open > 2, sentence.countries.contains(where: { $0.tokens.upperBound == open }) else { return nil }
            let first = tokens[open + 1]
            guard first.kind == .word, !first.isCapitalized, !["and", "or", "which", "who", "that", "as", "while", "whereas", "but"].contains(first.lower),
                  !tokens[(open + 1)..<close].contains(where: { $0.classes.contains(.briCue) }) else { return nil }
            // "Cuba, the Dominican Republic, Costa Rica": a country after "the" is the list's next item.
            if first.lower == "the", sentence.countries.contains(where: { $0.tokens.lowerBound == open + 2 && $0.tokens.upperBound == close }) { return nil }
            return open..<close
        }
    }

    /// "a meeting held in Santiago, Chile", "at a forum in Lima": a country named as a place stands nowhere.
    static func namesPlace(at index: Int, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        guard index > 0 else { return false }
        if ["in", "at", "across", "throughout"].contains(tokens[index - 1].lower) { return true }
        return tokens[index - 1].text == "," && sentence.countries.contains { $0.viaCapital && $0.tokens.upperBound == index - 1 }
    }

    /// The countries that "signed similar agreements" after a sentence about joining joined too.
    private func similarSigning(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [DocumentBriEvent] {
        guard let cue = sentence.tokens.firstIndex(where: { ["signed", "inked"].contains($0.lower) }) else { return [] }
        let segment = 0..<sentence.tokens.count
        let countries = subjects(sentence, segment, cue: cue)
        var event = self.event(.joined, at: cue, segment: segment, sentence: sentence, document: document)
        event.reports = [Report(document: document.id, directness: .indirect)]
        let signers = countries.filter { code in sentence.actorCountries.contains { $0.code == code && $0.at < cue } }
        return Self.datedPerCountry(signers, event, sentence, segment, cue: cue)
    }

    /// "Besides Grenada, countries that have signed the memorandum include Dominica, Guyana and Suriname".
    private func included(_ sentence: AnalyzedSentence, after cue: Int, within segment: Range<Int>) -> [String] {
        let tokens = sentence.tokens
        guard let include = (cue..<segment.upperBound).first(where: { ["include", "includes", "including"].contains(tokens[$0].lower) }),
              let first = sentence.countries.first(where: { $0.tokens.lowerBound == include + 1 && !$0.inOrganization }) else { return [] }
        return listedWith(first.tokens.lowerBound, sentence, within: segment).filter { !Self.withoutStanding.contains($0) }
    }

    /// The country at `start` and those listed after it ("Chile, Peru and Uruguay"), joined by commas and "and".
    private func listedWith(_ start: Int, _ sentence: AnalyzedSentence, within segment: Range<Int>) -> [String] {
        let tokens = sentence.tokens
        var codes: [String] = []
        var cursor = start
        while let mention = sentence.countries.first(where: { $0.tokens.lowerBound == cursor && !$0.inOrganization }), segment.contains(cursor) {
            codes.append(mention.code)
            cursor = Self.bracketEnd(after: mention.tokens.upperBound, in: tokens) ?? mention.tokens.upperBound
            if let resumed = Self.pastRelativeClause(at: cursor, sentence, within: segment) { cursor = resumed; continue }
            while cursor < tokens.count, [",", "and", "as", "well"].contains(tokens[cursor].lower) { cursor += 1 }
            // "Cuba, the Dominican Republic and Ecuador"
            if cursor + 1 < tokens.count, tokens[cursor].lower == "the", sentence.countries.contains(where: { $0.tokens.lowerBound == cursor + 1 }) { cursor += 1 }
            if let named = Self.namedGroupEnd(at: cursor, sentence, within: segment) { cursor = named }
            if codes.count >= 2, let next = Self.unknownItemEnd(at: cursor, sentence, within: segment) { cursor = next }
        }
        return codes.isEmpty ? sentence.actorCountries.filter { $0.at == start }.map(\.code) : codes
    }

    /// "..., Haiti and the remaining eastern Caribbean holdouts, Saint Lucia and Grenada": a few words naming a group
    /// of the list's countries, then the countries themselves; where they start.
    static func namedGroupEnd(at start: Int, _ sentence: AnalyzedSentence, within segment: Range<Int>) -> Int? {
        let tokens = sentence.tokens
        guard start < segment.upperBound, tokens[start].lower == "the",
              let comma = (start + 1..<min(segment.upperBound, start + 7)).first(where: { [",", ":"].contains(tokens[$0].text) }),
              comma > start + 1, tokens[(start + 1)..<comma].allSatisfy({ $0.kind == .word && !$0.classes.contains(.briCue) }),
              !sentence.countries.contains(where: { ((start + 1)..<comma).contains($0.tokens.lowerBound) }),
              sentence.countries.contains(where: { $0.tokens.lowerBound == comma + 1 && !$0.inOrganization }) else { return nil }
        return comma + 1
    }

    /// "Ecuador, El Salvador, Granada, Guyana": a name Puente does not know, in the middle of a list of countries, is
    /// one more item; the list goes on at the country after it.
    static func unknownItemEnd(at start: Int, _ sentence: AnalyzedSentence, within segment: Range<Int>) -> Int? {
        let tokens = sentence.tokens
        guard start < segment.upperBound, !sentence.countries.contains(where: { $0.tokens.lowerBound == start }) else { return nil }
        var cursor = start
        while cursor < min(segment.upperBound, start + 3), tokens[cursor].kind == .word, tokens[cursor].isCapitalized { cursor += 1 }
        guard cursor > start, cursor < segment.upperBound, [",", "and"].contains(tokens[cursor].lower) else { return nil }
        while cursor < segment.upperBound, [",", "and"].contains(tokens[cursor].lower) { cursor += 1 }
        return sentence.countries.contains(where: { $0.tokens.lowerBound == cursor && !$0.inOrganization && $0.code != "CN" }) ? cursor : nil
    }

    /// "Chile (2018), Uruguay (2018)": the end of a short aside in brackets right after a country, if there is one.
    static func bracketEnd(after index: Int, in tokens: [Token]) -> Int? {
        guard index < tokens.count, tokens[index].text == "(",
              let close = (index..<min(tokens.count, index + 8)).first(where: { tokens[$0].text == ")" }) else { return nil }
        return close + 1
    }

    /// The date written in brackets right after a country of a list: "Uruguay (August 2018)".
    static func bracketDate(of code: String, in sentence: AnalyzedSentence, within segment: Range<Int>) -> DateMention? {
        let tokens = sentence.tokens
        for mention in sentence.countries where mention.code == code && segment.contains(mention.tokens.lowerBound) {
            guard let end = bracketEnd(after: mention.tokens.upperBound, in: tokens) else { continue }
            if let date = sentence.dates.first(where: { $0.tokens.lowerBound > mention.tokens.upperBound && $0.tokens.upperBound < end }) { return date }
        }
        return nil
    }

    /// True when the country at `index` is followed by another in a plain list ("Guyana, Suriname and ...").
    private func continuesList(at index: Int, _ sentence: AnalyzedSentence) -> Bool {
        guard let mention = sentence.countries.first(where: { $0.tokens.lowerBound == index }) else { return false }
        let tokens = sentence.tokens
        var cursor = Self.bracketEnd(after: mention.tokens.upperBound, in: tokens) ?? mention.tokens.upperBound
        while cursor < tokens.count, [",", "and"].contains(tokens[cursor].lower) { cursor += 1 }
        // "Cuba, and the Dominican Republic"
        if cursor + 1 < tokens.count, cursor > mention.tokens.upperBound, tokens[cursor].lower == "the" { cursor += 1 }
        if cursor > mention.tokens.upperBound, let next = Self.unknownItemEnd(at: cursor, sentence, within: 0..<tokens.count) { cursor = next }
        // "Cuba and China signed": China with a country is a clause's subject, not a list of members.
        return cursor > mention.tokens.upperBound && sentence.countries.contains { $0.tokens.lowerBound == cursor && $0.code != "CN" }
    }

    static let sameStepOpeners: [[String]] = [["followed", "by"], ["as", "do"], ["as", "does"], ["as", "did"], ["as", "have"], ["as", "has"],
                                              ["as", "had"], ["as", "are"], ["as", "is"]]

    /// "Trinidad and Tobago in May 2018 and Bolivia in June 2018": "and" after a country's date starts the next country's.
    private func startsDatedClause(at index: Int, _ sentence: AnalyzedSentence, since start: Int) -> Bool {
        let tokens = sentence.tokens
        guard tokens[index].lower == "and", index + 1 < tokens.count,
              sentence.dates.contains(where: { $0.tokens.upperBound == index && $0.tokens.lowerBound > start }),
              sentence.countries.contains(where: { $0.tokens.lowerBound == index + 1 && !$0.inOrganization && $0.code != "CN" }) else { return false }
        return sentence.actorCountries.contains { $0.at >= start && $0.at < index && $0.code != "CN" }
    }

    /// "... remains Brazil, which has still not applied": a country with a relative clause of its own, after another
    /// country in the clause, starts a clause of its own.
    private func relativeClauseOwner(at index: Int, _ sentence: AnalyzedSentence, since start: Int) -> Int? {
        let tokens = sentence.tokens
        guard tokens[index].text == ",", index + 1 < tokens.count, ["which", "who"].contains(tokens[index + 1].lower),
              let owner = sentence.countries.first(where: { $0.tokens.upperBound == index && !$0.inOrganization && $0.code != "CN" }),
              owner.tokens.lowerBound > start else { return nil }
        let others = sentence.actorCountries.contains { $0.at >= start && $0.at < owner.tokens.lowerBound && $0.code != "CN" && $0.code != owner.code }
        // "Chile, Peru and Uruguay, which joined in 2018": the clause is the whole list's.
        let listed = owner.tokens.lowerBound > 0 && [",", "and"].contains(tokens[owner.tokens.lowerBound - 1].lower)
        return others && !listed ? owner.tokens.lowerBound : nil
    }

    /// Clauses that start a new country: split at ";" and at a comma, "while" or "but" followed by a country.
    private func segments(_ sentence: AnalyzedSentence) -> [Range<Int>] {
        let tokens = sentence.tokens
        var starts = [0]
        for index in tokens.indices.dropFirst() {
            let token = tokens[index]
            if token.text == ";" { starts.append(index + 1); continue }
            if startsDatedClause(at: index, sentence, since: starts.last!) { starts.append(index); continue }
            if let own = relativeClauseOwner(at: index, sentence, since: starts.last!) { starts.append(own); continue }
            guard [",", "while", "whereas", "but", "after", "before", "when"].contains(token.lower) else { continue }
            var next = index + 1
            // ", followed by Trinidad and Tobago", ", as do Colombia and Paraguay": the same step for other countries.
            let sameStep = Self.sameStepOpeners.first(where: { opener in
                next + opener.count < tokens.count && zip(tokens[next...], opener).allSatisfy { $0.lower == $1 }
            })
            if let sameStep { next += sameStep.count }
            while next < tokens.count {
                if ["and", "while", "but", "whereas", "the", "meanwhile", ","].contains(tokens[next].lower) { next += 1; continue }
                // ", and in December 2021, Cuba ...": a date opening the clause.
                let at = ["in", "on", "by", "since"].contains(tokens[next].lower) ? next + 1 : next
                guard let date = sentence.dates.first(where: { $0.tokens.lowerBound == at }) else { break }
                next = date.tokens.upperBound
            }
            // "while regional powerhouses Argentina and Brazil have not": a few words may describe the countries first.
            // "Colombia's entry comes shortly after Panama withdrew": a subordinate clause with a country of its own.
            let connective = tokens[index..<min(next, tokens.count)].contains { ["while", "whereas", "but", "after", "before", "when"].contains($0.lower) }
            if connective {
                let described = (next..<min(tokens.count, next + 3)).first { position in
                    sentence.countries.contains { $0.tokens.lowerBound == position && !$0.inOrganization }
                }
                if let described, tokens[next..<described].allSatisfy({ $0.kind == .word && !$0.classes.contains(.briCue) }) { next = described }
            }
            let startsCountry = sentence.countries.contains { $0.tokens.lowerBound == next && !$0.inOrganization && $0.code != "CN" }
            let hasSubject = sentence.actorCountries.contains { $0.at >= starts.last! && $0.at < index && $0.code != "CN" }
            // "Jamaica, Guyana, Cuba, and the Dominican Republic have signed up": a list's last item, before any step is told.
            let stepTold = tokens[starts.last!..<index].contains { $0.classes.contains(.briCue) }
                || sentence.dates.contains { $0.tokens.lowerBound >= starts.last! && $0.tokens.lowerBound < index }
            if startsCountry && hasSubject && (connective || sameStep != nil || (stepTold && !continuesList(at: next, sentence))) { starts.append(index + 1) }
        }
        return zip(starts, starts.dropFirst() + [tokens.count]).compactMap { $0 < $1 ? $0..<$1 : nil }
    }
}

extension Array where Element: Hashable {
    /// The elements in first-seen order, without repeats.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
