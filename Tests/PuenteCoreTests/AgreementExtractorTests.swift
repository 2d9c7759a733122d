import Testing
@testable import PuenteCore

/// Agreements signed or planned, one record per agreement.
@Suite struct AgreementExtractorTests {
    static let positives: [(text: String, titles: [String], status: Agreement.Status)] = [
        ("China and Peru signed memorandums of understanding on lithium, tourism and fisheries on Wednesday.",
         ["Memorandum of understanding on fisheries", "Memorandum of understanding on lithium", "Memorandum of understanding on tourism"], .signed),
        ("Bolivia and China signed a strategic partnership agreement on Tuesday.", ["Agreement on strategic partnership"], .signed),
        ("Cuba's prime minister and his Chinese counterpart signed on Saturday several agreements in the areas of transport, biotechnology, "
         + "agri-food and digital television, during his first official visit.",
         ["Agreement on agri-food", "Agreement on biotechnology", "Agreement on digital television", "Agreement on transport"], .signed),
        ("Guyana and China held talks on Tuesday, and a Memorandum of Understanding (MoU) was signed.", ["Memorandum of understanding"], .signed),
        ("Barbados and China sign MoU on fisheries\n\nThe two foreign ministers held talks on Tuesday, and a Memorandum of Understanding was signed.",
         ["Memorandum of understanding on fisheries"], .signed),
        ("Uruguay and China agreed to advance the memorandum signed in 2018 on the maritime Silk Road.", ["Memorandum of understanding on maritime Silk Road"], .signed),
        ("On Wednesday Chile's agriculture minister and the Chinese ambassador signed a protocol on phytosanitary requirements for fresh Chilean figs.",
         ["Protocol on fresh Chilean figs"], .signed),
        ("The central banks of Chile and China signed a three-year currency swap agreement worth 1 billion yuan on Tuesday.", ["Currency swap"], .signed),
        ("Peru and China met on Friday. A memorandum of understanding was signed to implement the Joint Action Plan 2024-2029.",
         ["Memorandum of understanding on Joint Action Plan"], .signed),
        ("Peru and China signed agreements on lithium and tourism on Monday and worked on plans for a port.",
         ["Agreement on lithium", "Agreement on tourism"], .signed),
        ("Barbados and China signed cooperation documents on the Global Development Initiative and the blue economy on Sunday.",
         ["Agreement on Global Development Initiative", "Agreement on blue economy"], .signed),
        ("China and Chile signed a memorandum on digital economy and data protection.",
         ["Memorandum of understanding on digital economy and data protection"], .signed),
        ("Argentina and China inked a currency swap on Monday.", ["Currency swap"], .signed),
        ("Boric said the memorandum on lithium signed with China on Monday would bring investment to Chile.", ["Memorandum of understanding on lithium"], .signed),
        ("Chile and China signed agreements that will open the Chinese market to Chilean avocados on Monday.", ["Agreement on avocados"], .signed),
        ("Chile and China have signed a free trade agreement on Monday, and Peru followed in Lima.", ["Free trade agreement"], .signed),
        ("In Beijing the Memorandum of Understanding on Economic and Trade Cooperation was signed, its aim being to widen digital ties.",
         ["Memorandum of understanding on economic cooperation"], .signed),
        ("Cuba and China signed an agreement on a demonstrative family farm.", ["Agreement on farm"], .signed),
        ("The aviation authorities signed an air services agreement.", ["Agreement on air services"], .signed),
        ("Jamaica and China signed a general economic and technical cooperation agreement.", ["Agreement on economic and technical cooperation"], .signed),
        ("Guyana and China signed agreements on economic and technological cooperation in Georgetown.",
         ["Agreement on economic and technological cooperation"], .signed),
        ("Peru and China signed agreements on bio-medics and tourism.", ["Agreement on bio-medics", "Agreement on tourism"], .signed),
        ("Fratti signed a memorandum of understanding on beef and approved an agreement on a laboratory.",
         ["Memorandum of understanding on beef"], .signed),
        ("Honduras is expected to sign a memorandum of understanding to join China's Belt and Road Initiative.",
         ["Memorandum of understanding on Belt and Road"], .planned),
        ("The two governments also plan to sign agreements on agriculture and education.",
         ["Agreement on agriculture", "Agreement on education"], .planned),
        ("Brazil and China signed a sanitary protocol that will allow exports of Brazilian sorghum.", ["Sanitary protocol on sorghum"], .signed),
        ("Ecuador and China signed a free trade agreement in May.", ["Free trade agreement"], .signed),
        ("Uruguay and China signed memorandums on semiconductor research and satellite development.",
         ["Memorandum of understanding on satellite development", "Memorandum of understanding on semiconductor research"], .signed),
        ("Cuba and China signed cooperation documents on trade and investment, public health, scientific and technological innovation and other areas.",
         ["Agreement on public health", "Agreement on scientific and technological innovation", "Agreement on trade and investment"], .signed),
        ("Mexico and China signed 9 different bilateral cooperation documents in fields such as energy, tourism and culture.", [], .signed),
        ("The trade ministers of China and Honduras signed the early harvest arrangement for a future free trade agreement.",
         ["Early harvest arrangement"], .signed),
        ("Xi and Arce oversaw the signing of 12 agreements on mining, health and railways.",
         ["Agreement on health", "Agreement on mining", "Agreement on railways"], .signed),
        ("Boric and Xi signed the 2023-2026 Plan of Action.", ["Work plan"], .signed),
        ("They witnessed the signing of cooperation documents in the fields of trade, the digital economy, green development and health.",
         ["Agreement on digital economy", "Agreement on green development", "Agreement on health", "Agreement on trade"], .signed),
        ("The two sides signed three agreements that included cooperation on broadcasting and a cultural centre.",
         ["Agreement on broadcasting", "Agreement on cultural centre"], .signed),
        ("Peru and China signed a memorandum launching the upgrading negotiation of their free trade agreement.",
         ["Memorandum of understanding on free trade agreement"], .signed),
        ("Guatemala and China signed a free trade agreement, which the minister said is good news for the country.", ["Free trade agreement"], .signed),
        ("Officials of Bolivia and China signed the early harvest arrangement for a bilateral free trade agreement (FTA) on Monday.",
         ["Early harvest arrangement"], .signed),
        ("Mexico and China signed an early harvest arrangement of free trade agreement last week.", ["Early harvest arrangement"], .signed),
        ("The ministers signed cooperation documents on tourism, mining, and culture and education.",
         ["Agreement on culture and education", "Agreement on mining", "Agreement on tourism"], .signed),
        ("The two presidents witnessed the signing of a Belt and Road cooperation plan.", ["Cooperation plan on Belt and Road"], .signed),
        ("The agreements signed between Paraguay and China include a five-year action plan and a treaty on extradition.",
         ["Treaty on extradition", "Work plan"], .signed),
        ("Jamaica and China signed a memorandum of understanding to improve air connections between the two countries.",
         ["Memorandum of understanding on air connections"], .signed),
        ("The foreign ministers of China and Panama signed a joint communique in Beijing on Tuesday.", ["Joint communiqué"], .signed),
        ("The ministers of Nicaragua and China met in Tianjin to sign a joint communique establishing diplomatic relations.",
         ["Joint communiqué on diplomatic relations"], .signed),
        ("Two years ago, the Peru-China free trade agreement came into effect.", ["Free trade agreement"], .signed),
        ("\"A joint declaration was signed,\" the Salvadoran minister said.", ["Joint statement"], .signed),
        ("The two signed deals providing scholarships for students of Buenaventura, where Chinese investment in infrastructure is concentrated.",
         ["Agreement on scholarships"], .signed),
        ("Peru signed a Belt and Road Initiative (BRI) cooperation plan with China on Monday.", ["Cooperation plan on Belt and Road"], .signed),
        ("The Bahamas signed a $12 million economic and technical cooperation agreement with China.",
         ["Agreement on economic and technical cooperation"], .signed),
        ("Luo signed bilateral cooperation documents with Suriname's minister on April 12, 2024. The documents include an economic and "
            + "technical cooperation agreement and an exchange of notes on the ambulance project.",
         ["Agreement on economic and technical cooperation", "Exchange of notes on ambulance project"], .signed),
        ("Costa Rica and China signed three agreements dealing with tourism and culture.", ["Agreement on culture", "Agreement on tourism"], .signed),
        ("China signed nine agreements with Panama. The accords which were signed in the presence of President Varela included support "
            + "for education, tourism and aviation.", ["Agreement on aviation", "Agreement on education", "Agreement on tourism"], .signed),
        ("Cuba and China signed a cooperation plan on the Belt and Road. \"With the signing of the plan with China, Cuba gains new markets,\" "
            + "the minister said. \"The signing of this plan opens opportunities in trade and tourism.\"", ["Cooperation plan on Belt and Road"], .signed),
        ("A memorandum to develop the port of Antofagasta and its industrial park completed the documents signed on Monday by Chile and China.",
         ["Memorandum of understanding on port of Antofagasta and industrial park"], .signed),
        ("Chile and China signed agreements on trade in services and civil aviation on Monday.",
         ["Agreement on civil aviation", "Agreement on trade in services"], .signed),
        ("Grenada and China signed a free trade agreement on Monday. The agreement was signed between Chinese Commerce Minister "
            + "Wang Wentao and his Grenadian counterpart.", ["Free trade agreement"], .signed),
        ("The ministers attended the signing of the memorandum on agriculture between the two governments, which took a year to negotiate.",
         ["Memorandum of understanding on agriculture"], .signed),
    ]

    @Test(arguments: positives)
    func finds(_ row: (text: String, titles: [String], status: Agreement.Status)) {
        let kb = knowledgeBase(row.text)
        #expect(kb.agreements.map(\.title).sorted() == row.titles, "\(row.text)")
        #expect(kb.agreements.allSatisfy { $0.status == row.status })
    }

    static let negatives: [String] = [
        "Ecuador and China also concluded technical negotiations on protocols for dairy products.",
        "Also concluded were technical negotiations concerning protocols for Ecuador's dairy products exported to China.",
        "Neither Paraguay nor any of its Mercosur partners has signed such a treaty with China.",
        "None of the Central American republics has signed an investment treaty with China so far.",
        "Maduro is traveling to China to discuss economic agreements as the crisis-struck nation seeks fresh loans.",
        "Beijing has signed free trade agreements with Ecuador, Nicaragua, Costa Rica and Chile over two decades.",
        "In Santo Domingo on Tuesday a subsidiary of a Chinese engineering corporation signed a contract with a Dominican private developer to build a solar plant.",
        "Ecuador welcomed the deal. Over the years, countries in the region have signed scores of agreements with China and worked on many mining and port projects.",
        "The two parties can further expand cooperation in wind energy and digital economy.",
        "Analysts say Colombia could sign agreements on lithium and copper.",
        "Officials have not reported any concrete agreements on the metro.",
        "The metro is a $4 billion project awarded to a Chinese consortium.",
        "Xi said China was ready to deepen cooperation in green energy and infrastructure.",
        "The two presidents agreed to expand cooperation in agriculture, mining and energy.",
        "Both sides announced the start of free trade agreement negotiations.",
        "Chile and China signed 20 agreements covering areas such as energy, mining and education.",
        "The two leaders signed several agreements and vowed to deepen cooperation in energy, mining and infrastructure.",
        "After signing the accords, Xi said both sides should expand cooperation in trade and investment.",
        "The reform will allow the government to sign agreements that guarantee financing for ports and roads.",
        "Grenada was among the first countries to open an embassy in Beijing, host a trade fair and sign a Belt and Road cooperation plan.",
        "Almost half of the region's 33 nations have signed memorandums of understanding with China on the Belt and Road.",
        "Nicaragua stands ready to start talks with China on signing cooperation agreements under the Belt and Road.",
        "The two presidents discussed opening talks aimed at signing a free trade agreement.",
        "The memorandums relate to topics such as market access and protocols for health quarantine.",
        "Exports of chia will begin once the corresponding protocol is signed.",
        "China and Ecuador have signed deals and carry out fruitful cooperation in areas such as energy and mining.",
        "The two countries signed a number of documents on Monday as they look to upgrade their free trade agreement.",
        "The two governments carry out practical cooperation in agriculture and health.",
        "The visit closed with the signing of several economic, technical and commercial cooperation agreements.",
        "Likewise, China said it was interested in exploring future understandings on sport and the environment.",
        "Agreements signed\n\nDominica and China signed several cooperation documents. These agreements aim to enhance infrastructure and expand trade relations.",
        "Agreements signed\n\nThe presidents of Argentina and China announced more than 30 agriculture and investment deals during the visit.",
        "Piñera said it is important that China and the United States reach a trade agreement soon.",
        "Agreements signed\n\nChile said it hopes to conclude long-term agreements with China in the scientific and cultural sectors.",
        "The two presidents signed the accords, which include commitments the press was not shown.",
        "Xi's visit ended with the two countries signing 29 agreements. Those agreements covered areas including social and scientific cooperation.",
        "Peru's envoy read the documents. The documents include an economic and technical cooperation agreement.",
    ]

    @Test(arguments: negatives)
    func findsNone(_ text: String) {
        #expect(knowledgeBase(text).agreements.isEmpty, "\(text): \(knowledgeBase(text).agreements.map(\.title))")
    }

    @Test func anUndatedInstrumentKeepsTheDayOfItsSigningNotOfAMeetingToldAfterIt() {
        let kb = knowledgeBase("Suriname and China signed three financial documents by video link on Tuesday. "
            + "The central banks signed a currency swap agreement worth 1 billion yuan. "
            + "The signings were prepared at a meeting on Monday in Paramaribo between Suriname's Foreign Minister Albert Ramdin and Chinese Ambassador Liu Quan.")
        #expect(kb.agreements.filter { $0.status == .signed }.map { $0.signed?.description } == ["2023-10-24"])
    }

    @Test func aRelativeClauseAboutSomethingElseDoesNotDateTheInstrument() throws {
        let kb = knowledgeBase("On Friday the leaders signed a cooperation plan on the Belt and Road Initiative, which the country joined in 2019.")
        #expect(try #require(kb.agreements.first).signed?.description == "2023-10-20")
        let inForce = knowledgeBase("Exporters praise the free trade agreement with China, which entered into force in May last year.")
        #expect(inForce.agreements.first?.signed?.description == "2022-05")
        let under = knowledgeBase("Most of it moves under the free trade agreement with China, which entered into force in May last year.")
        #expect(under.agreements.first?.signed?.description == "2022-05")
    }

    @Test func alsoSignedTakesTheDayOfTheSigningsJustBefore() {
        let kb = knowledgeBase("Cuba and China signed 12 agreements on Saturday, September 23. The leaders then toured the port. "
            + "Also signed was a memorandum of understanding on the bilateral economic agenda.")
        #expect(kb.agreements.map { $0.signed?.description ?? "-" } == ["2023-09-23"])
    }

    @Test func theProjectsACountedSetIsForAreItsInstruments() {
        let kb = knowledgeBase("Cuba and China signed four credit agreements for projects on the island, such as the modernisation of the press.")
        #expect(kb.agreements.map(\.title) == ["Agreement on press"])
        #expect(knowledgeBase("Cuba and China signed four agreements in areas such as energy and the press.").agreements.isEmpty)
    }

    @Test func wordsAfterAReferenceOutsideASigningDescribeTheInstrumentNamedBefore() {
        let kb = knowledgeBase("Peru and China signed a sanitary protocol on Monday. The protocol ensures safety, inspection and traceability.")
        #expect(kb.agreements.map(\.title) == ["Sanitary protocol"])
    }

    @Test func aBulletedLineNamingSeveralInstrumentsIsOnePerSubject() {
        let text = "Xi and Panama's president signed 19 deals on Monday, including:\n\n• A treaty on extradition\n\n"
            + "• Memoranda of understanding on fisheries, tourist and cultural matters.\n\nConnecting two oceans\n\nThe leaders toured the canal."
        let kb = knowledgeBase(text)
        #expect(kb.agreements.map(\.title).sorted() == ["Memorandum of understanding on cultural matters",
                                                        "Memorandum of understanding on fisheries", "Memorandum of understanding on tourist",
                                                        "Treaty on extradition"])
        #expect(kb.agreements.allSatisfy { $0.signed?.description == "2023-10-23" && $0.parties == ["CN", "PA"] })
    }

    @Test func aCountIsKeptOnTheMeetingNotListed() throws {
        let text = "Peruvian President Dina Boluarte met Xi Jinping in Beijing on Wednesday, and the two governments signed 8 cooperation agreements."
        let kb = knowledgeBase(text)
        #expect(kb.agreements.isEmpty)
        #expect(kb.meetings.first?.reportedAgreementCount?.count == 8)
    }

    @Test func thePartOfTheSentenceHoldingTheAgreementSaysWhoseItIs() throws {
        let kb = knowledgeBase("Jamaica was the first to join the initiative in the Caribbean; for example, Panama signed an agreement with China on maritime transport in 2017.")
        #expect(kb.agreements.map { "\($0.parties) \($0.title)" } == ["[\"CN\", \"PA\"] Agreement on maritime transport"])
    }

    @Test func theSameDayIsTheDayNamedBefore() throws {
        let kb = knowledgeBase("Xi met Nicaraguan Foreign Minister Denis Moncada in Beijing on July 12, 2022. "
            + "On the same day, Nicaragua and China signed a memorandum of understanding on an economic cooperation mechanism.")
        let agreement = try #require(kb.agreements.first)
        #expect(agreement.signed?.description == "2022-07-12")
    }

    @Test func aMemorandumIsNotTheAgreementsNamedBefore() {
        let text = "The decision allows Chile to sign agreements on ports and roads. The two sides signed the memorandum of understanding on Friday."
        #expect(knowledgeBase(text).agreements.map(\.title) == ["Memorandum of understanding"])
    }

    @Test func aReferenceThatSignsNothingAddsNothing() {
        let text = "Cuba and China signed a memorandum of understanding on the Belt and Road in 2018. The memorandum was drawn up in line with Cuba's development goals."
        #expect(knowledgeBase(text).agreements.map(\.title) == ["Memorandum of understanding on Belt and Road"])
    }

    @Test func aListOfInstrumentsLaidOutAsHeadingsIsOneInstrumentPerHeading() {
        let text = "Xi Jinping and Paraguayan President Santiago Peña met in Beijing on October 24, 2023, and signed 12 agreements.\n\n"
            + "The agreements between Paraguay and China:\n\nExtradition\n\nThe two countries will hand over suspects.\n\n"
            + "Antarctic cooperation\n\nThey will share research stations.\n\nA longer heading that names no instrument at all but goes on and on"
        let kb = knowledgeBase(text)
        #expect(kb.agreements.map(\.title).sorted() == ["Agreement on Antarctic cooperation", "Agreement on Extradition"])
        #expect(kb.agreements.allSatisfy { $0.signed?.description == "2023-10-24" })
    }

    @Test func whatAnInstrumentWillDoOrAQuoteSaysOfItIsNotItsSubject() {
        let text = "Colombia and China signed a memorandum on the Belt and Road on Wednesday. Petro says signing the agreement will help "
            + "reduce the trade deficit. The signing of the agreement marks \"a historic step that opens new investment opportunities\", the ministry said."
        #expect(knowledgeBase(text).agreements.map(\.title) == ["Memorandum of understanding on Belt and Road"])
    }

    @Test func aNumberedLineOfAnOfficialTitleNamesTheInstrumentWithoutItsParties() {
        let text = "Prime Minister Andrew Holness held talks with Premier Li Qiang in Beijing on May 6, 2024. The following documents were signed:\n\n"
            + "1. Agreement on Economic and Technical Cooperation between the Government of Jamaica and the Government of the People's "
            + "Republic of China, under which China grants aid.\n\n"
            + "2. Exchange of Notes between the Government of Jamaica and the Government of the People's Republic of China on the "
            + "Donation of Solar Lamps for Schools in the Parish of Clarendon."
        let kb = knowledgeBase(text)
        #expect(kb.agreements.map(\.title).sorted() == ["Agreement on Economic and Technical Cooperation",
                                                         "Exchange of notes on Donation of Solar Lamps for Schools in the Parish of Clarendon"])
    }

    @Test func aBulletedListOfConcludedInstrumentsIsOneInstrumentPerBullet() {
        let text = "Xi Jinping and Honduran President Xiomara Castro held talks in Beijing on June 12, 2023.\n\n"
            + "The agreements concluded between the two countries include:\n\n"
            + "• Cooperation in farming, opening China to Honduran shrimp.\n\n"
            + "• A customs agreement which shortens inspections at ports. It takes effect in May 2024.\n\n"
            + "The two leaders also spoke about the Belt and Road.\n\n• Tourism exchanges"
        let kb = knowledgeBase(text)
        #expect(kb.agreements.map(\.title).sorted() == ["Agreement on Cooperation in farming", "Agreement on customs agreement"])
        #expect(kb.agreements.allSatisfy { $0.signed?.description == "2023-06-12" && $0.parties == ["CN", "HN"] })
    }

    @Test func aBulletThatOpensWithItsKindIsThatKindAndKeepsItsShortForm() {
        let text = "Uruguay and China signed five agreements on Monday. The agreements signed include:\n\n"
            + "- Memorandum of Understanding on Joint Research between the National Institute of Agricultural Research (INIA) and the Academy of Agricultural Sciences\n"
            + "- Protocol of phytosanitary requirements for fresh blueberries\n"
            + "- Memorandum of Understanding on Livestock Genetics (INIA)"
        // The parties after "between" are not part of the name; a short form among them or closing the name is.
        #expect(knowledgeBase(text).agreements.map(\.title).sorted() == [
            "Memorandum of understanding on Joint Research (INIA)",
            "Memorandum of understanding on Livestock Genetics (INIA)",
            "Protocol on phytosanitary requirements for fresh blueberries",
        ])
    }

    @Test func formalizingAMemorandumSignsIt() {
        let kb = knowledgeBase("During the visit, Ecuador and China formalized a memorandum of understanding on food safety.")
        #expect(kb.agreements.map { "\($0.title) \($0.status.rawValue)" } == ["Memorandum of understanding on food safety signed"])
    }

    @Test func anAdjectiveOfGovernmentIsNoInstrumentsSubject() {
        let kb = knowledgeBase("Li Keqiang and Chilean President Michelle Bachelet witnessed the signing of business contracts and "
            + "governmental accords on mining and agriculture on Monday.")
        #expect(!kb.agreements.contains { $0.title.contains("governmental") }, "\(kb.agreements.map(\.title))")
        #expect(kb.agreements.map(\.title).sorted().prefix(2) == ["Agreement on agriculture", "Agreement on mining"])
    }

    @Test func anAdjectiveSharingTheNounAfterItIsWrittenAsTheTextWroteIt() {
        let kb = knowledgeBase("Peru and China signed cooperation documents on trade, scientific and technological innovation, and civil aviation on Tuesday.")
        #expect(kb.agreements.map(\.title).sorted()
                == ["Agreement on civil aviation", "Agreement on scientific and technological innovation", "Agreement on trade"])
    }

    @Test func bulletsAfterALineThatConcludesNothingAreNotInstruments() {
        let text = "China and Honduras will discuss these agreements:\n\n• Cooperation in farming\n\n• A customs agreement on ports"
        #expect(knowledgeBase(text).agreements.filter { $0.status == .signed }.isEmpty)
    }

    @Test func aSigningDateOutranksTheDayAnInstrumentCameIntoForce() {
        let text = "The Guatemala-China free trade agreement came into force on Wednesday. The agreement was signed in March."
        let kb = knowledgeBase(text)
        #expect(kb.agreements.map { "\($0.title) \($0.signed?.description ?? "")" } == ["Free trade agreement 2023-03"])
    }

    @Test func aShortFormInBracketsDoesNotCutTheClauseThatDatesTheInstrument() throws {
        let kb = knowledgeBase("Exports fell in 2022, despite the Ecuador-China Free Trade Agreement (FTA) coming into effect on May 1 of that year.")
        #expect(try #require(kb.agreements.first).signed?.description == "2022-05-01")
    }

    @Test func thePreviousDayIsCountedFromTheDayNamedBefore() throws {
        let kb = knowledgeBase("Xi met Honduran Foreign Minister Eduardo Reina in Beijing on October 24, 2023. "
            + "The previous day, Honduras and China signed a joint communique establishing diplomatic relations.")
        #expect(try #require(kb.agreements.first).signed?.description == "2023-10-23")
    }

    /// An instrument dated by what the article says of it elsewhere: a day counted from another, the joining it stands for,
    /// the date given where it was named first.
    static let datedElsewhere: [(text: String, published: String, signed: [String])] = [
        ("Cuba and China signed a cooperation plan on the Belt and Road. The embassy announced the agreement on its website on "
            + "Dec. 26, saying that the deal was inked two days earlier by the two ministers.", "2021-12-27", ["2021-12-24"]),
        ("As Jamaica signed on to the Belt and Road Initiative on April 11, a report examined China's influence. "
            + "By signing a memorandum of understanding for the BRI, Jamaica joins several other countries.", "2019-04-21", ["2019-04-11"]),
        ("The free trade agreement between China and Nicaragua will take effect on Jan. 1, 2024. The deal was signed in August 2023. "
            + "The ministry described the signing of the FTA as a milestone in China-Nicaragua ties.", "2023-12-29", ["2023-08"]),
        ("Relations reached a milestone with the signing of a work plan between Uruguay and China on fisheries. "
            + "The document was signed on Tuesday by the two ministers.", "2024-03-08", ["2024-03-05"]),
        ("Uruguay and China signed a work plan on fisheries on Monday. The document was signed in the presence of both ministers.",
         "2024-03-08", ["2024-03-04"]),
        ("Relations reached a milestone with the signing of a work plan between Uruguay and China on fisheries. "
            + "The embassy said the plan works well since 2019.", "2024-03-08", ["2024-03"]),
        ("Chile's central bank has signed a deal with the People's Bank of China to widen their currency swap. "
            + "It is the largest line the bank holds with any partner. "
            + "The new deal, announced on Tuesday during a visit by the Chilean finance minister, runs for three years.",
         "2024-03-08", ["2024-03-05"]),
        ("Chile's central bank has signed a deal with the People's Bank of China to widen their currency swap. "
            + "The new deal, in force from Tuesday, runs for three years.", "2024-03-08", ["2024-03"]),
        ("Suriname and China signed a currency swap agreement on Tuesday, as the country seeks to shore up its reserves.", "2020-11-18", ["2020-11-17"]),
        ("Xi arrived in Panama on Sunday. Panama and China signed agreements on tourism and training, which rounded up previous accords "
            + "signed in November 2017.", "2018-12-04", ["2018-12", "2018-12"]),
        ("Several protocols and memorandums were signed by Ecuador and China over the weekend. "
            + "At the ceremony, the Ecuadorian minister signed the phytosanitary protocol for shrimp.", "2024-07-01", ["2024-06", "2024-06"]),
        ("Grenada and China signed a loan agreement for a new hospital on Thursday. Other deals the two governments signed include:\n\n"
            + "• An agreement on fisheries", "2024-05-20", ["2024-05-16", "2024-05-16"]),
        ("Grenada and China signed a deal on tourism, the ministry said. Grenada and China signed a loan agreement for a new hospital "
            + "on Thursday. On Friday Grenada and China signed an agreement on fisheries.", "2024-05-20", ["2024-05", "2024-05-16", "2024-05-17"]),
        ("Bolivian President Luis Arce met Chinese Vice Premier Ding Xuexiang on Monday. The leaders met to review agreements that the "
            + "countries struck in March and also reached a new accord on economic cooperation.", "2024-08-14", ["2024-08-12"]),
    ]

    @Test(arguments: datedElsewhere)
    func datesAnInstrumentByWhatTheArticleSaysElsewhere(_ row: (text: String, published: String, signed: [String])) {
        let kb = knowledgeBase(row.text, published: row.published)
        #expect(kb.agreements.map { $0.signed?.description ?? "" } == row.signed, "\(row.text)")
    }

    @Test func daysBeforeAnEventAreNotCountedFromTheDayNamedBefore() throws {
        let kb = knowledgeBase("Xi met Cuban President Miguel Díaz-Canel on December 20, 2021. Two days before the visit, "
            + "Cuba and China signed a cooperation plan on the Belt and Road.", published: "2021-12-27")
        #expect(try #require(kb.agreements.first).signed?.description != "2021-12-18")
    }

    @Test func aReferenceBeforeAnotherInstrumentsSigningIsNotSigned() {
        let text = "Cuba and China signed a cooperation plan on the Belt and Road on Friday. "
            + "The agreement implements a memorandum of understanding the two nations signed in 2018."
        let kb = knowledgeBase(text)
        #expect(!kb.agreements.contains { $0.kind == "cooperation_plan" && $0.signed?.description == "2018" })
    }

    @Test func theFrameworkWorkIsDoneUnderIsNotAnInstrument() {
        let text = "Cuba and China signed a cooperation plan on ports under Beijing's overseas infrastructure programme on Friday."
        #expect(knowledgeBase(text).agreements.map(\.kind) == ["cooperation_plan"])
    }

    @Test func aSentenceOpeningOnTheBarePluralListsTheSetJustSigned() {
        let kb = knowledgeBase("Chilean President Gabriel Boric's visit to China included the signing of 13 cooperation agreements. "
            + "Cooperation agreements included a plan for joint promotion of the Silk Road Economic Belt and a memorandum on astronomy.")
        #expect(kb.agreements.count == 2)
        #expect(kb.agreements.allSatisfy { $0.parties == ["CL", "CN"] })
    }

    @Test func theDealsASentenceIncludesAreDatedByTheSigningJustBefore() {
        let text = "China's president on Sunday signed new trade deals with Argentina. "
            + "The deals signed include an agreement to export Argentine cherries to China."
        let kb = knowledgeBase(text, published: "2018-12-03")
        #expect(kb.agreements.first { $0.title.contains("cherries") }?.signed?.description == "2018-12-02")
    }

    @Test func aNameInQuotesStaysTheInstrumentsSubject() {
        let text = "In July 2018 Guyana and China signed a MoU on cooperation within the framework of Beijing's global “Belt and Road Initiative.”"
        #expect(knowledgeBase(text).agreements.first?.sectors == ["belt_and_road"])
    }

    @Test func countriesThatSignedSimilarAgreementsOrFollowedSuitEachSignedOne() {
        let text = "Trinidad and Tobago signed up to China's Belt and Road initiative in June 2018. "
            + "Dominica and Grenada signed similar co-operation agreements later that year. Last year, Jamaica and Barbados followed suit."
        let kb = knowledgeBase(text, published: "2020-05-01")
        #expect(kb.agreements.map { "\($0.parties.joined(separator: "-")) \($0.signed?.description ?? "")" }.sorted()
            == ["BB-CN 2019", "CN-DM 2018", "CN-GD 2018", "CN-JM 2019"])
        #expect(kb.agreements.allSatisfy { $0.sectors == ["belt_and_road"] })
    }

    @Test func similarAgreementsAfterASentenceNotAboutTheInitiativeAreNotGuessed() {
        let text = "Exports of beef grew in 2018. Dominica and Grenada signed similar co-operation agreements later that year."
        #expect(knowledgeBase(text, published: "2020-05-01").agreements.isEmpty)
    }

    @Test func aCommaAndOpensAnotherClauseWithItsOwnParties() {
        let text = "In January last year, Nicaragua followed suit, and in December 2021, Cuba and China signed a cooperation plan on the Belt and Road."
        #expect(knowledgeBase(text).agreements.map(\.parties) == [["CN", "CU"]])
    }

    @Test func theTwoCountriesAreThePairTheArticleIsAbout() {
        let text = "Barbados has always adhered to the one-China principle. In 2019, the two countries signed a memorandum of understanding "
            + "on the Belt and Road Initiative."
        #expect(knowledgeBase(text).agreements.map { "\($0.parties) \($0.signed?.description ?? "")" } == ["[\"BB\", \"CN\"] 2019"])
    }

    @Test func theDealRefersToTheAgreementNamedBefore() {
        let text = "Ecuador's free trade agreement with China entered into force on Wednesday. The deal was signed in May last year."
        let kb = knowledgeBase(text)
        #expect(kb.agreements.map(\.title) == ["Free trade agreement"])
        #expect(kb.agreements.first?.signed?.description == "2022-05")
    }
}
