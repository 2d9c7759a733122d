/// Finds trade figures: an indicator word (exports, imports, deficit, surplus, bilateral trade) with the amount
/// after it, the year of the sentence and the two countries its phrasing names ("shipments from X to Y",
/// "X's imports from Y", "X posted trade deficits with Y"). A figure China reports is turned to the other side:
/// "China's imports from Chile" is Chile's exports to China. A deficit is negative.
struct TradeExtractor: Sendable {
    func extract(_ document: AnalyzedDocument) -> [DocumentTradeFigure] {
        var figures: [DocumentTradeFigure] = []
        var previous: (year: Int, partner: String)?
        for sentence in document.sentences where !sentence.sentence.isHeading {
            let anchors = TradeAnchors.find(in: sentence)
            guard !anchors.isEmpty else { previous = nil; continue }
            let year = self.year(sentence) ?? previous?.year
            guard let year else { continue }
            var found: [DocumentTradeFigure] = []
            for (offset, anchor) in anchors.enumerated() {
                let limit = offset + 1 < anchors.count ? anchors[offset + 1].range.lowerBound : sentence.tokens.count
                found += readFigures(anchor, limit: limit, year: year, sentence: sentence, document: document, previousPartner: previous?.partner)
            }
            figures += found
            previous = found.last.map { ($0.year, $0.partner) } ?? previous
        }
        return figures
    }

    private func year(_ sentence: AnalyzedSentence) -> Int? {
        sentence.dates.first { mention in
            if case .yearsBefore = mention.kind { return false }
            return true
        }?.date.year
    }

    private func readFigures(_ anchor: TradeAnchors.Anchor, limit: Int, year: Int, sentence: AnalyzedSentence,
                         document: AnalyzedDocument, previousPartner: String?) -> [DocumentTradeFigure] {
        let money = sentence.money.first { $0.tokens.lowerBound > anchor.range.lowerBound && $0.tokens.lowerBound < limit && $0.tokens.lowerBound - anchor.range.upperBound <= 14 }
            ?? sentence.money.first { $0.tokens.upperBound <= anchor.range.lowerBound && anchor.range.lowerBound - $0.tokens.upperBound <= 2 }
        guard money != nil || anchor.sign != nil else { return [] }
        let sides = TradeSides.resolve(anchor, limit: limit, sentence: sentence)
        let subjects = sides.countries.isEmpty ? [document.focusCountry].compactMap { $0 } : sides.countries
        let evidence = document.evidence(sentence)
        return subjects.compactMap { subject in
            let partner = sides.partner ?? (subject == "CN" ? document.focusCountry : (previousPartner ?? "CN"))
            guard let partner, partner != subject else { return nil }
            var value = money?.money
            if subjects.count > 1 { value = nil }
            if anchor.sign == "deficit", var negative = value { negative.amount = -abs(negative.amount); value = negative }
            let figure = DocumentTradeFigure(country: subject, partner: partner, year: year, indicator: anchor.indicator, value: value,
                                             sign: anchor.sign, change: change(sentence, after: money?.tokens.upperBound ?? anchor.range.upperBound),
                                             evidence: [evidence])
            return figure.seenFromOtherSide(when: subject == "CN")
        }
    }

    /// "up almost 20% from five years earlier".
    private func change(_ sentence: AnalyzedSentence, after index: Int) -> TradeFigure.Change? {
        guard let percent = sentence.percents.first(where: { $0.tokens.lowerBound >= index && $0.tokens.lowerBound - index <= 4 }) else { return nil }
        let direction = sentence.tokens[index..<percent.tokens.lowerBound].contains { ["down", "fell", "decreased", "dropped", "declined", "lower"].contains($0.lower) } ? -1.0 : 1.0
        let since = sentence.dates.first { mention in
            if case .yearsBefore = mention.kind { return mention.tokens.lowerBound > percent.tokens.lowerBound }
            return false
        }?.date.year
        return TradeFigure.Change(percent: direction * percent.value, qualifier: percent.qualifier, since: since)
    }
}

extension DocumentTradeFigure {
    /// The same figure as the partner reports it: exports become imports, a balance changes sign.
    func seenFromOtherSide(when flip: Bool) -> DocumentTradeFigure {
        guard flip else { return self }
        var other = self
        other.country = partner
        other.partner = country
        switch indicator {
        case .exports: other.indicator = .imports
        case .imports: other.indicator = .exports
        case .balance:
            other.sign = sign == "deficit" ? "surplus" : (sign == "surplus" ? "deficit" : nil)
            if var money = value { money.amount = -money.amount; other.value = money }
        case .total: break
        }
        return other
    }
}
