/// One element of a header that lists values with qualities, such as `Accept` (`text/csv;q=0.5`) or
/// `Accept-Encoding` (`gzip;q=0`): the value lower-cased without its parameters, and its `q` (1 when absent).
struct WeightedValue {
    let value: String
    let quality: Double

    static func list(_ header: String) -> [WeightedValue] {
        header.lowercased().split(separator: ",").compactMap { element in
            let pieces = element.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let value = pieces.first, !value.isEmpty else { return nil }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return WeightedValue(value: value, quality: min(max(q, 0), 1))
        }
    }
}
