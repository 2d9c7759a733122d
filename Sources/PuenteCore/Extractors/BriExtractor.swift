/// Finds what articles say of countries and the Belt and Road Initiative: joining, leaving, intending to join,
/// or not being a member, each with the country it is said of and the date the text gives (or the publication date,
/// marked as such, for a state such as "has yet to join"). Lists of countries are read clause by clause, a clause
/// without its own verb borrowing the previous one's ("Peru joined in 2019, Argentina in 2022").
struct BriExtractor: Sendable {
    func extract(_ document: AnalyzedDocument) -> [DocumentBriEvent] {
        var events: [DocumentBriEvent] = []
        var topicContinues = false
        let topicDocument = document.sentences.enumerated().contains { index, sentence in
            (index < 3 || sentence.sentence.isHeading) && BriCues.mentionsTopic(sentence.tokens)
        }
        for sentence in document.sentences {
            let onTopic = BriCues.mentionsTopic(sentence.tokens)
            defer { topicContinues = onTopic || (topicContinues && !sentence.sentence.startsBlock) }
            guard onTopic || topicContinues || topicDocument, sentence.tokens.contains(where: { $0.classes.contains(.briCue) }) else { continue }
            var found = read(sentence, document)
            if !onTopic { found.removeAll { $0.event.kind == .joined && !joinsInitiative(sentence) } }
            if sentence.containsHedge(BriCues.speculation), !found.contains(where: { $0.event.kind == .intent }) { continue }
            events += found
        }
        return events
    }

    /// Outside a sentence naming the initiative, "joined" must not be "joined forces" or "joined Xi".
    private func joinsInitiative(_ sentence: AnalyzedSentence) -> Bool {
        guard let cue = sentence.tokens.firstIndex(where: { ["joined", "joins", "join", "joining"].contains($0.lower) }) else { return true }
        guard cue + 1 < sentence.tokens.count else { return true }
        let next = sentence.tokens[cue + 1]
        if ["forces", "hands", "with", "him", "her", "them", "us", "talks", "other"].contains(next.lower) { return false }
        return !next.isCapitalized || MonthNames.number(next.text) != nil
    }

    private func read(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [DocumentBriEvent] {
        var events: [DocumentBriEvent] = []
        var inherited: BriEvent.Kind?
        for segment in segments(sentence) {
            var cues = BriCues.find(in: sentence.tokens, segment)
            if cues.isEmpty, let inherited { cues = [(inherited, segment.lowerBound)] }
            guard let first = cues.first else { continue }
            let subjects = self.subjects(sentence, segment, cue: first.at)
            guard !subjects.isEmpty else { continue }
            inherited = cues.last?.kind
            for cue in cues {
                var event = self.event(cue.kind, at: cue.at, segment: segment, sentence: sentence, document: document)
                let directness: Directness = event.dateIsReportDate || subjects.count > 2 ? .indirect : .direct
                event.reports = [Report(document: document.id, directness: directness)]
                events += subjects.map { DocumentBriEvent(country: $0, event: event) }
            }
        }
        return events
    }

    private func event(_ kind: BriEvent.Kind, at cue: Int, segment: Range<Int>, sentence: AnalyzedSentence, document: AnalyzedDocument) -> BriEvent {
        let inSegment = sentence.dates.filter { segment.contains($0.tokens.lowerBound) }
        let date = inSegment.first { $0.tokens.lowerBound > cue } ?? inSegment.last
        return BriEvent(date: date?.date ?? document.reference, kind: kind, dateIsReportDate: date == nil,
                        evidence: [document.evidence(sentence)])
    }

    /// The countries a clause speaks of: those before its verb (a list, "Peru, Chile and Ecuador"), else the first after it.
    private func subjects(_ sentence: AnalyzedSentence, _ segment: Range<Int>, cue: Int) -> [String] {
        let candidates = sentence.actorCountries.filter { segment.contains($0.at) && !["CN", "US", "TW"].contains($0.code) }
        let before = candidates.filter { $0.at < cue }.map(\.code)
        if !before.isEmpty { return before.uniqued() }
        return candidates.first.map { [$0.code] } ?? []
    }

    /// Clauses that start a new country: split at ";" and at a comma, "while" or "but" followed by a country.
    private func segments(_ sentence: AnalyzedSentence) -> [Range<Int>] {
        let tokens = sentence.tokens
        var starts = [0]
        for index in tokens.indices.dropFirst() {
            let token = tokens[index]
            if token.text == ";" { starts.append(index + 1); continue }
            guard [",", "while", "whereas", "but"].contains(token.lower) else { continue }
            var next = index + 1
            while next < tokens.count, ["and", "while", "but", "whereas", "the", "meanwhile"].contains(tokens[next].lower) { next += 1 }
            let startsCountry = sentence.countries.contains { $0.tokens.lowerBound == next && !$0.inOrganization && $0.code != "CN" }
            let hasSubject = sentence.actorCountries.contains { $0.at >= starts.last! && $0.at < index && $0.code != "CN" }
            if startsCountry && hasSubject { starts.append(index + 1) }
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
