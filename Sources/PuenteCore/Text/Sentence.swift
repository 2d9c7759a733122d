/// One sentence of a cleaned document, tokenised.
struct Sentence: Sendable {
    let index: Int
    /// Offsets into the cleaned text.
    let range: Range<Int>
    let isHeading: Bool
    /// True for every sentence of a bulleted or numbered line.
    let isListItem: Bool
    /// True for the first sentence of its paragraph.
    let startsBlock: Bool
    let tokens: [Token]
}
