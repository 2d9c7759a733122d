import Testing
@testable import PuenteCore

/// Countries by name, alias, demonym and capital; regions and lower-case words are not countries.
@Suite struct CountryRecognizerTests {
    static let positives: [(text: String, codes: [String])] = [
        ("Colombia and China signed a plan.", ["CO", "CN"]),
        ("The Colombian president met his Chinese counterpart.", ["CO", "CN"]),
        ("The People's Republic of China and the Republic of Colombia agreed.", ["CN", "CO"]),
        ("Bogota signs a plan with Beijing.", ["CO", "CN"]),
        ("A close US ally, said the U.S. envoy.", ["US", "US"]),
        ("Paraguay recognises Taiwan.", ["PY", "TW"]),
        ("Costa Rica and the Dominican Republic switched.", ["CR", "DO"]),
        ("China is the Asian giant's name for itself.", ["CN", "CN"]),
        ("Peruvian, Brazilian and Argentine officials met.", ["PE", "BR", "AR"]),
        ("T&T is China's largest partner in the English-speaking Caribbean.", ["TT", "CN"]),
    ]

    @Test(arguments: positives)
    func finds(_ row: (text: String, codes: [String])) throws {
        let sentence = try #require(analyzedSentence(row.text))
        #expect(sentence.countries.map(\.code) == row.codes, "\(row.text)")
    }

    static let negatives: [String] = [
        "Latin American leaders met.",
        "South American and Central American exporters gathered.",
        "Let us go to the lake countries.",
        "He likes chile peppers from New Mexico.",
        "The AT&T store sells phones.",
        "A terminal is planned at the Santiago de Cuba harbour.",
    ]

    @Test(arguments: negatives)
    func findsNone(_ text: String) throws {
        let sentence = try #require(analyzedSentence(text))
        #expect(sentence.countries.isEmpty, "\(text): \(sentence.countries.map(\.code))")
    }

    @Test func countriesInsideOrganisationNamesAreMarked() throws {
        let sentence = try #require(analyzedSentence("China Harbour Engineering Company will build the line."))
        #expect(sentence.countries.map(\.inOrganization) == [true])
    }
}
