import PuenteCore

extension Meeting: CSVRecord {
    static let csvName = "meetings"
    static let csvColumns = ["id", "date", "location", "countries", "participants", "occasion", "agreements",
                             "reported_agreement_count"] + SupportColumns.names + EvidenceColumns.names

    /// Participants read "Name (country, role)": `Gustavo Petro (CO, president); Xi Jinping (CN, president)`.
    var csvValues: [CSVValue] {
        let people = participants.map { person in
            let about = [person.country, person.role].compactMap { $0 }
            return about.isEmpty ? person.name : "\(person.name) (\(about.joined(separator: ", ")))"
        }
        return [.text(id), .text(date?.description), .text(location), countries.joinedCell, people.joinedCell, .text(occasion),
                agreements.joinedCell, .integer(reportedAgreementCount?.count)] + SupportColumns.values(sources, confidence)
            + EvidenceColumns.values(evidence)
    }
}

extension Agreement: CSVRecord {
    static let csvName = "agreements"
    static let csvColumns = ["id", "title", "kind", "status", "signed", "parties", "organizations", "sectors", "meeting"]
        + SupportColumns.names + EvidenceColumns.names

    var csvValues: [CSVValue] {
        [.text(id), .text(title), .text(kind), .text(status.rawValue), .text(signed?.description), parties.joinedCell,
         organizations.joinedCell, sectors.joinedCell, .text(meeting)] + SupportColumns.values(sources, confidence)
            + EvidenceColumns.values(evidence)
    }
}

extension TradeFigure: CSVRecord {
    static let csvName = "trade-figures"
    static let csvColumns = ["id", "country", "partner", "year", "indicator", "amount", "currency", "qualifier", "sign",
                             "change_percent", "change_qualifier", "change_since"] + SupportColumns.names + EvidenceColumns.names

    var csvValues: [CSVValue] {
        [.text(id), .text(country), .text(partner), .integer(year), .text(indicator.rawValue), .number(value?.amount),
         .text(value?.currency), .text(value?.qualifier.rawValue), .text(sign), .number(change?.percent),
         .text(change?.qualifier.rawValue), .integer(change?.since)] + SupportColumns.values(sources, confidence)
            + EvidenceColumns.values(evidence)
    }
}

extension TradeBalance: CSVRecord {
    static let csvName = "trade-balances"
    /// Each of exports, imports and balance gives `_amount`, `_currency`, `_qualifier` and `_derived`; the balance
    /// also `_sign`. `conflicts` reads `balance: id1 id2` per indicator whose sources disagree.
    static let csvColumns = ["country", "partner", "year"] + valueColumns("exports") + valueColumns("imports")
        + valueColumns("balance") + ["balance_sign", "figures", "conflicts"]

    private static func valueColumns(_ name: String) -> [String] {
        ["amount", "currency", "qualifier", "derived"].map { "\(name)_\($0)" }
    }

    private static func cells(_ value: Value?) -> [CSVValue] {
        [.number(value?.amount), .text(value?.currency), .text(value?.qualifier?.rawValue), .flag(value?.derived)]
    }

    var csvValues: [CSVValue] {
        let disagreements = conflicts.map { "\($0.indicator.rawValue): \($0.figures.joined(separator: " "))" }
        return [.text(country), .text(partner), .integer(year)] + Self.cells(exports) + Self.cells(imports) + Self.cells(balance)
            + [.text(balance?.sign), figures.joinedCell, disagreements.joinedCell]
    }
}

extension BriMembership: CSVRecord {
    static let csvName = "bri-members"
    /// `events` reads `date kind` per event (`2023-10-25 intent; 2025-05-14 joined`); the evidence columns cover
    /// every event's evidence.
    static let csvColumns = ["country", "name", "status", "joined", "exited", "events"] + SupportColumns.names
        + EvidenceColumns.names

    var csvValues: [CSVValue] {
        let steps = events.map { [$0.date?.description, $0.kind.rawValue].compactMap { $0 }.joined(separator: " ") }
        return [.text(country), .text(name), .text(status.rawValue), .text(joined?.description), .text(exited?.description),
                steps.joinedCell] + SupportColumns.values(sources, confidence) + EvidenceColumns.values(events.flatMap(\.evidence))
    }
}

extension RelationEvent: CSVRecord {
    static let csvName = "relations"
    static let csvColumns = ["id", "date", "countries", "kind"] + EvidenceColumns.names

    var csvValues: [CSVValue] {
        [.text(id), .text(date?.description), countries.joinedCell, .text(kind)] + EvidenceColumns.values(evidence)
    }
}

extension DocumentSummary: CSVRecord {
    static let csvName = "documents"
    static let csvColumns = ["id", "file", "title", "publisher", "url", "published", "sentence_count", "countries", "people",
                             "warnings"]

    var csvValues: [CSVValue] {
        [.text(id), .text(file), .text(title), .text(publisher), .text(url), .text(published?.description), .integer(sentenceCount),
         countries.joinedCell, people.map(\.name).joinedCell, warnings.joinedCell]
    }
}

extension TimelineEntry: CSVRecord {
    static let csvName = "timeline"
    static let csvColumns = ["date", "kind", "title", "countries", "link"] + EvidenceColumns.names

    var csvValues: [CSVValue] {
        [.text(date.description), .text(kind), .text(title), countries.joinedCell, .text(link)] + EvidenceColumns.values(evidence)
    }
}

/// A search hit: one sentence.
extension Evidence: CSVRecord {
    static let csvName = "search"
    static let csvColumns = ["document", "start", "end", "quote"]

    var csvValues: [CSVValue] { [.text(document), .integer(start), .integer(end), .text(quote)] }
}

/// `sources` (document ids joined by `; `) and `confidence`, on every fact that carries them.
enum SupportColumns {
    static let names = ["sources", "confidence"]

    static func values(_ sources: [String], _ confidence: Double) -> [CSVValue] {
        [sources.joinedCell, .number(confidence)]
    }
}
