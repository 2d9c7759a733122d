import Testing
@testable import PuenteCore

/// People introduced by role and country, and later mentions by surname.
@Suite struct PeopleRecognizerTests {
    static let positives: [(text: String, name: String, country: String?, role: String?)] = [
        ("Peruvian President Dina Boluarte arrived.", "Dina Boluarte", "PE", "President"),
        ("Ana Reyes, Minister of Foreign Affairs of the Dominican Republic, arrived.", "Ana Reyes", "DO", "Minister of Foreign Affairs"),
        ("Li Wen, Vice Minister of Commerce of China, spoke.", "Li Wen", "CN", "Vice Minister"),
        ("Costa Rican President Rodrigo Chaves Robles arrived.", "Rodrigo Chaves Robles", "CR", "President"),
        ("The Chinese Ambassador to The Bahamas Ms. Yan Jiarong arrived.", "Yan Jiarong", "CN", "Ambassador"),
        ("Chinese Ambassador to Peru Song Yang spoke.", "Song Yang", "CN", "Ambassador"),
        ("China's Ambassador to Chile, Niu Qingbao and his staff arrived.", "Niu Qingbao", "CN", "Ambassador"),
        ("Peru's Minister of Trade, Ana Cecilia Gervasi, spoke.", "Ana Cecilia Gervasi", "PE", "Minister of Trade"),
        ("Colombian President Gustavo Petro met his Chinese counterpart Xi Jinping.", "Xi Jinping", "CN", "President"),
        ("The president of Colombia, Gustavo Petro, met Xi.", "Gustavo Petro", "CO", "President"),
        ("Former Colombia President Ivan Duque visited Beijing.", "Ivan Duque", "CO", "Former President"),
        ("Argentine Foreign Minister Diego Cerdas spoke.", "Diego Cerdas", "AR", "Foreign Minister"),
        ("Brazil's President Luiz Inácio Lula da Silva landed.", "Luiz Inácio Lula da Silva", "BR", "President"),
        ("Marcos Ruiz, the Chilean ambassador, said so.", "Marcos Ruiz", "CL", "Ambassador"),
        ("Uruguayan President Luis Lacalle Pou was received.", "Luis Lacalle Pou", "UY", "President"),
        ("Chinese Premier Li Qiang hosted the visitors.", "Li Qiang", "CN", "Premier"),
        ("The President of the Republic of Peru Dina Boluarte spoke.", "Dina Boluarte", "PE", "President"),
        ("Jamaican Minister of Foreign Affairs and Foreign Trade Kamina Johnson Smith spoke.", "Kamina Johnson Smith", "JM", "Minister of Foreign Affairs"),
        ("The Argentine Minister of Foreign Affairs and Worship Santiago Cafiero arrived.", "Santiago Cafiero", "AR", "Minister of Foreign Affairs"),
        ("The delegation was led by Barbadian Prime Minister Dr. Marla Thompson.", "Marla Thompson", "BB", "Prime Minister"),
    ]

    @Test(arguments: positives)
    func introduces(_ row: (text: String, name: String, country: String?, role: String?)) throws {
        let sentence = try #require(analyzedSentence(row.text))
        let person = try #require(sentence.people.first { $0.name == row.name }, "\(row.text): \(sentence.people.map(\.name))")
        #expect(person.country == row.country)
        #expect(person.role == row.role)
    }

    @Test func laterMentionsBySurnameTakeTheIntroducedCountry() {
        let document = analyzedDocument("Peruvian President Dina Boluarte met Xi Jinping. Later, Boluarte told XI that trade mattered.")
        let later = document.sentences[1].people
        #expect(later.map(\.name) == ["Dina Boluarte", "Xi Jinping"])
        #expect(later.map(\.country) == ["PE", "CN"])
    }

    @Test func aShortIntroductionIsTheFullName() {
        let document = analyzedDocument("Colombia's President Gustavo Petro is in Beijing. President Petro plans to sign.")
        #expect(document.sentences[1].people.map(\.name) == ["Gustavo Petro"])
    }

    static let negatives: [String] = [
        "The Belt and Road Initiative grew.",
        "The Foreign Ministry announced the plan.",
        "President said nothing.",
        "Guyana's Minister of Public Works, Housing and Water spoke.",
        "The Minister, Ana Reyes said nothing.",
        "The Minister of Trade and Industry said nothing.",
    ]

    @Test(arguments: negatives)
    func findsNoOne(_ text: String) throws {
        let sentence = try #require(analyzedSentence(text))
        #expect(sentence.people.isEmpty, "\(text): \(sentence.people.map(\.name))")
    }
}
