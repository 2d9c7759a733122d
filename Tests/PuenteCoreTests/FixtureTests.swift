import Foundation
import Testing
@testable import PuenteCore

/// Every fixture article, written without looking at the parser, yields the facts written beside it.
@Suite struct FixtureTests {
    static let fixtures = FixtureExpectations.all()

    @Test func thereAreAtLeastEightFixtures() {
        #expect(Self.fixtures.count >= 8)
    }

    @Test func everyQuoteInTheFixtureCorpusIsTheTextAtItsOffsets() throws {
        let loaded = try CorpusLoader().load(directory: Paths.fixtures)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let kb = KnowledgeBaseBuilder().build(documents: loaded.documents)
        #expect(EvidenceAudit.all(kb).count > 100)
        #expect(EvidenceAudit.mismatches(kb, documents: loaded.documents) == [])
    }

    @Test(arguments: fixtures) func publicationDate(_ fixture: FixtureExpectations) throws {
        guard let published = fixture.published else { return }
        let kb = try fixture.knowledgeBase()
        #expect(kb.documents.first?.published?.description == published)
    }

    @Test(arguments: fixtures) func meetings(_ fixture: FixtureExpectations) throws {
        let kb = try fixture.knowledgeBase()
        for expected in fixture.meetings ?? [] {
            let found = kb.meetings.first { $0.countries == expected.countries.sorted() && $0.date?.description == expected.date }
            #expect(found != nil, "meeting \(expected.countries) on \(expected.date ?? "-") in \(kb.meetings.map { "\($0.id)" })")
            if let found, let names = expected.participants {
                // A participant carries one canonical name and the spellings the text used.
                #expect(Set(found.participants.flatMap(\.names)).isSuperset(of: names), "participants of \(found.id)")
            }
            if let found, let location = expected.location { #expect(found.location == location, "location of \(found.id)") }
        }
        if let count = fixture.counts?.meetings { #expect(kb.meetings.count == count, "meetings: \(kb.meetings.map(\.id))") }
        if let count = fixture.reportedAgreementCount {
            #expect(kb.meetings.contains { $0.reportedAgreementCount?.count == count }, "reported count \(count)")
        }
    }

    @Test(arguments: fixtures) func agreements(_ fixture: FixtureExpectations) throws {
        let kb = try fixture.knowledgeBase()
        for expected in fixture.agreements ?? [] {
            // Matched as the real-article scorer matches: "communique" finds "Joint communiqué".
            let about = expected.about.folded
            let found = kb.agreements.first { agreement in
                (agreement.title.folded.contains(about) || agreement.sectors.contains { $0.replacingOccurrences(of: "_", with: " ").contains(about) })
                    && (expected.status == nil || agreement.status.rawValue == expected.status)
                    && (expected.parties == nil || agreement.parties == expected.parties!.sorted())
            }
            #expect(found != nil, "agreement about \(about) (\(expected.status ?? "")) in \(kb.agreements.map { "\($0.title) [\($0.status)] \($0.parties)" })")
            if let found, let signed = expected.signed { #expect(found.signed?.description == signed, "date of \(found.title)") }
        }
        if let count = fixture.counts?.agreements { #expect(kb.agreements.count == count, "agreements: \(kb.agreements.map(\.title))") }
    }

    @Test(arguments: fixtures) func tradeFigures(_ fixture: FixtureExpectations) throws {
        let kb = try fixture.knowledgeBase()
        for expected in fixture.tradeFigures ?? [] {
            let found = kb.tradeFigures.first {
                $0.country == expected.country && $0.partner == expected.partner && $0.year == expected.year && $0.indicator.rawValue == expected.indicator
                    && $0.value?.amount == expected.amount
            }
            #expect(found != nil, "trade \(expected.country)-\(expected.partner) \(expected.year) \(expected.indicator) \(expected.amount.map { "\($0)" } ?? "nil") in \(kb.tradeFigures.map { "\($0.id)=\($0.value?.amount ?? .nan)" })")
            if let found, let qualifier = expected.qualifier { #expect(found.value?.qualifier.rawValue == qualifier, "qualifier of \(found.id)") }
            if let found, let currency = expected.currency { #expect(found.value?.currency == currency, "currency of \(found.id)") }
        }
        if let count = fixture.counts?.tradeFigures { #expect(kb.tradeFigures.count == count, "trade: \(kb.tradeFigures.map(\.id))") }
    }

    @Test(arguments: fixtures) func bri(_ fixture: FixtureExpectations) throws {
        let kb = try fixture.knowledgeBase()
        for expected in fixture.bri ?? [] {
            let found = kb.bri.first { $0.country == expected.country }
            #expect(found?.status.rawValue == expected.status, "BRI status of \(expected.country): \(found.map { "\($0.status) \($0.events.map { "\($0.kind)@\($0.date?.description ?? "-")" })" } ?? "none")")
            if let joined = expected.joined { #expect(found?.joined?.description == joined, "joined of \(expected.country)") }
            if let exited = expected.exited { #expect(found?.exited?.description == exited, "exited of \(expected.country)") }
        }
        if let count = fixture.counts?.bri { #expect(kb.bri.count == count, "bri: \(kb.bri.map { "\($0.country) \($0.status)" })") }
    }

    @Test(arguments: fixtures) func relations(_ fixture: FixtureExpectations) throws {
        let kb = try fixture.knowledgeBase()
        for expected in fixture.relations ?? [] {
            let found = kb.relations.first { $0.countries == expected.countries.sorted() && $0.kind == expected.kind && $0.date?.description == expected.date }
            #expect(found != nil, "relation \(expected.countries) \(expected.kind) \(expected.date ?? "-") in \(kb.relations.map(\.id))")
        }
        if let count = fixture.counts?.relations { #expect(kb.relations.count == count, "relations: \(kb.relations.map(\.id))") }
    }
}

extension String {
    /// Lower case without accents.
    var folded: String { folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
}
