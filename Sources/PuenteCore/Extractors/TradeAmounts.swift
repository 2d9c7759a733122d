/// The amounts of a trade sentence and the years they belong to: a year written just after an amount is that
/// amount's ("$35.1 billion in 2022"); the sentence's own year is the first other one.
struct TradeAmounts: Sendable {
    let sentence: AnalyzedSentence

    /// The year the sentence speaks of, leaving out years that belong to one amount and counts back ("five years earlier").
    var sentenceYear: Int? {
        sentence.dates.first { mention in
            !mention.countsBack && !namesThing(mention) && !sentence.money.contains { isBaseline($0) && isAttached(mention, to: $0) }
        }?.date.year
    }

    /// "since a 2009 agreement", "the 2005 treaty": a year used as a modifier of a noun says nothing of the figure;
    /// "a 2022 trade surplus", "the 2023 exports" are the figure's own year.
    private func namesThing(_ mention: DateMention) -> Bool {
        let tokens = sentence.tokens
        guard mention.tokens.lowerBound > 0, mention.tokens.upperBound < tokens.count else { return false }
        let next = tokens[mention.tokens.upperBound]
        return ["a", "an", "the", "its", "their"].contains(tokens[mention.tokens.lowerBound - 1].lower)
            && next.kind == .word && !next.isCapitalized && !Self.figureNouns.contains(next.lower)
    }

    static let figureNouns: Set<String> = ["trade", "surplus", "deficit", "exports", "imports", "shipments", "sales", "purchases",
                                           "bilateral", "balance", "commerce", "trading"]

    /// An amount compared against: "up from $35.1 billion", "compared with $X".
    private func isBaseline(_ money: MoneyMention) -> Bool {
        let before = sentence.tokens[max(0, money.tokens.lowerBound - 2)..<money.tokens.lowerBound].map(\.lower)
        guard let last = before.last else { return false }
        return ["from", "against", "versus"].contains(last) || (before.first == "compared" && ["with", "to"].contains(last))
    }

    func attachedYear(_ money: MoneyMention) -> Int? {
        sentence.dates.first { isAttached($0, to: money) }?.date.year
    }

    private func isAttached(_ date: DateMention, to money: MoneyMention) -> Bool {
        guard !date.countsBack else { return false }
        let gap = date.tokens.lowerBound - money.tokens.upperBound
        return gap >= 0 && gap <= 1 && (gap == 0 || sentence.tokens[money.tokens.upperBound].lower == "in")
    }

    /// The amount just before the indicator ("$9.9 billion in exports"), else the one after it (before the next
    /// indicator), else one before it joined by "of" or nothing. An amount a change is measured by ("fell by $X") is none.
    func amount(for anchor: TradeAnchors.Anchor, limit: Int, claimed: Set<Int>) -> MoneyMention? {
        let free = sentence.money.filter { !claimed.contains($0.tokens.lowerBound) && !TradeScope.isChange($0, in: sentence) }
        func joined(_ mention: MoneyMention, by words: [[String]]) -> Bool {
            guard mention.tokens.upperBound <= anchor.range.lowerBound else { return false }
            return words.contains(sentence.tokens[mention.tokens.upperBound..<anchor.range.lowerBound].map(\.lower))
        }
        if let before = free.last(where: { joined($0, by: [["in"]]) }) { return before }
        // "Trade between Guyana and China has grown by 213 per cent over five years, reaching US$710 million": a verb
        // of reaching carries the amount further from its indicator.
        let after = free.first { mention in
            guard mention.tokens.lowerBound > anchor.range.lowerBound, mention.tokens.lowerBound < limit else { return false }
            let distance = mention.tokens.lowerBound - anchor.range.upperBound
            return distance <= 14 || (distance <= 28 && reached(mention, from: anchor))
        }
        return after ?? free.first { joined($0, by: [[], ["of"], ["worth", "of"], ["trade"]]) }
    }

    /// "exported $10.4 billion to the United States and almost $2.3 billion to China": when the amount found goes to
    /// another partner, the one written before "to China" is China's.
    func chinasShare(of money: MoneyMention, limit: Int) -> MoneyMention? {
        let tokens = sentence.tokens
        let partnerWords: Set<String> = ["to", "towards", "from", "with"]
        func partner(after mention: MoneyMention) -> CountryMention? {
            guard let country = sentence.countries.first(where: { $0.tokens.lowerBound > mention.tokens.upperBound && !$0.inOrganization }),
                  country.tokens.lowerBound - mention.tokens.upperBound <= 6,
                  tokens[mention.tokens.upperBound..<country.tokens.lowerBound].contains(where: { partnerWords.contains($0.lower) }) else { return nil }
            return country
        }
        guard let first = partner(after: money), first.code != "CN",
              let next = sentence.money.first(where: { $0.tokens.lowerBound > first.tokens.upperBound && $0.tokens.lowerBound < limit }),
              partner(after: next)?.code == "CN" else { return nil }
        return next
    }

    static let reachingWords: Set<String> = ["reaching", "reached", "totaling", "totalling", "totaled", "totalled", "amounting", "hitting"]

    /// Verbs of growth or decline whose "from" or "to" then gives the amount: "have grown, increasing by 44 per cent
    /// from $1.18 billion".
    static let changeWords: Set<String> = ["increasing", "increased", "rising", "rose", "growing", "grew", "grown", "climbing", "climbed",
                                           "jumping", "jumped", "soaring", "soared", "falling", "fell", "dropping", "dropped", "declining", "declined"]

    /// A verb of change counts only in the indicator's own clause: not "and the copper sent to India rose from $1 billion".
    private func reached(_ mention: MoneyMention, from anchor: TradeAnchors.Anchor) -> Bool {
        let start = mention.tokens.lowerBound
        let tokens = sentence.tokens
        if tokens[max(0, start - 3)..<start].contains(where: { Self.reachingWords.contains($0.lower) }) { return true }
        guard start > 0, ["from", "to"].contains(tokens[start - 1].lower),
              !tokens[anchor.range.upperBound..<start].contains(where: { ["and", "while", "but", "whereas", ";"].contains($0.lower) }) else { return false }
        return tokens[max(anchor.range.upperBound, start - 8)..<start].contains { Self.changeWords.contains($0.lower) }
    }

    /// Amounts written just before an indicator ("$9.9 billion in exports") belong to it and no other: the start of
    /// each such amount, with the index of its anchor.
    func reservations(for anchors: [TradeAnchors.Anchor]) -> [Int: Int] {
        var reserved: [Int: Int] = [:]
        for (offset, anchor) in anchors.enumerated() {
            for mention in sentence.money where mention.tokens.upperBound + 1 == anchor.range.lowerBound
                && sentence.tokens[mention.tokens.upperBound].lower == "in" {
                reserved[mention.tokens.lowerBound] = offset
            }
        }
        return reserved
    }

    /// "from $1.18 billion in 2021 to $1.7 billion in 2022": the later figure of the same indicator.
    func rise(from money: MoneyMention, limit: Int) -> (money: MoneyMention, year: Int)? {
        guard money.tokens.lowerBound > 0, sentence.tokens[money.tokens.lowerBound - 1].lower == "from",
              let next = sentence.money.first(where: { $0.tokens.lowerBound > money.tokens.upperBound && $0.tokens.lowerBound < limit }),
              next.tokens.lowerBound - money.tokens.upperBound <= 4,
              sentence.tokens[money.tokens.upperBound..<next.tokens.lowerBound].contains(where: { $0.lower == "to" }),
              let year = attachedYear(next) else { return nil }
        return (next, year)
    }

    /// "up from $35.1 billion in 2022", "compared with $X in 2021": an earlier figure of the same indicator.
    func baseline(after money: MoneyMention, limit: Int) -> (money: MoneyMention, year: Int)? {
        guard let next = sentence.money.first(where: { $0.tokens.lowerBound > money.tokens.upperBound && $0.tokens.lowerBound < limit }),
              next.tokens.lowerBound - money.tokens.upperBound <= 6 else { return nil }
        let between = sentence.tokens[money.tokens.upperBound..<next.tokens.lowerBound].map(\.lower)
        guard between.contains("from") || between.contains("compared") || between.contains("against"),
              let year = attachedYear(next) else { return nil }
        return (next, year)
    }
}
