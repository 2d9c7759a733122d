/// A word, number or punctuation mark of a sentence, with its place in the cleaned text.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    let text: String
    let lower: String
    let kind: Kind
    /// Offsets into the cleaned text (`CleanText.text`).
    let range: Range<Int>

    let isCapitalized: Bool
    /// The lexicons and cue lists this word can start an entry of.
    let classes: WordClass
    /// Two or more letters, none of them lower case ("US", "CELAC", "XI").
    let isAllCaps: Bool

    init(text: String, kind: Kind, range: Range<Int>, classify: Bool = true) {
        self.text = text
        // "Belt & Road", "Trinidad & Tobago": the ampersand reads as the word.
        self.lower = text == "&" ? "and" : text.lowercased()
        self.kind = kind
        self.range = range
        self.isCapitalized = text.unicodeScalars.first?.isUpper ?? false
        self.isAllCaps = isCapitalized && text.unicodeScalars.count > 1 && !text.unicodeScalars.contains { $0.isLower }
        self.classes = kind == .number || !classify ? [] : WordClass.of(lower)
    }
    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}
