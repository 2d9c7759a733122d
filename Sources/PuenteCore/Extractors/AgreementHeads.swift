/// The agreement nouns of one sentence, each with the subjects written around it.
struct AgreementHeads: Sendable {
    struct Head: Sendable {
        let range: Range<Int>
        let kind: AgreementKindLexicon.Kind
        /// Set when a number counts the noun ("12 cooperation deals").
        var count: Int?
        var subjects: [SectorLexicon.Subject]
        var organizations: [String]
        /// "the deal", "this agreement": a reference back to an agreement named before.
        var isReference = false
    }

    let sentence: AnalyzedSentence
    static let auxiliaries: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must"]

    /// "The memorandum was drawn up in line with ...": a verb right after the noun, other than its signing, ends it.
    private func startsOtherVerb(at index: Int) -> Bool {
        let tokens = sentence.tokens
        guard Self.auxiliaries.contains(tokens[index].lower) else { return false }
        return !tokens[(index + 1)..<min(tokens.count, index + 4)].contains { AgreementExtractor.signingCues.contains($0.lower) }
    }
    private func isCopula(at index: Int, after start: Int) -> Bool {
        let tokens = sentence.tokens
        guard ["is", "are", "was", "were"].contains(tokens[index].lower) else { return false }
        return !tokens[start..<index].contains { ["that", "which", "who"].contains($0.lower) } && startsOtherVerb(at: index)
    }

    /// "the Memorandum on ... was signed, its objective being ...": after the name, the instrument's own signing ends it.
    private func isOwnSigning(at index: Int) -> Bool {
        let tokens = sentence.tokens
        return Self.auxiliaries.contains(tokens[index].lower)
            && tokens[(index + 1)..<min(tokens.count, index + 3)].contains { AgreementExtractor.signedForms.contains($0.lower) }
    }

    /// "These agreements aim to enhance the port": what the instruments are for, not what they are on.
    static let purposeVerbs: Set<String> = ["aim", "aims", "seek", "seeks", "intend", "intends", "promise", "promises", "target", "targets"]

    static let modals: Set<String> = ["would", "will", "could", "should", "can", "may", "might", "must"]

    static let stopWords: Set<String> = ["which", "according", "said", "while", "but", "demonstrating", "who", "whereas", "amid", "during", "after",
                                         "where", "whose"]

    func find() -> [Head] {
        let tokens = sentence.tokens
        var positions: [(Range<Int>, AgreementKindLexicon.Kind)] = []
        var lastNoun: Range<Int>?
        var index = 0
        while index < tokens.count {
            guard tokens[index].classes.contains(.agreementKind), let (kind, length) = AgreementKindLexicon.table.match(tokens, at: index) else {
                index += 1
                continue
            }
            if isHead(kind, at: index, length: length), !abbreviates(lastNoun, at: index) {
                positions.append((index..<(index + length), kind))
            }
            lastNoun = index..<(index + length)
            index += length
        }
        return positions.enumerated().map { offset, position in
            let end = offset + 1 < positions.count ? positions[offset + 1].0.lowerBound : tokens.count
            return head(position.0, position.1, complementEnd: end)
        }
    }

    /// "a free trade agreement (FTA)": the short form in brackets right after a noun names the same instrument.
    private func abbreviates(_ previous: Range<Int>?, at index: Int) -> Bool {
        guard let previous, index == previous.upperBound + 1 else { return false }
        return sentence.tokens[previous.upperBound].text == "(" && sentence.tokens[index].isAllCaps
    }

    /// Verbs of a resolve before "cooperation"; the nouns ("the strengthening of cooperation ... was agreed") are not.
    static let resolveVerbs: Set<String> = ["deepen", "expand", "strengthen", "boost", "enhance", "promote", "advance", "increase", "broaden",
                                            "intensify", "further", "more", "closer"]
    /// Verbs that open another clause after an agreement noun: "signed agreements and vowed to ...".
    static let clauseVerbs: Set<String> = ["vowed", "pledged", "promised", "discussed", "exchanged", "stressed", "called", "expressed",
                                           "agreed", "reaffirmed", "highlighted", "underlined", "noted", "said", "announced", "approved",
                                           "launched", "inaugurated", "opened", "visited", "held", "met", "carry", "carried", "carrying"]

    static let notYet: Set<String> = ["future", "possible", "potential", "prospective", "eventual", "proposed"]

    static let activityAdjectives: Set<String> = ["fruitful", "practical", "pragmatic", "mutual", "win-win", "close", "closer", "deep",
                                                  "extensive", "growing", "ongoing", "existing", "successful", "strong"]

    static let negotiationWords: Set<String> = ["negotiation", "negotiations", "negotiating", "talks", "upgrade", "upgrading", "study",
                                                "feasibility", "negotiate"]

    /// An instrument being negotiated, studied or upgraded ("FTA negotiations", "the upgrading of the FTA"), or one
    /// another instrument leads to ("early harvest arrangements for a free trade agreement"), is not itself signed.
    private func isObjectOfAnother(at index: Int, length: Int) -> Bool {
        let tokens = sentence.tokens
        let after = index + length < tokens.count ? tokens[index + length].lower : ""
        if Self.negotiationWords.contains(after) { return true }
        let before = tokens[max(0, index - 6)..<index]
        // "talks on the FTA", "talks on signing cooperation agreements"; not "talks, and signed an agreement".
        let negotiated = before.indices.contains { position in
            Self.negotiationWords.contains(tokens[position].lower) && position + 1 < index
                && tokens[(position + 1)..<min(index, position + 5)].contains { ["of", "on", "for", "to"].contains($0.lower) }
                && !tokens[(position + 1)..<index].contains { AgreementExtractor.signingCues.contains($0.lower) && $0.lower != "signing" }
                // "held talks on Tuesday, and a memorandum was signed": the talks' clause ends before the instrument.
                && !tokens[(position + 1)..<index].contains { [",", ";"].contains($0.text) }
        }
        if negotiated { return true }
        // "look to upgrade their free-trade agreement": the noun is what another step acts on.
        let determiners: Set<String> = ["the", "their", "its", "a", "an", "existing", "current", "bilateral"]
        var cursor = index
        while cursor > 0, index - cursor < 3, determiners.contains(tokens[cursor - 1].lower) { cursor -= 1 }
        if cursor < index, cursor > 0, Self.negotiationWords.contains(tokens[cursor - 1].lower) { return true }
        // "a memorandum signed to implement the Joint Action Plan": what the signing is for, not a second instrument.
        // "agreed to advance the memorandum signed in 2018" still tells that memorandum's signing.
        if cursor < index, cursor > 1, tokens[cursor - 2].lower == "to", AgreementExtractor.purposeVerbs.contains(tokens[cursor - 1].lower),
           !AgreementExtractor.signedForms.contains(after) { return true }
        // "projects under Beijing's infrastructure programme", "under the agreement": the frame work is done under, not a signing.
        let phrase = tokens[max(0, index - 8)..<index].reversed().prefix { ![",", ";", ":"].contains($0.text) }
        // "... moves under the free trade agreement, which entered into force in 2011": the clause after it tells of the instrument.
        if phrase.contains(where: { $0.lower == "under" }),
           !AgreementExtractor.entersIntoForce(Array(tokens[(index + length)..<min(tokens.count, index + length + 10)])) { return true }
        guard let preposition = before.lastIndex(where: { ["for", "towards", "toward", "of"].contains($0.lower) }), preposition > 0 else { return false }
        return AgreementKindLexicon.table.contains(firstToken: tokens[preposition - 1].lower) || tokens[preposition - 1].classes.contains(.agreementKind)
    }

    /// "The memorandums relate to topics such as market access and protocols for quarantine": a topic, not an instrument.
    private func isTopic(at index: Int) -> Bool {
        let tokens = sentence.tokens
        guard let such = tokens[max(0, index - 12)..<index].indices.last(where: { tokens[$0].lower == "such" }),
              such > 0, such + 1 < index, tokens[such + 1].lower == "as" else { return false }
        return ["topics", "areas", "fields", "issues", "matters", "sectors"].contains(tokens[such - 1].lower)
    }

    /// Bare "cooperation" names an agreement only as "cooperation in/on ..."; "programme" and "plan" not as verbs.
    private func isHead(_ kind: AgreementKindLexicon.Kind, at index: Int, length: Int) -> Bool {
        let tokens = sentence.tokens
        if isObjectOfAnother(at: index, length: length) || isTopic(at: index) { return false }
        if kind.kind == "cooperation" {
            // "vowed to deepen cooperation in energy" is a resolve, not an instrument.
            let resolved = tokens[max(0, index - 3)..<index].contains { Self.resolveVerbs.contains($0.lower) }
            // "carrying out fruitful cooperation in areas such as energy": work done together, not an instrument.
            let activity = index > 0 && Self.activityAdjectives.contains(tokens[index - 1].lower)
                || tokens[(index + 1)..<min(tokens.count, index + 3)].contains { ["areas", "fields", "sectors"].contains($0.lower) }
            // "agreements on economic and technological cooperation in Georgetown": the word ends a subject's name.
            let endsSubject = (max(0, index - 4)..<index).contains { start in
                (SectorLexicon.table.match(tokens, at: start)?.1).map { start + $0 > index } ?? false
            }
            return !resolved && !activity && !endsSubject && index + 1 < tokens.count && ["in", "on"].contains(tokens[index + 1].lower)
        }
        if index > 0, tokens[index - 1].lower == "to", kind.generic == false, length == 1 { return false }
        // "exploring future understandings", "possible deals": an instrument not yet there.
        if tokens[max(0, index - 2)..<index].contains(where: { Self.notYet.contains($0.lower) }) { return false }
        return true
    }

    private func head(_ range: Range<Int>, _ kind: AgreementKindLexicon.Kind, complementEnd: Int) -> Head {
        let modifiers = modifierStart(before: range.lowerBound)
        var end = range.upperBound
        // "The memorandums themselves are short": a verb of its own within a few words of the noun ends it.
        while end < complementEnd, !stops(at: end), !(end == range.upperBound && (startsOtherVerb(at: end) || Self.purposeVerbs.contains(sentence.tokens[end].lower))),
              !(end > range.upperBound && end - range.upperBound < 3 && isCopula(at: end, after: range.upperBound)),
              !(end > range.upperBound && isOwnSigning(at: end)) { end += 1 }
        guard let count = counted(before: modifiers) else {
            let determiner = range.lowerBound > 0 ? sentence.tokens[range.lowerBound - 1].lower : ""
            // "several economic, technical and commercial cooperation agreements": the adjectives of an uncounted set are
            // the areas it serves, like a count's; only what follows the noun names instruments.
            let start = kind.plural && isVagueSet(before: range.lowerBound) ? range.upperBound : modifiers
            // "Those agreements covered areas including social and scientific cooperation": in a clause of its own, the
            // areas of a set named before, not its items ("signed agreements covering areas such as trade" names them).
            let tokens = sentence.tokens
            let coversAreas = kind.plural && ["those", "these", "the"].contains(determiner)
                && tokens[range.upperBound..<min(complementEnd, range.upperBound + 2)].contains { Self.coverVerbs.contains($0.lower) }
                && tokens[range.upperBound..<min(complementEnd, range.upperBound + 4)].contains { Self.areaNouns.contains($0.lower) }
            var found = coversAreas ? [] : subjects(in: start..<end)
            // "The accords, which were signed in Beijing, included support for finance, trade and tourism": the set named,
            // item by item.
            if found.isEmpty, kind.plural, ["the", "these"].contains(determiner) {
                let items = includedItems(after: range.upperBound, until: complementEnd)
                if items.count > 1 { found = items }
            }
            return Head(range: range, kind: kind, count: nil, subjects: found,
                        organizations: organizations(in: range.upperBound..<end),
                        isReference: !kind.plural && ["the", "this", "that"].contains(determiner))
        }
        let listed = subjectsRightAfter(range.upperBound, until: end)
        return Head(range: range, kind: Self.genericPlural, count: count,
                    subjects: listed.isEmpty ? includedItems(after: range.upperBound, until: complementEnd) : listed, organizations: [])
    }

    /// "19 agreements on tourism, justice and trade": subjects right after a counted noun are its instruments;
    /// "15 agreements covering energy", "in fields such as" and "in different fields" are areas.
    private func subjectsRightAfter(_ start: Int, until end: Int) -> [SectorLexicon.Subject] {
        let tokens = sentence.tokens
        // "three agreements dealing with food safety"
        let dealing = start + 1 < end && tokens[start].lower == "dealing" && tokens[start + 1].lower == "with"
        if dealing { return subjects(in: (start + 2)..<end) }
        guard start < end, ["on", "regarding", "concerning", "in"].contains(tokens[start].lower) else { return [] }
        if tokens[start].lower == "in", !(start + 2 < end && ["the"].contains(tokens[start + 1].lower)
            && ["fields", "areas", "field", "area"].contains(tokens[start + 2].lower)
            && start + 3 < end && tokens[start + 3].lower == "of") { return [] }
        return subjects(in: start..<end)
    }

    static let genericPlural = AgreementKindLexicon.Kind(kind: "agreement", label: "Agreement", plural: true, generic: true)

    /// "12 deals, including one allowing beef imports and another allowing shipments of quinoa", "three agreements
    /// that included cooperation on broadcasting": the items named. "covering fields including trade and media" and
    /// "in areas such as" list areas, not agreements.
    private func includedItems(after start: Int, until limit: Int) -> [SectorLexicon.Subject] {
        let tokens = sentence.tokens
        // "four credit agreements for projects such as a wind farm and a bioelectric plant": the projects named are
        // the instruments; "in areas such as" names areas.
        func includes(_ index: Int) -> Bool {
            AgreementExtractor.inclusionWords.contains(tokens[index].lower)
                || (tokens[index].lower == "as" && index > start && tokens[index - 1].lower == "such"
                    && tokens[max(start, index - 7)..<(index - 1)].contains { Self.projectWords.contains($0.lower) })
        }
        guard let including = (start..<min(limit, tokens.count)).first(where: includes), including + 1 < tokens.count else { return [] }
        let areas: Set<String> = ["fields", "areas", "sectors", "field", "area", "sector", "covering", "topics", "issues"]
        if tokens[start..<including].contains(where: { areas.contains($0.lower) }) { return [] }
        if tokens[including].lower != "as", tokens[start..<including].contains(where: { $0.lower == "such" }) { return [] }
        var end = including + 1
        while end < limit, !stops(at: end) { end += 1 }
        return subjects(in: (including + 1)..<end)
    }

    private func modifierStart(before index: Int) -> Int {
        var start = index
        let tokens = sentence.tokens
        // "a Belt and Road Initiative (BRI) cooperation plan": the short form in brackets stands for the name before it.
        let named = index >= 3 && tokens[index - 1].text == ")" && tokens[index - 3].text == "(" && tokens[index - 2].isAllCaps ? index - 3 : index
        // "a Belt and Road cooperation plan": a named subject of several words right before the noun.
        for candidate in stride(from: named - 1, through: max(0, named - 5), by: -1) {
            // "an economic and technical cooperation agreement": the subject's name may end in the noun's first word.
            if let (_, length) = SectorLexicon.table.match(tokens, at: candidate), length > 1, candidate + length == named
                || (named == index && candidate + length == index + 1 && tokens[index].lower == "cooperation") { return candidate }
        }
        while start > 0, index - start < 3, tokens[start - 1].kind == .word, NumberWords.words[tokens[start - 1].lower] == nil,
              !["the", "of", "and", "to", "on", "several", "its", "their", "were", "was", "are", "is", "have", "has", "had"].contains(tokens[start - 1].lower),
              !tokens[start - 1].lower.hasSuffix("ed"), !AgreementExtractor.signingCues.contains(tokens[start - 1].lower),
              !tokens[start - 1].isCapitalized || start - 1 > 0 && tokens[start - 1].kind == .word && SectorLexicon.table.match(tokens, at: start - 1) != nil {
            start -= 1
        }
        return start
    }

    static let coverVerbs: Set<String> = ["covered", "cover", "covers", "spanned", "span", "spans"]
    static let areaNouns: Set<String> = ["areas", "fields", "sectors", "topics", "issues", "matters"]

    static let projectWords: Set<String> = ["projects", "project", "works", "plants", "programmes", "programs"]

    static let vagueQuantities: Set<String> = ["several", "various", "numerous", "multiple"]

    private func isVagueSet(before index: Int) -> Bool {
        let tokens = sentence.tokens
        var cursor = index
        while cursor > 0, index - cursor < 10, tokens[cursor - 1].kind == .word || tokens[cursor - 1].text == "," {
            if Self.vagueQuantities.contains(tokens[cursor - 1].lower) { return cursor < index }
            if tokens[cursor - 1].isCapitalized { return false }
            cursor -= 1
        }
        return false
    }

    /// "12 cooperation deals", "13 different inter-institutional documents": a number up to a few lower-case
    /// modifiers before the noun.
    private func counted(before index: Int) -> Int? {
        var cursor = index
        let tokens = sentence.tokens
        while cursor > 0, index - cursor < 5 {
            let token = tokens[cursor - 1]
            // "a $12 million economic and technical agreement": an amount is the instrument's worth, not a count.
            if sentence.money.contains(where: { $0.tokens.contains(cursor - 1) }) { return nil }
            // "a five-year action plan": a number joined by a hyphen is a length, not a count.
            let hyphenated = cursor < index && tokens[cursor].text == "-"
            if token.kind == .number, let value = Int(token.text), value > 1, value < 1000 { return hyphenated ? nil : value }
            if let value = NumberWords.words[token.lower], value > 1 { return hyphenated ? nil : value }
            // "more than 30 agriculture and investment deals": areas joined by "and" still modify the counted noun.
            let joinsAreas = token.lower == "and" && cursor > 1 && isAreaWord(tokens[cursor - 2]) && isAreaWord(tokens[cursor])
            let modifier = token.text == "-" || joinsAreas || isAreaWord(token)
            guard modifier else { return nil }
            cursor -= 1
        }
        return nil
    }

    private func isAreaWord(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && !Self.countBreaks.contains(token.lower)
    }

    static let countBreaks: Set<String> = ["the", "of", "and", "to", "on", "in", "with", "were", "was", "are", "is", "have", "has", "had", "signed"]

    private func stops(at index: Int) -> Bool {
        let tokens = sentence.tokens
        let token = tokens[index]
        if [";", ".", ":"].contains(token.text) { return true }
        // A quotation is someone's words about the instrument, not its name; a name in quotes ("“Belt and Road”") is short.
        if ["\"", "“"].contains(token.text) {
            let close = tokens[(index + 1)...].firstIndex { ["\"", "”"].contains($0.text) } ?? tokens.count
            if close - index > 6 { return true }
        }
        if Self.stopWords.contains(token.lower) { return true }
        // "the agreements signed would bring investment": what the instruments will do, unless they "will cover" areas
        // or the words define them ("agreements that will open the market to quinoa").
        if Self.modals.contains(token.lower), index + 1 < tokens.count, !Self.coverVerbs.contains(tokens[index + 1].lower),
           index > 0, tokens[index - 1].lower != "that" { return true }
        if Self.clauseVerbs.contains(token.lower), index > 0, ["and", "but", ","].contains(tokens[index - 1].lower) { return true }
        // "signed agreements with China and worked on dozens of energy projects": a verb of its own after "and".
        if token.lower == "and", index + 2 < tokens.count, tokens[index + 1].lower.hasSuffix("ed"), !tokens[index + 1].isCapitalized,
           ["on", "in", "with", "to", "for", "towards"].contains(tokens[index + 2].lower) { return true }
        if token.text == ",", index + 1 < tokens.count {
            let next = tokens[index + 1].lower
            if ["a", "an", "as", "which", "who", "according", "said", "demonstrating", "while", "but", "its", "their", "whose"].contains(next) { return true }
            if next == "the", !isShortListItem(after: index + 1) { return true }
            let attribution: Set<String> = ["said", "says", "reported", "announced", "added", "noted"]
            if tokens[(index + 1)..<min(tokens.count, index + 5)].contains(where: { attribution.contains($0.lower) }) { return true }
        }
        if token.lower == "as", index + 2 < tokens.count, tokens[index + 1].lower == "well", tokens[index + 2].lower == "as" { return true }
        // "a memorandum on investment in the port rounded out the documents": the sentence's own verb ends the name.
        if token.kind == .word, !token.isCapitalized, token.lower.hasSuffix("ed"), index + 1 < tokens.count,
           Self.objectOpeners.contains(tokens[index + 1].lower), !AgreementExtractor.inclusionWords.contains(token.lower),
           !Self.coverVerbs.contains(token.lower) { return true }
        // "signed documents on Monday as they look to upgrade ...": a clause of its own.
        if token.lower == "as", index + 1 < tokens.count, ["they", "he", "she", "it", "we", "both"].contains(tokens[index + 1].lower) { return true }
        return false
    }

    static let objectOpeners: Set<String> = ["the", "a", "an", "out", "up", "off", "its", "their", "his", "her"]

    /// ", the digital economy, green development": a list item of at most three words after "the", ended by a
    /// comma or "and", not an appositive clause.
    private func isShortListItem(after the: Int) -> Bool {
        let tokens = sentence.tokens
        var cursor = the + 1
        while cursor < tokens.count, cursor - the <= 3, tokens[cursor].kind == .word, tokens[cursor].lower != "and" { cursor += 1 }
        return cursor > the + 1 && cursor < tokens.count && (tokens[cursor].text == "," || tokens[cursor].lower == "and")
    }

    /// Subjects named in the span, leaving out those inside organisation names unless there are no others. A list item
    /// after "on", "for" or "in the areas of" that the lexicon does not know is a subject in its own words.
    private func subjects(in span: Range<Int>) -> [SectorLexicon.Subject] {
        var outside: [SectorLexicon.Subject] = [], inside: [SectorLexicon.Subject] = []
        let items = listItems(in: span)
        let found = Self.joinedWithinItems(lexiconSubjects(in: span), items: items, tokens: sentence.tokens)
        for item in items where !found.contains(where: { item.overlaps($0.tokens) }) {
            if let own = ownWords(item) ?? exportedProduct(item) { outside.append(own) }
        }
        for (subject, inOrganization, _) in found {
            if inOrganization { inside.append(subject) } else { outside.append(subject) }
        }
        let chosen = outside.isEmpty ? inside : outside
        var seen = Set<String>()
        return chosen.filter { seen.insert($0.name).inserted }
    }

    /// Subjects within one item of a comma list are one subject: "trade and investment" in "on trade and
    /// investment, digital economy and space".
    static func joinedWithinItems(_ found: [(subject: SectorLexicon.Subject, inOrganization: Bool, tokens: Range<Int>)], items: [Range<Int>],
                                  tokens: [Token]) -> [(subject: SectorLexicon.Subject, inOrganization: Bool, tokens: Range<Int>)] {
        var result: [(subject: SectorLexicon.Subject, inOrganization: Bool, tokens: Range<Int>)] = []
        for entry in found {
            if let last = result.last, let item = items.first(where: { $0.contains(entry.tokens.lowerBound) }),
               item.contains(last.tokens.lowerBound), !entry.inOrganization, !last.inOrganization,
               tokens[last.tokens.upperBound..<entry.tokens.lowerBound].contains(where: { $0.lower == "and" }) {
                let span = last.tokens.lowerBound..<entry.tokens.upperBound
                let display = "\(Self.sharedAdjective(last.tokens, tokens) ?? last.subject.display) and \(entry.subject.display)"
                let joined = SectorLexicon.Subject(name: "\(last.subject.name) and \(entry.subject.name)", sector: last.subject.sector, display: display)
                result[result.count - 1] = (joined, false, span)
            } else {
                result.append(entry)
            }
        }
        return result
    }

    /// "scientific" in "scientific and technological innovation": an adjective alone before "and" shares the noun
    /// after it, so it is written as the text wrote it.
    static func sharedAdjective(_ span: Range<Int>, _ tokens: [Token]) -> String? {
        guard span.count == 1, span.upperBound < tokens.count, tokens[span.upperBound].lower == "and" else { return nil }
        let word = tokens[span.lowerBound].lower
        return word.hasSuffix("al") || word.hasSuffix("ic") ? word : nil
    }

    private func lexiconSubjects(in item: Range<Int>) -> [(subject: SectorLexicon.Subject, inOrganization: Bool, tokens: Range<Int>)] {
        let tokens = sentence.tokens
        var found: [(SectorLexicon.Subject, Bool, Range<Int>)] = []
        var index = item.lowerBound
        while index < item.upperBound {
            guard tokens[index].classes.contains(.sector), let (subject, length) = SectorLexicon.table.match(tokens, at: index),
                  index + length <= item.upperBound else { index += 1; continue }
            if namesOffice(index..<(index + length)) { index += length; continue }
            var shown = subject
            let words = tokens[index..<(index + length)]
            let phrase = nounPhrase(around: index..<(index + length), within: item)
            let surface = tokens[phrase].map { $0.isCapitalized && $0.range.lowerBound > 0 && !$0.isAllCaps ? $0.text : ($0.isAllCaps ? $0.text : $0.lower) }
                .joined(separator: " ").replacingHyphenSpaces()
            let isAdjective = phrase.count == 1 && (surface.hasSuffix("al") || surface.hasSuffix("ic"))
            let isAcronym = words.allSatisfy(\.isAllCaps) && phrase.count == length
            // "the Global Development Initiative" is itself the subject, not a word inside another body's name.
            let wholeName = sentence.organizations.contains { $0.tokens == index..<(index + length) }
            let inOrganization = !wholeName && sentence.organizations.contains { $0.tokens.contains(index) }
            if !isAdjective, !inOrganization, !wholeName, !isAcronym || subject.name.count <= surface.count { shown.display = surface }
            found.append((shown, inOrganization, index..<(index + length)))
            index = max(index + length, phrase.upperBound)
        }
        return found
    }

    static let officeNouns: Set<String> = ["minister", "ministers", "secretary", "secretaries", "vice-minister", "undersecretary"]

    /// "signed between Chinese Commerce Minister Chen Deming and ...", "the Minister of Agriculture": a portfolio in a
    /// person's title, not what the instrument is on.
    private func namesOffice(_ words: Range<Int>) -> Bool {
        let tokens = sentence.tokens
        if words.upperBound < tokens.count, Self.officeNouns.contains(tokens[words.upperBound].lower) { return true }
        return words.lowerBound >= 2 && tokens[words.lowerBound - 1].lower == "of" && Self.officeNouns.contains(tokens[words.lowerBound - 2].lower)
    }

    /// Modifiers that tell one subject from another: "maritime transport", "air transport", "special economic zones".
    static let subjectModifiers: Set<String> = ["special", "maritime", "air", "rail", "railway", "road", "green", "digital", "nuclear",
                                                "renewable", "clean", "public", "higher", "civil", "inland", "blue", "circular", "creative", "orange",
                                                "marine", "ocean", "news"]

    static let phraseStops: Set<String> = ["and", "or", "for", "of", "in", "to", "with", "between", "on", "from", "by", "at", "the", "a", "an",
                                           "that", "which", "allowing", "linking", "opening", "covering", "its", "their", "this", "these"]

    /// A subject word with the nouns written right after it and the adjectives right before it, within its list
    /// item: "satellite" in "on satellite data sharing", "research" in "Antarctic research".
    private func nounPhrase(around found: Range<Int>, within item: Range<Int>) -> Range<Int> {
        let tokens = sentence.tokens
        func joins(_ index: Int) -> Bool {
            let token = tokens[index]
            // "cooperation" joins a subject ("economic cooperation") unless it starts the noun ("cooperation plan").
            let namesAgreement = AgreementKindLexicon.table.match(tokens, at: index).map { token.lower != "cooperation" || $0.1 > 1 } ?? false
            return token.kind == .word && !Self.phraseStops.contains(token.lower) && !namesAgreement
                && !Self.auxiliaries.contains(token.lower) && !AgreementExtractor.signingCues.contains(token.lower)
                && !sentence.countries.contains { $0.tokens.contains(index) } && !sentence.people.contains { $0.tokens.contains(index) }
        }
        var end = found.upperBound
        while end < item.upperBound, end - found.upperBound < 2, joins(end) { end += 1 }
        // "the port of Manta", "the corridor of Chancay": a place named after "of" tells which one.
        if end + 1 < item.upperBound, tokens[end].lower == "of", tokens[end + 1].isCapitalized, joins(end + 1) {
            end += 2
            while end < item.upperBound, tokens[end].isCapitalized, joins(end) { end += 1 }
        }
        var start = found.lowerBound
        while start > item.lowerBound, found.lowerBound - start < 2, joins(start - 1), tokens[start - 1].lower.hasSuffix("ic") || tokens[start - 1].lower.hasSuffix("al") || tokens[start - 1].isCapitalized || Self.subjectModifiers.contains(tokens[start - 1].lower) {
            start -= 1
        }
        return start..<end
    }

    static let listOpeners: Set<String> = ["on", "for", "in", "regarding", "concerning", "covering", "about", "including"]
    static let listFillers: [[String]] = [["the", "areas", "of"], ["the", "fields", "of"], ["the", "field", "of"], ["areas", "such", "as"], ["such", "as"], ["the"]]

    /// The span cut at commas and "and"; the first item starts after its preposition. In a list of three or more
    /// items cut by commas, "and" cuts only the last one: "trade and investment, digital economy, space and other
    /// areas" is "trade and investment", "digital economy", "space", "other areas".
    private func listItems(in span: Range<Int>) -> [Range<Int>] {
        let tokens = sentence.tokens
        // "... agri-food and digital television, during the visit": a comma closing the span ends the list, not an item.
        var commas = span.filter { tokens[$0].text == "," && $0 + 1 < span.upperBound }
        if let last = commas.last, last + 1 < tokens.count, ["among", "etc", "amongst"].contains(tokens[last + 1].lower) { commas.removeLast() }
        // "..., space and other areas": that "and" closes the list, and the last item keeps any other "and".
        let closing = span.first { tokens[$0].lower == "and" && $0 + 1 < span.upperBound && ["other", "others", "more"].contains(tokens[$0 + 1].lower) }
        let lastComma = commas.count >= 2 ? (closing ?? commas.last!) : nil
        // "..., agriculture, and culture and education": after a serial comma, only its "and" closes the list.
        let serialAnd = commas.count >= 2 && closing == nil && commas.last! + 1 < span.upperBound && tokens[commas.last! + 1].lower == "and" ? commas.last! + 1 : nil
        func cuts(_ index: Int) -> Bool {
            guard let lastComma else { return true }
            if let serialAnd { return index == serialAnd }
            return index > lastComma || index == closing
        }
        var items: [Range<Int>] = []
        var start = span.lowerBound
        for index in span where tokens[index].text == "," || (tokens[index].lower == "and" && cuts(index)) {
            if index > start { items.append(start..<index) }
            start = index + 1
        }
        if start < span.upperBound { items.append(start..<span.upperBound) }
        return items
    }

    /// "for exporting Bolivian chia seeds to China", "opening the market to Ecuadorian frozen shrimp": the product traded.
    private func exportedProduct(_ item: Range<Int>) -> SectorLexicon.Subject? {
        let tokens = sentence.tokens
        let cues: Set<String> = ["exporting", "export", "exports", "shipments", "importing", "imports", "market"]
        // "a protocol on phytosanitary requirements for fresh figs": the product the requirements are for.
        guard let cue = item.first(where: { cues.contains(tokens[$0].lower) })
            ?? item.first(where: { tokens[$0].lower == "requirements" && $0 + 1 < item.upperBound && tokens[$0 + 1].lower == "for" }) else { return nil }
        var start = cue + 1
        while start < item.upperBound, ["of", "to", "for", "the"].contains(tokens[start].lower)
            || sentence.countries.contains(where: { $0.tokens.lowerBound == start }) { start += 1 }
        var end = start
        // "fresh Ecuadorian pineapples": a demonym may stand inside the product's name.
        while end < item.upperBound, end - start < 4, tokens[end].kind == .word,
              !tokens[end].isCapitalized || sentence.countries.contains(where: { $0.tokens.contains(end) && $0.isDemonym }),
              !["to", "from", "into", "in", "for", "by", "and", "with", "that", "which"].contains(tokens[end].lower) { end += 1 }
        guard end > start, !(start..<end).contains(where: { AgreementKindLexicon.table.match(tokens, at: $0) != nil }) else { return nil }
        let text = tokens[start..<end].map(\.text).joined(separator: " ")
        return SectorLexicon.Subject(name: text.lowercased(), sector: "agriculture", display: text)
    }

    /// An item in its own words: "semiconductor research" after "on", without a lexicon subject.
    /// Words that no subject in its own words holds: function words, verbs of a clause, the parties themselves.
    static let notSubjectWords: Set<String> = ["the", "a", "of", "to", "with", "its", "their", "other", "more", "was", "were", "is", "are",
                                               "be", "been", "has", "have", "had", "both", "parties", "sides", "country", "countries",
                                               "nations", "sources", "opportunity", "news", "said", "launched", "good", "this", "that",
                                               "several", "various", "many", "multiple", "different", "new", "some", "each", "among", "others",
                                               "an", "any", "all", "such", "also", "exciting", "important", "key", "major",
                                               "governmental", "intergovernmental", "bilateral", "official"]

    private func ownWords(_ item: Range<Int>) -> SectorLexicon.Subject? {
        let tokens = sentence.tokens
        var start = item.lowerBound
        if let opener = (start..<item.upperBound).first(where: { Self.listOpeners.contains(tokens[$0].lower) }) { start = opener + 1 }
        else if item.lowerBound == 0 || !(tokens[item.lowerBound - 1].text == "," || tokens[item.lowerBound - 1].lower == "and") { return nil }
        for filler in Self.listFillers where start + filler.count <= item.upperBound
            && zip(tokens[start..<(start + filler.count)], filler).allSatisfy({ $0.lower == $1 }) {
            start += filler.count
            break
        }
        // "bio-medics": a hyphen joins the words of one.
        let span = tokens[start..<item.upperBound]
        let words = span.filter { $0.text != "-" }
        guard (1...3).contains(words.count), span.first?.text != "-", span.last?.text != "-",
              words.allSatisfy({ $0.kind == .word && (!$0.isCapitalized || $0.isAllCaps) }),
              !words.contains(where: { Self.notSubjectWords.contains($0.lower) }),
              !span.indices.contains(where: { AgreementKindLexicon.table.match(tokens, at: $0) != nil })
        else { return nil }
        let text = span.map(\.text).joined(separator: " ").replacingHyphenSpaces()
        return SectorLexicon.Subject(name: text.lowercased(), sector: "other", display: text)
    }

    private func organizations(in span: Range<Int>) -> [String] {
        guard let between = sentence.find(["between"], from: span.lowerBound), between < span.upperBound else { return [] }
        return sentence.organizations.filter { $0.tokens.lowerBound > between && $0.tokens.lowerBound < span.upperBound }.map(\.name)
    }
}
