import Foundation
import Testing
@testable import PuenteCore

/// The five seed articles yield every fact the project promises, once each, with exact evidence.
@Suite struct SeedCorpusTests {
    static let loaded = try! CorpusLoader().load(directory: Paths.seedCorpus)
    static let kb = KnowledgeBaseBuilder().build(documents: loaded.documents, warnings: loaded.warnings)
    let kb = SeedCorpusTests.kb

    func meetingOn(_ date: String) -> Meeting? { kb.meetings.first { $0.date?.description == date } }

    @Test func twoMeetingsOfPetroAndXiInBeijing() throws {
        #expect(kb.meetings.count == 2)
        for (date, sources) in [("2023-10-25", ["000", "004"]), ("2025-05-14", ["002", "003"])] {
            let meeting = try #require(meetingOn(date))
            #expect(meeting.countries == ["CN", "CO"])
            #expect(meeting.location == "Beijing")
            #expect(Set(meeting.participants.map(\.name)) == ["Gustavo Petro", "Xi Jinping"])
            #expect(meeting.participants.first { $0.name == "Xi Jinping" }?.country == "CN")
            #expect(meeting.participants.first { $0.name == "Gustavo Petro" }?.country == "CO")
            let documents = Set(meeting.evidence.map { String($0.document.prefix(3)) })
            #expect(documents.isSuperset(of: sources), "evidence of \(date) from \(documents)")
        }
        #expect(meetingOn("2023-10-25")?.id == "2023-10-25-cn-co")
    }

    @Test(arguments: [
        ("sanitary_protocol", "beef"), ("sanitary_protocol", "quinoa"), ("memorandum_of_understanding", "ICT"),
        ("memorandum_of_understanding", "trade"), ("memorandum_of_understanding", "economic cooperation"),
        ("memorandum_of_understanding", "agriculture"), ("memorandum_of_understanding", "industry"),
        ("programme", "cultur"), ("cooperation", "data protection"), ("work_plan", "education"),
        ("cooperation", "ecological development"), ("memorandum_of_understanding", "China Media Group"),
    ])
    func october2023Agreement(kind: String, about: String) throws {
        let matches = kb.agreements.filter { $0.kind == kind && $0.title.contains(about) }
        #expect(matches.count == 1, "\(kind) about \(about): \(kb.agreements.map(\.title))")
        let agreement = try #require(matches.first)
        #expect(agreement.status == .signed)
        #expect(agreement.parties == ["CN", "CO"])
        #expect(agreement.meeting == "2023-10-25-cn-co")
        #expect(agreement.signed?.description == "2023-10-25")
    }

    @Test func octoberMeetingCountsTwelveAgreementsAndListsTwelve() throws {
        let meeting = try #require(meetingOn("2023-10-25"))
        #expect(meeting.reportedAgreementCount?.count == 12)
        #expect(Set(meeting.reportedAgreementCount?.evidence.map { String($0.document.prefix(3)) } ?? []) == ["000", "004"])
        #expect(meeting.agreements.count == 12)
    }

    @Test func beltAndRoadPlanSignedOnceWithTheLetterOfIntentAsEvidence() throws {
        let plans = kb.agreements.filter { $0.sectors.contains("belt_and_road") }
        #expect(plans.count == 1)
        let plan = try #require(plans.first)
        #expect(plan.status == .signed)
        #expect(plan.signed?.description == "2025-05-14")
        #expect(plan.meeting == "2025-05-14-cn-co")
        #expect(Set(plan.evidence.map { String($0.document.prefix(3)) }) == ["001", "002", "003"])
    }

    @Test func colombianTradeWithChinaIn2022() throws {
        let exports = try #require(kb.tradeFigures.first { $0.id == "co-cn-2022-exports" })
        #expect(exports.value?.amount == 7_000_000_000)
        #expect(exports.value?.currency == "USD")
        #expect(exports.change?.since == 2017)
        #expect(exports.change?.percent == 20)
        let balance = try #require(kb.tradeFigures.first { $0.id == "co-cn-2022-balance" })
        #expect(balance.value?.amount == -8_000_000_000)
        #expect(balance.value?.qualifier == .moreThan)
        #expect(balance.sign == "deficit")
    }

    @Test(arguments: ["AR", "VE", "BO", "SR"])
    func deficitWithChinaIn2022WithoutAmount(country: String) throws {
        let figure = try #require(kb.tradeFigures.first { $0.country == country })
        #expect(figure.partner == "CN" && figure.year == 2022 && figure.indicator == .balance)
        #expect(figure.value == nil && figure.sign == "deficit")
    }

    @Test func noOtherTradeFigures() {
        #expect(kb.tradeFigures.count == 6, "\(kb.tradeFigures.map(\.id))")
    }

    @Test func colombiaJoinedTheBeltAndRoadIn2025() throws {
        let colombia = try #require(kb.bri.first { $0.country == "CO" })
        #expect(colombia.status == .member)
        #expect(colombia.joined?.description == "2025-05-14")
        #expect(colombia.events.contains { $0.kind == .notMember && $0.date?.year == 2023 })
        #expect(colombia.events.contains { $0.kind == .intent })
        #expect(colombia.events.last?.kind == .joined)
    }

    @Test func panamaLeftTheBeltAndRoadIn2025() throws {
        let panama = try #require(kb.bri.first { $0.country == "PA" })
        #expect(panama.status == .formerMember)
        #expect(panama.exited?.description == "2025")
    }

    @Test func relationsSince1980AndStrategicPartnershipFrom2023() throws {
        let diplomatic = kb.relations.filter { $0.countries == ["CN", "CO"] && $0.kind == "diplomatic_relations" }
        #expect(diplomatic.map { $0.date?.description } == ["1980"])
        #expect(Set(diplomatic.first?.evidence.map { String($0.document.prefix(3)) } ?? []) == ["000", "002", "003", "004"])
        let partnership = kb.relations.filter { $0.countries == ["CN", "CO"] && $0.kind == "strategic_partnership" }
        #expect(partnership.map { $0.date?.description } == ["2023-10-25"])
    }

    @Test func everyQuoteIsTheDocumentTextAtItsOffsets() {
        #expect(EvidenceAudit.all(kb).count > 40)
        #expect(EvidenceAudit.mismatches(kb, documents: Self.loaded.documents) == [])
    }

    @Test func idsAreUnique() {
        for ids in [kb.meetings.map(\.id), kb.agreements.map(\.id), kb.tradeFigures.map(\.id), kb.relations.map(\.id), kb.bri.map(\.country)] {
            #expect(Set(ids).count == ids.count, "\(ids)")
        }
    }

    @Test func loadOrderDoesNotChangeTheKnowledgeBase() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let reversed = KnowledgeBaseBuilder().build(documents: Self.loaded.documents.reversed())
        #expect(try encoder.encode(reversed) == encoder.encode(KnowledgeBaseBuilder().build(documents: Self.loaded.documents)))
    }

    @Test func publicationDatesComeFromManifestAndText() {
        let published = Dictionary(uniqueKeysWithValues: kb.documents.map { ($0.id.prefix(3), $0.published?.description) })
        #expect(published["002"] == "2025-05-15")
        #expect(published["004"] == "2023-10-25")
        #expect(published["000"] == "2023-10")
    }
}
