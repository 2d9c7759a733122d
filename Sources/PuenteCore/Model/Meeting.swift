/// A person taking part in a meeting, with the country they represent and their role as reported.
public struct Participant: Sendable, Hashable, Codable {
    /// The fullest form of the name the articles give.
    public let name: String
    public let country: String?
    public let role: String?
    /// Other ways the articles write the same person ("Lula", "Luiz Inacio Lula da Silva").
    public var spellings: [String] = []

    public init(name: String, country: String?, role: String?, spellings: [String] = []) {
        self.name = name
        self.country = country
        self.role = role
        self.spellings = spellings
    }

    /// The name with every other spelling of it.
    var names: [String] { [name] + spellings }
}

/// A meeting between leaders or officials, fused across every article that reports it.
public struct Meeting: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let date: PartialDate?
    public let location: String?
    public let participants: [Participant]
    /// The countries the participants represent, sorted.
    public let countries: [String]
    public let occasion: String?
    public let agreements: [String]
    /// How many agreements the articles say were signed, where they count them ("12 cooperation deals").
    public let reportedAgreementCount: ReportedCount?
    /// The distinct documents that report it.
    public let sources: [String]
    /// How far to trust it, in 0...1: see `Support`.
    public let confidence: Double
    public let evidence: [Evidence]
}

/// A number of agreements an article reports without listing them all.
public struct ReportedCount: Sendable, Hashable, Codable {
    public let count: Int
    public let evidence: [Evidence]
}

/// Optional fields are written as `null`, not left out: clients rely on every field being present.
extension Participant {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
        try container.encode(role, forKey: .role)
        try container.encode(spellings, forKey: .spellings)
    }
}

extension Meeting {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(location, forKey: .location)
        try container.encode(participants, forKey: .participants)
        try container.encode(countries, forKey: .countries)
        try container.encode(occasion, forKey: .occasion)
        try container.encode(agreements, forKey: .agreements)
        try container.encode(reportedAgreementCount, forKey: .reportedAgreementCount)
        try container.encode(sources, forKey: .sources)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(evidence, forKey: .evidence)
    }
}
