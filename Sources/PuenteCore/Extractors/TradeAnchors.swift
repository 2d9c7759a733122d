/// The words that name a trade indicator in a sentence ("exports", "shipments", "trade deficit", "bilateral trade").
enum TradeAnchors {
    struct Anchor: Sendable {
        let range: Range<Int>
        let indicator: TradeFigure.Indicator
        /// "deficit" or "surplus" for a balance.
        let sign: String?
    }

    static let words: [String: (TradeFigure.Indicator, String?)] = [
        "exports": (.exports, nil), "export": (.exports, nil), "exported": (.exports, nil), "shipments": (.exports, nil),
        "shipped": (.exports, nil), "exporting": (.exports, nil), "importing": (.imports, nil), "sales": (.exports, nil), "sold": (.exports, nil), "sells": (.exports, nil),
        "imports": (.imports, nil), "import": (.imports, nil), "imported": (.imports, nil), "purchases": (.imports, nil), "bought": (.imports, nil), "buys": (.imports, nil), "buying": (.imports, nil),
        "deficit": (.balance, "deficit"), "deficits": (.balance, "deficit"), "surplus": (.balance, "surplus"), "surpluses": (.balance, "surplus"),
    ]

    /// Two words of one indicator close together ("exports, with sales totalling") are one anchor.
    static func find(in sentence: AnalyzedSentence) -> [Anchor] {
        let tokens = sentence.tokens
        var anchors: [Anchor] = []
        for (index, token) in tokens.enumerated() where token.classes.contains(.tradeAnchor) {
            if let (indicator, sign) = words[token.lower] {
                if let last = anchors.last, last.indicator == indicator, index - last.range.upperBound <= 2,
                   !tokens[last.range.upperBound..<index].contains(where: { [",", "and", "while", "but"].contains($0.lower) }) {
                    anchors[anchors.count - 1] = Anchor(range: last.range.lowerBound..<(index + 1), indicator: indicator, sign: last.sign ?? sign)
                    continue
                }
                anchors.append(Anchor(range: index..<(index + 1), indicator: indicator, sign: sign))
            } else if token.lower == "trade", isTotal(tokens, index) {
                anchors.append(Anchor(range: index..<(index + 1), indicator: .total, sign: nil))
            } else if namesTwoWayFlow(tokens, index) {
                anchors.append(Anchor(range: index..<(index + 1), indicator: .total, sign: nil))
            }
        }
        return anchors
    }

    /// "the commercial exchange amounted to", "bilateral commerce reached": two-way trade by another name.
    private static func namesTwoWayFlow(_ tokens: [Token], _ index: Int) -> Bool {
        let before = index > 0 ? tokens[index - 1].lower : ""
        switch tokens[index].lower {
        case "exchange": return ["commercial", "trade"].contains(before)
        case "commerce": return ["bilateral", "two-way", "total"].contains(before)
        default: return false
        }
    }

    /// "bilateral trade", "two-way trade", "total trade", "trade between X and Y", "trade volume", "trade with X reached".
    private static func isTotal(_ tokens: [Token], _ index: Int) -> Bool {
        let before = index > 0 ? tokens[index - 1].lower : ""
        let after = index + 1 < tokens.count ? tokens[index + 1].lower : ""
        if ["bilateral", "two-way", "total", "overall"].contains(before) { return true }
        if before == "way", index > 1, tokens[index - 2].text == "-" { return true }
        if ["between", "volume", "turnover", "record"].contains(after) { return true }
        // "$181 billion in trade"
        if before == "in", index > 1, ["billion", "million", "bn", "trillion"].contains(tokens[index - 2].lower) { return true }
        if after == "with", !tokens[(index + 1)...].contains(where: { ["deficit", "surplus", "deficits", "surpluses"].contains($0.lower) }) { return true }
        return false
    }
}
