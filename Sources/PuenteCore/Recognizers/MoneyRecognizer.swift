/// Finds amounts of money: a currency sign or code, a number and a scale ("$7 billion", "US$ 12.1 billion",
/// "R$ 5bn", "USD 300 million"), or a number, a scale and a currency word ("12 trillion pesos",
/// "6.5 billion U.S. dollars"), with the hedge written before them ("more than", "about", "nearly").
struct MoneyRecognizer: Sendable {
    /// The currency "pesos" means in this document, from the country it is about.
    let pesoCurrency: String

    static let scales: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
        "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "bi": 1e9, "trillion": 1e12, "tn": 1e12,
    ]
    /// No amount in any currency comes near a quintillion; a larger "amount" is a garbled number, and one past
    /// Double's range could not be written as JSON.
    static let largestAmount = 1e18
    static let signs: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "usd": "USD", "us$": "USD",
                                           "rmb": "CNY", "cny": "CNY", "brl": "BRL", "eur": "EUR", "mxn": "MXN", "cop": "COP",
                                           "pen": "PEN", "clp": "CLP", "ars": "ARS"]
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "yuan": "CNY", "renminbi": "CNY", "reais": "BRL", "reals": "BRL", "euros": "EUR",
        "euro": "EUR", "soles": "PEN", "sol": "PEN", "bolivianos": "BOB", "colones": "CRC", "quetzales": "GTQ",
        "lempiras": "HNL", "cordobas": "NIO", "córdobas": "NIO", "guaranies": "PYG", "guaraníes": "PYG",
    ]
    static let hedges: [(words: [String], qualifier: Money.Qualifier)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["above"], .moreThan), (["exceeding"], .moreThan),
        (["at", "least"], .moreThan), (["exceeded"], .moreThan), (["surpassed"], .moreThan), (["topped"], .moreThan),
        (["just", "over"], .moreThan), (["just", "under"], .lessThan), (["upwards", "of"], .moreThan), (["in", "excess", "of"], .moreThan),
        (["less", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan), (["up", "to"], .lessThan),
        (["fewer", "than"], .lessThan), (["about"], .about), (["around"], .about), (["approximately"], .about),
        (["roughly"], .about), (["some"], .about), (["nearly"], .about), (["almost"], .about), (["close", "to"], .about),
        (["an", "estimated"], .about), (["estimated"], .about), (["approx"], .about), (["circa"], .about),
    ]

    func mentions(in tokens: [Token]) -> [MoneyMention] {
        var result: [MoneyMention] = []
        var index = 0
        while index < tokens.count {
            if let mention = amount(tokens, at: index) {
                result.append(mention)
                index = mention.tokens.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    private func amount(_ t: [Token], at i: Int) -> MoneyMention? {
        guard t[i].kind != .word || t[i].isAllCaps || t[i].text.count == 1 else { return nil }
        var cursor = i
        let prefix = currencyPrefix(t, at: cursor)
        if let prefix { cursor += prefix.length }
        guard cursor < t.count, var value = NumberWords.decimal(t[cursor]) else { return nil }
        cursor += 1
        if cursor < t.count, let scale = Self.scales[t[cursor].lower], t[cursor].kind == .word {
            value *= scale
            cursor += 1
        }
        var currency = prefix?.code
        if let suffix = currencySuffix(t, at: cursor) {
            currency = currency ?? suffix.code
            cursor += suffix.length
        }
        guard let currency, value <= Self.largestAmount else { return nil }
        let (qualifier, start) = hedge(t, before: i)
        return MoneyMention(tokens: start..<cursor, money: Money(amount: value.rounded(), currency: currency, qualifier: qualifier))
    }

    /// "$", "US$", "US $", "R$", "USD", "RMB".
    private func currencyPrefix(_ t: [Token], at i: Int) -> (code: String, length: Int)? {
        if i + 1 < t.count, t[i + 1].text == "$", t[i].range.upperBound == t[i + 1].range.lowerBound || t[i].text == "US" {
            switch t[i].text {
            case "US", "U.S.": return ("USD", 2)
            case "R": return ("BRL", 2)
            case "C", "CA": return ("CAD", 2)
            case "NZ", "A": return nil
            default: break
            }
        }
        if i + 1 < t.count, t[i].text == "S", t[i + 1].text == "/" { return ("PEN", 2) }
        guard let code = Self.signs[t[i].lower], t[i].kind == .punctuation || t[i].isAllCaps else { return nil }
        return (code, 1)
    }

    /// "dollars", "U.S. dollars", "US dollars", "pesos", "Colombian pesos", "yuan".
    private func currencySuffix(_ t: [Token], at i: Int) -> (code: String, length: Int)? {
        guard i < t.count else { return nil }
        if ["u.s.", "us"].contains(t[i].lower), i + 1 < t.count, ["dollars", "dollar"].contains(t[i + 1].lower) { return ("USD", 2) }
        if ["peso", "pesos"].contains(t[i].lower) { return (pesoCurrency, 1) }
        if let code = Self.currencyWords[t[i].lower] { return (code, 1) }
        if i + 1 < t.count, ["peso", "pesos"].contains(t[i + 1].lower),
           case .country(let code, _)? = CountryLexicon.table.match(t, at: i)?.value,
           let currency = CountryLexicon.byCode[code]?.currency {
            return (currency, 2)
        }
        return nil
    }

    private func hedge(_ t: [Token], before i: Int) -> (Money.Qualifier, Int) {
        for (words, qualifier) in Self.hedges where i >= words.count {
            if zip(t[(i - words.count)..<i], words).allSatisfy({ $0.lower == $1 }) { return (qualifier, i - words.count) }
        }
        return (.exact, i)
    }
}

/// Finds percentages ("20%", "almost 20 percent") with their hedge.
struct PercentRecognizer: Sendable {
    func mentions(in t: [Token]) -> [PercentMention] {
        var result: [PercentMention] = []
        for i in t.indices {
            guard let value = NumberWords.decimal(t[i]), i + 1 < t.count,
                  t[i + 1].text == "%" || ["percent", "per"].contains(t[i + 1].lower) else { continue }
            let end = t[i + 1].lower == "per" ? min(i + 3, t.count) : i + 2
            var qualifier = Money.Qualifier.exact, start = i
            for (words, hedge) in MoneyRecognizer.hedges where i >= words.count {
                if zip(t[(i - words.count)..<i], words).allSatisfy({ $0.lower == $1 }) { qualifier = hedge; start = i - words.count; break }
            }
            result.append(PercentMention(tokens: start..<end, value: value, qualifier: qualifier))
        }
        return result
    }
}
