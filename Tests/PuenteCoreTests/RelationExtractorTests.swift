import Testing
@testable import PuenteCore

/// Relations established and partnerships upgraded.
@Suite struct RelationExtractorTests {
    static let positives: [(text: String, ids: [String])] = [
        ("The two countries upgraded their relations, first established in 1980, as Colombian President Gustavo Petro met Xi Jinping.",
         ["cn-co-diplomatic-relations-1980"]),
        ("China elevated diplomatic relations with Colombia to a strategic partnership on Wednesday.", ["cn-co-strategic-partnership-2023-10-25"]),
        ("The leaders valued the 43 years of diplomatic relations between China and Colombia.", ["cn-co-diplomatic-relations-1980"]),
        ("They will celebrate the 45th anniversary of diplomatic relations between China and Colombia.", ["cn-co-diplomatic-relations-1978"]),
        ("Peru and China established diplomatic relations in 1971 and upgraded them to a comprehensive strategic partnership in 2013.",
         ["cn-pe-comprehensive-strategic-partnership-2013", "cn-pe-diplomatic-relations-1971"]),
        ("Honduras established diplomatic ties with China on March 26.", ["cn-hn-diplomatic-relations-2023-03-26"]),
        ("Panama switched diplomatic recognition from Taipei to Beijing in 2017.", ["cn-pa-diplomatic-relations-2017"]),
    ]

    @Test(arguments: positives)
    func finds(_ row: (text: String, ids: [String])) {
        #expect(knowledgeBase(row.text).relations.map(\.id).sorted() == row.ids, "\(row.text)")
    }

    static let negatives: [String] = [
        "China upgrades diplomatic ties with close US ally Colombia",
        "Petro has sought to highlight this strategic partnership with China.",
        "Paraguay is the last South American nation that has ties with Taiwan.",
        "China presents itself as a strategic partner for Colombia.",
    ]

    @Test(arguments: negatives)
    func findsNone(_ text: String) {
        #expect(knowledgeBase(text).relations.isEmpty, "\(text): \(knowledgeBase(text).relations.map(\.id))")
    }
}
