/// Finds countries in a sentence by name, alias, demonym and capital (`CountryLexicon`), longest phrase first.
/// Region names that contain a demonym ("Latin American") are consumed without yielding a country.
struct CountryRecognizer: Sendable {
    func mentions(in tokens: [Token]) -> [CountryMention] {
        var result: [CountryMention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized, tokens[index].classes.contains(.country),
                  let (referent, length) = CountryLexicon.table.match(tokens, at: index) else {
                index += 1
                continue
            }
            if length == 1, CountryLexicon.capitalsOnly.contains(tokens[index].lower), !tokens[index].isAllCaps {
                index += 1
                continue
            }
            if case .country(let code, let viaCapital) = referent {
                let isDemonym = length == 1 && CountryLexicon.demonyms.contains(tokens[index].lower)
                result.append(CountryMention(tokens: index..<(index + length), code: code, viaCapital: viaCapital, isDemonym: isDemonym))
            }
            index += length
        }
        return result
    }
}
