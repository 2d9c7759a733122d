/// An article with its site furniture removed: blocks (paragraphs and headings) of normalised text,
/// every scalar mapped back to its offset in the file.
struct CleanText: Sendable {
    struct Block: Sendable {
        let range: Range<Int>
        /// A short line without closing punctuation: a headline, a section title or a caption.
        let isHeading: Bool
        /// A line opened by a bullet or a number ("• A tourism agreement ...", "2. ..."): one item of a list.
        let isListItem: Bool
    }

    let text: MappedText
    let blocks: [Block]
}
