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
}
