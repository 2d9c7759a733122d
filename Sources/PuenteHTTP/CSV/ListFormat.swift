import Hummingbird

/// How a list is answered: JSON, or CSV when `?format=csv` asks for it or `Accept` prefers `text/csv`.
enum ListFormat: Sendable {
    case json, csv

    init(_ request: Request, query: QueryParameters) throws(Problem) {
        if let value = try query.choice("format", ["json", "csv"]) {
            self = value == "csv" ? .csv : .json
        } else {
            self = Self.prefersCSV(accept: request.headers[.accept]) ? .csv : .json
        }
    }

    /// True when `Accept` gives `text/csv` a higher quality than `application/json`, or the same quality through a
    /// more specific range (`text/csv, */*` asks for CSV). A header that allows neither gets JSON, the default.
    static func prefersCSV(accept: String?) -> Bool {
        guard let accept else { return false }
        let ranges = WeightedValue.list(accept).compactMap(MediaRange.init)
        let csv = MediaRange.preference(for: "text", "csv", in: ranges)
        let json = MediaRange.preference(for: "application", "json", in: ranges)
        guard csv.quality > 0 else { return false }
        return csv.quality > json.quality || (csv.quality == json.quality && csv.specificity > json.specificity)
    }
}

/// One entry of an `Accept` header: `type/subtype`, either part possibly `*`, and its `q`.
struct MediaRange {
    let type: Substring
    let subtype: Substring
    let quality: Double

    init?(_ element: WeightedValue) {
        guard let slash = element.value.firstIndex(of: "/") else { return nil }
        type = element.value[..<slash]
        subtype = element.value[element.value.index(after: slash)...]
        quality = element.quality
    }

    /// The quality the most specific matching range gives `type/subtype`, and how specific that range is
    /// (2 exact, 1 `type/*`, 0 `*/*`, -1 none).
    static func preference(for type: String, _ subtype: String, in ranges: [MediaRange]) -> (quality: Double, specificity: Int) {
        var best: (quality: Double, specificity: Int) = (0, -1)
        for range in ranges {
            let specificity: Int
            if range.type == type, range.subtype == subtype { specificity = 2 }
            else if range.type == type, range.subtype == "*" { specificity = 1 }
            else if range.type == "*", range.subtype == "*" { specificity = 0 }
            else { continue }
            if specificity > best.specificity { best = (range.quality, specificity) }
        }
        return best
    }
}
