import Testing
@testable import PuenteCore

/// Sentence ends, and the dots that are not sentence ends.
@Suite struct SentenceSplitterTests {
    static let examples: [(text: String, sentences: Int)] = [
        ("China met Peru. They signed a deal.", 2),
        ("Trade hit $4.5 billion. It grew.", 2),
        ("The U.S. Treasury objected.", 1),
        ("Pressure came from the U.S. The talks went on.", 2),
        ("On Nov. 15 the leaders met.", 1),
        ("Bombardier Inc. won the contract.", 1),
        ("Bombardier Inc. The contract was won.", 2),
        ("John F. Kennedy is not in this story.", 1),
        ("\"We are friends.\" Xi said so.", 2),
        ("Is it a deal? Yes, it is.", 2),
        ("Mr. Petro and Dr. Lopez met.", 1),
        ("The ambassador called on the Hon. Philip Davis on Friday.", 1),
        ("Exports rose 20%. Imports fell.", 2),
        ("2. Memorandum of Understanding on Fisheries.", 1),
        ("12. Protocol on Avocados. It opens the market.", 2),
        ("It rose in 2023. Exports fell.", 2),
    ]

    @Test(arguments: examples)
    func splits(_ row: (text: String, sentences: Int)) {
        let clean = Cleaner().clean(Array(row.text.unicodeScalars))
        #expect(SentenceSplitter().split(clean).count == row.sentences, "\(row.text)")
    }
}
