/// Finds agreements signed or planned: in a sentence that signs, agrees or plans to sign (or in a passage headed
/// as a list of agreements), every agreement noun ("memorandums of understanding", "a sanitary protocol") with the
/// subjects that follow it ("in the areas of ICT, trade and industry"). A plural noun with several subjects is one
/// agreement per subject; a counted noun ("12 cooperation deals") is a count, not a list.
struct AgreementExtractor: Sendable {
    struct Result: Sendable {
        var agreements: [DocumentAgreement] = []
        var counts: [(count: Int, evidence: Evidence, date: PartialDate?)] = []
        /// The sentence and date of the last signing the text dated: "signed deals on Sunday. The deals include ...".
        var lastDated: (sentence: Int, date: PartialDate)?
        /// Every signing dated to the day, with its parties, whether or not it names its instruments: "China and Peru
        /// signed a number of documents on Monday".
        var signingDays: [(parties: [String], date: PartialDate)] = []

        func recentDate(before sentence: Int) -> PartialDate? {
            lastDated.flatMap { sentence - $0.sentence <= 2 ? $0.date : nil }
        }

        /// The days, in the order told, on which the text says exactly these sides signed.
        func signingDays(of parties: [String]) -> [PartialDate] {
            let sides = parties.sorted()
            return signingDays.filter { $0.parties.sorted() == sides }.map(\.date)
        }
    }

    static let signingCues: Set<String> = ["signed", "sign", "signs", "signing", "inked", "sealed", "concluded", "agreed",
                                           "finalized", "finalised", "struck", "ink", "secured", "clinched", "formalized", "formalised"]
    static let continuationOpeners: Set<String> = ["similarly", "another", "finally", "also", "additionally", "moreover", "furthermore", "likewise", "besides"]
    static let speculation: Set<String> = ["could", "might", "may", "should", "can", "if", "whether", "maybe", "perhaps", "possibly", "unless",
                                           "once", "until"]
    static let announcing: Set<String> = ["announced", "reported", "published", "unveiled", "disclosed", "revealed", "confirmed"]
    static let negations: Set<String> = ["no", "not", "never", "n't", "without", "nor"]
    static let unsignedForms: Set<String> = ["sign", "conclude", "ink", "seal", "finalize", "finalise", "negotiate", "negotiating"]
    static let baseForms: Set<String> = ["sign", "ink", "seal", "reach", "conclude", "finalize", "finalise", "clinch"]
    static let pastSigning: Set<String> = ["signed", "inked", "sealed", "concluded", "finalized", "finalised", "struck", "agreed",
                                           "formalized", "formalised"]
    /// The past forms that state an instrument done; "agreed" may be a resolve ("agreed to deepen ties").
    static let signedForms = pastSigning.subtracting(["agreed"])

    func extract(_ document: AnalyzedDocument, meetings: [DocumentMeeting]) -> Result {
        var result = Result()
        var inAgreementSection = false
        var previousHadAgreements = false
        var previousSignedSet = false
        var lastNamed: AgreementHeads.Head?
        var listIntro: AnalyzedSentence?
        var bulletedList = false
        var previousNamedInitiative = false
        var lastSimilar: (agreement: DocumentAgreement, sentence: Int)?
        for sentence in document.sentences {
            defer { previousNamedInitiative = BriCues.mentionsTopic(sentence.tokens) }
            if sentence.index > 0, let told = Self.retoldSigningDate(sentence) {
                datePrevious(told, from: sentence, document: document, into: &result)
            }
            // "Last year, Jamaica and Barbados followed suit": the same signing again.
            if let similar = lastSimilar, sentence.index - similar.sentence <= 3, let suit = sentence.find(["followed", "suit"]) {
                result.agreements += followers(sentence, before: suit, of: similar.agreement, document: document)
                lastSimilar = nil
                continue
            }
            if bulletedList, !sentence.sentence.isListItem {
                // A line after the bullets, heading or paragraph, ends their list.
                listIntro = nil
                bulletedList = false
            }
            if let intro = listIntro, sentence.sentence.isListItem, sentence.sentence.startsBlock,
               readsInstruments(sentence, intro: intro, document: document, meetings: meetings, into: &result) {
                bulletedList = true
                continue
            }
            if let intro = listIntro, sentence.sentence.isHeading || sentence.sentence.isListItem {
                if let named = AgreementListItems.item(sentence) {
                    result.agreements.append(listed(named, heading: sentence, intro: intro, document: document, meetings: meetings))
                    bulletedList = sentence.sentence.isListItem
                    continue
                }
                if !sentence.sentence.isListItem { listIntro = nil }
            }
            if sentence.sentence.isHeading {
                inAgreementSection = sentence.tokens.contains { ["agreements", "deals", "accords", "agreed", "signed"].contains($0.lower) }
            }
            let heads = AgreementHeads(sentence: sentence).find()
            let signs = hasSigningCue(sentence)
            if signs, !sentence.sentence.isHeading, let day = signingDay(sentence, document) { result.signingDays.append(day) }
            // Under a heading of signed deals, "hopes to conclude agreements on ..." still signs nothing.
            let signing = signs || (inAgreementSection && !sentence.tokens.contains { Self.unsignedForms.contains($0.lower) })
            // "... signed bilateral cooperation documents. The documents include an economic and technical cooperation
            // agreement, ...": the set just signed, named item by item.
            let namesTheSet = refersToSignedSet(heads, in: sentence) || sentence.find(["the", "documents"]) == 0 || sentence.find(["these", "documents"]) == 0
            let listsSignedSet = previousSignedSet && namesTheSet && sentence.containsAny(Self.inclusionWords)
            let continuing = listsSignedSet || previousHadAgreements && (Self.continuationOpeners.contains(sentence.tokens.first?.lower ?? "")
                || heads.contains { !$0.kind.generic && $0.kind.kind != "cooperation" && $0.range.lowerBound <= 2 })
            defer { previousSignedSet = signs && heads.contains { $0.kind.plural } }
            let inContext = !sentence.sentence.isHeading && (signing || continuing)
            if signs, previousNamedInitiative, let similar = similarSignings(sentence, heads, document: document) {
                result.agreements += similar
                lastSimilar = similar.first.map { ($0, sentence.index) }
                previousHadAgreements = true
                continue
            }
            if inContext {
                let before = result.agreements.count + result.counts.count
                let bareCooperation = signs || Self.continuationOpeners.contains(sentence.tokens.first?.lower ?? "")
                read(sentence, heads: heads.filter { bareCooperation || $0.kind.kind != "cooperation" }, referringTo: lastNamed,
                     signs: signs, listsSignedSet: listsSignedSet, afterSignedSet: previousSignedSet,
                     afterInitiative: previousNamedInitiative, in: document, meetings: meetings, into: &result)
                previousHadAgreements = result.agreements.count + result.counts.count > before
            } else {
                previousHadAgreements = false
            }
            lastNamed = heads.last { !$0.subjects.isEmpty && !$0.kind.generic } ?? heads.last { !$0.subjects.isEmpty } ?? lastNamed
            if AgreementListItems.introduces(sentence, heads: heads, afterSignings: !result.agreements.isEmpty || !result.counts.isEmpty) {
                listIntro = sentence
            }
        }
        let signed = result.agreements.filter { !$0.inForce }
        result.agreements.removeAll { agreement in
            agreement.inForce && signed.contains { $0.kind == agreement.kind && $0.parties == agreement.parties }
        }
        return result
    }

    static let retellingNouns: Set<String> = ["document", "agreement", "accord", "deal", "plan", "memorandum", "pact", "treaty",
                                              "protocol", "mou", "instrument"]

    /// "The document was signed on Friday", "The new deal, announced on Sunday, brings ...": a sentence opening on the
    /// instrument just named and telling when it was signed.
    static func retoldSigningDate(_ sentence: AnalyzedSentence) -> DateMention? {
        let words = sentence.tokens.prefix(7).map(\.lower)
        guard words.count >= 4, ["the", "this", "that"].contains(words[0]) else { return nil }
        // One describing word may stand before the noun: "the new deal", "the latest agreement".
        let noun = retellingNouns.contains(words[1]) ? 1 : (retellingNouns.contains(words[2]) && !sentence.tokens[1].isCapitalized ? 2 : nil)
        guard let noun, noun + 2 < words.count else { return nil }
        let told: Bool
        if ["was", "were"].contains(words[noun + 1]) {
            told = signedForms.contains(words[noun + 2]) || (noun + 3 < words.count && signedForms.contains(words[noun + 3]))
        } else {
            told = words[noun + 1] == "," && retellingParticiples.contains(words[noun + 2])
        }
        guard told else { return nil }
        return sentence.dates.first { !sentence.isDateline($0) && $0.tokens.lowerBound > noun + 2 && !$0.countsBack }
    }

    /// "The deal, announced on Sunday, ...": participles that date the instrument they follow.
    static let retellingParticiples: Set<String> = signedForms.union(["announced", "unveiled", "reached"])

    /// Dates the undated instruments of the nearest of the two sentences before that named some, with the date a
    /// retelling gives them; the sentence between may describe the instrument ("The agreement extends a swap of 2017").
    private func datePrevious(_ told: DateMention, from sentence: AnalyzedSentence, document: AnalyzedDocument, into result: inout Result) {
        for back in 1...2 where sentence.index - back >= 0 {
            let start = document.sentences[sentence.index - back].originalRange.lowerBound
            let undated = result.agreements.indices.filter {
                result.agreements[$0].evidence.first?.start == start && result.agreements[$0].date == nil
            }
            guard !undated.isEmpty else { continue }
            for index in undated {
                result.agreements[index].date = told.date
                result.agreements[index].evidence.append(document.evidence(sentence))
            }
            result.lastDated = (sentence.index, told.date)
            return
        }
    }

    /// A signing word ("signed", "reached an agreement") neither negated just before it ("no document was signed")
    /// nor hedged earlier in its clause ("if Uruguay were to sign", "could sign").
    private func hasSigningCue(_ sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        if Self.entersIntoForce(tokens) { return true }
        return tokens.indices.contains { index in
            guard tokens[index].classes.contains(.signingCue) else { return false }
            let word = tokens[index].lower
            let cameAwayWith = word == "away" && index > 0 && tokens[index - 1].lower == "came" && index + 1 < tokens.count && tokens[index + 1].lower == "with"
            let reachesAgreement = ["reached", "reach"].contains(word)
                && tokens[(index + 1)..<min(tokens.count, index + 4)].contains { AgreementKindLexicon.table.contains(firstToken: $0.lower) && $0.lower != "cooperation" }
            guard Self.signingCues.contains(word) || reachesAgreement || cameAwayWith else { return false }
            if Self.endsCompoundAdjective(tokens, at: index) { return false }
            if Self.endsTalks(tokens, after: index) { return false }
            // "to sign", "to reach agreement": a purpose, not a signing, unless the sentence plans it ("expected to sign")
            // or the parties met for it ("met in Tianjin to sign").
            let metToSign = tokens[max(0, index - 8)..<index].contains { ["met", "gathered"].contains($0.lower) }
            if index > 0, tokens[index - 1].lower == "to", !Self.plansSigning(sentence), !metToSign { return false }
            // "talks aimed at signing a free trade agreement"
            if index > 1, tokens[index - 1].lower == "at", ["aimed", "aiming", "aim"].contains(tokens[index - 2].lower) { return false }
            // "the first countries to set up ties ... and sign the plan": a bare form after "to" continues the infinitive.
            if Self.baseForms.contains(word), tokens[..<index].contains(where: { $0.lower == "to" }), !Self.plansSigning(sentence), !metToSign { return false }
            // "agreed to deepen cooperation in ..." is a resolve, not an instrument.
            if ["agreed", "agree"].contains(word), index + 1 < tokens.count, tokens[index + 1].lower == "to" { return false }
            let clause = sentence.clauseRange(around: index)
            let negated = tokens[max(clause.lowerBound, index - 4)..<index].contains { Self.negations.contains($0.lower) }
                || Self.negatesSubject(tokens[clause.lowerBound..<index])
            let hedged = tokens[clause.lowerBound..<index].contains { Self.speculation.contains($0.lower) && $0.text != "May" }
            return !negated && !hedged
        }
    }

    static let closingWords: Set<String> = ["concluded", "finalized", "finalised"]
    static let talkNouns: Set<String> = ["negotiations", "talks", "consultations", "discussions"]

    /// "concluded technical negotiations on protocols for dairy", "Also concluded were the talks on ...": talks came to
    /// an end; no instrument was signed.
    static func endsTalks(_ tokens: [Token], after index: Int) -> Bool {
        guard closingWords.contains(tokens[index].lower) else { return false }
        for token in tokens[(index + 1)..<min(tokens.count, index + 5)] {
            if talkNouns.contains(token.lower) { return true }
            if token.classes.contains(.agreementKind) || token.text == "," { return false }
        }
        return false
    }

    /// "Neither Mexico nor any Central American country has signed", "None of the islands has signed": the subject
    /// denies the signing however long it is.
    static func negatesSubject(_ before: ArraySlice<Token>) -> Bool {
        let words = before.map(\.lower)
        if words.contains("neither"), words.contains("nor") { return true }
        return zip(words, words.dropFirst()).contains { $0 == "none" && $1 == "of" }
    }

    /// "the crisis-struck nation", "a storm-sealed port": a past form hyphened to the noun before it describes, it
    /// signs nothing; "a newly-signed accord" still tells a signing.
    static func endsCompoundAdjective(_ tokens: [Token], at index: Int) -> Bool {
        guard index > 1, tokens[index - 1].isPunctuation("-"), tokens[index - 2].kind == .word,
              tokens[index - 2].range.upperBound == tokens[index - 1].range.lowerBound,
              tokens[index - 1].range.upperBound == tokens[index].range.lowerBound else { return false }
        return !tokens[index - 2].lower.hasSuffix("ly")
    }

    /// "came into effect", "entered into force", "took effect", "was implemented in 2010": an instrument in force was concluded.
    static func entersIntoForce(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { index in
            let word = tokens[index].lower
            let previous = index > 0 ? tokens[index - 1].lower : ""
            let beforeInto = index > 1 ? tokens[index - 2].lower : ""
            if ["force", "effect"].contains(word), previous == "into",
               ["came", "coming", "entered", "entering", "went", "come", "comes", "enters"].contains(beforeInto) { return true }
            if word == "effect", ["took", "taken", "takes"].contains(previous) { return true }
            return word == "implemented" && ["was", "were", "been"].contains(previous)
        }
    }

    /// "plans to sign", "is expected to sign", "will be signed": the signing itself is ahead.
    static func plansSigning(_ sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let signing: Set<String> = ["sign", "ink", "conclude", "seal", "finalize", "finalise", "agree", "be", "join", "reach"]
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            let cue = DocumentAnalyzer.futureWords.contains(token.lower) || token.lower == "would"
                || (DocumentAnalyzer.futureVerbs.contains(token.lower) && next == "to")
            if cue, tokens[(index + 1)..<min(tokens.count, index + 5)].contains(where: { signing.contains($0.lower) }) { return true }
        }
        return false
    }

    private func read(_ sentence: AnalyzedSentence, heads: [AgreementHeads.Head], referringTo earlier: AgreementHeads.Head?,
                      signs: Bool, listsSignedSet: Bool = false, afterSignedSet: Bool = false, afterInitiative: Bool = false,
                      in document: AnalyzedDocument, meetings: [DocumentMeeting], into result: inout Result) {
        let status: Agreement.Status = Self.plansSigning(sentence) ? .planned : .signed
        let statesSigning = !sentence.sentence.isHeading && sentence.tokens.contains { Self.signedForms.contains($0.lower) }
        // "The deals include ...", "Also signed was ...": the signing the sentences just before dated. So is one instrument
        // told right after a set was signed: "Several protocols were signed on Sunday. The minister signed the one on grapes."
        let goesOn = listsSignedSet || afterSignedSet || refersToSignedSet(heads, in: sentence) || sentence.tokens.contains { ["also", "further"].contains($0.lower) }
        for var head in heads {
            if isNegated(sentence, head.range.lowerBound) { continue }
            if head.kind.kind == "contract", Self.signedByCompanies(sentence) { continue }
            if Self.isBetweenChinaAndOutsider(sentence, around: head.range.lowerBound) || signedByUnnamed(sentence, head) { continue }
            let named = sentenceParties(sentence, around: head.range.lowerBound)
            // "half of the region's 33 nations have signed memorandums": many unnamed countries, none of them a party.
            if !named.contains(where: CountryLexicon.isInRegion), Self.signedByManyCountries(sentence, before: head.range.lowerBound) { continue }
            var (parties, date, meeting) = context(sentence, at: head.range.lowerBound, named: named, in: document, meetings: meetings)
            if date == nil, let linked = meeting, let day = Self.signingDayBefore(linked, sentence, days: result.signingDays(of: parties), meetings) {
                (date, meeting) = (day, nil)
            }
            // "China has signed free trade agreements with Chile, Peru and Ecuador": a record of the past, undated, is no signing.
            if date == nil, meeting == nil, Self.recordsPastSignings(sentence, named: named) { continue }
            let borrowed = date == nil && meeting == nil && goesOn ? result.recentDate(before: sentence.index) : nil
            date = date ?? borrowed
            if let date, signs || borrowed != nil { result.lastDated = (sentence.index, date) }
            if let count = head.count {
                result.counts.append((count, document.evidence(sentence), date))
            }
            // "the deal's impact": a possessive names the instrument, it does not report it.
            if head.isReference, head.range.upperBound < sentence.tokens.count, ["'s", "’s"].contains(sentence.tokens[head.range.upperBound].lower) { continue }
            // "The phytosanitary protocol ensures safety and inspection": outside a signing, the words after a reference
            // describe the instrument named before; only "the protocol on ..." names one.
            // "With the signing of the agreement, Colombia strengthens its partnership": the signing of an instrument named
            // before is told again, and the words after it are not its subject.
            if head.isReference, !signs || Self.retellsSigning(of: head, in: sentence), !head.subjects.isEmpty,
               !namesSubjectRightAfter(head, in: sentence) { continue }
            if head.subjects.isEmpty, head.isReference {
                // "The memorandum was drawn up ...": a reference tells more of an instrument only where it is signed,
                // and "the memorandum" is not the "agreements" named before it, unless it says so ("the protocol for its upgrade").
                guard signs, !signingBelongsToAnother(head, heads, in: sentence) else { continue }
                if pointsBack(sentence, after: head), let named = instrumentNamed(before: head, in: sentence) {
                    head.subjects = [Self.subject(naming: named)]
                } else if let earlier, head.kind.generic || earlier.kind.kind == head.kind.kind {
                    head = AgreementHeads.Head(range: head.range, kind: earlier.kind, count: nil, subjects: earlier.subjects, organizations: earlier.organizations)
                }
            }
            if AgreementKindLexicon.selfDescribing.contains(head.kind.kind) { head.subjects = [Self.subject(naming: head.kind)] }
            // "Uruguay signed up to the Belt and Road in 2018 with a memorandum of understanding": the memorandum is the initiative's.
            // "It aims to tap the Belt and Road. The minister signed a memorandum that lets Barbados take part in the
            // programme": the initiative the sentence before named.
            let namesInitiative = BriCues.mentionsTopic(sentence.tokens) || afterInitiative && Self.refersToInitiative(sentence)
            if head.subjects.isEmpty, !head.isReference, signs, !head.kind.generic, namesInitiative,
               sentence.find(["signed", "up"]) != nil || sentence.find(["signed", "on"]) != nil || sentence.containsAny(Self.joiningWords) {
                head.subjects = [Self.beltAndRoad]
            }
            if head.subjects.isEmpty, !head.kind.generic, head.kind.kind != "cooperation", signsDirectly(sentence, head) {
                head.subjects = Self.purposeSubject(sentence, after: head).map { [$0] } ?? Self.headlineSubjects(of: head.kind, in: document) ?? [Self.unspecified]
            }
            guard !head.subjects.isEmpty else { continue }
            let base = DocumentAgreement(kind: head.kind, subjects: head.subjects, subjectText: head.subjects.map(\.display).joined(separator: " and "),
                                         organizations: head.organizations, parties: parties, date: date, status: status,
                                         meeting: meeting, evidence: [document.evidence(sentence)],
                                         directness: status == .planned ? .passing : (statesSigning && !head.kind.generic && borrowed == nil ? .direct : .indirect),
                                         inForce: !statesSigning && Self.entersIntoForce(sentence.tokens), dateBorrowed: borrowed != nil)
            if head.kind.plural && head.subjects.count > 1 {
                for subject in head.subjects {
                    var single = base
                    single.subjects = [subject]
                    single.subjectText = subject.display
                    result.agreements.append(single)
                }
            } else {
                result.agreements.append(base)
            }
        }
    }

    /// The parties, date and meeting of an instrument named at `index`: those of the meeting it was signed at, else
    /// the countries the sentence names (`named`), completed.
    private func context(_ sentence: AnalyzedSentence, at index: Int, named: [String], in document: AnalyzedDocument,
                         meetings: [DocumentMeeting]) -> (parties: [String], date: PartialDate?, meeting: Int?) {
        let date = signingDate(sentence, near: index)
        let meeting = link(sentence, date: date, parties: named, meetings: meetings)
        return (meeting.map { meetings[$0].countries } ?? completed(named, document), date, meeting)
    }

    /// An instrument whose kind says what it is about: "a free trade agreement", "the protocol for its upgrade".
    static func subject(naming kind: AgreementKindLexicon.Kind) -> SectorLexicon.Subject {
        SectorLexicon.Subject(name: kind.kind, sector: "trade", display: kind.label.lowercased())
    }

    /// "• Memoranda of understanding on trade, tourism and education": a bulleted line that names its instruments with
    /// their subjects is read as a signing, with the parties, date and meeting of the line introducing the list.
    private func readsInstruments(_ line: AnalyzedSentence, intro: AnalyzedSentence, document: AnalyzedDocument,
                                  meetings: [DocumentMeeting], into result: inout Result) -> Bool {
        let firstWord = line.tokens.firstIndex { $0.kind == .word } ?? 0
        // A line naming one instrument keeps its own words as its name (see AgreementListItems).
        let heads = AgreementHeads(sentence: line).find().filter { !$0.subjects.isEmpty && $0.count == nil }
        guard let first = heads.first, first.range.lowerBound <= firstWord + 2, first.kind.plural, first.subjects.count > 1 else { return false }
        let before = result.agreements.count
        read(line, heads: heads, referringTo: nil, signs: true, in: document, meetings: meetings, into: &result)
        let (parties, date, meeting) = context(intro, at: 0, named: sentenceParties(intro, around: 0), in: document, meetings: meetings)
        for index in before..<result.agreements.count {
            result.agreements[index].parties = parties
            result.agreements[index].date = result.agreements[index].date ?? date
            result.agreements[index].meeting = result.agreements[index].meeting ?? meeting
            result.agreements[index].evidence = [document.evidence(intro), document.evidence(line)]
            result.agreements[index].directness = .indirect
        }
        return result.agreements.count > before
    }

    /// One instrument of a list laid out as headings, with the parties, date and meeting of the line introducing it.
    private func listed(_ named: AgreementListItems.Named, heading: AnalyzedSentence, intro: AnalyzedSentence, document: AnalyzedDocument,
                        meetings: [DocumentMeeting]) -> DocumentAgreement {
        let (parties, date, meeting) = context(intro, at: 0, named: sentenceParties(intro, around: 0), in: document, meetings: meetings)
        let kind = named.kind ?? AgreementKindLexicon.Kind(kind: "agreement", label: "Agreement", plural: false, generic: true)
        let item = named.subject
        return DocumentAgreement(kind: kind, subjects: [item], subjectText: item.display, organizations: [], parties: parties, date: date,
                                 status: .signed, meeting: meeting, evidence: [document.evidence(intro), document.evidence(heading)],
                                 directness: .indirect)
    }

    /// "a subsidiary of China Energy Engineering signed a contract with a private developer": a contract between
    /// companies is commerce, not an agreement between the countries.
    static func signedByCompanies(_ sentence: AnalyzedSentence) -> Bool {
        let companies: Set<String> = ["company", "companies", "firm", "firms", "corporation", "subsidiary", "developer", "contractor",
                                      "consortium", "enterprise", "enterprises", "group"]
        let officials: Set<String> = ["government", "governments", "ministry", "minister", "president", "state", "presidents", "ministers"]
        let words = sentence.tokens.map(\.lower)
        return words.contains(where: companies.contains) && !words.contains(where: officials.contains)
    }

    /// "Guyana and China sign MoU on investment, economic cooperation" over "a Memorandum of Understanding was signed": an
    /// instrument the body names by its kind alone has the subjects the headline gives the same kind.
    static func headlineSubjects(of kind: AgreementKindLexicon.Kind, in document: AnalyzedDocument) -> [SectorLexicon.Subject]? {
        guard let headline = document.sentences.prefix(3).first(where: { $0.sentence.isHeading }) else { return nil }
        let same = AgreementHeads(sentence: headline).find().filter { $0.kind.kind == kind.kind && !$0.subjects.isEmpty && $0.count == nil }
        guard same.count == 1 else { return nil }
        return same[0].subjects
    }

    static let purposeVerbs: Set<String> = ["implement", "establish", "create", "set", "promote", "develop", "build", "facilitate",
                                            "support", "launch", "expand", "strengthen", "deepen", "advance", "boost"]

    /// "a memorandum of understanding was signed to implement the Joint Action Plan", "signed a memorandum to establish a
    /// dialogue mechanism": what an instrument named by its kind alone is signed to do says what it is about.
    static func purposeSubject(_ sentence: AnalyzedSentence, after head: AgreementHeads.Head) -> SectorLexicon.Subject? {
        let tokens = sentence.tokens
        var cursor = head.range.upperBound
        while cursor < tokens.count, cursor - head.range.upperBound < 3, ["was", "were", "has", "have", "been", "is"].contains(tokens[cursor].lower)
            || signedForms.contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor + 2 < tokens.count, tokens[cursor].lower == "to", purposeVerbs.contains(tokens[cursor + 1].lower) else { return nil }
        var start = cursor + 2
        if tokens[start].lower == "up" { start += 1 }
        while start < tokens.count, ["the", "a", "an", "its", "their"].contains(tokens[start].lower) { start += 1 }
        var end = start
        while end < tokens.count, end - start < 5, tokens[end].kind == .word,
              !AgreementHeads.phraseStops.contains(tokens[end].lower), !sentence.countries.contains(where: { $0.tokens.contains(end) }) { end += 1 }
        guard end > start else { return nil }
        let text = tokens[start..<end].map(\.text).joined(separator: " ")
        return SectorLexicon.Subject(name: text.lowercased(), sector: "other", display: text)
    }

    /// The subject of an instrument the text names by its kind alone ("signed a memorandum of understanding").
    static let unspecified = SectorLexicon.Subject(name: "", sector: "other", display: "")

    /// "signed a joint action plan", "inked the memorandum", "the signing of a cooperation plan": the instrument is what
    /// a signing just before it acts on. "The agreements signed include a five-year action plan": it is one of them.
    private func signsDirectly(_ sentence: AnalyzedSentence, _ head: AgreementHeads.Head) -> Bool {
        let tokens = sentence.tokens
        let before = tokens[max(0, head.range.lowerBound - 5)..<head.range.lowerBound]
        let signingOf = before.indices.contains { tokens[$0].lower == "signing" && $0 + 1 < head.range.lowerBound && tokens[$0 + 1].lower == "of" }
        let listed = tokens[..<head.range.lowerBound].contains { Self.inclusionWords.contains($0.lower) }
        // "A joint declaration was signed", "the FTA came into effect", "a Memorandum of Understanding (MoU) was signed".
        var afterStart = head.range.upperBound
        if afterStart + 2 < tokens.count, tokens[afterStart].text == "(", tokens[afterStart + 2].text == ")" { afterStart += 3 }
        let after = tokens[afterStart..<min(tokens.count, afterStart + 4)]
        let signedAfter = after.contains { Self.signedForms.contains($0.lower) } || Self.entersIntoForce(Array(after))
        return signingOf || listed || signedAfter || before.contains { Self.signedForms.contains($0.lower) }
    }

    /// "the signing of this plan", "with the signing of the agreement with China, ...": the noun of a signing right
    /// before a reference, which points back ("this") or names no subject before its clause ends.
    static func retellsSigning(of head: AgreementHeads.Head, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let start = head.range.lowerBound
        guard start >= 3, tokens[start - 3].lower == "signing", tokens[start - 2].lower == "of" else { return false }
        if ["this", "that"].contains(tokens[start - 1].lower) { return true }
        let clauseEnd = tokens[head.range.upperBound...].firstIndex { [",", ";", ":"].contains($0.text) } ?? tokens.count
        return !tokens[head.range.upperBound..<clauseEnd].contains { $0.classes.contains(.sector) }
    }

    private func namesSubjectRightAfter(_ head: AgreementHeads.Head, in sentence: AnalyzedSentence) -> Bool {
        head.range.upperBound < sentence.tokens.count
            && ["on", "for", "regarding", "concerning", "to", "in"].contains(sentence.tokens[head.range.upperBound].lower)
    }

    /// "the protocol for its upgrade": the instrument is about one named before it.
    private func pointsBack(_ sentence: AnalyzedSentence, after head: AgreementHeads.Head) -> Bool {
        sentence.tokens[head.range.upperBound..<min(sentence.tokens.count, head.range.upperBound + 4)].contains { ["its", "their"].contains($0.lower) }
    }

    /// The last instrument the sentence names by a specific kind before `head`, whether or not it is signed itself.
    private func instrumentNamed(before head: AgreementHeads.Head, in sentence: AnalyzedSentence) -> AgreementKindLexicon.Kind? {
        let tokens = sentence.tokens
        return (0..<head.range.lowerBound).reversed().lazy.compactMap { index in
            AgreementKindLexicon.table.match(tokens, at: index).map(\.0)
        }.first { !$0.generic && $0 != head.kind }
    }

    static func signedByManyCountries(_ sentence: AnalyzedSentence, before head: Int) -> Bool {
        let tokens = sentence.tokens
        // "the two countries signed" is the pair the article is about.
        return (1..<max(1, head)).contains { index in
            ["nations", "countries", "members", "states"].contains(tokens[index].lower) && !["two", "2"].contains(tokens[index - 1].lower)
                && (tokens[index - 1].kind == .number || NumberWords.words[tokens[index - 1].lower] != nil
                    || ["region's", "all", "many", "most", "several", "other"].contains(tokens[index - 1].lower)
                    || ofTheRegion(tokens, after: index))
        }
    }

    /// "countries in the region have signed hundreds of agreements", "nations across Latin America": many, unnamed.
    private static func ofTheRegion(_ tokens: [Token], after noun: Int) -> Bool {
        guard noun + 1 < tokens.count, ["in", "of", "across", "throughout"].contains(tokens[noun + 1].lower) else { return false }
        return tokens[(noun + 2)..<min(tokens.count, noun + 5)].contains { ["region", "latin", "caribbean", "hemisphere", "continent"].contains($0.lower) }
    }

    static func recordsPastSignings(_ sentence: AnalyzedSentence, named: [String]) -> Bool {
        let tokens = sentence.tokens
        let perfect = tokens.indices.dropFirst().contains { index in
            signedForms.contains(tokens[index].lower) && ["has", "have"].contains(tokens[index - 1].lower)
        }
        return perfect && Set(sentence.actorCountries.map(\.code)).filter(CountryLexicon.isInRegion).count >= 3
    }

    static let joiningWords: Set<String> = ["joined", "joining", "join", "participate", "participation", "participating"]

    /// "the initiative", "the programme": a reference to an initiative named before.
    static func refersToInitiative(_ sentence: AnalyzedSentence) -> Bool {
        let words = sentence.tokens.map(\.lower)
        return zip(words, words.dropFirst()).contains { $0 == "the" && ["initiative", "programme", "program", "scheme"].contains($1) }
    }

    static let inclusionWords: Set<String> = ["include", "includes", "included", "including"]

    /// The date nearest the agreement, leaving out spans of its effect ("imports from next year", "by 2026").
    private func signingDate(_ sentence: AnalyzedSentence, near index: Int) -> PartialDate? {
        let effect: Set<String> = ["from", "until", "till", "by", "starting", "through", "beginning", "before"]
        var clause = sentence.clauseRange(around: index)
        // "the Belt and Road, which the country joined in 2018,": a relative clause apart from the instrument dates something else.
        let candidates = sentence.dates.filter { mention in
            !mention.countsBack && (mention.tokens.lowerBound == 0 || !effect.contains(sentence.tokens[mention.tokens.lowerBound - 1].lower))
                && !Self.inOtherRelativeClause(mention, sentence, apartFrom: clause)
                && !Self.datesEarlierInstrument(mention, sentence, before: index) && !Self.pointsAhead(mention, sentence)
        }
        // "announced the agreement on Dec. 26, saying the deal was inked two days earlier": the signing's own clause dates it.
        if sentence.tokens[clause].contains(where: { Self.announcing.contains($0.lower) }),
           let signed = sentence.tokens.indices.first(where: { $0 >= clause.upperBound && Self.signedForms.contains(sentence.tokens[$0].lower) }) {
            let signingClause = sentence.clauseRange(around: signed)
            if let dated = candidates.first(where: { signingClause.contains($0.tokens.lowerBound) }) { return dated.date }
        }
        // "the Free Trade Agreement (FTA) between the two nations coming into effect on May 1": the short form in
        // brackets does not end the clause.
        let tokens = sentence.tokens
        if clause.upperBound < tokens.count, tokens[clause.upperBound].text == "(",
           let close = (clause.upperBound..<min(tokens.count, clause.upperBound + 4)).first(where: { tokens[$0].text == ")" }), close + 1 < tokens.count {
            clause = clause.lowerBound..<sentence.clauseRange(around: close + 1).upperBound
        }
        // Outside the clause, the nearest date: "In May 2024, the month the FTA took effect, ... than in 2023".
        return (candidates.first { clause.contains($0.tokens.lowerBound) }
            ?? candidates.min { abs($0.tokens.lowerBound - index) < abs($1.tokens.lowerBound - index) })?.date
    }

    static let aheadWords: Set<String> = ["next", "coming", "tomorrow", "upcoming"]

    /// "rice to be delivered over the coming year": a date ahead of the report is when something else will happen,
    /// never when an instrument was signed.
    static func pointsAhead(_ mention: DateMention, _ sentence: AnalyzedSentence) -> Bool {
        !mention.isAbsolute && aheadWords.contains(sentence.tokens[mention.tokens.lowerBound].lower)
    }

    /// "to follow up agreements that the countries struck in November and also reached two new accords": a date in a
    /// relative clause on an instrument named before, closed by "and", dates that instrument, not one named after it.
    static func datesEarlierInstrument(_ mention: DateMention, _ sentence: AnalyzedSentence, before index: Int) -> Bool {
        let tokens = sentence.tokens
        guard mention.tokens.upperBound <= index,
              let pronoun = tokens[..<mention.tokens.lowerBound].lastIndex(where: { ["that", "which"].contains($0.lower) }),
              pronoun > 0, tokens[pronoun - 1].classes.contains(.agreementKind) else { return false }
        return tokens[mention.tokens.upperBound..<index].contains { $0.lower == "and" }
    }

    static func inOtherRelativeClause(_ mention: DateMention, _ sentence: AnalyzedSentence, apartFrom clause: Range<Int>) -> Bool {
        let own = sentence.clauseRange(around: mention.tokens.lowerBound)
        guard own != clause, own.lowerBound < sentence.tokens.count,
              ["which", "who", "whose", "where"].contains(sentence.tokens[own.lowerBound].lower) else { return false }
        // "the FTA, which entered into force in May", "the memorandum, which they signed in 2018": still the instrument's.
        let words = Array(sentence.tokens[own])
        // "..., which rounded up previous accords signed in November 2017": the clause's own instrument was signed then.
        if let cue = words.firstIndex(where: { signingCues.contains($0.lower) }),
           words[..<cue].dropFirst().contains(where: { $0.classes.contains(.agreementKind) }) { return true }
        return !words.contains { signingCues.contains($0.lower) } && !entersIntoForce(words)
    }

    static let beltAndRoad = SectorLexicon.Subject(name: "belt and road", sector: "belt_and_road", display: "Belt and Road")

    /// "Trinidad signed up to the Belt and Road in June 2018. Dominica, Guyana and Grenada signed similar agreements later that
    /// year": each country listed signed one of the same kind, on the initiative the sentence before names.
    private func similarSignings(_ sentence: AnalyzedSentence, _ heads: [AgreementHeads.Head], document: AnalyzedDocument) -> [DocumentAgreement]? {
        guard let head = heads.first(where: { head in
            head.subjects.isEmpty && sentence.tokens[max(0, head.range.lowerBound - 4)..<head.range.lowerBound].contains { ["similar", "same"].contains($0.lower) }
        }) else { return nil }
        let signers = Self.regionCountries(in: sentence, before: head.range.lowerBound)
        guard !signers.isEmpty else { return nil }
        let date = signingDate(sentence, near: head.range.lowerBound)
        let topic = Self.beltAndRoad
        return signers.map { code in
            DocumentAgreement(kind: head.kind, subjects: [topic], subjectText: topic.display, organizations: [], parties: ["CN", code].sorted(),
                              date: date, status: .signed, meeting: nil, evidence: [document.evidence(sentence)], directness: .indirect)
        }
    }

    private func followers(_ sentence: AnalyzedSentence, before cue: Int, of similar: DocumentAgreement,
                           document: AnalyzedDocument) -> [DocumentAgreement] {
        let date = signingDate(sentence, near: cue)
        return Self.regionCountries(in: sentence, before: cue).map { code in
            var agreement = similar
            agreement.parties = ["CN", code].sorted()
            agreement.date = date
            agreement.evidence = [document.evidence(sentence)]
            return agreement
        }
    }

    /// The countries of the region a sentence names before `index`, each once: those that signed, or followed suit.
    private static func regionCountries(in sentence: AnalyzedSentence, before index: Int) -> [String] {
        sentence.actorCountries.filter { $0.at < index && CountryLexicon.isInRegion($0.code) }.map(\.code).uniqued()
    }

    /// "The deals include ...", "These agreements cover ...", or a sentence opening on the bare plural and what it
    /// holds ("Cooperation agreements included a plan on ..."): the set of instruments a sentence before reported.
    private func refersToSignedSet(_ heads: [AgreementHeads.Head], in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        return heads.contains { head in
            guard head.kind.plural else { return false }
            if head.range.lowerBound > 0, ["the", "these", "those"].contains(tokens[head.range.lowerBound - 1].lower) { return true }
            return head.range.lowerBound == 0 && head.range.upperBound < tokens.count && Self.inclusionWords.contains(tokens[head.range.upperBound].lower)
        }
    }

    /// "The agreement implemented a memorandum the two nations signed in 2018": the signing after the reference is the
    /// memorandum's, named between them.
    /// "signed a memorandum that opens the way to take part in the programme": so is a signing told of an instrument
    /// before the reference, which a clause of that instrument names.
    private func signingBelongsToAnother(_ head: AgreementHeads.Head, _ heads: [AgreementHeads.Head], in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        func signedJustBefore(_ head: AgreementHeads.Head) -> Bool {
            tokens[max(0, head.range.lowerBound - 4)..<head.range.lowerBound].contains { Self.signingCues.contains($0.lower) }
        }
        guard !signedJustBefore(head) else { return false }
        let inClauseOfSigned = heads.contains { other in
            !other.isReference && other.range.upperBound <= head.range.lowerBound && signedJustBefore(other)
                && tokens[other.range.upperBound..<head.range.lowerBound].contains { ["that", "which", "to"].contains($0.lower) }
        }
        if inClauseOfSigned { return true }
        guard let signing = tokens.indices.first(where: { $0 >= head.range.upperBound && Self.signingCues.contains(tokens[$0].lower) })
        else { return false }
        return heads.contains { $0.range.lowerBound >= head.range.upperBound && $0.range.lowerBound < signing }
    }

    private func isNegated(_ sentence: AnalyzedSentence, _ index: Int) -> Bool {
        let window = sentence.tokens[max(0, index - 5)..<index]
        return window.contains { ["not", "no", "never", "without", "nor"].contains($0.lower) }
    }

    /// The countries the sentence names, its people's and organisations' included.
    /// Where a sentence names several countries of the region, the part of it that holds the agreement ("Trinidad
    /// and Tobago signed on the BRI; Panama signed an agreement on transport", "— for example, Panama signed")
    /// says whose it is.
    private func sentenceParties(_ sentence: AnalyzedSentence, around index: Int) -> [String] {
        let span = Self.part(of: sentence, around: index)
        var parties = Set(sentence.actorCountries.filter { span.contains($0.at) }.map(\.code))
        parties.formUnion(sentence.countries.filter { $0.inOrganization && span.contains($0.tokens.lowerBound) }.map(\.code))
        parties.remove("US")
        // "By signing the memorandum, Jamaica joins Barbados, Panama and others who already have": one country signs.
        let region = sentence.actorCountries.filter { span.contains($0.at) && parties.contains($0.code) && CountryLexicon.isInRegion($0.code) }
        if Set(region.map(\.code)).count > 2, let first = region.min(by: { $0.at < $1.at }) {
            parties = parties.filter { !CountryLexicon.isInRegion($0) || $0 == first.code }
        }
        return parties.sorted()
    }

    static let partBreaks: Set<String> = [";", "—", "–", "while", "whereas", "but", "example", "instance", "after", "unlike", "like"]

    /// "It is important that China and the United States reach a trade agreement": an instrument whose part of the
    /// sentence names China and a country outside the region, and none in it, is not one of the region's.
    static func isBetweenChinaAndOutsider(_ sentence: AnalyzedSentence, around index: Int) -> Bool {
        let span = part(of: sentence, around: index)
        let tokens = sentence.tokens
        let codes = Set(sentence.actorCountries.filter { mention in
            span.contains(mention.at) && !(mention.at + 1 < tokens.count && tokens[mention.at + 1].text == "$")
        }.map(\.code))
        return codes.contains("CN") && !codes.contains(where: CountryLexicon.isInRegion) && codes.contains { $0 != "CN" }
    }

    /// "in contrast to the Caribbean, where numerous island nations have signed up to the Belt and Road MoU": the
    /// signers are countries the clause does not name, whatever country the sentence names elsewhere.
    private func signedByUnnamed(_ sentence: AnalyzedSentence, _ head: AgreementHeads.Head) -> Bool {
        let tokens = sentence.tokens
        let clause = sentence.clauseRange(around: head.range.lowerBound)
        guard let cue = (clause.lowerBound..<head.range.lowerBound).last(where: { Self.signingCues.contains(tokens[$0].lower) }),
              sentence.namesManyCountries(before: cue, from: clause.lowerBound) else { return false }
        return !sentence.actorCountries.contains { clause.contains($0.at) && $0.at > cue && CountryLexicon.isInRegion($0.code) }
    }

    /// The tokens between the breaks around `index`, when the sentence names more than one country of the region;
    /// the whole sentence otherwise.
    static func part(of sentence: AnalyzedSentence, around index: Int) -> Range<Int> {
        let region = Set(sentence.actorCountries.map(\.code).filter(CountryLexicon.isInRegion))
        guard region.count > 1 else { return 0..<sentence.tokens.count }
        let tokens = sentence.tokens
        // "Nicaragua followed suit, and in December 2021, Cuba and China signed a plan": ", and" opens another clause.
        func breaks(_ position: Int) -> Bool {
            partBreaks.contains(tokens[position].lower) || (tokens[position].lower == "and" && position > 0 && tokens[position - 1].text == ","
                && !sentence.countries.contains { $0.tokens.lowerBound == position + 1 })
        }
        var start = index, end = index
        while start > 0, !breaks(start - 1) { start -= 1 }
        while end < tokens.count, !breaks(end) { end += 1 }
        let part = start..<end
        let inPart = Set(sentence.actorCountries.filter { part.contains($0.at) }.map(\.code).filter(CountryLexicon.isInRegion))
        return inPart.isEmpty ? 0..<tokens.count : part
    }

    /// The parties and day of a sentence's past signing, when its date is a day.
    private func signingDay(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> (parties: [String], date: PartialDate)? {
        guard let signed = sentence.tokens.firstIndex(where: { Self.signedForms.contains($0.lower) }),
              let date = signingDate(sentence, near: signed), date.precision == .day else { return nil }
        return (completed(sentenceParties(sentence, around: signed), document), date)
    }

    /// Parties of an agreement at no meeting: those named, with China and the country the article is about when fewer than two.
    private func completed(_ parties: [String], _ document: AnalyzedDocument) -> [String] {
        guard parties.count < 2 else { return parties }
        var completed = Set(parties)
        if completed.isEmpty { completed.formUnion(document.focusPair) } else { completed.insert(completed.contains("CN") ? document.focusCountry ?? "CN" : "CN") }
        return completed.sorted()
    }

    /// "Suriname and China signed three documents on Tuesday. ... The signings were prepared at a meeting on Monday": an
    /// undated instrument keeps the day its signing was told, not that of a meeting the text tells only after it.
    static func signingDayBefore(_ meeting: Int, _ sentence: AnalyzedSentence, days: [PartialDate], _ meetings: [DocumentMeeting]) -> PartialDate? {
        let toldAfter = meetings[meeting].evidence.allSatisfy { $0.start > sentence.originalRange.lowerBound }
        guard toldAfter, let day = days.last,
              !PartialDate.compatible(day, meetings[meeting].date) else { return nil }
        return day
    }

    /// The document's meeting on a compatible date whose countries include the other side the sentence names:
    /// the one whose participants the sentence names, else the last one reported before the sentence, else the first.
    private func link(_ sentence: AnalyzedSentence, date: PartialDate?, parties: [String], meetings: [DocumentMeeting]) -> Int? {
        let others = Set(parties).subtracting(["CN"])
        let candidates = meetings.indices.filter { index in
            (others.isEmpty || !others.isDisjoint(with: meetings[index].countries)) && PartialDate.compatible(date, meetings[index].date)
        }
        let named = Set(sentence.people.map(\.name))
        let namedMeetings = candidates.filter { meetings[$0].participants.filter { named.contains($0.name) }.count >= 2 }
        if let index = namedMeetings.min(by: { a, b in
            meetings[a].participants.filter { !named.contains($0.name) }.count < meetings[b].participants.filter { !named.contains($0.name) }.count
        }) { return index }
        let start = sentence.originalRange.lowerBound
        return candidates.last { meetings[$0].evidence.contains { $0.start <= start } } ?? candidates.first
    }
}
