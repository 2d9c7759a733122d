import Testing
@testable import PuenteCore

/// Where countries stand with the Belt and Road Initiative.
@Suite struct BriExtractorTests {
    static let positives: [(text: String, country: String, status: BriMembership.Status, joined: String?, exited: String?)] = [
        ("Peru joined China's Belt and Road Initiative in 2019.", "PE", .member, "2019", nil),
        ("Ecuador has been part of the Belt and Road Initiative since December 2018.", "EC", .member, "2018-12", nil),
        ("Guyana signed the Belt and Road memorandum on July 27, 2018. Guyana is willing to negotiate a Belt and Road cooperation plan.",
         "GY", .member, "2018-07-27", nil),
        ("In 2022 Argentina became a member of the Belt and Road Initiative, an investment programme initiated in 2013 by Xi Jinping.",
         "AR", .member, "2022", nil),
        ("Cuba joined the Belt and Road Initiative, a mega-project promoted by the Chinese government since 2013.", "CU", .member, nil, nil),
        ("Grenada joined the Belt and Road Initiative, a vast programme that Beijing has been promoting since 2013.", "GD", .member, nil, nil),
        ("Peru, China to sign MoU on Belt and Road initiative\n\nTrade grew last year.", "PE", .intendsToJoin, nil, nil),
        ("During the visit in 2022, President Fernández agreed to incorporate Argentina into the Belt and Road Initiative.", "AR", .member, "2022", nil),
        ("Panama exited the Belt and Road earlier this year.", "PA", .formerMember, nil, "2023"),
        ("Colombia has yet to join the Belt and Road Initiative (BRI).", "CO", .nonMember, nil, nil),
        ("Honduras is expected to join the Belt and Road Initiative during the visit.", "HN", .intendsToJoin, nil, nil),
        ("China and Colombia signed a cooperation plan on the Belt and Road on Wednesday.", "CO", .member, "2023-10-25", nil),
        ("Brazil, the region's largest economy, has not joined the BRI.", "BR", .nonMember, nil, nil),
        ("Argentina has been a member of the Belt and Road since 2022.", "AR", .member, "2022", nil),
        ("Panama, which joined the BRI in 2017, withdrew from it in February 2025.", "PA", .formerMember, "2017", "2025-02"),
        ("Panama, the first country of the region to join the BRI in 2017, announced its withdrawal in February 2025.",
         "PA", .formerMember, "2017", "2025-02"),
        ("Bolivia announced its accession to the Belt and Road in June 2018.", "BO", .member, "2018-06", nil),
        ("Guyana became a BRI member in 2018.", "GY", .member, "2018", nil),
        ("Grenada is a Belt and Road member.", "GD", .member, nil, nil),
        ("Honduras has pulled out of the 2018 memorandum on the Belt and Road Initiative.", "HN", .formerMember, nil, "2023-10"),
        ("Bolivia joins neighbours Peru, Chile and Ecuador among the Belt and Road members.", "EC", .member, nil, nil),
        ("Nineteen countries of the region have signed on to the Belt and Road Initiative, including Jamaica, Grenada and Dominica.",
         "DM", .member, nil, nil),
        ("Of the big economies, Brazil, Mexico and Colombia have stayed out of the Belt and Road Initiative.", "BR", .nonMember, nil, nil),
        ("Brazil and Mexico, the two largest economies, remain outside the Belt and Road.", "MX", .nonMember, nil, nil),
        ("This year marks the sixth anniversary of Bolivia's participation in the Belt and Road Initiative.", "BO", .member, "2017", nil),
        ("Guyana was the first country of the Caribbean coast to formally join the Belt and Road Initiative in 2018.", "GY", .member, "2018", nil),
        ("Foreign Minister Santiago Cafiero said Argentina will formally join the Belt and Road Initiative next year.", "AR", .intendsToJoin, nil, nil),
        ("The memorandum for the inclusion of Jamaica in the Belt and Road Initiative was signed in April 2019.", "JM", .member, "2019-04", nil),
        ("In January 2022, Nicaragua followed suit, and in May 2025, Colombia and China signed a plan on the Belt and Road.",
         "NI", .member, "2022-01", nil),
        ("Ecuador's entry into the Belt and Road in 2018 surprised few.", "EC", .member, "2018", nil),
        ("In 2021 Cuba and China signed a cooperation plan to further develop the Belt and Road Initiative.", "CU", .member, nil, nil),
        ("Both sides spoke of opening talks on Nicaragua joining the Belt and Road Initiative.", "NI", .intendsToJoin, nil, nil),
        ("Uruguay and China signed a memorandum of understanding on the Belt and Road on August 20, 2018.", "UY", .member, "2018-08-20", nil),
        ("Panama's president said his country would not renew its agreement with the Belt and Road Initiative.", "PA", .formerMember, nil, "2023-10"),
        ("Panama was the first to join the Belt and Road and now becomes the first to back away from it.", "PA", .formerMember, nil, "2023-10"),
        ("Brazil also considered joining the Belt and Road Initiative late last year.", "BR", .intendsToJoin, nil, nil),
        ("Fourteen states of the region are on board the Belt and Road: Cuba, the Dominican Republic and Grenada.", "GD", .member, nil, nil),
        ("By 2022, sixteen of the region's states had signed on to the Belt and Road, Bolivia among them.", "BO", .member, nil, nil),
        ("Members of the Belt and Road in South America include Chile (2018), Guyana (July 2018) and Venezuela (2018).",
         "GY", .member, "2018-07", nil),
        ("Belt and Road members include Chile (2018), Guyana (July 2018) and Venezuela (2018).", "VE", .member, "2018", nil),
        ("Uruguay signed up to the Belt and Road in August 2018, followed by Venezuela in September 2018 and Guyana in July 2019.",
         "GY", .member, "2019-07", nil),
        ("Uruguay signed up to the Belt and Road in August 2018, followed by Venezuela in September 2018 and Guyana in July 2019.",
         "VE", .member, "2018-09", nil),
        ("Argentina, the third economy, remains outside the Belt and Road, as does Paraguay.", "PY", .nonMember, nil, nil),
        ("Grenada signed its Belt and Road memorandum in September 2018, and Barbados followed in February.", "BB", .member, "2019-02", nil),
        ("Ecuador said it will open negotiations to join the Belt and Road Initiative.", "EC", .intendsToJoin, nil, nil),
        ("Mexico wants Chinese capital without formally joining the Belt and Road.", "MX", .nonMember, nil, nil),
        ("Honduras walked away from the Belt and Road Initiative in March.", "HN", .formerMember, nil, "2023-03"),
        ("Saint Lucia has so far declined to participate in the Belt and Road Initiative.",
         "LC", .nonMember, nil, nil),
        ("Paraguay rejects the Belt and Road Initiative, its foreign minister said.", "PY", .nonMember, nil, nil),
        ("Ecuador joined the Belt and Road in 2018, and its new government has left the memorandum in place.", "EC", .member, "2018", nil),
        ("Colombia has so far stayed away from the Belt and Road, and Mexico remains on the sidelines.", "MX", .nonMember, nil, nil),
        ("Notable absentees from the Belt and Road are Brazil and Mexico, the two largest economies.", "MX", .nonMember, nil, nil),
        ("Among the Belt and Road's participants are Jamaica, Barbados and Grenada.", "BB", .member, nil, nil),
        ("In the Caribbean, Cuba, the Dominican Republic, Grenada and Jamaica are among the Belt and Road's signatories.", "DO", .member, nil, nil),
        ("Guatemala and Haiti still recognise Taipei, and none of them has joined the Belt and Road.", "HT", .nonMember, nil, nil),
        ("Uruguay joined the Belt and Road, the first to do so among the Mercosur founders, a group which also includes Brazil and Paraguay.",
         "PY", .nonMember, nil, nil),
        ("Chile became the first of Chile, Brazil and Mexico to join the Belt and Road.", "MX", .nonMember, nil, nil),
        ("Chile became the first of Chile, Brazil and Mexico to join the Belt and Road.", "CL", .member, nil, nil),
        ("Ecuador entered the Belt and Road Initiative in December 2018.", "EC", .member, "2018-12", nil),
        ("Argentina signed up to the Belt and Road in 2022. It joins neighbours Chile, Bolivia and Uruguay, which all signed in 2018, and Peru.",
         "BO", .member, "2018", nil),
        ("Uruguay's Orsi went to the 2023 forum of the Belt and Road, five years after his country had joined.", "UY", .member, nil, nil),
        ("Brazil remains outside the Belt and Road, as does Paraguay, which still backs Taipei.", "PY", .nonMember, nil, nil),
        ("In their talks, Peru's president agreed to participate in the Belt and Road Initiative.", "PE", .member, nil, nil),
        ("Panama quit China's Belt and Road Initiative in February 2025.", "PA", .formerMember, nil, "2025-02"),
        ("Peru to join China's Belt and Road\n\nPeru's president agreed to incorporate Peru into the Belt and Road Initiative.", "PE", .member, "2023-10", nil),
        ("China's Belt and Road turns ten\n\nPeru's president agreed to incorporate Peru into the Belt and Road Initiative.", "PE", .member, nil, nil),
        ("Chile to join China's Belt and Road\n\nPeru's president agreed to incorporate Peru into the Belt and Road Initiative.", "PE", .member, nil, nil),
        ("Panama was the first country of the region to sign on to the Belt and Road Initiative in 2017.", "PA", .member, "2017", nil),
        ("Panama will sign up to the Belt and Road Initiative.", "PA", .intendsToJoin, nil, nil),
        ("Relations were opened in 2017, and now Panama has signed on to the Belt and Road Initiative.", "PA", .member, nil, nil),
        ("Belt and Road members in Latin America\n\nA score of the region's states have signed up.\n\nPeru (April 2019); Cuba (September 2018).",
         "PE", .member, "2019-04", nil),
        ("The Belt and Road in the Caribbean\n\nWhich states have not joined? Haiti, Saint Lucia and Saint Kitts and Nevis.", "LC", .nonMember, nil, nil),
        ("Guyana, Suriname and Dominica are all Belt and Road partners.", "SR", .member, nil, nil),
        ("Belt and Road signatories in the Andes include Bolivia and Peru, while Colombia, Chile and Venezuela are not members.",
         "CO", .nonMember, nil, nil),
        ("Nineteen of the region's states have joined the Belt and Road, with Paraguay and Haiti the obvious exceptions.", "HT", .nonMember, nil, nil),
        ("All of the Andean states except for Colombia have joined the Belt and Road.", "CO", .nonMember, nil, nil),
        ("Every Caribbean state other than Haiti and Saint Lucia has signed up to the Belt and Road.", "LC", .nonMember, nil, nil),
        ("Apart from Suriname, Jamaica, Grenada and Cuba have signed up for the Belt and Road.", "SR", .member, nil, nil),
        ("All the Andean states apart from Colombia had signed up for the Belt and Road by 2019.", "CO", .nonMember, nil, nil),
        ("Uruguay was the first Mercosur member to sign up to the Belt and Road, in 2018.", "UY", .member, "2018", nil),
        ("Among the Belt and Road's absentees in the Americas, the holdouts are Paraguay and Haiti.", "PY", .nonMember, nil, nil),
        ("Belt and Road membership is wide in the Caribbean: Haiti and Saint Lucia are its last holdouts.", "HT", .nonMember, nil, nil),
        ("Ecuador and Bolivia signed up to the Belt and Road in December 2018 and in June 2018.", "BO", .member, "2018-06", nil),
        ("Ecuador and Bolivia signed up to the Belt and Road in December 2018 and in June 2018.", "EC", .member, "2018-12", nil),
        ("Uruguay signed a memorandum on the Belt and Road in August 2018. Chile and Peru also signed cooperation documents with China in November 2018 and April 2019.",
         "PE", .member, "2019-04", nil),
        ("Talks went on.\n\nThe tariff war dragged.\n\nTensions rose.\n\nBeijing won Dominica's formal backing for its Belt and Road Initiative.\n\nDominica joined President Xi's global lending drive on Monday, the newest island state to join the initiative.",
         "DM", .member, "2023-10-23", nil),
        ("In 2019, Peru formally joined the Belt and Road, a programme which would bring billions in new lending.", "PE", .member, "2019", nil),
        ("Chile signed up to the Belt and Road under a conservative cabinet, and ties flourished in a term which ended in March.",
         "CL", .member, nil, nil),
        ("Peru's accession to the Belt and Road follows shortly after Honduras left the initiative in March.", "HN", .formerMember, nil, "2023-03"),
        ("Peru's accession to the Belt and Road follows shortly after Honduras left the initiative in March.", "PE", .member, nil, nil),
        ("Chile is weighing an exit from the Belt and Road, yet the harder case is Mexico, which has never joined the initiative.",
         "MX", .nonMember, nil, nil),
        ("Belt and Road lending went to Venezuela years before it joined, or to Brazil, which never has.", "BR", .nonMember, nil, nil),
        ("To date, just three Central American countries have joined the Belt & Road Initiative, being El Salvador, Costa Rica & Panama.",
         "CR", .member, nil, nil),
        ("The Belt and Road, country by country\n\nJamaica. Became a partner in April 2019. Its highways were built by Chinese firms.",
         "JM", .member, "2019-04", nil),
        ("The Belt and Road, country by country\n\nBelize. Never signed, as it recognises Taipei.", "BZ", .nonMember, nil, nil),
        ("The Belt and Road, country by country\n\nHaiti\n\nHas not joined; it still recognises Taipei.", "HT", .nonMember, nil, nil),
        ("The Belt and Road, country by country\n\nCuba. Bolivia and Cuba were offered BRICS partner status.\n\nPeru. Signed up in 2019.",
         "PE", .member, "2019", nil),
        ("Argentina joined the Belt and Road in 2022. It was invited to join BRICS but declined to join; it has not left the Belt and Road.",
         "AR", .member, "2022", nil),
        ("The Belt and Road, country by country\n\nEl Salvador (2019). Its government welcomed Chinese-funded works.", "SV", .member, "2019", nil),
        ("The Belt and Road, country by country\n\nUruguay. Signed up in August 2018, the first Mercosur country to do so.",
         "UY", .member, "2018-08", nil),
        ("The Belt and Road, country by country\n\nBolivia. Signed up in 2018. It was offered a BRICS seat; it has not \"joined\" anything new on the Belt and Road.",
         "BO", .member, "2018", nil),
        ("Four governments have stayed out of the Belt and Road: Haiti, Paraguay and the last two Caribbean holdouts, Saint Lucia and Belize.",
         "BZ", .nonMember, nil, nil),
        ("MONTEVIDEO - Four years ago this month, Uruguay signed up to the Belt and Road.", "UY", .member, "2019-10", nil),
        ("Bolivia's president arrived in Beijing on June 18, 2018.\n\nThe two countries signed a memorandum on the Belt and Road Initiative.",
         "BO", .member, "2018-06-18", nil),
        ("Ecuador's president met Xi in Beijing.\n\nThe leaders signed a plan to advance the Belt and Road, which the Andean country joined in 2018.",
         "EC", .member, "2018", nil),
        ("Brazil abandoned its plans to join the Belt and Road in 2019.", "BR", .nonMember, nil, nil),
        ("Honduras joins the Belt and Road as Castro meets Xi\n\nThe two leaders met in Beijing.", "HN", .member, "2023-10", nil),
        ("Honduras joined the Belt and Road, officials recalled\n\nThe two leaders met in Beijing.", "HN", .member, nil, nil),
        ("Cuba and China signed a cooperation plan on the Belt and Road.\n\nThe plan implements the memorandum, signed in November 2018, "
            + "which formalized the insertion of Cuba into this important initiative.", "CU", .member, "2018-11", nil),
        ("Jamaica, Guyana, Cuba, and the Dominican Republic have signed up for the Belt and Road.", "JM", .member, nil, nil),
        ("China's New Silk Road\n\nToday 146 countries are part of this project, with 20 from Latin America: Bolivia, Chile and Costa Rica.",
         "CR", .member, nil, nil),
        ("Argentina joined. The accession of other large economies of the region, such as Brazil and Mexico, is still pending in the Belt and Road.",
         "MX", .nonMember, nil, nil),
        ("The ambassador urged The Bahamas to join the Belt and Road, noting it is the only Caribbean country with ties to Beijing yet to do so.",
         "BS", .nonMember, nil, nil),
        ("Ortega announced Nicaragua's adherence to the Belt and Road initiative on January 10.", "NI", .member, "2023-01-10", nil),
        ("After the talks, the Panamanian president announced that his country would withdraw from the Belt and Road Initiative, which it had joined in 2017.",
         "PA", .formerMember, "2017", "2023-10"),
        ("Bolivia and China signed a memorandum on the Belt and Road during a visit earlier this summer.", "BO", .member, "2023", nil),
    ]

    @Test func wouldAfterAConditionIsStillAHypothesis() {
        let kb = knowledgeBase("The minister said Panama would leave the Belt and Road if the canal talks failed.")
        #expect(!kb.bri.contains { $0.country == "PA" && $0.status == .formerMember })
    }

    @Test func followingSuitRepeatsOnlyTheSentenceRightBefore() {
        let kb = knowledgeBase("Bolivia joined the Belt and Road Initiative in 2018. Its exports grew. "
            + "The next year Bolivia cut ties with a rival. Ecuador followed suit in August.")
        #expect(kb.bri.map(\.country) == ["BO"])
    }

    @Test func aListOfOneCountryPerLineTakesItsIntroducingLinesStep() {
        let kb = knowledgeBase("Where the region stands on the Belt and Road\n\nCountries of the region that have signed on to the Belt and Road, "
            + "with the month of signing:\n\nGrenada – September 2018\nEl Salvador (December 2018)\n\n1. Jamaica, April 2019\n\n"
            + "Trade with Mexico grew.")
        #expect(kb.bri.map { "\($0.country) \($0.status.rawValue) \($0.joined?.description ?? "-")" }
                == ["GD member 2018-09", "JM member 2019-04", "SV member 2018-12"])
    }

    @Test func countriesThatSignedSimilarAgreementsOrFollowedSuitJoinedToo() {
        let kb = knowledgeBase("Guyana signed up to China's Belt and Road Initiative in July 2018.\n\n"
            + "Dominica and Grenada signed similar co-operation agreements later that year. Last year, Jamaica followed suit.")
        #expect(kb.bri.map { "\($0.country) \($0.joined?.description ?? "")" } == ["DM 2018", "GD 2018", "GY 2018-07", "JM 2022"])
    }

    @Test func theCountriesASigningIncludesAndThoseAJoinerJoins() {
        let kb = knowledgeBase("Besides Grenada, Caribbean countries which have signed the Belt and Road memorandum include Dominica and Guyana. "
            + "By signing a memorandum for the Belt and Road, Jamaica joins several other countries in the region, including Barbados and Panama.")
        #expect(kb.bri.map(\.country) == ["BB", "DM", "GD", "GY", "JM", "PA"])
    }

    @Test func aLaterBeltAndRoadDocumentDoesNotMoveTheJoining() throws {
        let kb = knowledgeBase("Uruguay signed a memorandum of understanding on the Belt and Road in August 2018. "
            + "On Wednesday, Uruguay and China signed a memorandum of understanding on the Belt and Road ports programme.")
        #expect(try #require(kb.bri.first).joined?.description == "2018-08")
    }

    @Test func whileOthersHaveNotIsANewClauseOfNonMembers() {
        let kb = knowledgeBase("In Latin America, Chile, Peru and Uruguay have already joined the scheme of the Belt and Road, "
            + "while regional powerhouses Argentina, Colombia and Brazil have not.")
        #expect(kb.bri.map { "\($0.country) \($0.status.rawValue)" }.sorted()
            == ["AR non_member", "BR non_member", "CL member", "CO non_member", "PE member", "UY member"])
    }

    @Test func aTimelineListGoesOnFromTheFirstJoiner() {
        let text = "Panama was the first country of the region to join the Belt and Road. "
            + "Ecuador, Bolivia, Costa Rica and then Peru came after it. Trade with Brazil, Mexico and Colombia grew last year."
        #expect(knowledgeBase(text).bri.map(\.country).sorted() == ["BO", "CR", "EC", "PA", "PE"])
    }

    @Test func theExistingMembersAJoinerJoinsAreMembers() {
        let kb = knowledgeBase("In signing on to the Belt and Road, Jamaica joins existing Caribbean “members” Barbados, Guyana and Suriname.")
        #expect(kb.bri.map(\.country).sorted() == ["BB", "GY", "JM", "SR"])
    }

    @Test func haveNotFormallyJoinedIsNotAMember() {
        let kb = knowledgeBase("Countries like Brazil and Argentina, which haven't formally joined the Belt Road Initiative, also gain from it.")
        #expect(kb.bri.map { "\($0.country) \($0.status.rawValue)" }.sorted() == ["AR non_member", "BR non_member"])
    }

    @Test func aCountryInAnAsideStandsNowhere() {
        let kb = knowledgeBase("Peru - which trades with China, just as Chile does - was the first to join the Belt and Road in 2019.")
        #expect(kb.bri.map(\.country) == ["PE"])
    }

    @Test func aSigningAfterAClauseAboutTheInitiativeIsAboutItsOwnObject() {
        let kb = knowledgeBase("Jamaica is the first to sign a memorandum on the Belt and Road, though others have been associated "
            + "with the BRI in other ways; for example, Panama signed an agreement with China on maritime transport in 2017.")
        #expect(kb.bri.map(\.country) == ["JM"])
    }

    @Test func aBeltAndRoadMemorandumSignedAtAMeetingDatesTheJoining() throws {
        let kb = knowledgeBase("Xi Jinping met Argentine President Alberto Fernández in Beijing on Sunday. "
            + "The two sides signed a memorandum of understanding on the Belt and Road.")
        let argentina = try #require(kb.bri.first { $0.country == "AR" })
        #expect(argentina.status == .member)
        #expect(argentina.joined?.description == "2023-10-22")
    }

    @Test func inAnArticleAboutTheInitiativeTheInitiativeNamesIt() {
        let kb = knowledgeBase("Argentina to sign up to China's Belt and Road Initiative\n\nThe foreign ministers met in Beijing. "
            + "Argentina and China signed the memorandum on cooperation within the initiative.")
        #expect(kb.bri.map { "\($0.country) \($0.status.rawValue)" } == ["AR member"])
    }

    @Test func aListIsOneClauseAndEveryCountryInItCounts() {
        let kb = knowledgeBase("Venezuela, Guyana, Suriname and Ecuador are among the Belt and Road members in South America.")
        #expect(kb.bri.map { "\($0.country) \($0.status.rawValue)" } == ["EC member", "GY member", "SR member", "VE member"])
    }

    @Test(arguments: positives)
    func finds(_ row: (text: String, country: String, status: BriMembership.Status, joined: String?, exited: String?)) throws {
        let kb = knowledgeBase(row.text)
        let membership = try #require(kb.bri.first { $0.country == row.country }, "\(row.text)")
        #expect(membership.status == row.status, "\(row.text)")
        #expect(membership.joined?.description == row.joined)
        #expect(membership.exited?.description == row.exited)
    }

    @Test func anExplainerListsCountriesClauseByClause() {
        let kb = knowledgeBase("Peru joined the BRI in 2019, Argentina in 2022, and Mexico has never joined.")
        #expect(kb.bri.map { "\($0.country) \($0.status.rawValue) \($0.joined?.description ?? "-")" }
                == ["AR member 2022", "MX non_member -", "PE member 2019"])
    }

    static let yearsAfterTheStepBefore: [(text: String, expected: [String])] = [
        ("Peru signed on to the Belt and Road in 2019; Argentina followed three years later.", ["AR member 2022", "PE member 2019"]),
        ("Guyana became a Belt and Road member in 2018, Suriname a year later.", ["GY member 2018", "SR member 2019"]),
        ("Argentina joined the Belt and Road three years later than Peru.", ["AR member -"]),
    ]

    @Test(arguments: yearsAfterTheStepBefore)
    func aStepSomeYearsLaterIsDatedFromTheStepBefore(_ row: (text: String, expected: [String])) {
        let kb = knowledgeBase(row.text)
        #expect(kb.bri.map { "\($0.country) \($0.status.rawValue) \($0.joined?.description ?? "-")" } == row.expected, "\(row.text)")
    }

    @Test func aTableOfStandingsIsOneCountryPerRow() {
        let text = "Who is in the Belt and Road\n\nCountry | Status | Joined | Remarks\nPanama | Left | Nov 2017 | exit announced Feb 2025\n"
            + "SOUTH AMERICA\nPeru | Member | Apr 2019 |\nBrazil | Not signed | - |\nThe Bahamas | Considering | - |\n\nThe table is updated monthly."
        #expect(knowledgeBase(text).bri.map { "\($0.country) \($0.status.rawValue) \($0.joined?.description ?? "-") \($0.exited?.description ?? "-")" }
                == ["BR non_member - -", "BS intends_to_join - -", "PA former_member 2017-11 2025-02", "PE member 2019-04 -"])
    }

    @Test func aTableWithBarsAtBothEndsOfEachRowIsReadTheSame() {
        let text = "Who is in the Belt and Road\n\n| Country | Status | Year signed |\n|---|---|---|\n| Peru | Member | 2019 |\n"
            + "| Brazil | Not a member | — |\n\nThe table is updated monthly."
        #expect(knowledgeBase(text).bri.map { "\($0.country) \($0.status.rawValue) \($0.joined?.description ?? "-")" }
                == ["BR non_member -", "PE member 2019"])
    }

    @Test func aTimelineYearOnItsOwnLineDatesTheCountriesListedUnderIt() {
        let text = "How the Belt and Road reached the Americas\n\n2018\n\nBolivia, Chile and Uruguay.\n\nThe busiest year.\n\n2019\n\nJamaica, Peru.\n\n"
            + "Peru's memorandum came in April."
        #expect(knowledgeBase(text).bri.map { "\($0.country) \($0.joined?.description ?? "-")" }
                == ["BO 2018", "CL 2018", "JM 2019", "PE 2019", "UY 2018"])
    }

    @Test func aMenuBetweenBarsIsNotATable() {
        let text = "Home | World | Americas\n\nPeru joined the Belt and Road in 2019."
        #expect(knowledgeBase(text).bri.map(\.country) == ["PE"])
        #expect(Cleaner.tableRows([2, 0, 0, 0, 0, 2]) == [])
        #expect(Cleaner.tableRows([3, 3, 0, 3]) == [0, 1, 3])
    }

    @Test func aListLineLedByAYearListsTheCountriesOfThatYear() {
        let text = "The Belt and Road members by year of signing:\n\n- 2018: Chile, Cuba, the Dominican Republic, Ecuador\n- 2019: Peru, El Salvador"
        #expect(knowledgeBase(text).bri.map { "\($0.country) \($0.joined?.description ?? "-")" }
                == ["CL 2018", "CU 2018", "DO 2018", "EC 2018", "PE 2019", "SV 2019"])
    }

    @Test func aNameNotInTheLexiconDoesNotEndAList() {
        let after = knowledgeBase("The Belt and Road counts Bolivia, Cuba, Granada, Jamaica and Uruguay among its members in the region.")
        #expect(after.bri.map(\.country) == ["BO", "CU", "JM", "UY"])
        let before = knowledgeBase("Members of the Belt and Road include Cuba, Ecuador, Granada, Guyana, Honduras and Jamaica.")
        #expect(before.bri.map(\.country) == ["CU", "EC", "GY", "HN", "JM"])
    }

    @Test func anotherSigningWithASubjectOfItsOwnIsNoJoining() {
        let kb = knowledgeBase("Peru joined the Belt and Road in April 2019. Chile also signed a memorandum on fisheries with China in May.")
        #expect(kb.bri.map(\.country) == ["PE"])
    }

    @Test func countriesOnePerLineUnderAListsIntroAreAllListed() {
        let kb = knowledgeBase("The Belt and Road in the Caribbean\n\nThe states that signed a Belt and Road memorandum:\n\nDominica\nGrenada\nJamaica")
        #expect(kb.bri.map(\.country) == ["DM", "GD", "JM"])
    }

    @Test func anExceptionNamedOutsideAJoiningIsNoStanding() {
        let kb = knowledgeBase("The Belt and Road turns ten.\n\nTrade with all of the region except Paraguay grew fast in 2023.")
        #expect(kb.bri.isEmpty)
    }

    @Test func countriesAloneAfterASentenceWithoutAStepAreNoStanding() {
        let kb = knowledgeBase("The Belt and Road in the Caribbean\n\nSeveral leaders travelled to Beijing. Dominica, Grenada and Jamaica.")
        #expect(kb.bri.isEmpty)
    }

    @Test func aDescriptionBetweenCommasNamesNoOneWhoJoined() {
        let kb = knowledgeBase("Months later Colombia, for years the biggest holdout after Brazil, joined the Belt and Road.")
        #expect(kb.bri.map(\.country) == ["CO"])
    }

    /// Round-ups go on from one sentence to the next: a list continued, a step said of others, a date counted from the one before.
    static let roundUps: [(text: String, expected: [String])] = [
        ("Brazil and Mexico stay outside the Belt and Road, as do Colombia and Paraguay.",
         ["BR non_member -", "CO non_member -", "MX non_member -", "PY non_member -"]),
        ("Brazil has not joined the Belt and Road. Neither has Mexico, nor Colombia, whose governments see no need for it.",
         ["BR non_member -", "CO non_member -", "MX non_member -"]),
        ("The Belt and Road signatories in the Andes are Bolivia, Ecuador and Peru. In the Caribbean they include Cuba, Grenada and Jamaica.",
         ["BO member -", "CU member -", "EC member -", "GD member -", "JM member -", "PE member -"]),
        ("Twenty countries of the region have signed Belt and Road memoranda. Besides Chile, the list takes in Bolivia, Cuba and Peru.",
         ["BO member -", "CU member -", "PE member -"]),
        ("A few countries of the region remain outside the Belt and Road. Brazil, Mexico and Paraguay each have their reasons.",
         ["BR non_member -", "MX non_member -", "PY non_member -"]),
        ("The Belt and Road now reaches deep into the hemisphere. Along the Atlantic, the memoranda cover Uruguay and Guyana. "
            + "In the Andes they span Bolivia and Peru.", ["BO member -", "GY member -", "PE member -", "UY member -"]),
        ("The newest member of the Belt and Road is Honduras, which broke with Taipei in March 2023 and signed its own memorandum "
            + "in June 2023.", ["HN member 2023-06"]),
        ("Who is in the Belt and Road\n\nUruguay came on board in August 2018.", ["UY member 2018-08"]),
        ("The Belt and Road in the Americas\n\nPanama switched recognition to Beijing in June 2017 and signed up that November.", ["PA member 2017-11"]),
        ("The Belt and Road in the Americas\n\nThe Dominican Republic switched in May 2018 and entered the initiative in November of the same year.",
         ["DO member 2018-11"]),
        ("Argentina joined the Belt and Road in 2022. It joins neighbours Chile and Uruguay, which signed in 2018, and Peru, which signed the following year, as well as Ecuador.",
         ["AR member 2022", "CL member 2018", "EC member -", "PE member 2019", "UY member 2018"]),
        ("Brazil declined to formally join the Belt and Road Initiative.", ["BR non_member -"]),
        ("Brazil's government decided against joining the Belt and Road.", ["BR non_member -"]),
        ("Where they stand on the Belt and Road\n\nPanama\nPanama remains inside the initiative for now.", ["PA member -"]),
        ("Most signed the Belt and Road memorandum in 2018; Nicaragua and Argentina were the latest additions, both in 2022.",
         ["AR member 2022", "NI member 2022"]),
        ("Uruguay, Chile and Peru joined the Belt and Road in 2018 and 2019.", ["CL member -", "PE member -", "UY member -"]),
        ("The Belt and Road in the region\n\nPanama was the pioneer. It switched recognition in June 2017 and signed up that November.",
         ["PA member 2017-11"]),
        ("Argentina's signing of the Belt and Road memorandum leaves only Brazil, Colombia and Paraguay outside the initiative in South America.",
         ["AR member -", "BR non_member -", "CO non_member -", "PY non_member -"]),
        ("How the Belt and Road reached the Americas\n\n2022\n\nNicaragua, Argentina.\n\nNicaragua signed in January. Argentina followed in February.",
         ["AR member 2022-02", "NI member 2022-01"]),
        ("Where they stand on the Belt and Road\n\nCosta Rica\nOne of the first to sign, in September 2018, Costa Rica has seen few projects.",
         ["CR member 2018-09"]),
        ("Where they stand on the Belt and Road\n\nChile\nChile's memorandum dates from November 2018.", ["CL member 2018-11"]),
    ]

    @Test(arguments: roundUps)
    func aRoundUpGoesOnFromSentenceToSentence(_ row: (text: String, expected: [String])) {
        let kb = knowledgeBase(row.text)
        #expect(kb.bri.map { "\($0.country) \($0.status.rawValue) \($0.joined?.description ?? "-")" } == row.expected, "\(row.text)")
    }

    @Test func aListGoesOnOnlyInTheParagraphOfItsStep() {
        let kb = knowledgeBase("Peru joined the Belt and Road in 2019.\n\nThey include Ecuador and Bolivia, which trade mostly with the United States.")
        #expect(kb.bri.map(\.country) == ["PE"])
    }

    static let negatives: [String] = [
        "Analysts say Uruguay could join the Belt and Road Initiative.",
        "Mexico's ties with the United States make membership a hard sell for the Belt and Road.",
        "Over 150 countries have joined the BRI, including more than 20 Latin American nations.",
        "Joining the BRI would mark a significant step for Colombia.",
        "Petro joined Xi at the ceremony in Beijing.",
        "Argentina and Chile joined the Asian Infrastructure Investment Bank in 2021, while Peru joined in 2022.",
        "Argentina applied to join the BRICS group in 2022.",
        "Ecuador's foreign minister took part in the third Belt and Road Forum in Beijing.",
        "Xi said China welcomes Honduras to join the Belt and Road Initiative.",
        "At the forum held in Santiago, Chile, sixteen countries of the region said they had signed on to the Belt and Road Initiative.",
        "Foreign Minister Santiago Cafiero said the Belt and Road Initiative is a global plan.",
        "Trade with Paraguay grew in 2023, followed by a dip in Belt and Road lending.",
        "Honduras abandoned Taipei in March, while the Belt and Road was not on the table.",
        "Nicaragua left office holders in place, a Belt and Road analyst said.",
        "Ecuador joined the Asian Infrastructure Investment Bank in 2019, but that has nothing to do with the Belt and Road.",
        "The envoy thanked Guatemala's minister for joining the celebration of the Belt and Road's tenth year.",
        "Mexico stands in contrast to the Caribbean, where numerous island nations have signed up to the Belt and Road memorandum.",
        "Chile, Peru and Ecuador sent their ministers.\n\nThe two countries joined the Belt and Road in 2018.",
        "China launched the Global Development Initiative. Peru is part of this Global Development Initiative.",
        "China's envoy praised the Belt and Road.\n\nThe two countries signed a memorandum on the Belt and Road Initiative.",
        "Brazil, the largest trading partner of China in the region, buys its machinery.\n\nThe Belt and Road is China's plan.",
        "China courts the Belt and Road's partners.\n\nThe trade bloc was founded by Argentina and Brazil, and Venezuela joined later.",
        "China courts the Belt and Road's partners.\n\nThe regional grouping admitted Bolivia, which joined in 2024.",
        "Talks went on.\n\nThe tariff war dragged.\n\nTensions rose.\n\nBeijing won Dominica's formal backing for its Belt and Road Initiative.\n\nDominica's minister joined President Xi at a dinner on Monday, and ministers joined him later.",
        "A visiting American envoy warned Barbados against signing on to the Belt and Road Initiative.",
        "The two leaders met on the sidelines of the summit in Lima and discussed the Belt and Road Initiative with Peru's president.",
        "Participants at the Belt and Road Forum included ministers from Chile and Peru.",
        "Some Uruguayan officials have voiced opposition to the idea of joining the Belt and Road Initiative.",
        "Is Colombia joining the Belt and Road Initiative?",
        "The government signed 18 memoranda with China in areas ranging from the Belt and Road initiative to agriculture and tourism.",
        "The Belt and Road is not BRICS. Membership of BRICS says nothing about the Belt and Road: Brazil belongs to BRICS but not to the BRI.",
        "Where they stand on the Belt and Road\n\nChile\nChile signed a free trade agreement with China in 2005.",
        "The Belt and Road has been China's plan since 2013. It now counts Chile among many partners.",
    ]

    @Test(arguments: negatives)
    func findsNone(_ text: String) {
        #expect(knowledgeBase(text).bri.isEmpty, "\(text): \(knowledgeBase(text).bri.map { "\($0.country) \($0.status)" })")
    }
}
