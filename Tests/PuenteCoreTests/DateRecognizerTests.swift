import Testing
@testable import PuenteCore

/// Dates as written, resolved against a publication date of Wednesday 2023-10-25 unless the row says otherwise.
@Suite struct DateRecognizerTests {
    static let positives: [(text: String, published: String, expected: String)] = [
        ("The talks were held on October 25, 2023.", "2023-10-25", "2023-10-25"),
        ("The talks were held on 25 October 2023.", "2023-10-25", "2023-10-25"),
        ("The talks were held on Oct. 25, 2023.", "2023-10-25", "2023-10-25"),
        ("It was signed on 2023-10-25.", "2023-11-01", "2023-10-25"),
        ("He visited China in October 2023.", "2025-05-15", "2023-10"),
        ("Ties were established in 1980.", "2023-10-25", "1980"),
        ("China elevated relations on Wednesday.", "2023-10-25", "2023-10-25"),
        ("Petro arrived on Tuesday.", "2023-10-25", "2023-10-24"),
        ("They met last Wednesday.", "2023-10-25", "2023-10-18"),
        ("Xi will visit on Friday.", "2023-10-25", "2023-10-27"),
        ("They met on Wednesday.", "2025-05", "2025-05"),
        ("Exports fell last year.", "2023-10-25", "2022"),
        ("Earlier this year, Panama exited.", "2025-05", "2025"),
        ("Imports will start next year.", "2023-10-25", "2024"),
        ("The deal was signed in May last year.", "2024-06-01", "2023-05"),
        ("The plant opened last month.", "2024-01-10", "2023-12"),
        ("Uruguay signed the memorandum in August.", "2019-05-24", "2018-08"),
        ("Xi will visit Brasilia in August.", "2019-05-24", "2019-08"),
        ("Trade rose in May.", "2019-05-24", "2019-05"),
        ("The two ministers signed the protocols over the weekend.", "2024-07-01", "2024-06"),
        ("The delegation arrives next weekend.", "2024-06-26", "2024-06"),
        ("The fair closed yesterday.", "2024-03-01", "2024-02-29"),
        ("The two ministers signed the plan this morning.", "2024-03-01", "2024-03-01"),
        ("The leaders dine together tonight.", "2024-03-01", "2024-03-01"),
        ("The accord was sealed last night.", "2024-03-01", "2024-02-29"),
        ("Relations were established on March 26.", "2023-06-08", "2023-03-26"),
        ("On October 7th the attack began.", "2023-10-25", "2023-10-07"),
        ("Trade rose two years ago.", "2023-10-25", "2021"),
        ("Three years ago this month the port opened.", "2023-10-25", "2020-10"),
        ("The president said this Monday (02) that ties would grow.", "2023-01", "2023-01-02"),
        ("The two signed agreements this Friday (14th) in Beijing.", "2023-04-15", "2023-04-14"),
        ("The minister arrived on Sunday (30).", "2024-01-02", "2023-12-30"),
    ]

    @Test(arguments: positives)
    func resolves(_ row: (text: String, published: String, expected: String)) throws {
        let sentence = try #require(analyzedSentence(row.text, published: row.published))
        #expect(sentence.dates.map(\.date.description) == [row.expected], "\(row.text)")
    }

    @Test func yearsEarlierCountsBackFromTheSentencesYear() throws {
        let sentence = try #require(analyzedSentence("In 2022, shipments totalled $7 billion, up almost 20% from five years earlier."))
        #expect(sentence.dates.map(\.date.description) == ["2022", "2017"])
    }

    static let negatives: [String] = [
        "Colombia may join the initiative.",
        "The work plan covers the years 2023-2028.",
        "Exports reached $2019 million.",
        "The metro cost rose 2022%.",
        "A march through Bogota drew thousands.",
        "Colombia signed 12 agreements.",
        "Last morning trains were cancelled.",
    ]

    @Test(arguments: negatives)
    func findsNoDate(_ text: String) throws {
        let sentence = try #require(analyzedSentence(text))
        #expect(sentence.dates.isEmpty, "\(text): \(sentence.dates.map(\.date.description))")
    }

    @Test func relativeDatesNeedAPublicationDate() throws {
        let sentence = try #require(analyzedSentence("Exports fell last year on Wednesday.", published: nil))
        #expect(sentence.dates.isEmpty)
    }
}
