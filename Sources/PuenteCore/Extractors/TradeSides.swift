/// Which country a trade figure belongs to and which is its partner, from the phrasing around the indicator.
enum TradeSides {
    struct Sides {
        var countries: [String]
        var partner: String?
    }

    /// "exports to all destinations", "imports from the rest of the world": a total, not trade with one partner.
    static func namesNoPartner(_ anchor: TradeAnchors.Anchor, sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let start = anchor.range.upperBound
        guard start < tokens.count, ["to", "from", "with"].contains(tokens[start].lower) else {
            return anchor.range.lowerBound > 0 && ["total", "overall", "global", "worldwide", "merchandise"].contains(tokens[anchor.range.lowerBound - 1].lower)
                && anchor.indicator != .total
        }
        var next = start + 1
        while next < tokens.count, ["the", "its", "their", "all"].contains(tokens[next].lower) { next += 1 }
        guard next < tokens.count else { return false }
        let namesCountry = sentence.countries.contains { $0.tokens.lowerBound == next } || sentence.people.contains { $0.tokens.lowerBound == next }
        let words: Set<String> = ["world", "destinations", "markets", "countries", "rest", "partners", "regions"]
        return !namesCountry && (words.contains(tokens[next].lower) || tokens[start + 1].lower == "all")
    }

    static func resolve(_ anchor: TradeAnchors.Anchor, limit: Int, sentence: AnalyzedSentence) -> Sides {
        let tokens = sentence.tokens
        let named = sentence.actorCountries
        func country(after word: Set<String>, from: Int, to: Int) -> String? {
            for index in from..<min(to, tokens.count) where word.contains(tokens[index].lower) {
                if let found = named.first(where: { $0.at == index + 1 || ($0.at == index + 2 && tokens[index + 1].lower == "the") }) { return found.code }
            }
            return nil
        }
        /// "exports to the country": the one country of the region the sentence names.
        func anaphor(after word: Set<String>, from: Int, to: Int) -> String? {
            let region = Set(named.map(\.code).filter(CountryLexicon.isInRegion))
            guard region.count == 1 else { return nil }
            for index in from..<max(from, min(to, tokens.count - 2)) where word.contains(tokens[index].lower) && tokens[index + 1].lower == "the"
                && ["country", "nation"].contains(tokens[index + 2].lower) { return region.first }
            return nil
        }
        let window = min(limit, anchor.range.upperBound + 10)
        var sides = Sides(countries: [], partner: nil)
        switch anchor.indicator {
        case .exports:
            sides.partner = country(after: ["to"], from: anchor.range.upperBound, to: window)
                ?? anaphor(after: ["to"], from: anchor.range.upperBound, to: window)
            if let source = country(after: ["from", "of"], from: anchor.range.upperBound, to: window) { sides.countries = [source] }
        case .imports:
            sides.partner = country(after: ["from"], from: anchor.range.upperBound, to: window)
                ?? anaphor(after: ["from"], from: anchor.range.upperBound, to: window)
            if let of = tokens[anchor.range.upperBound..<min(window, tokens.count)].firstIndex(where: { $0.lower == "of" }),
               let origin = sentence.countries.first(where: { $0.tokens.lowerBound == of + 1 && $0.isDemonym }) {
                sides.partner = sides.partner ?? origin.code
            } else if let buyer = country(after: ["of", "by", "for"], from: anchor.range.upperBound, to: window) {
                sides.countries = [buyer]
            }
        case .balance:
            sides.partner = country(after: ["with"], from: anchor.range.upperBound, to: window)
        case .total:
            let between = named.filter { $0.at > anchor.range.lowerBound && $0.at < window }.map(\.code)
            if sides.countries.isEmpty, between.count >= 2 { return orderedPair(between[0], between[1]) }
            sides.partner = country(after: ["with"], from: anchor.range.upperBound, to: window)
        }
        if sides.countries.isEmpty { sides.countries = subjects(before: anchor.range.lowerBound, sentence: sentence) }
        if anchor.indicator == .total, sides.partner == nil, sides.countries.count == 2, sides.countries.contains("CN") {
            return orderedPair(sides.countries[0], sides.countries[1])
        }
        if anchor.indicator == .total, let subject = sides.countries.first, let partner = sides.partner, sides.countries.count == 1 {
            return orderedPair(subject, partner)
        }
        return sides
    }

    /// "Uruguayan exports", "Brazil's imports", "Mexican total exports": the country written right before the
    /// indicator owns it, whoever else the clause names first.
    private static func owner(before index: Int, sentence: AnalyzedSentence) -> String? {
        var end = index
        let tokens = sentence.tokens
        while end > 0, ["total", "overall", "annual", "merchandise"].contains(tokens[end - 1].lower) { end -= 1 }
        if end > 0, ["'s", "’s"].contains(tokens[end - 1].lower) { end -= 1 }
        return sentence.countries.first { $0.tokens.upperBound == end && !$0.inOrganization }?.code
    }

    /// Bilateral totals belong to the country that is not China.
    private static func orderedPair(_ a: String, _ b: String) -> Sides {
        a == "CN" ? Sides(countries: [b], partner: a) : Sides(countries: [a], partner: b)
    }

    /// The countries written before the indicator in its clause: "Colombia's exports", "Argentina, Bolivia and
    /// Suriname posted deficits", "Peruvian exports".
    private static func subjects(before index: Int, sentence: AnalyzedSentence) -> [String] {
        if let owner = owner(before: index, sentence: sentence) { return [owner] }
        let clause = sentence.clauseRange(around: index)
        var start = clause.lowerBound
        while start > 0, sentence.tokens[start - 1].text == "," || sentence.actorCountries.contains(where: { $0.at >= start - 2 && $0.at < start }) {
            start -= 1
        }
        var codes: [String] = []
        // "trade with Bolivia, with imports from Bolivia ... and exports to the country": a country after "to", "from"
        // or "with" is a partner.
        let destinations = Set(sentence.actorCountries.filter { $0.at > 0 && ["to", "from", "with"].contains(sentence.tokens[$0.at - 1].lower) }.map(\.at))
        for mention in sentence.actorCountries where mention.at >= start && mention.at < index && !codes.contains(mention.code)
            && !destinations.contains(mention.at) {
            codes.append(mention.code)
        }
        if codes.isEmpty {
            // "Mexico contrasts with these nations, facing a $62 billion deficit": the one country the sentence opens with.
            let earlier = sentence.actorCountries.filter { $0.at < index && $0.code != "CN" && !destinations.contains($0.at) }.map(\.code)
            if Set(earlier).count == 1 { return [earlier[0]] }
        }
        if codes.count > 1, let last = codes.last, sentence.tokens[start..<index].contains(where: { ["with", "to", "from"].contains($0.lower) }) {
            return codes.filter { $0 != last }
        }
        return codes.count > 1 ? codes : Array(codes.suffix(1))
    }
}
