/// Text being cleaned, each scalar remembering its offset in the original file,
/// so that anything found in the cleaned text can be quoted exactly from the original.
struct MappedText: Sendable {
    var scalars: [Unicode.Scalar] = []
    var origin: [Int] = []

    mutating func append(_ scalar: Unicode.Scalar, from offset: Int) {
        scalars.append(scalar)
        origin.append(offset)
    }

    mutating func append(contentsOf other: MappedText, range: Range<Int>) {
        scalars.append(contentsOf: other.scalars[range])
        origin.append(contentsOf: other.origin[range])
    }

    var count: Int { scalars.count }

    func string(_ range: Range<Int>) -> String { Tokenizer.string(scalars[range]) }

    /// The original offsets `start..<end` covered by the cleaned range.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return origin[range.lowerBound]..<origin[range.lowerBound] }
        return origin[range.lowerBound]..<(origin[range.upperBound - 1] + 1)
    }
}
