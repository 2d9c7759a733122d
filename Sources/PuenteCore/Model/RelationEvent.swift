/// A step in two countries' diplomatic relationship: relations established, a partnership upgraded.
public struct RelationEvent: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let date: PartialDate?
    public let countries: [String]
    /// snake_case: `diplomatic_relations`, `strategic_partnership`, `comprehensive_strategic_partnership`, ...
    public let kind: String
    public let evidence: [Evidence]
}

extension RelationEvent {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(countries, forKey: .countries)
        try container.encode(kind, forKey: .kind)
        try container.encode(evidence, forKey: .evidence)
    }
}
