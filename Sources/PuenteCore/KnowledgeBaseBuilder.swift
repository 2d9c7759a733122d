/// Builds a `KnowledgeBase` from documents: analyses each, extracts the facts of each family, then fuses them
/// across documents. The same documents always give the same knowledge base, whatever their order.
public struct KnowledgeBaseBuilder: Sendable {
    public init() {}

    /// Loads the corpus directory and builds its knowledge base.
    public func build(corpus directory: String) throws(CorpusError) -> KnowledgeBase {
        let loaded = try CorpusLoader().load(directory: directory)
        return build(documents: loaded.documents, warnings: loaded.warnings)
    }

    public func build(documents: [Document], warnings: [LoadWarning] = []) -> KnowledgeBase {
        let documents = documents.sorted { $0.id < $1.id }
        var extracted = Extracted()
        var summaries: [DocumentSummary] = []
        for document in documents {
            let analyzed = DocumentAnalyzer().analyze(document)
            extracted.add(analyzed)
            summaries.append(Self.summary(analyzed))
        }
        return extracted.fused(documents: summaries, warnings: warnings)
    }

    private static func summary(_ analyzed: AnalyzedDocument) -> DocumentSummary {
        let document = analyzed.document
        let people = analyzed.sentences.flatMap(\.people)
        let names = people.map(\.name).uniqued()
        var warnings: [String] = []
        if document.metadata.published == nil {
            warnings.append("no publication date in manifest.json or the text: relative dates such as 'last year' are left unresolved")
        }
        if analyzed.sentences.isEmpty { warnings.append("no article text left after removing site boilerplate") }
        return DocumentSummary(
            id: document.id, file: document.file, title: document.metadata.title, publisher: document.metadata.publisher,
            url: document.metadata.url, published: document.metadata.published, sentenceCount: analyzed.sentences.count,
            countries: analyzed.sentences.flatMap { $0.countries.map(\.code) }.uniqued().sorted(),
            people: names.map { name in
                let mentions = people.filter { $0.name == name }
                return Participant(name: name, country: mentions.mostCommon(\.country), role: mentions.mostCommon(\.role))
            },
            warnings: warnings)
    }
}

/// The facts of every document, before fusion.
private struct Extracted {
    var meetings: [MeetingFusion.Reported] = []
    var agreements: [(document: String, agreement: DocumentAgreement)] = []
    var trade: [DocumentTradeFigure] = []
    var bri: [DocumentBriEvent] = []
    var relations: [DocumentRelation] = []

    mutating func add(_ document: AnalyzedDocument) {
        var documentMeetings = MeetingExtractor().extract(document)
        let found = AgreementExtractor().extract(document, meetings: documentMeetings)
        attach(found.counts, to: &documentMeetings)
        dateBySignings(&documentMeetings, found)
        meetings += documentMeetings.enumerated().map { MeetingFusion.Reported(document: document.id, index: $0, meeting: $1) }
        let owns = found.agreements.map { $0.date ?? $0.meeting.flatMap { documentMeetings[$0].date } }
        let briEvents = BriExtractor().extract(document)
        for (index, agreement) in found.agreements.enumerated() {
            var dated = agreement
            // "The deal was signed in August 2023. ... described the signing of the FTA as a milestone": the same instrument again.
            let own = owns[index] ?? found.agreements.indices.first { other in
                owns[other] != nil && found.agreements[other].sameInstrument(as: agreement)
            }.flatMap { owns[$0] } ?? BriAgreementEvents.joiningDate(of: agreement, among: briEvents)
            dated.date = own ?? Self.onlySigningDay(of: agreement, found) ?? document.reference?.truncated(to: .month)
            // Dated only by the publication or another sentence's signing, or shared by several countries, it is less plainly reported.
            if own == nil || dated.date?.precision != .day || agreement.parties.count > 2 { dated.directness = min(agreement.directness, .indirect) }
            agreements.append((document.id, dated))
            bri += BriAgreementEvents.events(from: dated, ownDate: own != nil && !agreement.dateBorrowed, document: document)
        }
        trade += TradeExtractor().extract(document)
        bri += briEvents
        relations += RelationExtractor().extract(document)
    }

    /// "Xi and Varela signed 19 deals, including: ...", with no date of its own, in an article that tells one day on
    /// which the same two sides signed: the deals were signed that day.
    private static func onlySigningDay(of agreement: DocumentAgreement, _ found: AgreementExtractor.Result) -> PartialDate? {
        guard agreement.status == .signed else { return nil }
        let days = Set(found.signingDays(of: agreement.parties))
        return days.count == 1 ? days.first : nil
    }

    /// "The two presidents witnessed the signing on Monday": a meeting no sentence dates to the day takes the one day
    /// its instruments, or any signing of its two countries, were signed on.
    private func dateBySignings(_ meetings: inout [DocumentMeeting], _ found: AgreementExtractor.Result) {
        for index in meetings.indices where meetings[index].datedByPublication {
            let linked = found.agreements.compactMap { $0.meeting == index && !$0.dateBorrowed ? $0.date : nil }
            let ofTheSameSides = found.signingDays(of: meetings[index].countries)
            let days = Set((linked + ofTheSameSides).filter { $0.precision == .day })
            guard days.count == 1, let day = days.first, PartialDate.compatible(meetings[index].date, day) else { continue }
            meetings[index].date = day
        }
    }

    /// A count of agreements belongs to the document's meeting on a compatible date.
    private func attach(_ counts: [(count: Int, evidence: Evidence, date: PartialDate?)], to meetings: inout [DocumentMeeting]) {
        for count in counts {
            guard let index = meetings.firstIndex(where: { meeting in
                PartialDate.compatible(count.date, meeting.date)
            }) else { continue }
            let existing = meetings[index].reportedCount
            let evidence = ((existing?.count == count.count ? existing?.evidence : nil) ?? []) + [count.evidence]
            if existing == nil || existing?.count == count.count {
                meetings[index].reportedCount = ReportedCount(count: count.count, evidence: evidence.normalized())
            }
        }
    }

    func fused(documents: [DocumentSummary], warnings: [LoadWarning]) -> KnowledgeBase {
        let meetingResult = MeetingFusion().fuse(meetings)
        let meetingDates = Dictionary(uniqueKeysWithValues: meetingResult.meetings.compactMap { meeting in meeting.date.map { (meeting.id, $0) } })
        let agreements = AgreementFusion(meetingDates: meetingDates).fuse(self.agreements.map { entry in
            AgreementFusion.Reported(document: entry.document, agreement: entry.agreement,
                                     meeting: entry.agreement.meeting.flatMap { meetingResult.ids[entry.document]?[$0] })
        })
        let meetings = meetingResult.meetings.map { meeting in
            meeting.with(agreements: agreements.filter { $0.meeting == meeting.id }.map(\.id))
        }
        return KnowledgeBase(documents: documents, meetings: meetings, agreements: agreements,
                             tradeFigures: TradeFusion().fuse(trade), bri: BriFusion().fuse(bri),
                             relations: RelationFusion().fuse(relations), warnings: warnings)
    }
}
