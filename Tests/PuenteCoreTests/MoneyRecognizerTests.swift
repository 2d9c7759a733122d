import Testing
@testable import PuenteCore

/// Amounts of money with their currency and hedge.
@Suite struct MoneyRecognizerTests {
    static let positives: [(text: String, amount: Double, currency: String, qualifier: Money.Qualifier)] = [
        ("Shipments totalled $7 billion.", 7e9, "USD", .exact),
        ("A deficit of more than $8 billion.", 8e9, "USD", .moreThan),
        ("Imports stood at US$ 12.1 billion.", 12.1e9, "USD", .exact),
        ("Imports stood at US$12.1bn.", 12.1e9, "USD", .exact),
        ("A 12 trillion peso increase in costs.", 12e12, "COP", .exact),
        ("Trade was 6.5 billion U.S. dollars last year.", 6.5e9, "USD", .exact),
        ("Exports were about $800 million.", 8e8, "USD", .about),
        ("Exports were nearly $90 billion.", 9e10, "USD", .about),
        ("Exports amounted to less than $100 million.", 1e8, "USD", .lessThan),
        ("The budget is R$ 2 billion.", 2e9, "BRL", .exact),
        ("A loan of 500 million yuan.", 5e8, "CNY", .exact),
        ("Sales of $4.5 billion.", 4.5e9, "USD", .exact),
        ("Revenue of $12,100 million.", 12.1e9, "USD", .exact),
        ("Over $5 billion was invested.", 5e9, "USD", .moreThan),
    ]

    @Test(arguments: positives)
    func reads(_ row: (text: String, amount: Double, currency: String, qualifier: Money.Qualifier)) throws {
        let sentence = try #require(analyzedSentence(row.text))
        #expect(sentence.money.map(\.money) == [Money(amount: row.amount, currency: row.currency, qualifier: row.qualifier)], "\(row.text)")
    }

    static let negatives: [String] = [
        "The two countries signed 12 cooperation deals.",
        "Over 150 countries have joined the BRI.",
        "Line 1 of the metro is 24 kilometres long.",
        "Exports rose 20% in 2022.",
        "Exports reached $\(String(repeating: "9", count: 400)) billion.",
        "Exports reached $9000000 trillion.",
    ]

    @Test(arguments: negatives)
    func findsNoMoney(_ text: String) throws {
        let sentence = try #require(analyzedSentence(text))
        #expect(sentence.money.isEmpty, "\(text)")
    }
}
