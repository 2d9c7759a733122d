/// Merges agreements reported by many documents: the same parties, at the same meeting (or on compatible dates),
/// about the same subjects. A generic report ("deals on beef and quinoa") or a planned one ("plans to sign a letter
/// of intent to join the BRI") joins a specific or signed agreement whose subjects it shares.
struct AgreementFusion: Sendable {
    struct Reported: Sendable {
        let document: String
        let agreement: DocumentAgreement
        let meeting: String?
    }

    /// The date of each fused meeting, which an agreement signed there takes when the articles date it less finely.
    var meetingDates: [String: PartialDate] = [:]

    func fuse(_ reports: [Reported]) -> [Agreement] {
        var clusters: [[Reported]] = []
        for report in reports.sorted(by: Self.precedes) {
            if let index = clusters.firstIndex(where: { belongs(report, to: $0) }) {
                clusters[index].append(report)
            } else {
                clusters.append([report])
            }
        }
        let records = clusters.map(record).sorted { ($0.signed?.description ?? "", $0.id) < ($1.signed?.description ?? "", $1.id) }
        return zip(records, FactIDs.uniqued(records.map(\.id))).map { $0.with(id: $1) }
    }

    /// Specific before generic, signed before planned, finer dates first: the first of a cluster names it.
    static func precedes(_ a: Reported, _ b: Reported) -> Bool {
        func rank(_ r: Reported) -> [Int] {
            [r.agreement.kind.generic ? 1 : 0, r.agreement.subjects == [AgreementExtractor.unspecified] ? 1 : 0,
             r.agreement.status == .signed ? 0 : 1, -(r.agreement.date?.precision.rawValue ?? -1)]
        }
        if rank(a) != rank(b) { return rank(a).lexicographicallyPrecedes(rank(b)) }
        return (a.document, a.agreement.evidence[0].start, a.agreement.subjectText) < (b.document, b.agreement.evidence[0].start, b.agreement.subjectText)
    }

    private func belongs(_ report: Reported, to cluster: [Reported]) -> Bool {
        let seed = cluster[0]
        guard seed.agreement.parties == report.agreement.parties else { return false }
        if let a = seed.meeting, let b = report.meeting {
            guard a == b else { return false }
        } else if let a = seed.agreement.date, let b = report.agreement.date, !a.isCompatible(with: b) {
            return false
        }
        let seedSubjects = Set(seed.agreement.subjects.map(\.name)), subjects = Set(report.agreement.subjects.map(\.name))
        if seedSubjects == subjects { return true }
        // An instrument named by its kind alone is the one of that kind the other reports describe.
        let unspecified: Set<String> = [AgreementExtractor.unspecified.name]
        if seed.agreement.kind == report.agreement.kind, seedSubjects == unspecified || subjects == unspecified { return true }
        let loose = report.agreement.kind.generic || report.agreement.status == .planned || seed.agreement.kind.generic
        return loose && !seedSubjects.isDisjoint(with: subjects)
    }

    private func record(_ cluster: [Reported]) -> Agreement {
        let seed = cluster[0].agreement
        let signed = cluster.filter { $0.agreement.status == .signed }
        let dated = (signed.isEmpty ? cluster : signed).compactMap(\.agreement.date)
        let meeting = cluster.compactMap(\.meeting).first
        var date = dated.max { $0.precision < $1.precision }
        if let meetingDate = meeting.flatMap({ meetingDates[$0] }), date.map({ meetingDate.isCompatible(with: $0) && meetingDate.precision > $0.precision }) ?? true {
            date = meetingDate
        }
        let title: String
        if seed.organizations.count >= 2, seed.subjects.allSatisfy({ $0.sector == "media" || $0.sector == "other" }) {
            title = "\(seed.kind.label) between \(seed.organizations.joined(separator: " and "))"
        } else if seed.subjectText.isEmpty || seed.kind.label.lowercased().contains(seed.subjectText.lowercased()) {
            title = seed.kind.label
        } else {
            title = "\(seed.kind.label) on \(seed.subjectText)"
        }
        let sectors = seed.subjects.map(\.sector).uniqued().sorted()
        let support = Support((signed.isEmpty ? cluster : signed).map { Report(document: $0.document, directness: $0.agreement.directness) })
        return Agreement(id: FactIDs.slug([FactIDs.date(date)] + seed.parties + [seed.kind.kind, seed.subjectText]),
                         title: title, kind: seed.kind.kind, parties: seed.parties, organizations: seed.organizations,
                         sectors: sectors, signed: date, status: signed.isEmpty ? .planned : .signed, meeting: meeting,
                         sources: support.sources, confidence: support.confidence, evidence: cluster.flatMap(\.agreement.evidence).normalized())
    }
}

extension Agreement {
    func with(id: String) -> Agreement {
        Agreement(id: id, title: title, kind: kind, parties: parties, organizations: organizations, sectors: sectors,
                  signed: signed, status: status, meeting: meeting, sources: sources, confidence: confidence, evidence: evidence)
    }
}
