/// Merges the meetings every document reports into one record per meeting: the same countries on compatible
/// dates (one containing the other) with at least one participant in common, and no other Chinese official.
struct MeetingFusion: Sendable {
    struct Reported: Sendable {
        let document: String
        let index: Int
        let meeting: DocumentMeeting
    }

    struct Result: Sendable {
        let meetings: [Meeting]
        /// The fused meeting id of each document's meeting, keyed by document id and index.
        let ids: [String: [Int: String]]
    }

    func fuse(_ reports: [Reported]) -> Result {
        var clusters: [[Reported]] = []
        // One reading of every name across the corpus: a person is the same person in every article.
        let canonical = PersonNames.canonical(reports.flatMap { $0.meeting.participants.flatMap(\.names) })
        for report in reports.sorted(by: Self.precedes) {
            if let index = clusters.firstIndex(where: { belongs(report.meeting, to: $0, canonical: canonical) }) {
                clusters[index].append(report)
            } else {
                clusters.append([report])
            }
        }
        let spellings = Dictionary(grouping: reports.flatMap { $0.meeting.participants.flatMap(\.names) }.uniqued()) { canonical[$0] ?? $0 }
        let fused = clusters.map { (reports: $0, meeting: record($0, canonical: canonical, spellings: spellings)) }
            .sorted { ($0.meeting.date?.description ?? "", $0.meeting.id) < ($1.meeting.date?.description ?? "", $1.meeting.id) }
        let ids = FactIDs.uniqued(fused.map(\.meeting.id))
        var meetings: [Meeting] = []
        var map: [String: [Int: String]] = [:]
        for (entry, id) in zip(fused, ids) {
            meetings.append(entry.meeting.with(id: id))
            for report in entry.reports { map[report.document, default: [:]][report.index] = id }
        }
        return Result(meetings: meetings, ids: map)
    }

    /// Finer dates first, so coarse reports join the meeting they fit.
    static func precedes(_ a: Reported, _ b: Reported) -> Bool {
        let pa = a.meeting.date?.precision.rawValue ?? -1, pb = b.meeting.date?.precision.rawValue ?? -1
        if pa != pb { return pa > pb }
        return (a.meeting.date?.description ?? "", a.document, a.index) < (b.meeting.date?.description ?? "", b.document, b.index)
    }

    private func belongs(_ meeting: DocumentMeeting, to cluster: [Reported], canonical: [String: String]) -> Bool {
        let seed = cluster[0].meeting
        guard seed.countries == meeting.countries else { return false }
        if let a = seed.date, let b = meeting.date, !a.isCompatible(with: b) { return false }
        let clusterPeople = Set(cluster.flatMap { $0.meeting.participants.map { canonical[$0.name] ?? $0.name } })
        // The visitor in common is not enough when each report names a different Chinese official.
        let clusterChinese = Set(cluster.flatMap { $0.meeting.participants.filter { $0.country == "CN" }.map { canonical[$0.name] ?? $0.name } })
        let chinese = meeting.participants.filter { $0.country == "CN" }.map { canonical[$0.name] ?? $0.name }
        if !clusterChinese.isEmpty, !chinese.isEmpty, clusterChinese.isDisjoint(with: chinese) { return false }
        return meeting.participants.contains { clusterPeople.contains(canonical[$0.name] ?? $0.name) }
    }

    /// One participant per person of `all`, under the fullest name among them.
    static func people(_ all: [Participant]) -> [Participant] {
        people(all, canonical: PersonNames.canonical(all.flatMap(\.names)), spellings: [:])
    }

    /// One participant per person, under the fullest name the corpus writes for them, with every other spelling it
    /// uses: the same person reads the same in every meeting.
    static func people(_ all: [Participant], canonical: [String: String], spellings: [String: [String]]) -> [Participant] {
        let groups = Dictionary(grouping: all) { canonical[$0.name] ?? $0.name }
        return groups.keys.sorted().map { name in
            let mentions = groups[name]!
            let seen = (spellings[name] ?? []) + mentions.flatMap(\.names)
            return Participant(name: name, country: mentions.mostCommon(\.country), role: mentions.mostCommon(\.role),
                               spellings: seen.uniqued().filter { $0 != name }.sorted())
        }
    }

    private func record(_ cluster: [Reported], canonical: [String: String], spellings: [String: [String]]) -> Meeting {
        let meetings = cluster.map(\.meeting)
        let participants = Self.people(meetings.flatMap(\.participants), canonical: canonical, spellings: spellings)
        let date = meetings.compactMap(\.date).max { $0.precision < $1.precision }
        let countries = meetings[0].countries
        let counts = meetings.compactMap(\.reportedCount)
        let count = counts.mostCommon(\.count).map { value in
            ReportedCount(count: value, evidence: counts.filter { $0.count == value }.flatMap(\.evidence).normalized())
        }
        let support = Support(cluster.map { Report(document: $0.document, directness: $0.meeting.directness) })
        return Meeting(id: FactIDs.slug([FactIDs.date(date)] + countries), date: date, location: meetings.mostCommon(\.location),
                       participants: participants, countries: countries, occasion: meetings.mostCommon(\.occasion), agreements: [],
                       reportedAgreementCount: count, sources: support.sources, confidence: support.confidence,
                       evidence: meetings.flatMap(\.evidence).normalized())
    }
}

extension Meeting {
    func with(id: String? = nil, agreements: [String]? = nil) -> Meeting {
        Meeting(id: id ?? self.id, date: date, location: location, participants: participants, countries: countries, occasion: occasion,
                agreements: agreements ?? self.agreements, reportedAgreementCount: reportedAgreementCount, sources: sources,
                confidence: confidence, evidence: evidence)
    }
}
