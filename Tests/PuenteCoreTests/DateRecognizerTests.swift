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
        ("The memorandum was signed earlier this summer.", "2018-09-06", "2018"),
        ("The two governments opened talks this spring.", "2021-04", "2021"),
        ("The port deal was sealed last summer.", "2019-10-02", "2019"),
        ("The port deal was sealed last summer.", "2019-03-02", "2018"),
        ("Shipments resumed last autumn.", "2024-02-10", "2023"),
        ("The visit followed talks last fall.", "2023-12-20", "2023"),
    ]

    @Test(arguments: positives)
    func resolves(_ row: (text: String, published: String, expected: String)) throws {
        let sentence = try #require(analyzedSentence(row.text, published: row.published))
        #expect(sentence.dates.map(\.date.description) == [row.expected], "\(row.text)")
    }

    static let countedFromTheDateBefore: [(text: String, expected: [String])] = [
        ("Ties came in June 2017 and the memorandum that November.", ["2017-06", "2017-11"]),
        ("The port opened in May 2018 and a second one in November of the same year.", ["2018-05", "2018-11"]),
        ("Chile signed in 2018 and Peru the following year.", ["2018", "2019"]),
        ("Talks began in October 2019 and ended the following March.", ["2019-10", "2020-03"]),
        ("Talks began in 2019 and ended the following March.", ["2019", "2020-03"]),
        ("She visited Beijing in November 2019, when she met the premier on 14 November.", ["2019-11", "2019-11-14"]),
        ("She visited Beijing in November 2019 and met the premier on November 14.", ["2019-11", "2019-11-14"]),
    ]

    @Test(arguments: countedFromTheDateBefore)
    func aMonthOrYearCountedFromTheDateBefore(_ row: (text: String, expected: [String])) throws {
        let sentence = try #require(analyzedSentence(row.text))
        #expect(sentence.dates.map(\.date.description) == row.expected, "\(row.text)")
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
        "The ministers met last winter.",
        "Summer rains cut the harvest.",
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

    /// A page without a publication date is read against the latest day it writes out in full, unless that day lies
    /// in the future it speaks of; a publication date always comes first.
    static let readingDates: [(text: String, published: String?, expected: [String])] = [
        ("Moreno and Xi at the Great Hall of the People in Beijing, Dec. 12, 2018.\n\nEcuador on Wednesday joined the initiative.", nil,
         ["2018-12-12"]),
        ("The treaty dates from March 3, 2009. On 4 May 2011 a second one followed.\n\nThe ministers met last year.", nil, ["2010"]),
        ("The forum will open on March 3, 2026.\n\nThe ministers met on Wednesday.", nil, []),
        ("Moreno and Xi in Beijing, Dec. 12, 2018.\n\nThe ministers met on Wednesday.", "2023-10-25", ["2023-10-25"]),
    ]

    @Test(arguments: readingDates)
    func readsAnUndatedPageAgainstItsLatestWrittenDay(_ row: (text: String, published: String?, expected: [String])) {
        let document = analyzedDocument(row.text, published: row.published)
        #expect(document.sentences.last?.dates.map(\.date.description) == row.expected, "\(row.text)")
    }
}
