import Testing
@testable import PuenteCore

/// A fact's confidence grows with independent articles and with how plainly each states it; one article's many
/// sentences count once, at its plainest.
@Suite struct ConfidenceTests {
    static let rows: [(reports: [(String, Directness)], sources: [String], confidence: Double)] = [
        ([("a", .direct)], ["a"], 0.85),
        ([("a", .indirect)], ["a"], 0.6),
        ([("a", .passing)], ["a"], 0.4),
        ([("a", .direct), ("b", .direct)], ["a", "b"], 0.98),
        ([("a", .indirect), ("b", .indirect)], ["a", "b"], 0.84),
        ([("a", .indirect), ("a", .direct)], ["a"], 0.85),
        ([("a", .indirect), ("a", .indirect), ("a", .indirect)], ["a"], 0.6),
        ([("b", .passing), ("a", .direct)], ["a", "b"], 0.91),
        ([], [], 0),
    ]

    @Test(arguments: rows)
    func supportOfReports(_ row: (reports: [(String, Directness)], sources: [String], confidence: Double)) {
        let support = Support(row.reports.map { Report(document: $0.0, directness: $0.1) })
        #expect(support.sources == row.sources)
        #expect(support.confidence == row.confidence)
    }

    @Test func seedFactsReportedByTwoArticlesAreTrustedMoreThanThoseOfOne() throws {
        let kb = try KnowledgeBaseBuilder().build(corpus: Paths.seedCorpus)
        for meeting in kb.meetings { #expect(meeting.sources.count == 2 && meeting.confidence >= 0.9, "\(meeting.id)") }
        let beef = try #require(kb.agreements.first { $0.id.hasSuffix("sanitary-protocol-beef") })
        let education = try #require(kb.agreements.first { $0.id.hasSuffix("work-plan-education") })
        #expect(beef.sources.count == 2 && education.sources.count == 1)
        #expect(beef.confidence > education.confidence)
        let panama = try #require(kb.bri.first { $0.country == "PA" })
        #expect(panama.sources == ["003_c943afd6b25e64ba"])
        #expect((0...1).contains(panama.confidence))
    }

    @Test func aTradePartnerCarriedOverFromTheSentenceBeforeIsLessPlainThanOneNamed() throws {
        let named = knowledgeBase("Chile's trade with China grew fast. In 2022 Chile's exports to China reached $38 billion.")
        let carried = knowledgeBase("Chile's trade with China grew fast. In 2022 Chile's exports reached $38 billion.")
        #expect(named.tradeFigures.map(\.confidence) == [0.85])
        #expect(carried.tradeFigures.map(\.confidence) == [0.6])
    }
}
