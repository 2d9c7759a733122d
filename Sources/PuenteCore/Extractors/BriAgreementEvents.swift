/// A Belt and Road document signed between China and a country makes that country a member. The joining
/// memorandum dates the joining; a later cooperation or action plan shows membership but not when it began.
enum BriAgreementEvents {
    static let plans: Set<String> = ["cooperation_plan", "work_plan", "programme"]

    /// "Jamaica signed on to the Belt and Road on April 11. ... By signing a memorandum for the BRI, Jamaica joins ...":
    /// an undated Belt and Road memorandum of one country is the joining the article dated.
    static func joiningDate(of agreement: DocumentAgreement, among events: [DocumentBriEvent]) -> PartialDate? {
        guard agreement.subjects.contains(where: { $0.sector == "belt_and_road" }), !plans.contains(agreement.kind.kind) else { return nil }
        let members = agreement.parties.filter { $0 != "CN" }
        guard members.count == 1 else { return nil }
        let dated = events.filter { $0.country == members[0] && $0.event.kind == .joined && !$0.event.dateIsReportDate }.compactMap(\.event.date)
        // "2019-04" and "2019-04-11" are one joining told at two precisions.
        guard let finest = dated.max(by: { $0.precision < $1.precision }), dated.allSatisfy({ $0.isCompatible(with: finest) }) else { return nil }
        return finest
    }

    /// `ownDate` is false when the agreement is dated only by the article's publication.
    static func events(from agreement: DocumentAgreement, ownDate: Bool, document: AnalyzedDocument) -> [DocumentBriEvent] {
        guard agreement.status == .signed, agreement.subjects.contains(where: { $0.sector == "belt_and_road" }) else { return [] }
        let members = agreement.parties.filter { $0 != "CN" && CountryLexicon.isInRegion($0) }
        guard agreement.parties.contains("CN"), members.count == 1 else { return [] }
        let joining = ownDate && !plans.contains(agreement.kind.kind)
        let event = BriEvent(date: joining ? agreement.date : document.reference, kind: .joined, dateIsReportDate: !joining,
                             evidence: agreement.evidence, reports: [Report(document: document.id, directness: min(agreement.directness, .indirect))])
        return [DocumentBriEvent(country: members[0], event: event)]
    }
}
