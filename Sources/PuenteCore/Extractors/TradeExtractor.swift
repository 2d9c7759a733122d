/// Finds trade figures: an indicator word (exports, imports, deficit, surplus, bilateral trade) with the amount
/// after it, the year of the sentence and the two countries its phrasing names ("shipments from X to Y",
/// "X's imports from Y", "X posted trade deficits with Y"). A figure China reports is turned to the other side:
/// "China's imports from Chile" is Chile's exports to China. A deficit is negative.
struct TradeExtractor: Sendable {
    func extract(_ document: AnalyzedDocument) -> [DocumentTradeFigure] {
        var figures: [DocumentTradeFigure] = []
        var previous: (year: Int, partner: String)?
        var lastChinaTrade: Int?
        var lastNamed: String?
        let chinaInDocument = document.sentences.contains(where: TradeScope.namesChina)
        for sentence in document.sentences where !sentence.sentence.isHeading || !sentence.money.isEmpty {
            // "China and Brazil set a trade record last year. Exports to China rose to $87 billion": the country just named.
            let named = Set(sentence.actorCountries.map(\.code).filter(CountryLexicon.isInRegion))
            defer { if !named.isEmpty { lastNamed = named.count == 1 ? named.first : nil } }
            let anchors = TradeAnchors.find(in: sentence).filter { !TradeScope.isPartial($0, in: sentence) && !TradeScope.isWithWorld($0, in: sentence) }
            let aboutChina = (!anchors.isEmpty || TradeScope.speaksOfTrade(sentence)) && TradeScope.namesChina(sentence)
            let otherEconomy = TradeScope.namesOtherEconomy(sentence) || TradeScope.namesChinaOnlyAsCause(sentence)
            let chinaInContext = !otherEconomy && (aboutChina || lastChinaTrade.map { sentence.index - $0 <= 3 } ?? false)
            if aboutChina { lastChinaTrade = sentence.index }
            guard !anchors.isEmpty, !TradeScope.excludes(sentence) else { previous = nil; continue }
            let amounts = TradeAmounts(sentence: sentence)
            guard let year = amounts.sentenceYear ?? previous?.year else { continue }
            let reserved = amounts.reservations(for: anchors)
            let yearStated = sentence.dates.contains { $0.date.year == year && $0.isAbsolute }
            var claimed = Set<Int>()
            var found: [DocumentTradeFigure] = []
            var lastSubject: String?
            for (offset, anchor) in anchors.enumerated() {
                let limit = offset + 1 < anchors.count ? anchors[offset + 1].range.lowerBound : sentence.tokens.count
                let othersAmounts = Set(reserved.filter { $0.value != offset }.keys)
                var blocked = claimed.union(othersAmounts)
                if lastSubject == nil { lastSubject = lastNamed }
                // "Bilateral trade grew to $5.3 billion", "trade between the two nations": the article's two sides.
                let twoSides = chinaInDocument && TradeScope.namesBothSides(anchor, in: sentence) ? "CN" : nil
                found += readFigures(anchor, limit: limit, year: year, yearStated: yearStated, amounts: amounts, claimed: &blocked,
                                     subject: &lastSubject, document: document,
                                     previousPartner: otherEconomy ? nil : previous?.partner ?? (chinaInContext ? "CN" : twoSides))
                claimed.formUnion(blocked.subtracting(othersAmounts))
            }
            figures += found
            previous = found.last.map { (year, $0.partner) } ?? (aboutChina ? (year, "CN") : previous)
        }
        return figures.filter { !Self.isYearInProgress($0.year, published: document.reference) }
    }

    /// "In 2016, bilateral trade reached $7.3 billion" in an article of August 2016: the year was not over, so the
    /// figure is for part of it, not a year's trade.
    static func isYearInProgress(_ year: Int, published: PartialDate?) -> Bool {
        guard let published, let month = published.month else { return false }
        return year == published.year && month < 12
    }

    /// `subject` is the country whose figures the sentence gave last: "Chile's exports surpassed $43 billion, yielding a
    /// $23 billion surplus" is Chile's surplus too.
    private func readFigures(_ anchor: TradeAnchors.Anchor, limit: Int, year: Int, yearStated: Bool, amounts: TradeAmounts, claimed: inout Set<Int>,
                             subject lastSubject: inout String?, document: AnalyzedDocument, previousPartner: String?) -> [DocumentTradeFigure] {
        let sentence = amounts.sentence
        let found = amounts.amount(for: anchor, limit: limit, claimed: claimed)
        let chinasShare = found.flatMap { amounts.chinasShare(of: $0, limit: limit) }
        let money = chinasShare ?? found
        guard money != nil || anchor.sign != nil, !TradeSides.namesNoPartner(anchor, sentence: sentence) else { return [] }
        let baseline = money.flatMap { amounts.baseline(after: $0, limit: limit) ?? amounts.rise(from: $0, limit: limit) }
        for mention in [money, baseline?.money].compactMap({ $0 }) { claimed.insert(mention.tokens.lowerBound) }
        var sides = TradeSides.resolve(anchor, limit: limit, sentence: sentence)
        if chinasShare != nil { sides.partner = "CN" }
        if sides.partner == nil, previousPartner == nil, !TradeScope.namesChina(sentence) || TradeScope.namesChinaOnlyAsCause(sentence) { return [] }
        if sides.countries.isEmpty || sides.countries == ["CN"] && sides.partner == nil, TradeScope.namesRegion(sentence) { return [] }
        // "According to Chinese statistics, ... imports from Bolivia": with no buyer named, China's. "Sales to Panama" in
        // an article about Ecuador are Ecuador's, with a partner that is not China.
        let chinaBefore = sentence.countries.contains { $0.code == "CN" && $0.tokens.upperBound <= anchor.range.lowerBound }
        let reporter = sides.partner.flatMap { $0 == document.focusCountry && chinaBefore ? "CN" : nil }
        let subjects = sides.countries.isEmpty ? [reporter ?? lastSubject ?? document.focusCountry].compactMap { $0 } : sides.countries
        if subjects.count == 1 { lastSubject = subjects[0] }
        let evidence = document.evidence(sentence)
        // A partner carried over from the sentences before is less plainly stated than one the sentence names.
        let partnerNamed = sides.partner != nil || TradeScope.namesChina(sentence)
        var figures: [DocumentTradeFigure] = []
        for subject in subjects {
            let partner = sides.partner ?? (subject == "CN" ? document.focusCountry : (previousPartner ?? "CN"))
            guard let partner, partner != subject, partner == "CN" || subject == "CN",
                  CountryLexicon.isInRegion(subject == "CN" ? partner : subject) else { continue }
            let single = subjects.count == 1
            let readings = [(single ? money : nil, money.flatMap(amounts.attachedYear) ?? year)]
                + (single ? [baseline].compactMap { $0 }.map { ($0.money, $0.year) } : [])
            for (reading, figureYear) in readings {
                var value = reading?.money
                if anchor.sign == "deficit", var negative = value { negative.amount = -abs(negative.amount); value = negative }
                let reported = reading.flatMap { self.change(sentence, after: $0.tokens.upperBound) }
                figures.append(DocumentTradeFigure(country: subject, partner: partner, year: figureYear, indicator: anchor.indicator,
                                                   value: value, sign: anchor.sign, change: reported, evidence: [evidence],
                                                   directness: value != nil && yearStated && partnerNamed && !sentence.sentence.isHeading ? .direct : .indirect)
                    .seenFromOtherSide(when: subject == "CN"))
            }
        }
        return figures
    }

    /// "up almost 20% from five years earlier".
    private func change(_ sentence: AnalyzedSentence, after index: Int) -> TradeFigure.Change? {
        guard let percent = sentence.percents.first(where: { $0.tokens.lowerBound >= index && $0.tokens.lowerBound - index <= 4 }) else { return nil }
        let direction = sentence.tokens[index..<percent.tokens.lowerBound].contains { ["down", "fell", "decreased", "dropped", "declined", "lower"].contains($0.lower) } ? -1.0 : 1.0
        let since = sentence.dates.first { $0.countsBack && $0.tokens.lowerBound > percent.tokens.lowerBound }?.date.year
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
