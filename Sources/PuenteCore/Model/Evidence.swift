/// Where a fact was read: `quote` is exactly the document's text between `start` and `end`,
/// counted in Unicode scalars into the text as read from the file.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    public let document: String
    public let quote: String
    public let start: Int
    public let end: Int

    public init(document: String, quote: String, start: Int, end: Int) {
        self.document = document
        self.quote = quote
        self.start = start
        self.end = end
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}

extension Array where Element == Evidence {
    /// Sorted, without repeats: the form every fact stores its evidence in.
    func normalized() -> [Evidence] { Array(Set(self)).sorted() }
}
