/// A word, number or punctuation mark of a sentence, with its place in the cleaned text.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    let text: String
    let lower: String
    let kind: Kind
    /// Offsets into the cleaned text (`CleanText.text`).
    let range: Range<Int>

    init(text: String, kind: Kind, range: Range<Int>) {
        self.text = text
        self.lower = text.lowercased()
        self.kind = kind
        self.range = range
    }

    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var isAllCaps: Bool { text.count > 1 && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase } }
    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}
