/// Finds agreements signed or planned: in a sentence that signs, agrees or plans to sign (or in a passage headed
/// as a list of agreements), every agreement noun ("memorandums of understanding", "a sanitary protocol") with the
/// subjects that follow it ("in the areas of ICT, trade and industry"). A plural noun with several subjects is one
/// agreement per subject; a counted noun ("12 cooperation deals") is a count, not a list.
struct AgreementExtractor: Sendable {
    struct Result: Sendable {
        var agreements: [DocumentAgreement] = []
        var counts: [(count: Int, evidence: Evidence, date: PartialDate?)] = []
    }

    static let signingCues: Set<String> = ["signed", "sign", "signs", "signing", "inked", "sealed", "concluded", "agreed",
                                           "finalized", "finalised", "struck", "signature", "adopted", "reached", "ink"]
    static let continuationOpeners: Set<String> = ["similarly", "another", "finally", "also", "additionally", "moreover", "furthermore", "likewise", "besides"]
    static let speculation: Set<String> = ["could", "might", "may", "should", "can"]
    static let pastSigning: Set<String> = ["signed", "inked", "sealed", "concluded", "finalized", "finalised", "struck", "agreed"]

    func extract(_ document: AnalyzedDocument, meetings: [DocumentMeeting]) -> Result {
        var result = Result()
        var inAgreementSection = false
        var previousHadAgreements = false
        for sentence in document.sentences {
            if sentence.sentence.isHeading {
                inAgreementSection = sentence.tokens.contains { ["agreements", "deals", "accords", "agreed", "signed"].contains($0.lower) }
            }
            let opener = sentence.tokens.first?.lower ?? ""
            let inContext = hasSigningCue(sentence) || inAgreementSection
                || (previousHadAgreements && Self.continuationOpeners.contains(opener))
            guard inContext, !sentence.sentence.isHeading else { previousHadAgreements = false; continue }
            let before = result.agreements.count + result.counts.count
            read(sentence, in: document, meetings: meetings, into: &result)
            previousHadAgreements = result.agreements.count + result.counts.count > before
        }
        return result
    }

    private func hasSigningCue(_ sentence: AnalyzedSentence) -> Bool {
        guard sentence.containsAny(Self.signingCues) else { return false }
        return !sentence.containsAny(Self.speculation) || sentence.isFuture
    }

    private func read(_ sentence: AnalyzedSentence, in document: AnalyzedDocument, meetings: [DocumentMeeting], into result: inout Result) {
        let heads = AgreementHeads(sentence: sentence).find()
        let status: Agreement.Status = sentence.isFuture && !sentence.containsAny(Self.pastSigning) ? .planned : .signed
        let parties = self.parties(sentence, document)
        for head in heads {
            if isNegated(sentence, head.range.lowerBound) { continue }
            let date = signingDate(sentence, near: head.range.lowerBound)
            if let count = head.count {
                result.counts.append((count, document.evidence(sentence), date))
            }
            guard !head.subjects.isEmpty else { continue }
            let meeting = link(date: date, meetings: meetings)
            let base = DocumentAgreement(kind: head.kind, subjects: head.subjects, subjectText: head.subjects.map(\.name).joined(separator: " and "),
                                         organizations: head.organizations, parties: parties, date: date, status: status,
                                         meeting: meeting, evidence: [document.evidence(sentence)])
            if head.kind.plural && head.subjects.count > 1 {
                for subject in head.subjects {
                    var single = base
                    single.subjects = [subject]
                    single.subjectText = subject.name
                    result.agreements.append(single)
                }
            } else {
                result.agreements.append(base)
            }
        }
    }

    /// The date nearest the agreement, leaving out spans of its effect ("imports from next year", "by 2026").
    private func signingDate(_ sentence: AnalyzedSentence, near index: Int) -> PartialDate? {
        let effect: Set<String> = ["from", "until", "till", "by", "starting", "through", "beginning", "before"]
        let candidates = sentence.dates.filter { mention in
            if case .yearsBefore = mention.kind { return false }
            return mention.tokens.lowerBound == 0 || !effect.contains(sentence.tokens[mention.tokens.lowerBound - 1].lower)
        }
        let clause = sentence.clauseRange(around: index)
        return (candidates.first { clause.contains($0.tokens.lowerBound) } ?? candidates.first { $0.tokens.lowerBound > index } ?? candidates.last)?.date
    }

    private func isNegated(_ sentence: AnalyzedSentence, _ index: Int) -> Bool {
        let window = sentence.tokens[max(0, index - 5)..<index]
        return window.contains { ["not", "no", "never", "without", "nor"].contains($0.lower) }
    }

    /// The countries of the sentence (people's included), completed with the article's two sides when it names fewer.
    private func parties(_ sentence: AnalyzedSentence, _ document: AnalyzedDocument) -> [String] {
        var parties = Set(sentence.actorCountries.map(\.code))
        parties.formUnion(sentence.countries.filter(\.inOrganization).map(\.code))
        parties.remove("US")
        if parties.count < 2 { parties.formUnion(document.focusPair) }
        return parties.sorted()
    }

    private func link(date: PartialDate?, meetings: [DocumentMeeting]) -> Int? {
        guard let date else { return meetings.isEmpty ? nil : 0 }
        return meetings.firstIndex { $0.date.map { $0.isCompatible(with: date) } ?? true }
    }
}
