/// How plainly one article states a fact. Its raw value is the share of such reports taken to be right.
public enum Directness: Double, Sendable, Hashable, Comparable {
    /// The event itself, stated as done: "signed a memorandum", "met on Wednesday", a dated photo caption, a
    /// figure with its amount and its year.
    case direct = 0.85
    /// Stated less plainly: only in a headline, "agreed" or a generic "deals", a meeting or signing not dated to
    /// the day, an agreement of more than two countries, a year read from "last year", a balance without an amount.
    case indirect = 0.6
    /// In passing: a state read from a list or a round-up, a date that is only when the article was written.
    case passing = 0.4

    public static func < (a: Directness, b: Directness) -> Bool { a.rawValue < b.rawValue }
}

/// One article's report of a fact, before fusion.
struct Report: Sendable, Hashable {
    let document: String
    let directness: Directness
}

/// The distinct articles behind a fact and how far to trust it.
///
/// `confidence` is 1 − Π(1 − dᵢ) over the distinct documents, dᵢ being the directness of the plainest report in
/// document i: the chance the fact holds if each article were right, independently, as often as its wording
/// suggests. One direct report gives 0.85, two give 0.98; one indirect report 0.6, two 0.84; one in passing 0.4.
public struct Support: Sendable, Hashable {
    public let sources: [String]
    public let confidence: Double

    init(_ reports: [Report]) {
        var best: [String: Directness] = [:]
        for report in reports { best[report.document] = max(best[report.document] ?? report.directness, report.directness) }
        sources = best.keys.sorted()
        let doubt = best.values.reduce(1.0) { $0 * (1 - $1.rawValue) }
        confidence = ((1 - doubt) * 100).rounded() / 100
    }
}
