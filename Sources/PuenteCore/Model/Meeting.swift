/// A person taking part in a meeting, with the country they represent and their role as reported.
public struct Participant: Sendable, Hashable, Codable {
    public let name: String
    public let country: String?
    public let role: String?
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
    public let evidence: [Evidence]
}

/// A number of agreements an article reports without listing them all.
public struct ReportedCount: Sendable, Hashable, Codable {
    public let count: Int
    public let evidence: [Evidence]
}
