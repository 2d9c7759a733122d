/// An agreement, memorandum, protocol, plan or programme signed or planned between parties.
public struct Agreement: Sendable, Hashable, Codable, Identifiable {
    public enum Status: String, Sendable, Codable { case signed, planned }

    public let id: String
    public let title: String
    /// A snake_case kind such as `memorandum_of_understanding`, `sanitary_protocol`, `cooperation_plan`.
    public let kind: String
    public let parties: [String]
    /// Organisations named as the signing parties, where the text names them.
    public let organizations: [String]
    public let sectors: [String]
    /// The date it was signed (or is planned for), at the precision the text supports.
    public let signed: PartialDate?
    public let status: Status
    /// The id of the meeting at which it was signed, when one is known.
    public let meeting: String?
    /// The distinct documents that report it.
    public let sources: [String]
    /// How far to trust it, in 0...1: see `Support`.
    public let confidence: Double
    public let evidence: [Evidence]
}

extension Agreement {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(parties, forKey: .parties)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(sectors, forKey: .sectors)
        try container.encode(signed, forKey: .signed)
        try container.encode(status, forKey: .status)
        try container.encode(meeting, forKey: .meeting)
        try container.encode(sources, forKey: .sources)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(evidence, forKey: .evidence)
    }
}
