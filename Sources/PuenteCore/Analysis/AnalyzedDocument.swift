/// A document read through every recognizer: the input of the fact extractors.
struct AnalyzedDocument: Sendable {
    let document: Document
    let clean: CleanText
    let sentences: [AnalyzedSentence]
    /// The publication date relative dates were resolved against.
    let reference: PartialDate?
    /// The country of the region the article is mostly about (not China), if any.
    let focusCountry: String?

    var id: String { document.id }

    func evidence(_ sentence: AnalyzedSentence) -> Evidence {
        document.evidence(sentence.originalRange.lowerBound, sentence.originalRange.upperBound)
    }

    /// The two sides an article about China and a country of the region is about.
    var focusPair: [String] {
        guard let focusCountry else { return [] }
        return focusCountry == "CN" ? [] : ["CN", focusCountry].sorted()
    }
}
