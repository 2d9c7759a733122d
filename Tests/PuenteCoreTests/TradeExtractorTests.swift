import Testing
@testable import PuenteCore

/// Trade figures, always on the Latin American side, deficits negative.
@Suite struct TradeExtractorTests {
    static let positives: [(text: String, figures: [String])] = [
        ("In 2022, shipments from Colombia to China totalled $7 billion.", ["co-cn-2022-exports=7000000000"]),
        ("Argentina's president flew to Beijing. Argentina wants Chinese investment. "
         + "Trade between Peru and China hit a record in 2023. Exports to China rose 12 percent to $25 billion in 2023.",
         ["pe-cn-2023-exports=25000000000"]),
        ("China's imports from Chile reached $38.2 billion in 2023.", ["cl-cn-2023-exports=38200000000"]),
        ("The flows left Chile with a 2022 trade surplus of $9.1 billion with China.", ["cl-cn-2022-balance=9100000000"]),
        ("Chile's exports to China were worth $30 billion in 2022, and the 2022 exports were a record.", ["cl-cn-2022-exports=30000000000"]),
        ("China's exports to Peru rose to $12 billion last year.", ["pe-cn-2023-imports=12000000000"]),
        ("Colombia had a trade deficit of more than $8 billion with China last year.", ["co-cn-2023-balance=-8000000000"]),
        ("Brazil ran a surplus of $51 billion with China in 2023.", ["br-cn-2023-balance=51000000000"]),
        ("Bilateral trade between Chile and China totalled $58.7 billion in 2023.", ["cl-cn-2023-total=58700000000"]),
        ("Peru's exports to China reached $23.4 billion last year, while Peru's imports from China stood at US$ 12.1 billion.",
         ["pe-cn-2023-exports=23400000000", "pe-cn-2023-imports=12100000000"]),
        ("Ecuador sold more than $5 billion worth of goods to China in 2023.", ["ec-cn-2023-exports=5000000000"]),
        ("Argentina and Bolivia posted trade deficits with China in 2022.", ["ar-cn-2022-balance=nil", "bo-cn-2022-balance=nil"]),
        ("China's imports from Chile reached $38.2 billion in 2023, up from $35.1 billion in 2022.",
         ["cl-cn-2022-exports=35100000000", "cl-cn-2023-exports=38200000000"]),
        ("Mexico's deficit with China came from $8.1 billion in exports and $121.4 billion in imports in 2024.",
         ["mx-cn-2024-balance=nil", "mx-cn-2024-exports=8100000000", "mx-cn-2024-imports=121400000000"]),
        ("Last year, Paraguayan sales to the Asian giant amounted to US$ 1,7 bi.", ["py-cn-2023-exports=1700000000"]),
        ("In 2021 China was the second largest source of imports for Belize, worth some $90 million.", ["bz-cn-2021-imports=90000000"]),
        ("Guatemala's trade deficit with China narrowed by $400 million in 2023.", ["gt-cn-2023-balance=nil"]),
        ("Jamaica's exports to China rose from $90 million in 2021 to $140 million in 2022.",
         ["jm-cn-2021-exports=90000000", "jm-cn-2022-exports=140000000"]),
        ("Peru's ties with China are deep. In 2022 the commercial exchange between Peru and China amounted to over US$33 billion.",
         ["pe-cn-2022-total=33000000000"]),
        ("\"Brazil and China set a new trade record in 2021, reaching over $135 billion,\" said the chamber's president.",
         ["br-cn-2021-total=135000000000"]),
        ("In 2021, Ecuador exported about $6 billion worth of goods to the United States and almost $3.5 billion to China.",
         ["ec-cn-2021-exports=3500000000"]),
        ("Barbados reports that its exports to China have climbed steadily over the period, rising by about a third from roughly $30 million in 2020 to $40 million in 2021.",
         ["bb-cn-2020-exports=30000000", "bb-cn-2021-exports=40000000"]),
        ("Honduras ranks fourth among Central American suppliers to China, with exports of $640 million in 2023.", ["hn-cn-2023-exports=640000000"]),
        ("In 2019 China became the top market for Costa Rican exports, with sales reaching $900 million.", ["cr-cn-2019-exports=900000000"]),
        ("China-Ecuador bilateral trade in goods reached US$ 9.5 billion in 2020.", ["ec-cn-2020-total=9500000000"]),
        ("Panama's trade with China grew in 2021. Panama posted a deficit of $2.2 billion.", ["pa-cn-2021-balance=-2200000000"]),
        ("China is Uruguay's main trading partner. Last year, trade between the two nations came to US$ 6.1 billion, with "
            + "Uruguayan exports worth US$ 3.9 billion and US$ 2.2 billion worth of imports.",
         ["uy-cn-2023-exports=3900000000", "uy-cn-2023-imports=2200000000", "uy-cn-2023-total=6100000000"]),
        ("Argentina's US$ 4.8 billion trade deficit with China in 2021 worried exporters.", ["ar-cn-2021-balance=-4800000000"]),
        ("Colombia, its third partner in the region, reported $22 billion in trade with China for 2021.", ["co-cn-2021-total=22000000000"]),
        ("In 2021, Uruguay's exports to China passed $3 billion, yielding a $1 billion surplus under a 2016 trade accord.",
         ["uy-cn-2021-balance=1000000000", "uy-cn-2021-exports=3000000000"]),
        ("Chinese customs data show bilateral trade of $3.1 billion with Ecuador in 2021, with imports from Ecuador of $1.9 billion "
            + "and exports to the country of $1.2 billion.",
         ["ec-cn-2021-exports=1900000000", "ec-cn-2021-imports=1200000000", "ec-cn-2021-total=3100000000"]),
        ("China bought goods worth $4.2 billion from Uruguay in 2021.", ["uy-cn-2021-exports=4200000000"]),
        ("Chilean exports to China rose in 2021. Venezuela differs from its neighbours, facing a $1 billion deficit.",
         ["ve-cn-2021-balance=-1000000000"]),
        ("Costa Rica's president met Xi Jinping in Beijing. As a result, bilateral trade grew to $5.3 billion last year.",
         ["cr-cn-2023-total=5300000000"]),
        ("Cuba's foreign minister flew to Beijing. In 2017, trade between the two nations was valued at around $2 billion.",
         ["cu-cn-2017-total=2000000000"]),
        ("Trade between Guyana and China has grown by 213 per cent over the past five years, reaching US$710 million in 2021.",
         ["gy-cn-2021-total=710000000"]),
        ("In 2012, Mexico was exporting $5.7 billion to China.", ["mx-cn-2012-exports=5700000000"]),
        ("Bilateral trade rose to US$1.8B in 2022\n\nTrade between Guyana and China reached US$1.88 billion in 2022.", ["gy-cn-2022-total=1880000000"]),
    ]

    /// Read at the end of 2024, when 2023 was "last year" and 2024 had come to its last month.
    @Test(arguments: positives)
    func finds(_ row: (text: String, figures: [String])) {
        let figures = knowledgeBase(row.text, published: "2024-12-31").tradeFigures.map { "\($0.id)=\($0.value.map { String(Int64($0.amount)) } ?? "nil")" }
        #expect(figures.sorted() == row.figures, "\(row.text)")
    }

    @Test func aFigureForTheYearOfPublicationIsPartOfThatYearUntilDecember() {
        let text = "In 2016, bilateral trade between Peru and China reached US$7.257 billion."
        #expect(knowledgeBase(text, published: "2016-08-26").tradeFigures.isEmpty)
        #expect(knowledgeBase(text, published: "2016-12-28").tradeFigures.map(\.id) == ["pe-cn-2016-total"])
        #expect(knowledgeBase(text, published: "2017-01-26").tradeFigures.map(\.id) == ["pe-cn-2016-total"])
    }

    static let negatives: [String] = [
        "By the end of June, Chilean exports to China totalled $20 billion.",
        "As of November, the trade balance of Peru with China stood at $10 billion.",
        "Exports from Peru to China through September reached $20 billion in 2023.",
        "Since a 2009 agreement, Peru's trade with China has grown.",
        "The Bogota metro is a $4 billion project.",
        "Between 2019 and 2023, bilateral trade between Panama and China exceeded $40 billion.",
        "From 2018 to 2022, Chile's exports to China totalled $200 billion.",
        "Chinese companies announced investments of more than $4 billion in Chilean lithium.",
        "Chinese imports from Colombia have risen sharply in the last few years.",
        "Colombia hopes to sell more coffee to China.",
        "Exports to China are worth $2 billion every year.",
        "Chile's copper exports to China reached $21 billion in 2022.",
        "Ecuador's non-oil exports to China fell to $4.8 billion in 2024.",
        "In 2022 Peru sent $3 billion worth of fishmeal to China.",
        "Brazil's exports to China may reach $110 billion in 2024.",
        "Bilateral trade between Argentina and China is expected to top $30 billion in 2025.",
        "In March 2024, Chile's exports to China totalled $2.1 billion.",
        "In the first half of 2023, Peru's imports from China were $6 billion.",
        "Bilateral trade between China and Latin America passed $480 billion in 2023.",
        "In 2023 Bolivia posted a trade deficit of $1.1 billion with the rest of the world.",
        "Ecuador's exports to Panama climbed to $6 billion in 2024.",
        "Chile's trade with China grew fast. In 2023 its overall trade surplus reached $15 billion.",
        "Ecuador's exports to China fell in 2023. Sales to Panama surged to $6.29 billion, surpassing China as the leading buyer.",
        "Between January and July 2023, Mexico's exports to China reached $5.98 billion.",
        "Chile's exports grew. China's trade with Latin America and the Caribbean reached roughly $485 billion in 2022.",
        "In 2022, for every $10 worth of goods that Mexico sold to China, it bought $100.",
        "In 2024 Uruguay became the first country allowed to export tripe to China, worth an estimated $40 million.",
        "In 2023 Chile posted a record trade surplus of $21 billion, helped in large part by copper sales to China.",
        "Peru's exports to China rose in 2023. Japan came second, buying exports of $3 billion from Peru that year.",
        "Exports to China climbed in 2022. Far behind, the European Union took Uruguayan exports worth $1.9 billion in 2022.",
        "Peru's bilateral trade with the world reached $120 billion in 2022.",
        "The exchange rate of the Chilean peso against the yuan fell to 130 in 2023, costing importers $2 billion.",
        "Chile's exports to China grew strongly after the treaty took effect in 2006, and the copper it sent to India rose from $1 billion to $2 billion.",
    ]

    @Test(arguments: negatives)
    func findsNone(_ text: String) {
        #expect(knowledgeBase(text).tradeFigures.isEmpty, "\(text): \(knowledgeBase(text).tradeFigures.map(\.id))")
    }
}
