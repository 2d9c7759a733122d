/// What a trade figure must be to be one: a full year's goods trade of one country of the region with China, as
/// reported, not foreseen. Monthly and half-year figures, one product's exports, a change "by $X", a forecast
/// and trade of the region as a whole are left out.
enum TradeScope {
    static let hedges: Set<String> = ["may", "might", "could", "would", "if", "projected", "forecast", "forecasts", "predicted", "likely"]
    static let periodWords: Set<String> = ["monthly", "quarter", "quarterly", "semester", "year-to-date", "ytd"]
    static let periodPhrases: [[String]] = [["first", "half"], ["second", "half"], ["half", "of", "the", "year"], ["so", "far", "this"],
                                            ["to", "date"]]
    /// Words that may stand before "exports" without naming a product: "total exports", "its exports".
    static let openModifiers: Set<String> = ["total", "overall", "bilateral", "annual", "merchandise", "goods", "its", "their", "the", "his",
                                             "her", "our", "whose", "of", "and", "in", "with", "that", "which", "record", "combined", "all",
                                             "global", "net", "higher", "lower", "rising", "falling", "growing", "strong", "weak", "trade",
                                             "commercial", "a", "an", "to", "from", "as", "by", "for", "while", "but", "than", "'s", "’s", "chinese"]
    /// Words after the verb "export" that name no product: "exported more than", "exported about $2 billion".
    static let verbFollowers: Set<String> = ["more", "less", "about", "around", "nearly", "almost", "over", "some", "only", "just", "roughly",
                                             "approximately", "up", "close", "worth", "mainly", "mostly", "primarily", "record", "us", "usd"]
    static let goodsWords: Set<String> = ["goods", "merchandise", "products", "commodities"]
    /// The indicator words a product noun can stand before ("copper exports"); "it exported" names no product.
    static let nounAnchors: Set<String> = ["exports", "imports", "shipments", "sales", "purchases", "export", "import"]
    static let pronouns: Set<String> = ["it", "they", "he", "she", "we", "also", "now", "still", "then", "which", "who", "mainly", "mostly"]
    static let regionWords: [[String]] = [["latin", "america"], ["latin", "american", "and", "caribbean"], ["the", "region"],
                                          ["the", "caribbean"], ["celac"], ["lac"], ["south", "america"], ["central", "america"]]
    static let chinaEpithets: [[String]] = [["asian", "giant"], ["asian", "country"], ["asian", "nation"], ["asian", "power"],
                                            ["asian", "economy"], ["people's", "republic"], ["asian", "powerhouse"]]

    /// A sentence whose figures are foreseen or hedged ("may reach", "is expected to surpass") or cover part of a
    /// year ("in December", "in March 2024", "monthly", "in the first half", "in the first nine months"); "figures
    /// released this month" still speaks of a year.
    static func excludes(_ sentence: AnalyzedSentence) -> Bool {
        if sentence.isFuture || sentence.containsHedge(hedges) { return true }
        if sentence.containsAny(periodWords) || periodPhrases.contains(where: { sentence.find($0) != nil }) { return true }
        let tokens = sentence.tokens
        let countedMonths = tokens.indices.dropFirst().contains { index in
            ["months", "month"].contains(tokens[index].lower) && (tokens[index - 1].kind == .number || NumberWords.words[tokens[index - 1].lower] != nil)
        }
        // "for every $10 Mexico sold, it bought $100": a ratio, not a year's figures.
        if sentence.find(["for", "every"]) != nil { return true }
        return countedMonths || namesMonthSpan(tokens) || namesYearSpan(tokens) || namesPeriodEnd(tokens)
            || sentence.dates.contains { $0.isAbsolute && $0.date.precision == .month }
    }

    /// "Between 2020 and 2024, trade exceeded $22 billion", "from 2018 to 2022": a sum over years, not a year's figure.
    static func namesYearSpan(_ tokens: [Token]) -> Bool {
        tokens.indices.dropLast(3).contains { index in
            ["between", "from"].contains(tokens[index].lower) && NumberWords.year(tokens[index + 1]) != nil
                && ["and", "to", "-", "through"].contains(tokens[index + 2].lower) && NumberWords.year(tokens[index + 3]) != nil
        }
    }

    /// "by the end of June", "as of November", "through September": the figure runs to a month, not a year's end.
    static func namesPeriodEnd(_ tokens: [Token]) -> Bool {
        tokens.indices.dropFirst().contains { index in
            let before = tokens[index - 1].lower
            let opens = ["until", "through", "thru", "till"].contains(before)
                || (before == "of" && index > 1 && ["end", "as"].contains(tokens[index - 2].lower))
            return opens && tokens[index].isCapitalized && MonthNames.number(tokens[index].text) != nil
        }
    }

    /// "between January and July", "from January to June", "January-September".
    static func namesMonthSpan(_ tokens: [Token]) -> Bool {
        tokens.indices.dropLast(2).contains { index in
            MonthNames.number(tokens[index].text) != nil && tokens[index].isCapitalized
                && ["and", "to", "-", "through"].contains(tokens[index + 1].lower) && MonthNames.number(tokens[index + 2].text) != nil
                && tokens[index + 2].isCapitalized
        }
    }

    /// "meat exports", "non-oil exports", "exports of crude oil", "shipments of manufactured goods", "$10 million
    /// worth of meat": one product's trade, not the country's.
    static func isPartial(_ anchor: TradeAnchors.Anchor, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let start = anchor.range.lowerBound
        let isNoun = nounAnchors.contains(tokens[start].lower)
        if isNoun, start > 0, namesProduct(tokens[start - 1], at: start - 1, in: sentence) { return true }
        if start > 1, tokens[start - 1].text == "-", tokens[start - 2].lower == "oil" || tokens[start - 2].lower == "non" { return true }
        let end = anchor.range.upperBound
        let amountFollows = sentence.money.contains { $0.tokens.lowerBound == end + 1 }
        if anchor.indicator == .exports || anchor.indicator == .imports, end + 1 < tokens.count, tokens[end].lower == "of", !amountFollows {
            let next = tokens[end + 1]
            let product = next.kind == .word && !next.isCapitalized && !goodsWords.contains(next.lower) && !openModifiers.contains(next.lower)
            if product || (end + 2 < tokens.count && goodsWords.contains(tokens[end + 2].lower) && next.lower.hasSuffix("ed")) { return true }
        }
        // "to export tripe to China", "exported beef": the verb's object is a product.
        if ["export", "exported", "exporting"].contains(tokens[start].lower), end < tokens.count,
           tokens[start].lower != "export" || (start > 0 && tokens[start - 1].lower == "to") {
            let next = tokens[end]
            if next.kind == .word, !next.isCapitalized, !goodsWords.contains(next.lower), !openModifiers.contains(next.lower),
               !verbFollowers.contains(next.lower) { return true }
        }
        // "$10 million worth of meat" near the indicator; "$53 billion worth of imports" is the indicator itself.
        return sentence.find(["worth", "of"]).map { worth in
            worth + 2 < tokens.count && tokens[worth + 2].kind == .word && !goodsWords.contains(tokens[worth + 2].lower)
                && !nounAnchors.contains(tokens[worth + 2].lower) && abs(worth - start) <= 8
        } ?? false
    }

    private static func namesProduct(_ token: Token, at index: Int, in sentence: AnalyzedSentence) -> Bool {
        guard token.kind == .word, !token.isCapitalized, !openModifiers.contains(token.lower), !pronouns.contains(token.lower) else { return false }
        if sentence.countries.contains(where: { $0.tokens.contains(index) }) { return false }
        return !token.lower.hasSuffix("'s") && !token.lower.hasSuffix("ly")
    }

    /// "its overall trade deficit", "a full-year trade balance": a country's trade with the world, when the
    /// sentence does not name China.
    static func isWithWorld(_ anchor: TradeAnchors.Anchor, in sentence: AnalyzedSentence) -> Bool {
        let words: Set<String> = ["its", "overall", "total", "global", "full-year", "worldwide"]
        let start = anchor.range.lowerBound
        let tokens = sentence.tokens
        // "full-year" is written in three tokens; "Last year, trade between ..." is not about the world.
        let fullYear = tokens[max(0, start - 3)..<start].indices.contains { $0 > 0 && tokens[$0].lower == "year" && tokens[$0 - 1].text == "-" }
        return !namesChina(sentence) && (fullYear || tokens[max(0, start - 3)..<start].contains { words.contains($0.lower) })
    }

    /// An amount that is the size of a change: "cut its deficit by $5 billion", "fell by $763 million".
    static func isChange(_ money: MoneyMention, in sentence: AnalyzedSentence) -> Bool {
        money.tokens.lowerBound > 0 && sentence.tokens[money.tokens.lowerBound - 1].lower == "by"
    }

    /// "The European Union was the second destination, with $51 billion": a sentence naming an economy outside the
    /// region other than China speaks of that economy, not of the China named before it.
    static func namesOtherEconomy(_ sentence: AnalyzedSentence) -> Bool {
        guard !namesChina(sentence) else { return false }
        if sentence.find(["european", "union"]) != nil || sentence.tokens.contains(where: { $0.text == "EU" }) { return true }
        return sentence.countries.contains { $0.code != "CN" && !CountryLexicon.isInRegion($0.code) }
    }

    static let causeWords: Set<String> = ["thanks", "due", "because", "driven", "fuelled", "fueled", "boosted", "helped", "owing", "amid", "despite"]

    /// "a record surplus of $62 billion, thanks in part to more trade with China": China named only as a cause of
    /// the figure, which is the country's with the world.
    static func namesChinaOnlyAsCause(_ sentence: AnalyzedSentence) -> Bool {
        let china = sentence.countries.filter { $0.code == "CN" }
        guard !china.isEmpty else { return false }
        return china.allSatisfy { mention in
            let before = sentence.tokens[max(0, mention.tokens.lowerBound - 8)..<mention.tokens.lowerBound]
            return before.contains { causeWords.contains($0.lower) } && !before.contains { $0.text == ";" }
        }
    }

    /// China named by name, demonym or capital, or as "the Asian giant".
    static func namesChina(_ sentence: AnalyzedSentence) -> Bool {
        sentence.countries.contains { $0.code == "CN" } || chinaEpithets.contains { sentence.find($0) != nil }
    }

    /// "largest trading partner", "trade ties": a sentence about trade without a figure's indicator.
    static func speaksOfTrade(_ sentence: AnalyzedSentence) -> Bool {
        sentence.containsAny(["trade", "trading", "commerce"])
    }

    /// "bilateral trade", "two-way trade", "trade between the two nations": trade of the two sides an article is about.
    static func namesBothSides(_ anchor: TradeAnchors.Anchor, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let start = anchor.range.lowerBound, end = anchor.range.upperBound
        if start > 0, ["bilateral", "two-way"].contains(tokens[start - 1].lower) { return true }
        guard end + 3 < tokens.count, tokens[end].lower == "between", tokens[end + 1].lower == "the" else { return false }
        return ["two", "both"].contains(tokens[end + 2].lower) && ["nations", "countries", "sides", "economies"].contains(tokens[end + 3].lower)
    }

    static func namesRegion(_ sentence: AnalyzedSentence) -> Bool {
        regionWords.contains { sentence.find($0) != nil }
    }
}
