/// Finds steps in two countries' relations: diplomatic relations established ("first established in 1980",
/// "43 years of diplomatic relations", "the 45th anniversary of diplomatic relations") and partnerships
/// ("elevated ... to a strategic partnership", "a comprehensive strategic partnership").
struct RelationExtractor: Sendable {
    static let establishment: Set<String> = ["established", "establish", "establishing", "establishment", "since", "anniversary",
                                             "opened", "restored", "switched", "forged", "recognized", "recognised", "years"]
    static let upgrade: Set<String> = ["elevated", "elevate", "elevating", "upgraded", "upgrade", "upgrades", "upgrading", "raised",
                                       "raise", "established", "establish", "forged", "agreed", "announced", "became", "signed", "level", "lifted", "launched",
                                       "since", "category", "status"]
    static let partnershipModifiers: Set<String> = ["comprehensive", "strategic", "all-round", "all-weather", "cooperative", "global", "integral", "wide-ranging"]
    static let anaphoricOpeners: [[String]] = [["during", "that"], ["on", "that"], ["at", "that"], ["during", "the", "trip"], ["during", "the", "visit"], ["then"]]

    func extract(_ document: AnalyzedDocument) -> [DocumentRelation] {
        var relations: [DocumentRelation] = []
        for (position, sentence) in document.sentences.enumerated() where !sentence.sentence.isHeading {
            let previous = position > 0 ? document.sentences[position - 1] : nil
            if let last = relations.last, let relation = following(sentence, last, document) { relations.append(relation) }
            if let relation = diplomatic(sentence, previous, document) { relations.append(relation) }
            if let relation = partnership(sentence, previous, document) { relations.append(relation) }
        }
        return relations
    }

    /// "The Dominican Republic followed in 2018": the step reported just before, taken by another country.
    private func following(_ sentence: AnalyzedSentence, _ last: DocumentRelation, _ document: AnalyzedDocument) -> DocumentRelation? {
        let tokens = sentence.tokens
        guard let cue = tokens.firstIndex(where: { ["followed", "follows"].contains($0.lower) }) ?? sentence.find(["did", "the", "same"]),
              last.countries.contains("CN") else { return nil }
        let clause = sentence.clauseRange(around: cue)
        guard let country = sentence.actorCountries.last(where: { clause.contains($0.at) && $0.at < cue && !["CN", "TW"].contains($0.code) }),
              let date = sentence.dates.first(where: { clause.contains($0.tokens.lowerBound) }),
              !last.countries.contains(country.code) else { return nil }
        return DocumentRelation(countries: ["CN", country.code].sorted(), kind: last.kind, date: date.date, evidence: [document.evidence(sentence)])
    }

    private func diplomatic(_ sentence: AnalyzedSentence, _ previous: AnalyzedSentence?, _ document: AnalyzedDocument) -> DocumentRelation? {
        guard let noun = sentence.tokens.firstIndex(where: { ["relations", "ties", "relationship", "recognition"].contains($0.lower) }),
              sentence.containsAny(Self.establishment) else { return nil }
        let isDiplomatic = sentence.find(["diplomatic", "relations"]) != nil || sentence.find(["diplomatic", "ties"]) != nil
            || sentence.find(["diplomatic", "recognition"]) != nil
        guard isDiplomatic || sentence.find(["established"]) != nil || sentence.find(["establish"]) != nil else { return nil }
        guard let date = explicitEstablishment(sentence) ?? anniversaryDate(sentence, document) ?? establishmentDate(sentence, noun: noun) else { return nil }
        guard let countries = pair(sentence, previous, document) else { return nil }
        return DocumentRelation(countries: countries, kind: "diplomatic_relations", date: date, evidence: [document.evidence(sentence)])
    }

    /// "43 years of diplomatic relations", "the 45th anniversary of diplomatic relations": counted back from publication.
    private func anniversaryDate(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> PartialDate? {
        let relativeYear = sentence.dates.first { mention in
            if case .relative = mention.kind { return mention.date.precision == .year }
            return false
        }?.date.year
        guard let year = relativeYear ?? document.reference?.year else { return nil }
        for (index, token) in sentence.tokens.enumerated() where token.kind == .number && index + 1 < sentence.tokens.count {
            let next = sentence.tokens[index + 1].lower
            guard let count = Int(token.text.prefix(while: \.isASCIIDigit)), count < 300 else { continue }
            if next == "anniversary" || (next == "years" && index + 2 < sentence.tokens.count && sentence.tokens[index + 2].lower == "of") {
                return PartialDate(year: year - count)
            }
        }
        return nil
    }

    /// "established ... in 1980", "since 1980": a date written right after the establishing word.
    private func explicitEstablishment(_ sentence: AnalyzedSentence) -> PartialDate? {
        let cues: Set<String> = ["established", "establish", "establishing", "since", "opened", "restored", "switched", "forged"]
        for (index, token) in sentence.tokens.enumerated() where cues.contains(token.lower) {
            if let date = sentence.dates.first(where: { $0.tokens.lowerBound > index && $0.tokens.lowerBound - index <= 8 }) { return date.date }
        }
        return nil
    }

    private func establishmentDate(_ sentence: AnalyzedSentence, noun: Int) -> PartialDate? {
        let cue = sentence.tokens.firstIndex { ["established", "establish", "establishing", "since", "opened", "restored", "switched", "forged"].contains($0.lower) } ?? noun
        let dated = sentence.dates.filter { !$0.countsBack }
        return (dated.first { $0.tokens.lowerBound > cue && $0.tokens.lowerBound - cue <= 4 } ?? dated.min { abs($0.tokens.lowerBound - cue) < abs($1.tokens.lowerBound - cue) })?.date
    }

    private func partnership(_ sentence: AnalyzedSentence, _ previous: AnalyzedSentence?, _ document: AnalyzedDocument) -> DocumentRelation? {
        guard let noun = sentence.tokens.firstIndex(where: { $0.lower == "partnership" }), sentence.containsAny(Self.upgrade) else { return nil }
        var start = noun
        let tokens = sentence.tokens
        func hyphenated(_ end: Int) -> Bool { end >= 3 && tokens[end - 2].text == "-" && Self.partnershipModifiers.contains("\(tokens[end - 3].lower)-\(tokens[end - 1].lower)") }
        var modifiers: [String] = []
        while start > 0 {
            if hyphenated(start) {
                modifiers.insert("\(tokens[start - 3].lower)_\(tokens[start - 1].lower)", at: 0)
                start -= 3
            } else if Self.partnershipModifiers.contains(tokens[start - 1].lower) {
                modifiers.insert(tokens[start - 1].lower, at: 0)
                start -= 1
            } else {
                break
            }
        }
        guard modifiers.contains("strategic") || modifiers.contains("comprehensive") else { return nil }
        let kind = (modifiers + ["partnership"]).joined(separator: "_")
        let date = partnershipDate(sentence, noun: noun) ?? anaphoricDate(sentence, previous) ?? document.reference?.truncated(to: .month)
        guard let countries = pair(sentence, previous, document) else { return nil }
        return DocumentRelation(countries: countries, kind: kind, date: date, evidence: [document.evidence(sentence)])
    }

    /// The date nearest the partnership, after it first, leaving out when relations were established and spans ("from November 20").
    private func partnershipDate(_ sentence: AnalyzedSentence, noun: Int) -> PartialDate? {
        let tokens = sentence.tokens
        let candidates = sentence.dates.filter { mention in
            guard !mention.countsBack else { return false }
            let before = tokens[max(0, mention.tokens.lowerBound - 4)..<mention.tokens.lowerBound].map(\.lower)
            let established = before.contains { ["established", "establish"].contains($0) }
                || (before.contains("since") && before.contains { ["relations", "ties"].contains($0) })
            let span = ["from", "until", "to", "till"].contains(before.last ?? "")
            return !established && !span
        }
        if let after = candidates.first(where: { $0.tokens.lowerBound > noun && $0.tokens.lowerBound - noun <= 6 }) { return after.date }
        return candidates.min { abs($0.tokens.lowerBound - noun) < abs($1.tokens.lowerBound - noun) }?.date
    }

    /// "During that trip, ...": the date of the sentence before.
    private func anaphoricDate(_ sentence: AnalyzedSentence, _ previous: AnalyzedSentence?) -> PartialDate? {
        guard let previous, Self.anaphoricOpeners.contains(where: { sentence.find($0) == 0 }) else { return nil }
        return previous.dates.last?.date
    }

    /// The two countries: China and the other one named, the two the article is about for "the two countries",
    /// or a lone country with the one the sentence before is about.
    private func pair(_ sentence: AnalyzedSentence, _ previous: AnalyzedSentence?, _ document: AnalyzedDocument) -> [String]? {
        let named = sentence.actorCountries.map(\.code).uniqued()
        if named.count >= 2, let cue = sentence.tokens.firstIndex(where: { Self.establishment.contains($0.lower) || Self.upgrade.contains($0.lower) }) {
            let others = sentence.actorCountries.filter { $0.code != "CN" && $0.code != "TW" }
            let nearest = others.filter { $0.at < cue }.last ?? others.first
            if named.contains("CN"), let nearest { return ["CN", nearest.code].sorted() }
        }
        if named.count >= 2 {
            if named.contains("CN") { return ["CN", named.first { $0 != "CN" }!].sorted() }
            return Array(named.prefix(2)).sorted()
        }
        if let only = named.first {
            let other = previous?.actorCountries.map(\.code).first { $0 != only } ?? (only == "CN" ? document.focusCountry : "CN")
            return other.map { [only, $0].sorted() }
        }
        return document.focusPair.isEmpty ? nil : document.focusPair
    }
}
