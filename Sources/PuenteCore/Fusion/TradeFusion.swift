import Foundation

/// Merges trade figures: one record per country, partner, year, indicator and value. A report without an amount
/// joins one with an amount; reports with different amounts stay apart, so a client can see sources disagree.
struct TradeFusion: Sendable {
    func fuse(_ figures: [DocumentTradeFigure]) -> [TradeFigure] {
        let groups = Dictionary(grouping: figures) { "\($0.country)|\($0.partner)|\($0.year)|\($0.indicator.rawValue)" }
        var result: [TradeFigure] = []
        for key in groups.keys.sorted() {
            let group = groups[key]!
            let valued = Dictionary(grouping: Self.roundedToFullest(group.filter { $0.value != nil })) { "\($0.value!.amount)|\($0.value!.currency)" }
            let unvalued = group.filter { $0.value == nil }
            let base = FactIDs.slug([group[0].country, group[0].partner, String(group[0].year), group[0].indicator.rawValue])
            if valued.isEmpty {
                result.append(record(unvalued, id: base, extra: []))
                continue
            }
            let keys = valued.keys.sorted()
            for (offset, valueKey) in keys.enumerated() {
                let id = keys.count == 1 ? base : "\(base)-\(FactIDs.slug([String(Int64(valued[valueKey]![0].value!.amount)), valued[valueKey]![0].value!.currency]))"
                result.append(record(valued[valueKey]!, id: id, extra: offset == 0 ? unvalued : []))
            }
        }
        return result.sorted { ($0.year, $0.id) < ($1.year, $1.id) }
    }

    /// "US$1.8B" in a headline and "US$1.88 billion" in the body are one figure written to fewer digits: each amount of
    /// at least two significant digits that another, fuller amount rounds or cuts to takes the fuller one's value.
    static func roundedToFullest(_ figures: [DocumentTradeFigure]) -> [DocumentTradeFigure] {
        let amounts = Set(figures.compactMap { $0.value.map { "\($0.amount)|\($0.currency)" } })
        guard amounts.count > 1 else { return figures }
        return figures.map { figure in
            guard let value = figure.value, let digits = significantDigits(value.amount), digits >= 2 else { return figure }
            let fuller = figures.compactMap(\.value).filter { other in
                other.currency == value.currency && (significantDigits(other.amount) ?? 0) > digits
                    && [Self.cut(other.amount, to: digits, rounding: .down), Self.cut(other.amount, to: digits, rounding: .toNearestOrAwayFromZero)]
                        .contains(value.amount)
            }
            guard let target = fuller.first, fuller.allSatisfy({ $0.amount == target.amount }) else { return figure }
            var copy = figure
            copy.value = Money(amount: target.amount, currency: target.currency, qualifier: value.qualifier)
            return copy
        }
    }

    /// The digits of a whole amount without its trailing zeros ("1880000000": 3), or nil for a fraction.
    static func significantDigits(_ amount: Double) -> Int? {
        let magnitude = abs(amount)
        guard magnitude >= 1, magnitude < 1e15, magnitude == magnitude.rounded() else { return nil }
        let digits = String(Int64(magnitude))
        return digits.count - digits.reversed().prefix { $0 == "0" }.count
    }

    static func cut(_ amount: Double, to digits: Int, rounding rule: FloatingPointRoundingRule) -> Double {
        let whole = String(Int64(abs(amount))).count
        let scale = pow(10, Double(whole - digits))
        return (amount / scale).rounded(rule) * scale
    }

    private func record(_ figures: [DocumentTradeFigure], id: String, extra: [DocumentTradeFigure]) -> TradeFigure {
        let all = figures + extra
        let first = figures[0]
        let qualifier = figures.compactMap(\.value).mostCommon(\.qualifier)
        let value = first.value.map { Money(amount: $0.amount, currency: $0.currency, qualifier: qualifier ?? $0.qualifier) }
        let support = Support(all.map { Report(document: $0.evidence[0].document, directness: $0.directness) })
        return TradeFigure(id: id, country: first.country, partner: first.partner, year: first.year, indicator: first.indicator,
                           value: value, sign: all.mostCommon(\.sign), change: all.lazy.compactMap(\.change).first,
                           sources: support.sources, confidence: support.confidence, evidence: all.flatMap(\.evidence).normalized())
    }
}
