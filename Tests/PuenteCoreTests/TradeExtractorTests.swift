import Testing
@testable import PuenteCore

/// Trade figures, always on the Latin American side, deficits negative.
@Suite struct TradeExtractorTests {
    static let positives: [(text: String, figures: [String])] = [
        ("In 2022, shipments from Colombia to China totalled $7 billion.", ["co-cn-2022-exports=7000000000"]),
        ("China's imports from Chile reached $38.2 billion in 2023.", ["cl-cn-2023-exports=38200000000"]),
        ("China's exports to Peru rose to $12 billion last year.", ["pe-cn-2022-imports=12000000000"]),
        ("Colombia had a trade deficit of more than $8 billion with China last year.", ["co-cn-2022-balance=-8000000000"]),
        ("Brazil ran a surplus of $51 billion with China in 2023.", ["br-cn-2023-balance=51000000000"]),
        ("Bilateral trade between Chile and China totalled $58.7 billion in 2023.", ["cl-cn-2023-total=58700000000"]),
        ("Peru's exports to China reached $23.4 billion last year, while Peru's imports from China stood at US$ 12.1 billion.",
         ["pe-cn-2022-exports=23400000000", "pe-cn-2022-imports=12100000000"]),
        ("Ecuador sold more than $5 billion worth of goods to China in 2023.", ["ec-cn-2023-exports=5000000000"]),
        ("Argentina and Bolivia posted trade deficits with China in 2022.", ["ar-cn-2022-balance=nil", "bo-cn-2022-balance=nil"]),
        ("China's imports from Chile reached $38.2 billion in 2023, up from $35.1 billion in 2022.",
         ["cl-cn-2022-exports=35100000000", "cl-cn-2023-exports=38200000000"]),
    ]

    @Test(arguments: positives)
    func finds(_ row: (text: String, figures: [String])) {
        let figures = knowledgeBase(row.text).tradeFigures.map { "\($0.id)=\($0.value.map { String(Int64($0.amount)) } ?? "nil")" }
        #expect(figures.sorted() == row.figures, "\(row.text)")
    }

    static let negatives: [String] = [
        "The Bogota metro is a $4 billion project.",
        "Chinese companies announced investments of more than $4 billion in Chilean lithium.",
        "Chinese imports from Colombia have risen sharply in the last few years.",
        "Colombia hopes to sell more coffee to China.",
        "Exports to China are worth $2 billion every year.",
    ]

    @Test(arguments: negatives)
    func findsNone(_ text: String) {
        #expect(knowledgeBase(text).tradeFigures.isEmpty, "\(text): \(knowledgeBase(text).tradeFigures.map(\.id))")
    }
}
