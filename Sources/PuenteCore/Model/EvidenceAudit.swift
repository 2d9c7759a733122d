/// Checks the promise every fact makes: its evidence quotes the document exactly at its offsets.
public enum EvidenceAudit {
    /// Every piece of evidence in a knowledge base, with what it is evidence for.
    public static func all(_ kb: KnowledgeBase) -> [(fact: String, evidence: Evidence)] {
        var result: [(String, Evidence)] = []
        for meeting in kb.meetings {
            result += meeting.evidence.map { ("meeting \(meeting.id)", $0) }
            result += (meeting.reportedAgreementCount?.evidence ?? []).map { ("count of \(meeting.id)", $0) }
        }
        for agreement in kb.agreements { result += agreement.evidence.map { ("agreement \(agreement.id)", $0) } }
        for figure in kb.tradeFigures { result += figure.evidence.map { ("trade \(figure.id)", $0) } }
        for membership in kb.bri {
            for event in membership.events { result += event.evidence.map { ("BRI \(membership.country) \(event.kind)", $0) } }
        }
        for relation in kb.relations { result += relation.evidence.map { ("relation \(relation.id)", $0) } }
        return result
    }

    /// The facts whose quote is not the document's text at its offsets.
    public static func mismatches(_ kb: KnowledgeBase, documents: [Document]) -> [String] {
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        return all(kb).compactMap { fact, evidence in
            guard let scalars = texts[evidence.document], evidence.start >= 0, evidence.start < evidence.end, evidence.end <= scalars.count else {
                return "\(fact): offsets \(evidence.start)..<\(evidence.end) outside \(evidence.document)"
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[evidence.start..<evidence.end])
            return String(view) == evidence.quote ? nil : "\(fact): quote differs from \(evidence.document) at \(evidence.start)"
        }
    }
}
