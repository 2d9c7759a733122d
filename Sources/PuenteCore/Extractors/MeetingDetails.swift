import Foundation

/// Where and on what occasion a meeting took place, as its sentence says.
enum MeetingDetails {
    /// The first place after "in" following the meeting word: a city (a capital, or a capitalised name that is not
    /// a person or an organisation), else a country; failing that, any capital the sentence names.
    static func location(_ sentence: AnalyzedSentence, after cue: Int) -> String? {
        let tokens = sentence.tokens
        var countryFallback: String?
        for index in tokens.indices where tokens[index].lower == "in" && index + 1 < tokens.count && tokens[index + 1].isCapitalized {
            let place = index + 1
            if let country = sentence.countries.first(where: { $0.tokens.lowerBound == place }) {
                let text = tokens[country.tokens].map(\.text).joined(separator: " ")
                if country.viaCapital { return text }
                countryFallback = countryFallback ?? CountryLexicon.name(of: country.code)
                continue
            }
            if sentence.people.contains(where: { $0.tokens.contains(place) }) || sentence.organizations.contains(where: { $0.tokens.contains(place) }) { continue }
            if sentence.dates.contains(where: { $0.tokens.contains(place) }) || index < cue { continue }
            if let name = placeName(tokens, from: place) { return name }
        }
        if let city = venueCity(tokens) { return city }
        let isDateline = sentence.sentence.startsBlock && tokens.count > 1 && tokens[1].text == ","
        if let capital = sentence.countries.first(where: { $0.viaCapital && !$0.inOrganization && !(isDateline && $0.tokens.lowerBound == 0) }) {
            return tokens[capital.tokens].map(\.text).joined(separator: " ")
        }
        return countryFallback
    }

    /// "at the Great Hall of the People": the city of a known seat of government.
    private static func venueCity(_ tokens: [Token]) -> String? {
        tokens.indices.lazy.compactMap { index in
            tokens[index].isCapitalized ? VenueLexicon.table.match(tokens, at: index)?.value : nil
        }.first
    }

    /// One to three capitalised words: "San Francisco", "Rio de Janeiro".
    private static func placeName(_ tokens: [Token], from start: Int) -> String? {
        var end = start
        while end < tokens.count, end - start < 4, tokens[end].isCapitalized || (["de", "do", "da", "del"].contains(tokens[end].text) && end + 1 < tokens.count && tokens[end + 1].isCapitalized) {
            end += 1
        }
        guard end > start, end - start <= 3, MonthNames.number(tokens[start].text) == nil else { return nil }
        return tokens[start..<end].map(\.text).joined(separator: " ")
    }

    /// "on the sidelines of the APEC summit", "at the G20 summit", "for the China-CELAC forum", "during a state visit".
    static func occasion(_ sentence: AnalyzedSentence) -> String? {
        let tokens = sentence.tokens
        if let start = sentence.find(["on", "the", "sidelines", "of"]) { return phrase(tokens, from: start + 4) }
        for (index, token) in tokens.enumerated() where ["summit", "forum", "conference"].contains(token.lower) {
            var start = index
            while start > 0, !["at", "for", "to", "during", "attend", "attending"].contains(tokens[start - 1].lower), index - start < 12 { start -= 1 }
            guard start > 0 else { continue }
            return tokens[start...index].map(\.text).joined(separator: " ").replacingHyphenSpaces()
        }
        if let visit = tokens.firstIndex(where: { $0.lower == "visit" }), visit > 0,
           ["state", "official", "working"].contains(tokens[visit - 1].lower) {
            return "\(tokens[visit - 1].lower) visit"
        }
        return nil
    }

    private static func phrase(_ tokens: [Token], from start: Int) -> String? {
        var end = start
        while end < tokens.count, ![",", ".", ";", "on", "in"].contains(tokens[end].lower), end - start < 10 { end += 1 }
        guard end > start else { return nil }
        return tokens[start..<end].map(\.text).joined(separator: " ").replacingHyphenSpaces()
    }
}

extension String {
    /// "China - CELAC" as tokens were joined back to "China-CELAC".
    func replacingHyphenSpaces() -> String {
        var result = self
        while let range = result.range(of: " - ") { result.replaceSubrange(range, with: "-") }
        if result.hasPrefix("the ") { result.removeFirst(4) }
        return result
    }
}
