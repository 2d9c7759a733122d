/// One dated fact of any family, as the timeline lists it: what it is, a title a person can read, the countries it
/// concerns, where its full record is, and its evidence.
public struct TimelineEntry: Sendable, Encodable {
    public let date: PartialDate
    public let kind: String
    public let title: String
    public let countries: [String]
    public let link: String
    public let evidence: [Evidence]

    /// Every dated fact, ordered by date, then kind, then link.
    public static func entries(of kb: KnowledgeBase) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for meeting in kb.meetings {
            guard let date = meeting.date else { continue }
            let names = meeting.participants.map(\.name).joined(separator: " and ")
            entries.append(TimelineEntry(date: date, kind: "meeting", title: "Meeting of \(names)" + (meeting.location.map { " in \($0)" } ?? ""),
                                         countries: meeting.countries, link: "/v1/meetings/\(meeting.id)", evidence: meeting.evidence))
        }
        for agreement in kb.agreements {
            guard let date = agreement.signed else { continue }
            entries.append(TimelineEntry(date: date, kind: "agreement", title: "\(agreement.title) (\(agreement.status.rawValue))",
                                         countries: agreement.parties, link: "/v1/agreements/\(agreement.id)", evidence: agreement.evidence))
        }
        for figure in kb.tradeFigures {
            entries.append(TimelineEntry(date: PartialDate(year: figure.year)!, kind: "trade_figure", title: title(of: figure),
                                         countries: [figure.country, figure.partner].sorted(),
                                         link: "/v1/trade/figures?country=\(figure.country)&partner=\(figure.partner)&year=\(figure.year)&indicator=\(figure.indicator.rawValue)",
                                         evidence: figure.evidence))
        }
        for membership in kb.bri {
            for event in membership.events {
                guard let date = event.date else { continue }
                entries.append(TimelineEntry(date: date, kind: "bri_\(event.kind.rawValue)", title: title(of: event, membership.name),
                                             countries: [membership.country], link: "/v1/bri/members/\(membership.country)", evidence: event.evidence))
            }
        }
        for relation in kb.relations {
            guard let date = relation.date else { continue }
            entries.append(TimelineEntry(date: date, kind: "relation", title: "\(relation.countries.joined(separator: "–")): \(relation.kind.replacingUnderscores())",
                                         countries: relation.countries, link: "/v1/relations?country=\(relation.countries[0])", evidence: relation.evidence))
        }
        return entries.sorted { ($0.date.firstDay, $0.date.lastDay, $0.kind, $0.link) < ($1.date.firstDay, $1.date.lastDay, $1.kind, $1.link) }
    }

    static func title(of figure: TradeFigure) -> String {
        let what: String
        switch figure.indicator {
        case .exports: what = "\(figure.country) exports to \(figure.partner)"
        case .imports: what = "\(figure.country) imports from \(figure.partner)"
        case .balance: what = "\(figure.country) trade balance with \(figure.partner)"
        case .total: what = "\(figure.country)–\(figure.partner) trade"
        }
        guard let value = figure.value else { return "\(what) in \(figure.year): \(figure.sign ?? "reported")" }
        return "\(what) in \(figure.year): \(value.currency) \(MoneyText.short(value.amount))"
    }

    static func title(of event: BriEvent, _ name: String) -> String {
        switch event.kind {
        case .joined: return "\(name) in the Belt and Road Initiative"
        case .exited: return "\(name) left the Belt and Road Initiative"
        case .intent: return "\(name) intends to join the Belt and Road Initiative"
        case .notMember: return "\(name) not in the Belt and Road Initiative"
        }
    }
}

/// Amounts as people write them: "7.0 billion", "-8.0 billion", "850 million".
enum MoneyText {
    static func short(_ amount: Double) -> String {
        let magnitude = abs(amount)
        let sign = amount < 0 ? "-" : ""
        for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where magnitude >= scale {
            let scaled = (magnitude / scale * 10).rounded() / 10
            return "\(sign)\(scaled) \(word)"
        }
        return "\(sign)\(Int64(magnitude))"
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
