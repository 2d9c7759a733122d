/// Builds each country's Belt and Road record from every event reported of it. Reports of the same step on
/// compatible dates are one event; a state reported later ("is a member") is evidence for the step before it.
/// The status is what the latest event says.
struct BriFusion: Sendable {
    func fuse(_ events: [DocumentBriEvent]) -> [BriMembership] {
        let byCountry = Dictionary(grouping: events, by: \.country)
        return byCountry.keys.sorted().map { country in
            membership(country, merged(byCountry[country]!.map(\.event)))
        }
    }

    private func merged(_ events: [BriEvent]) -> [BriEvent] {
        var result: [BriEvent] = []
        let ordered = events.sorted { ($0.dateIsReportDate ? 1 : 0, -($0.date?.precision.rawValue ?? -1)) < ($1.dateIsReportDate ? 1 : 0, -($1.date?.precision.rawValue ?? -1)) }
        for event in ordered {
            if let index = result.firstIndex(where: { same($0, event) }) {
                let existing = result[index]
                result[index] = BriEvent(date: existing.date, kind: existing.kind, dateIsReportDate: existing.dateIsReportDate,
                                         evidence: (existing.evidence + event.evidence).normalized(), reports: existing.reports + event.reports)
            } else {
                result.append(event)
            }
        }
        return result.sorted(by: Self.chronological)
    }

    private func same(_ kept: BriEvent, _ event: BriEvent) -> Bool {
        guard kept.kind == event.kind else { return false }
        guard let a = kept.date, let b = event.date else { return true }
        if a.isCompatible(with: b) { return kept.dateIsReportDate == event.dateIsReportDate || event.dateIsReportDate }
        let continuingState = event.kind == .joined || event.kind == .exited
        return continuingState && event.dateIsReportDate && !kept.dateIsReportDate && a < b
    }

    /// By date; where one date contains the other ("2025-05" and "2025-05-14") the usual order of steps decides.
    static func chronological(_ a: BriEvent, _ b: BriEvent) -> Bool {
        if let da = a.date, let db = b.date, da.isCompatible(with: db), a.kind != b.kind { return a.kind.rank < b.kind.rank }
        let da = a.date?.firstDay ?? Int.min, db = b.date?.firstDay ?? Int.min
        return da != db ? da < db : a.kind.rank < b.kind.rank
    }

    private func membership(_ country: String, _ events: [BriEvent]) -> BriMembership {
        let status: BriMembership.Status
        switch events.last?.kind {
        case .joined: status = .member
        case .exited: status = .formerMember
        case .intent: status = .intendsToJoin
        default: status = .nonMember
        }
        // Joining is the first step: a later Belt and Road plan or memorandum does not move it.
        let joined = events.first { $0.kind == .joined && !$0.dateIsReportDate }?.date
        // An exit is news: reported without its own date, it happened by the time of the report.
        let exited = events.last { $0.kind == .exited && !$0.dateIsReportDate }?.date
            ?? events.last { $0.kind == .exited }?.date?.truncated(to: .month)
        let support = Support(events.filter { $0.kind == events.last?.kind }.flatMap(\.reports))
        return BriMembership(country: country, name: CountryLexicon.name(of: country), status: status,
                             joined: joined, exited: status == .member ? nil : exited, sources: support.sources,
                             confidence: support.confidence, events: events)
    }
}
