/// Facts as one document reports them, before fusion across documents.
struct DocumentMeeting: Sendable {
    var participants: [Participant]
    var countries: [String]
    var date: PartialDate?
    var location: String?
    var occasion: String?
    var evidence: [Evidence]
    var reportedCount: ReportedCount?
    var directness: Directness
    /// A day a nearby sentence names for the same people, used when no report of the meeting dates it.
    var nearbyDay: PartialDate? = nil
    /// True when only the publication date dates it: no report of it, nor a nearby sentence, names its day.
    var datedByPublication = false
}

struct DocumentAgreement: Sendable {
    var kind: AgreementKindLexicon.Kind
    var subjects: [SectorLexicon.Subject]
    var subjectText: String
    var organizations: [String]
    var parties: [String]
    var date: PartialDate?
    var status: Agreement.Status
    /// Index into the document's meetings, when it was signed at one of them.
    var meeting: Int?
    var evidence: [Evidence]
    var directness: Directness
    /// Reported as coming into force, not as signed: dated by that only where the article gives no signing.
    var inForce = false
    /// Dated by a signing the sentences before it reported ("The deals include ..."), not by its own words.
    var dateBorrowed = false

    /// The same kind of instrument between the same parties on the same subjects: one article naming it twice.
    func sameInstrument(as other: DocumentAgreement) -> Bool {
        kind.kind == other.kind.kind && parties == other.parties && status == other.status
            && Set(subjects.map(\.name)) == Set(other.subjects.map(\.name))
    }
}

struct DocumentTradeFigure: Sendable {
    var country: String
    var partner: String
    var year: Int
    var indicator: TradeFigure.Indicator
    var value: Money?
    var sign: String?
    var change: TradeFigure.Change?
    var evidence: [Evidence]
    var directness: Directness
}

struct DocumentBriEvent: Sendable {
    var country: String
    var event: BriEvent
}

struct DocumentRelation: Sendable {
    var countries: [String]
    var kind: String
    var date: PartialDate?
    var evidence: [Evidence]
}
