/// The nouns that name an agreement, with the kind Puente reports, whether the noun is plural (one
/// agreement per subject) and whether it is generic ("deals", "agreements") rather than a specific instrument.
enum AgreementKindLexicon {
    struct Kind: Sendable, Hashable {
        let kind: String
        let label: String
        let plural: Bool
        let generic: Bool
    }

    private static func forms(_ singular: [String], _ plural: [String], kind: String, label: String, generic: Bool = false) -> [(String, Kind)] {
        singular.map { ($0, Kind(kind: kind, label: label, plural: false, generic: generic)) }
            + plural.map { ($0, Kind(kind: kind, label: label, plural: true, generic: generic)) }
    }

    /// Instruments whose name says what they are about, so they need no subject: "signed a free trade agreement".
    static let selfDescribing: Set<String> = ["free_trade_agreement", "early_harvest_arrangement", "currency_swap"]

    static let table: PhraseTable<Kind> = PhraseTable(
        forms(["memorandum of understanding", "mou", "memorandum", "memorandum of cooperation"],
              ["memorandums of understanding", "memoranda of understanding", "mous", "memorandums", "memoranda", "memoranda of cooperation"],
              kind: "memorandum_of_understanding", label: "Memorandum of understanding")
        + forms(["sanitary protocol", "phytosanitary protocol", "sanitary and phytosanitary protocol", "health protocol", "zoosanitary protocol"],
                ["sanitary protocols", "phytosanitary protocols", "sanitary and phytosanitary protocols", "health protocols"],
                kind: "sanitary_protocol", label: "Sanitary protocol")
        + forms(["protocol"], ["protocols"], kind: "protocol", label: "Protocol")
        + forms(["cooperation plan", "joint cooperation plan", "cooperation plan on"], ["cooperation plans"], kind: "cooperation_plan", label: "Cooperation plan")
        + forms(["work plan", "action plan", "working plan", "plan of action", "joint action plan"], ["work plans", "action plans", "plans of action"],
                kind: "work_plan", label: "Work plan")
        + forms(["cooperation program", "cooperation programme", "program", "programme", "cultural cooperation program", "cultural cooperation programme"],
                ["cooperation programs", "cooperation programmes", "programs", "programmes"], kind: "programme", label: "Programme")
        + forms(["letter of intent"], ["letters of intent"], kind: "letter_of_intent", label: "Letter of intent")
        + forms(["exchange of notes", "exchange of letters"], ["exchanges of notes", "exchanges of letters"], kind: "exchange_of_notes", label: "Exchange of notes")
        + forms(["free trade agreement", "free-trade agreement", "fta", "free trade deal", "free-trade deal", "free trade pact"],
                ["free trade agreements"], kind: "free_trade_agreement", label: "Free trade agreement")
        + forms(["early harvest arrangement", "early harvest agreement", "early harvest arrangements"], [],
                kind: "early_harvest_arrangement", label: "Early harvest arrangement")
        + forms(["treaty"], ["treaties"], kind: "treaty", label: "Treaty")
        + forms(["framework agreement"], ["framework agreements"], kind: "framework_agreement", label: "Framework agreement")
        + forms(["contract"], ["contracts"], kind: "contract", label: "Contract")
        + forms(["currency swap", "swap agreement", "swap line", "currency swap agreement", "currency swap deal", "currency swap line",
                 "currency swap arrangement", "swap arrangement"],
                ["currency swap agreements", "swap agreements", "currency swaps", "currency swap deals"], kind: "currency_swap", label: "Currency swap")
        + forms(["loan agreement"], ["loan agreements"], kind: "loan_agreement", label: "Loan agreement")
        + forms(["joint declaration", "joint statement"], [], kind: "joint_statement", label: "Joint statement")
        + forms(["joint communique", "joint communiqué", "communique", "communiqué"], ["joint communiques", "joint communiqués"],
                kind: "joint_communique", label: "Joint communiqué")
        + forms(["agreement", "cooperation agreement", "deal", "cooperation deal", "accord", "pact", "cooperation document", "instrument", "arrangement"],
                ["agreements", "cooperation agreements", "deals", "cooperation deals", "accords", "pacts", "understandings",
                 "cooperation documents", "instruments", "bilateral agreements", "bilateral cooperation agreements", "arrangements"],
                kind: "agreement", label: "Agreement", generic: true)
        + forms(["cooperation"], [], kind: "cooperation", label: "Cooperation")
    )
}
