import PuenteCore

/// An item of a list endpoint as one CSV row: its columns, in order, and its cells. Nested fields are flattened the
/// same way everywhere: lists are joined by `"; "`, evidence becomes `evidence_count`, `evidence_documents` (the
/// documents quoted, each once) and `first_quote`.
protocol CSVRecord {
    /// The file name a download is saved under, without extension ("meetings").
    static var csvName: String { get }
    static var csvColumns: [String] { get }
    var csvValues: [CSVValue] { get }
}

extension Array where Element == String {
    /// A list as one cell: `"CN; CO"`, or empty.
    var joinedCell: CSVValue { .text(isEmpty ? nil : joined(separator: "; ")) }
}

/// The evidence columns every fact family ends with.
enum EvidenceColumns {
    static let names = ["evidence_count", "evidence_documents", "first_quote"]

    static func values(_ evidence: [Evidence]) -> [CSVValue] {
        var documents: [String] = []
        for item in evidence where !documents.contains(item.document) { documents.append(item.document) }
        return [.integer(evidence.count), documents.joinedCell, .text(evidence.first?.quote)]
    }
}
