/// One trade statistic: `country`'s exports to, imports from, balance with, or total trade with `partner` in `year`.
/// A deficit is a negative balance; `value` is null where the text gives no amount.
public struct TradeFigure: Sendable, Hashable, Codable, Identifiable {
    public enum Indicator: String, Sendable, Codable, CaseIterable { case exports, imports, balance, total }

    public let id: String
    public let country: String
    public let partner: String
    public let year: Int
    public let indicator: Indicator
    public let value: Money?
    /// `deficit` or `surplus` for a balance whose sign the text gives.
    public let sign: String?
    /// A change the text reports beside the figure ("up almost 20% from five years earlier").
    public let change: Change?
    /// The distinct documents that report it.
    public let sources: [String]
    /// How far to trust it, in 0...1: see `Support`.
    public let confidence: Double
    public let evidence: [Evidence]

    /// A relative change in percent, against `since` where the text names a base year.
    public struct Change: Sendable, Hashable, Codable {
        public let percent: Double
        public let qualifier: Money.Qualifier
        public let since: Int?
    }
}

extension TradeFigure {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(country, forKey: .country)
        try container.encode(partner, forKey: .partner)
        try container.encode(year, forKey: .year)
        try container.encode(indicator, forKey: .indicator)
        try container.encode(value, forKey: .value)
        try container.encode(sign, forKey: .sign)
        try container.encode(change, forKey: .change)
        try container.encode(sources, forKey: .sources)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(evidence, forKey: .evidence)
    }
}

extension TradeFigure.Change {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(percent, forKey: .percent)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(since, forKey: .since)
    }
}
