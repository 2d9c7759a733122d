import Testing
@testable import PuenteCore

/// Meetings between a Chinese participant and one from another country.
@Suite struct MeetingExtractorTests {
    static let positives: [(text: String, id: String, location: String?)] = [
        ("Colombian President Gustavo Petro met his Chinese counterpart Xi Jinping in Beijing on Wednesday.", "2023-10-25-cn-co", "Beijing"),
        ("The plan to build a railway was signed on Monday after a meeting between Xi Jinping and Peruvian President Dina Boluarte in Lima.",
         "2023-10-23-cn-pe", "Lima"),
        ("On Monday Jamaica's foreign minister Kamina Johnson Smith held bilateral discussions with Chinese Vice Foreign Minister Hua Chunying.",
         "2023-10-23-cn-jm", nil),
        ("Chinese President Xi Jinping held talks with Peruvian President Dina Boluarte in Lima on Tuesday.", "2023-10-24-cn-pe", "Lima"),
        ("President Xi Jinping shakes hands with Brazilian President Lula at their meeting in Beijing on Friday.", "2023-10-20-br-cn", "Beijing"),
        ("Chinese Premier Li Qiang received Uruguayan President Luis Lacalle Pou on Monday.", "2023-10-23-cn-uy", nil),
        ("Mexican Foreign Minister Alicia Bárcena met Chinese Foreign Minister Wang Yi in Mexico City.", "2023-10-cn-mx", "Mexico City"),
        ("Argentina's President Javier Milei met Xi Jinping on the sidelines of the G20 summit in Rio de Janeiro on November 18, 2024.", "2024-11-18-ar-cn", "Rio de Janeiro"),
        ("Bolivian President Luis Arce met Chinese Vice Premier Ding Xuexiang in La Paz on Monday.", "2023-10-23-bo-cn", "La Paz"),
        ("President Xi Jinping welcomes Guyanese President Irfaan Ali at the Great Hall of the People in Beijing on Thursday.", "2023-10-19-cn-gy", "Beijing"),
        ("Xi Jinping held a welcome ceremony for Chilean President Gabriel Boric in Beijing on Tuesday.", "2023-10-24-cl-cn", "Beijing"),
        ("Chinese Premier Li Qiang greets Ecuadorian President Daniel Noboa in Beijing, Friday, Oct. 20, 2023.", "2023-10-20-cn-ec", "Beijing"),
        ("Wang Yi met Brazilian Foreign Minister Mauro Vieira and President Lula's special adviser Celso Amorim in Brasilia on Monday.",
         "2023-10-23-br-cn", "Brasilia"),
        ("On Tuesday, Wang Yi had a phone call with Cuban Foreign Minister Bruno Rodríguez.", "2023-10-24-cn-cu", nil),
        ("LIMA, Oct. 25 (Andina) - Last week, Peruvian President Dina Boluarte met Xi Jinping, the first talks since ties were upgraded earlier this year.",
         "2023-10-cn-pe", nil),
        ("On July 12, 2024, Chinese Ambassador Yan Jiarong paid a courtesy call on Bahamian Prime Minister Philip Davis.", "2024-07-12-bs-cn", nil),
        ("In June 2023 Honduran President Xiomara Castro paid a state visit to China, and the two heads of state held a historic meeting.",
         "2023-06-cn-hn", nil),
        ("In his phone talks with Daniel Ortega on Wednesday, Xi Jinping pointed out that the decision Nicaragua made two years ago was right.",
         "2023-10-25-cn-ni", nil),
        ("And though relations were set up just 18 months ago, Panamanian President Juan Carlos Varela greeted Xi Jinping in Panama City.",
         "2023-10-cn-pa", "Panama City"),
        ("Xi Jinping held talks with Guyanese President Irfaan Ali at the Great Hall of the People on Tuesday, as Georgetown seeks loans.",
         "2023-10-24-cn-gy", "Beijing"),
        ("At a meeting in Beijing, Xi thanked Colombian President Ivan Duque for ties between the two countries, which will turn 40 next year.",
         "2023-10-cn-co", "Beijing"),
        ("At a meeting in Beijing on Monday, Xi thanked Colombian President Gustavo Petro, whose country will mark 45 years of ties next year.",
         "2023-10-23-cn-co", "Beijing"),
        ("Chinese Premier Wen Jiabao and Costa Rican President Laura Chinchilla met in Beijing on Friday and outlined how they planned to boost trade.",
         "2023-10-20-cn-cr", "Beijing"),
        ("Cuban Prime Minister Manuel Marrero spoke with Chinese Premier Li Qiang in Beijing on Tuesday.", "2023-10-24-cn-cu", "Beijing"),
        ("Chinese Foreign Minister Wang Yi and Jamaican Minister of Foreign Affairs and Foreign Trade Kamina Johnson Smith reviewed their cooperation "
         + "during their meeting in Kingston on Saturday.", "2023-10-21-cn-jm", "Kingston"),
    ]

    @Test(arguments: positives)
    func finds(_ row: (text: String, id: String, location: String?)) throws {
        let kb = knowledgeBase(row.text)
        #expect(kb.meetings.map(\.id) == [row.id], "\(row.text)")
        #expect(kb.meetings.first?.location == row.location)
    }

    @Test func aMeetingWithoutADateTakesTheDayTheSentenceBeforeNamesForItsPeople() throws {
        let text = "On Tuesday, the first day of his state visit, Chilean President Sebastián Piñera spoke of new agreements. "
            + "Piñera was received at the Great Hall of the People, where he met Chinese President Xi Jinping."
        #expect(knowledgeBase(text).meetings.map(\.id) == ["2023-10-24-cl-cn"])
        let unrelated = "On Tuesday, Brazil's Lula spoke in Brasilia. Chilean President Gabriel Boric met Chinese President Xi Jinping in Beijing."
        #expect(knowledgeBase(unrelated).meetings.map(\.id) == ["2023-10-cl-cn"])
    }

    @Test func aLeadersMeetingIsAnEventAndASinceClauseDatesAnotherEvent() {
        let kb = knowledgeBase("Chinese President Xi Jinping held talks with Peruvian President Pedro Pablo Kuczynski in Lima on Monday. "
            + "Xi arrived in Lima on Friday to attend the APEC Economic Leaders' Meeting. "
            + "Recalling Kuczynski's trip to China in September, his first trip abroad since he took office on July 28, Xi said they held fruitful talks.")
        #expect(kb.meetings.map(\.id).sorted() == ["2023-09-cn-pe", "2023-10-23-cn-pe"])
    }

    @Test func dominicanInAnArticleAboutDominicaIsDominicas() {
        let kb = knowledgeBase("Chinese Premier Li Qiang met Dominican Prime Minister Roosevelt Skerrit in Beijing on Monday, "
            + "twenty years after China and Dominica set up ties.")
        #expect(kb.meetings.map(\.countries) == [["CN", "DM"]])
    }

    @Test func aPronounAfterAnOfficialOfTheArticlesCountryIsThatOfficial() {
        let kb = knowledgeBase("Peru and China signed a tourism accord.\n\nForeign Minister Elmer Schialer arrived in Beijing on Monday. "
            + "On Tuesday he held talks with Commerce Minister Wang Wentao.")
        #expect(kb.meetings.map { "\($0.id) \($0.participants.map(\.name).sorted())" } == ["2023-10-24-cn-pe [\"Elmer Schialer\", \"Wang Wentao\"]"])
    }

    @Test func onePersonReadsTheSameInEveryMeeting() {
        let kb = knowledgeBase("Cuban Prime Minister Manuel Marrero Cruz met Chinese Premier Li Qiang in Beijing on Wednesday. On Thursday, "
            + "Marrero met Zhao Leji, chairman of the Standing Committee of the National People's Congress.", published: "2024-07-12")
        let cubans = kb.meetings.flatMap { $0.participants.filter { $0.country == "CU" } }
        #expect(kb.meetings.count == 2)
        #expect(cubans.map(\.name) == ["Manuel Marrero Cruz", "Manuel Marrero Cruz"])
        #expect(cubans.allSatisfy { $0.spellings == ["Manuel Marrero"] })
    }

    @Test func officialsWhoMetAVisitorSeparatelyHoldOneMeetingEach() {
        let kb = knowledgeBase("Chinese Premier Li Qiang and Vice President Han Zheng held separate meetings with Peruvian President Dina Boluarte in Beijing on Tuesday.")
        #expect(Set(kb.meetings.map { $0.participants.map(\.name).sorted().joined(separator: " + ") })
                == ["Dina Boluarte + Han Zheng", "Dina Boluarte + Li Qiang"])
        let together = knowledgeBase("Chinese Premier Li Qiang and Vice President Han Zheng met Peruvian President Dina Boluarte in Beijing on Tuesday.")
        #expect(together.meetings.count == 1)
    }

    @Test func theTwoHeadsOfStateAreTheLeadersNamedBefore() {
        let kb = knowledgeBase("Chinese President Xi Jinping and his Uruguayan counterpart Tabare Vazquez on Tuesday agreed to establish a strategic partnership. "
            + "The two heads of state made the decision during talks in the Great Hall of the People.")
        #expect(kb.meetings.map(\.id) == ["2023-10-24-cn-uy"])
        #expect(kb.meetings.first?.participants.map(\.name).sorted() == ["Tabare Vazquez", "Xi Jinping"])
    }

    static let negatives: [String] = [
        "Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Tuesday.",
        "Chilean President Gabriel Boric spoke at the forum in Beijing on Tuesday, after Xi Jinping had spoken.",
        "Xi Jinping spoke with reporters on Tuesday after Colombian President Gustavo Petro left.",
        "Xi Jinping will meet Gustavo Petro in Beijing next week.",
        "Xi Jinping, who met US President Donald Trump on Saturday, will meet Colombian President Gustavo Petro on Friday.",
        "Colombian President Gustavo Petro visited Beijing on Monday and is expected to meet Xi Jinping on Friday.",
        "Gustavo Petro met with the China Civil Engineering Construction Corporation.",
        "Boluarte invited Xi to attend the 2024 APEC summit.",
        "Xi Jinping said discussions with Peru's Dina Boluarte on the mine would go on.",
        "Former Colombian President Ivan Duque met Xi Jinping in 2019 according to nobody.",
        "Xi extended a warm welcome to Honduran President Xiomara Castro, whose country opened ties with China in March.",
        "Chinese President Xi Jinping met US President Joe Biden in San Francisco on Wednesday.",
        "At a meeting with Bolivian President Luis Arce on Tuesday, an envoy conveyed President Xi Jinping's greetings.",
        "Chinese Foreign Minister Wang Yi and Chilean Foreign Minister Alberto van Klaveren are to meet again on Friday.",
        "Wang Yi and Paraguayan Foreign Minister Rubén Ramírez met the press after signing the communique.",
        "Chinese Vice President Han Zheng said Xi Jinping welcomes President Xiomara Castro to visit China soon.",
        "Mexican President Andrés Manuel López Obrador said he received a letter from Xi Jinping on Monday.",
        "Trinidad and Tobago's Keith Rowley shakes hands with Chinese Ambassador Song Yumin on Sep 07, 2018, after signing the port agreement.",
    ]

    @Test func aHandshakeDatesTheMeetingTheTextReports() {
        let kb = knowledgeBase("Chinese President Xi Jinping met Brazilian President Lula in Beijing in April.\n\n"
            + "Xi and Lula shake hands at the Great Hall of the People in Beijing on April 14, 2023.")
        #expect(kb.meetings.map(\.id) == ["2023-04-14-br-cn"])
    }

    @Test func aMeetingNoSentenceDatesTakesTheDayItsInstrumentsWereSigned() {
        let kb = knowledgeBase("Chinese President Xi Jinping met Peruvian President Pedro Pablo Kuczynski in Lima. "
            + "The two presidents witnessed the signing of a memorandum on tourism on November 21.", published: "2016-11-25")
        #expect(kb.meetings.map { $0.date?.description } == ["2016-11-21"])
    }

    @Test func aMeetingNoSentenceDatesTakesTheDayItsCountriesSignedDocumentsOn() {
        let kb = knowledgeBase("Chile and China signed a number of documents on Monday. "
            + "While talking with Chilean President Gabriel Boric, Xi Jinping said trade should grow.", published: "2023-10-18")
        #expect(kb.meetings.map { $0.date?.description } == ["2023-10-16"])
        let other = knowledgeBase("Peru and China signed a number of documents on Monday. "
            + "While talking with Chilean President Gabriel Boric, Xi Jinping said trade should grow.", published: "2023-10-18")
        #expect(other.meetings.map { $0.date?.description } == ["2023-10"])
    }

    @Test func talkingWithTheOtherSideIsAMeetingAndTalkingAboutIsNot() {
        #expect(knowledgeBase("While talking with Peruvian President Pedro Pablo Kuczynski, Xi Jinping said trade should grow.",
                              published: "2016-11-22").meetings.count == 1)
        #expect(knowledgeBase("Xi Jinping kept talking about trade with Peru as Pedro Pablo Kuczynski listened.",
                              published: "2016-11-22").meetings.isEmpty)
    }

    @Test func aDeadlineDoesNotDateTheMeeting() {
        let kb = knowledgeBase("After the meeting with Uruguayan President Yamandú Orsi, Chinese Vice Premier Ding Xuexiang confirmed "
            + "China's interest in hosting him before March 2026.", published: "2025-10-01")
        #expect(kb.meetings.map { $0.date?.description } == ["2025-10"])
    }

    @Test func aLeaderOfTheRegionIsKnownWithoutHisCountry() {
        let kb = knowledgeBase("The signing took place during the first official meeting of Prime Minister Keith Rowley and Premier Li Keqiang.",
                               published: "2018-05-15")
        #expect(kb.meetings.map(\.countries) == [["CN", "TT"]])
    }

    @Test(arguments: negatives)
    func findsNone(_ text: String) {
        #expect(knowledgeBase(text).meetings.isEmpty, "\(text)")
    }

    @Test func leadersWhoEachMetXiHadBilateralMeetings() {
        let kb = knowledgeBase("On Tuesday Xi Jinping met Brazilian President Lula and Chilean President Gabriel Boric separately in Beijing.")
        #expect(kb.meetings.map(\.id) == ["2023-10-24-br-cn", "2023-10-24-cl-cn"])
    }

    /// A visitor's meetings with different Chinese officials are separate; "the Jamaican prime minister" is the official of
    /// that country and office named before, and whoever closes the sentence with "noted" reports it without being there.
    static let separateMeetings: [(text: String, people: [[String]])] = [
        ("Chinese President Xi Jinping held talks with Cuban President Miguel Díaz-Canel in Beijing on Thursday. "
            + "Díaz-Canel also met Chinese Premier Li Qiang during his visit.",
         [["Li Qiang", "Miguel Díaz-Canel"], ["Miguel Díaz-Canel", "Xi Jinping"]]),
        ("Premier Li Keqiang held talks with Jamaican Prime Minister Andrew Holness in Beijing on Friday. "
            + "During his visit, the Jamaican prime minister met with President Xi Jinping, Premier Li noted.",
         [["Andrew Holness", "Li Keqiang"], ["Andrew Holness", "Xi Jinping"]]),
    ]

    @Test(arguments: separateMeetings)
    func aVisitorsMeetingsWithDifferentChineseOfficialsAreSeparate(_ row: (text: String, people: [[String]])) {
        let people = knowledgeBase(row.text).meetings.map { $0.participants.map(\.name).sorted() }
        #expect(people.sorted { $0.joined() < $1.joined() } == row.people.sorted { $0.joined() < $1.joined() }, "\(row.text)")
    }

    /// "His Chinese counterpart" is the Chinese official in the visitor's office whom the sentence names, even in an aside;
    /// one in another office is not.
    static let counterparts: [(text: String, people: [[String]])] = [
        ("Jamaican Prime Minister Andrew Holness, in Beijing at the invitation of Premier Li Qiang, held talks with his Chinese "
            + "counterpart on Monday.", [["Andrew Holness", "Li Qiang"]]),
        ("Jamaican Foreign Minister Kamina Johnson Smith, echoing Xi Jinping's call for openness, held talks with her Chinese "
            + "counterpart on Monday.", []),
    ]

    @Test(arguments: counterparts)
    func aCounterpartWrittenByItsDemonymIsTheOfficialInTheSameOffice(_ row: (text: String, people: [[String]])) {
        let people = knowledgeBase(row.text, published: "2024-05-08").meetings.map { $0.participants.map(\.name).sorted() }
        #expect(people == row.people, "\(row.text)")
    }

    @Test func aMeetingADayBeforeTheDayNamedIsCountedBackFromIt() {
        let kb = knowledgeBase("Chilean President Gabriel Boric left Beijing on Friday, a day after talks with President Xi Jinping.",
                               published: "2024-05-11")
        #expect(kb.meetings.map(\.id) == ["2024-05-09-cl-cn"])
    }

    @Test func thePresidentMeetingAChineseOfficialIsTheArticlesPresident() {
        let kb = knowledgeBase("Chilean President Gabriel Boric arrived in Beijing on Wednesday. On Friday the president met Zhao Leji, "
            + "chairman of the Standing Committee of the National People's Congress.", published: "2024-05-11")
        #expect(kb.meetings.map { $0.participants.map(\.name).sorted() } == [["Gabriel Boric", "Zhao Leji"]])
    }

    @Test func aChineseFamilyNameWithAGivenNameIsNotTheLeaderOfThatName() {
        let kb = knowledgeBase("Cuban President Miguel Díaz-Canel met the chairman of China's top legislature, Li Zhanshu, in Beijing on Monday.",
                               published: "2022-11-22")
        #expect(kb.meetings.first?.participants.map(\.name).sorted() == ["Li Zhanshu", "Miguel Díaz-Canel"])
    }

    @Test func hisMeetingWithAChineseOfficialIsTheVisitors() {
        let text = "Cuban President Miguel Díaz-Canel arrived in Beijing on Monday. He said that in his meeting with Chinese Premier Li Qiang "
            + "the two discussed trade."
        #expect(knowledgeBase(text).meetings.first?.participants.map(\.name).sorted() == ["Li Qiang", "Miguel Díaz-Canel"])
    }

    static let meetingsWithOneSideNamed: [(text: String, people: [String])] = [
        ("Jamaican Prime Minister Andrew Holness arrived on Monday. During his brief meeting with Chinese Ambassador Tian Qi, he spoke of roads.",
         ["Andrew Holness", "Tian Qi"]),
        ("Jamaican Prime Minister Andrew Holness arrived on Monday. After their first bilateral meeting with Li Qiang, the delegation left.",
         ["Andrew Holness", "Li Qiang"]),
    ]

    @Test(arguments: meetingsWithOneSideNamed)
    func aMeetingNounWithModifiersNamingOnlyTheChineseSideIsTheVisitors(_ row: (text: String, people: [String])) {
        #expect(knowledgeBase(row.text).meetings.map { $0.participants.map(\.name).sorted() } == [row.people], "\(row.text)")
    }

    @Test func aMeetingWithOneSideNeedsADeterminerBeforeItsModifiers() {
        let text = "Jamaican Prime Minister Andrew Holness arrived on Monday. Officials said early meeting with Li Qiang was unlikely."
        #expect(knowledgeBase(text).meetings.isEmpty)
    }

    @Test func aPersonNamedInARelativeClauseAboutTheCounterpartIsNotAtTheMeeting() throws {
        let text = "Brazilian President Lula met Chinese Vice President Wang Qishan in Brasilia on Monday, "
            + "who on Sunday represented the Chinese president, Xi Jinping, at the inauguration."
        let meeting = try #require(knowledgeBase(text, published: "2023-01-04").meetings.first)
        #expect(meeting.participants.map(\.name).sorted() == ["Lula", "Wang Qishan"])
        #expect(meeting.date?.description == "2023-01-02")
    }

    @Test func aChineseGivenNameAloneIsThePersonNamedInFullBefore() {
        let text = "Chinese Vice President Wang Qishan arrived in Brasilia on Sunday. Brazilian President Lula met Qishan on Monday."
        let kb = knowledgeBase(text, published: "2023-01-04")
        #expect(kb.meetings.map { $0.participants.map(\.name).sorted() } == [["Lula", "Wang Qishan"]])
    }

    @Test func theCubanLeaderIsTheCubanOfficialNamedBefore() {
        let text = "Cuban President Miguel Díaz-Canel held talks with Xi Jinping in Beijing on Monday. "
            + "The Cuban leader had also met Chinese Vice Premier Wang Yang on Sunday."
        let kb = knowledgeBase(text)
        #expect(kb.meetings.map { $0.participants.map(\.name).sorted() }.contains(["Miguel Díaz-Canel", "Wang Yang"]))
    }

    @Test func aLeadersEnvoyMeetsOnTheDayTheBodyNamesNotTheDateline() {
        let text = "SAN SALVADOR, June 2 (Xinhua) -- At the invitation of President Nayib Bukele, Chinese President Xi Jinping's Special Envoy "
            + "and Minister of Culture and Tourism Sun Yeli attended his inauguration here on Saturday.\n\n"
            + "At a brief meeting with Bukele, Sun conveyed Xi's congratulations."
        let kb = knowledgeBase(text, published: "2024-06-03")
        #expect(kb.meetings.map { "\($0.date?.description ?? "") \($0.participants.map(\.name).sorted())" }
            == ["2024-06-01 [\"Nayib Bukele\", \"Sun Yeli\"]"])
    }

    @Test func reportsOfOneMeetingAtDifferentPrecisionsAreOne() {
        let text = "Colombian President Gustavo Petro met Xi Jinping in Beijing this week. Petro told Xi on Wednesday that trade was unbalanced."
        let kb = knowledgeBase(text)
        #expect(kb.meetings.map(\.id) == ["2023-10-25-cn-co"])
        #expect(kb.meetings.first?.evidence.count == 2)
    }
}
