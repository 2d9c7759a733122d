/// Countries of the Americas plus China and Taiwan: names, aliases, demonyms and capitals, and the
/// regions whose names contain a demonym ("Latin American" is not "American").
enum CountryLexicon {
    struct Entry: Sendable {
        let code: String
        let name: String
        let names: [String]
        let demonyms: [String]
        let capitals: [String]
        let currency: String
    }

    /// What a phrase of text refers to.
    enum Referent: Sendable, Equatable {
        case country(String, viaCapital: Bool)
        case region
    }

    /// True for the countries of Latin America and the Caribbean, whose relations with China Puente records.
    static func isInRegion(_ code: String) -> Bool {
        !["CN", "TW", "US", "CA"].contains(code) && byCode[code] != nil
    }

    static let entries: [Entry] = [
        Entry(code: "CN", name: "China", names: ["China", "People's Republic of China", "PRC", "P.R.C.", "Mainland China", "Asian giant", "Middle Kingdom"], demonyms: ["Chinese"], capitals: ["Beijing", "Peking"], currency: "CNY"),
        Entry(code: "TW", name: "Taiwan", names: ["Taiwan", "Republic of China", "Chinese Taipei"], demonyms: ["Taiwanese"], capitals: ["Taipei"], currency: "TWD"),
        Entry(code: "US", name: "United States", names: ["United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"], demonyms: ["American", "Americans", "U.S.-based"], capitals: ["Washington"], currency: "USD"),
        Entry(code: "CA", name: "Canada", names: ["Canada"], demonyms: ["Canadian", "Canadians"], capitals: ["Ottawa"], currency: "CAD"),
        Entry(code: "MX", name: "Mexico", names: ["Mexico", "México", "United Mexican States"], demonyms: ["Mexican", "Mexicans"], capitals: ["Mexico City"], currency: "MXN"),
        Entry(code: "GT", name: "Guatemala", names: ["Guatemala"], demonyms: ["Guatemalan", "Guatemalans"], capitals: ["Guatemala City"], currency: "GTQ"),
        Entry(code: "BZ", name: "Belize", names: ["Belize"], demonyms: ["Belizean", "Belizeans"], capitals: ["Belmopan"], currency: "BZD"),
        Entry(code: "SV", name: "El Salvador", names: ["El Salvador"], demonyms: ["Salvadoran", "Salvadorans", "Salvadorean"], capitals: ["San Salvador"], currency: "USD"),
        Entry(code: "HN", name: "Honduras", names: ["Honduras"], demonyms: ["Honduran", "Hondurans"], capitals: ["Tegucigalpa"], currency: "HNL"),
        Entry(code: "NI", name: "Nicaragua", names: ["Nicaragua"], demonyms: ["Nicaraguan", "Nicaraguans"], capitals: ["Managua"], currency: "NIO"),
        Entry(code: "CR", name: "Costa Rica", names: ["Costa Rica"], demonyms: ["Costa Rican", "Costa Ricans"], capitals: ["San José", "San Jose"], currency: "CRC"),
        Entry(code: "PA", name: "Panama", names: ["Panama", "Panamá"], demonyms: ["Panamanian", "Panamanians"], capitals: ["Panama City"], currency: "PAB"),
        Entry(code: "CU", name: "Cuba", names: ["Cuba"], demonyms: ["Cuban", "Cubans"], capitals: ["Havana", "La Habana"], currency: "CUP"),
        Entry(code: "DO", name: "Dominican Republic", names: ["Dominican Republic", "República Dominicana"], demonyms: ["Dominican", "Dominicans"], capitals: ["Santo Domingo"], currency: "DOP"),
        Entry(code: "HT", name: "Haiti", names: ["Haiti", "Haïti"], demonyms: ["Haitian", "Haitians"], capitals: ["Port-au-Prince"], currency: "HTG"),
        Entry(code: "JM", name: "Jamaica", names: ["Jamaica"], demonyms: ["Jamaican", "Jamaicans"], capitals: ["Kingston"], currency: "JMD"),
        Entry(code: "BS", name: "Bahamas", names: ["Bahamas", "The Bahamas"], demonyms: ["Bahamian", "Bahamians"], capitals: ["Nassau"], currency: "BSD"),
        Entry(code: "BB", name: "Barbados", names: ["Barbados"], demonyms: ["Barbadian", "Barbadians", "Bajan"], capitals: ["Bridgetown"], currency: "BBD"),
        Entry(code: "TT", name: "Trinidad and Tobago", names: ["Trinidad and Tobago", "Trinidad", "T&T"], demonyms: ["Trinidadian", "Trinidadians"], capitals: ["Port of Spain"], currency: "TTD"),
        Entry(code: "DM", name: "Dominica", names: ["Dominica"], demonyms: [], capitals: ["Roseau"], currency: "XCD"),
        Entry(code: "GD", name: "Grenada", names: ["Grenada"], demonyms: ["Grenadian", "Grenadians"], capitals: ["St. George's"], currency: "XCD"),
        Entry(code: "AG", name: "Antigua and Barbuda", names: ["Antigua and Barbuda", "Antigua"], demonyms: ["Antiguan", "Antiguans"], capitals: [], currency: "XCD"),
        Entry(code: "KN", name: "Saint Kitts and Nevis", names: ["Saint Kitts and Nevis", "St. Kitts and Nevis", "St Kitts and Nevis"], demonyms: ["Kittitian"], capitals: ["Basseterre"], currency: "XCD"),
        Entry(code: "LC", name: "Saint Lucia", names: ["Saint Lucia", "St. Lucia", "St Lucia"], demonyms: ["Saint Lucian", "St. Lucian"], capitals: ["Castries"], currency: "XCD"),
        Entry(code: "VC", name: "Saint Vincent and the Grenadines", names: ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines", "St Vincent and the Grenadines"], demonyms: ["Vincentian"], capitals: ["Kingstown"], currency: "XCD"),
        Entry(code: "CO", name: "Colombia", names: ["Colombia", "Republic of Colombia"], demonyms: ["Colombian", "Colombians"], capitals: ["Bogota", "Bogotá"], currency: "COP"),
        Entry(code: "VE", name: "Venezuela", names: ["Venezuela"], demonyms: ["Venezuelan", "Venezuelans"], capitals: ["Caracas"], currency: "VES"),
        Entry(code: "EC", name: "Ecuador", names: ["Ecuador"], demonyms: ["Ecuadorian", "Ecuadorians", "Ecuadoran"], capitals: ["Quito"], currency: "USD"),
        Entry(code: "PE", name: "Peru", names: ["Peru", "Perú"], demonyms: ["Peruvian", "Peruvians"], capitals: ["Lima"], currency: "PEN"),
        Entry(code: "BO", name: "Bolivia", names: ["Bolivia"], demonyms: ["Bolivian", "Bolivians"], capitals: ["La Paz", "Sucre"], currency: "BOB"),
        Entry(code: "CL", name: "Chile", names: ["Chile"], demonyms: ["Chilean", "Chileans"], capitals: ["Santiago"], currency: "CLP"),
        Entry(code: "AR", name: "Argentina", names: ["Argentina"], demonyms: ["Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean"], capitals: ["Buenos Aires"], currency: "ARS"),
        Entry(code: "UY", name: "Uruguay", names: ["Uruguay"], demonyms: ["Uruguayan", "Uruguayans"], capitals: ["Montevideo"], currency: "UYU"),
        Entry(code: "PY", name: "Paraguay", names: ["Paraguay"], demonyms: ["Paraguayan", "Paraguayans"], capitals: ["Asuncion", "Asunción"], currency: "PYG"),
        Entry(code: "BR", name: "Brazil", names: ["Brazil", "Brasil"], demonyms: ["Brazilian", "Brazilians"], capitals: ["Brasilia", "Brasília"], currency: "BRL"),
        Entry(code: "GY", name: "Guyana", names: ["Guyana"], demonyms: ["Guyanese"], capitals: ["Georgetown"], currency: "GYD"),
        Entry(code: "SR", name: "Suriname", names: ["Suriname", "Surinam"], demonyms: ["Surinamese"], capitals: ["Paramaribo"], currency: "SRD"),
    ]

    /// Phrases that contain a country's name or demonym but refer to something else.
    static let regions: [String] = [
        "Latin America", "Latin American", "Latin Americans", "South America", "South American", "South Americans",
        "Central America", "Central American", "North America", "North American", "the Americas", "Americas",
        "New Mexico", "Inter-American", "Pan American", "Pan-American", "American Samoa", "Latin and Caribbean",
        "Indo-Chinese", "Washington Post", "Salvador da Bahia", "Panama Canal Authority",
        "Santiago de Cuba", "Santiago de los Caballeros", "Santiago del Estero", "Santiago de Compostela",
        "Asia", "Africa", "Europe", "Caribbean",
    ]

    static let byCode: [String: Entry] = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0) })

    static let table: PhraseTable<Referent> = {
        var phrases: [(String, Referent)] = regions.map { ($0, .region) }
        for entry in entries {
            for phrase in entry.names + entry.demonyms { phrases.append((phrase, .country(entry.code, viaCapital: false))) }
            for phrase in entry.capitals { phrases.append((phrase, .country(entry.code, viaCapital: true))) }
        }
        return PhraseTable(phrases)
    }()

    /// Every demonym, lower-cased.
    static let demonyms: Set<String> = Set(entries.flatMap { $0.demonyms.map { $0.lowercased() } })

    /// Short forms that are ordinary words in lower case ("us") and so must be written in capitals.
    static let capitalsOnly: Set<String> = ["us", "usa", "prc"]

    static func name(of code: String) -> String { byCode[code]?.name ?? code }
}
