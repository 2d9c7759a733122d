/// A country's standing in China's Belt and Road Initiative, with every event the articles report.
/// `status` is what the latest evidence says.
public struct BriMembership: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        case member
        case formerMember = "former_member"
        case intendsToJoin = "intends_to_join"
        case nonMember = "non_member"
    }

    public let country: String
    public let name: String
    public let status: Status
    public let joined: PartialDate?
    public let exited: PartialDate?
    /// The distinct documents behind `status` (and `joined`, `exited`).
    public let sources: [String]
    /// How far to trust `status`, in 0...1: see `Support`.
    public let confidence: Double
    public let events: [BriEvent]
}

/// One report about a country and the Belt and Road Initiative.
public struct BriEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case notMember = "not_member"
        case intent, joined, exited

        /// Orders reports of the same day: a later step in the usual path sorts later.
        var rank: Int { Kind.allCases.firstIndex(of: self)! }
    }

    public let date: PartialDate?
    public let kind: Kind
    /// True when `date` is when the article reported the state, not when the event happened.
    public let dateIsReportDate: Bool
    public let evidence: [Evidence]
    /// Each article's report of it; not encoded, the membership's `confidence` sums them up.
    var reports: [Report] = []

    enum CodingKeys: String, CodingKey { case date, kind, dateIsReportDate, evidence }
}

extension BriMembership {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(country, forKey: .country)
        try container.encode(name, forKey: .name)
        try container.encode(status, forKey: .status)
        try container.encode(joined, forKey: .joined)
        try container.encode(exited, forKey: .exited)
        try container.encode(sources, forKey: .sources)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(events, forKey: .events)
    }
}

extension BriEvent {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(kind, forKey: .kind)
        try container.encode(dateIsReportDate, forKey: .dateIsReportDate)
        try container.encode(evidence, forKey: .evidence)
    }
}
