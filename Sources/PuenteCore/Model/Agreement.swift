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
    public let evidence: [Evidence]
}
