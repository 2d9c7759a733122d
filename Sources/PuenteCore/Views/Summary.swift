/// What a dashboard's first screen shows: how many facts of each family, the latest meeting, the BRI members,
/// and each country's latest trade balance.
public struct Summary: Sendable, Encodable {
    public let counts: [String: Int]
    public let latestMeeting: Meeting?
    public let briMembers: [String]
    public let latestBalances: [TradeBalance]

    public init(_ kb: KnowledgeBase, balances: [TradeBalance]) {
        counts = ["documents": kb.documents.count, "meetings": kb.meetings.count, "agreements": kb.agreements.count,
                  "tradeFigures": kb.tradeFigures.count, "briRecords": kb.bri.count, "relations": kb.relations.count,
                  "warnings": kb.warnings.count]
        latestMeeting = kb.meetings.filter { $0.date != nil }.max { ($0.date!.firstDay, $0.id) < ($1.date!.firstDay, $1.id) }
        briMembers = kb.bri.filter { $0.status == .member }.map(\.country).sorted()
        let withBalance = balances.filter { $0.balance?.amount != nil || $0.balance?.sign != nil }
        latestBalances = Dictionary(grouping: withBalance, by: \.country).values.compactMap { $0.max { $0.year < $1.year } }
            .sorted { $0.country < $1.country }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counts, forKey: .counts)
        try container.encode(latestMeeting, forKey: .latestMeeting)
        try container.encode(briMembers, forKey: .briMembers)
        try container.encode(latestBalances, forKey: .latestBalances)
    }

    enum CodingKeys: String, CodingKey { case counts, latestMeeting, briMembers, latestBalances }
}
