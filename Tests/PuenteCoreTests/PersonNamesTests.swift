import Testing
@testable import PuenteCore

/// One person is one participant, whichever way an article writes the name.
@Suite struct PersonNamesTests {
    static let sameRows: [(names: [String], canonical: String)] = [
        (["Luiz Inácio Lula da Silva", "Lula", "Luiz Inacio Lula da Silva"], "Luiz Inácio Lula da Silva"),
        (["Dina Boluarte", "Dina Ercilia Boluarte Zegarra"], "Dina Ercilia Boluarte Zegarra"),
        (["Xi", "Xi Jinping"], "Xi Jinping"),
        (["Luis Lacalle Pou", "Luis Alberto Lacalle Pou", "Lacalle Pou"], "Luis Alberto Lacalle Pou"),
        (["Miguel Díaz-Canel", "Díaz-Canel", "Miguel Diaz-Canel Bermudez"], "Miguel Diaz-Canel Bermudez"),
    ]

    @Test(arguments: sameRows)
    func spellingsOfOnePerson(_ row: (names: [String], canonical: String)) {
        let canonical = PersonNames.canonical(row.names)
        for name in row.names { #expect(canonical[name] == row.canonical, "\(name)") }
    }

    static let differentRows: [[String]] = [
        ["Li Qiang", "Li Keqiang"],
        ["Li", "Li Qiang", "Li Keqiang"],
        ["Gabriel Boric", "Gustavo Petro"],
        ["Wang Yi", "Wang Wentao"],
    ]

    @Test(arguments: differentRows)
    func differentPeopleStayApart(_ names: [String]) {
        let canonical = PersonNames.canonical(names)
        #expect(Set(names.map { canonical[$0]! }).count == names.count, "\(names)")
    }

    @Test func aMeetingNamesEachPersonOnceWithTheSpellingsSeen() throws {
        let text = "Xi Jinping met Uruguayan President Luis Alberto Lacalle Pou in Beijing on Wednesday. "
            + "Xi told Luis Lacalle Pou that the two countries were good partners."
        let meeting = try #require(knowledgeBase(text).meetings.first)
        #expect(meeting.participants.map(\.name) == ["Luis Alberto Lacalle Pou", "Xi Jinping"])
        #expect(meeting.participants.first?.spellings == ["Luis Lacalle Pou"])
    }
}
