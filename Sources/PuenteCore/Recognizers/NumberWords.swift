/// Numbers as written in words or digits ("five", "12", "a dozen"), and numbers with separators ("12,100", "4.5").
enum NumberWords {
    static let words: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "an": 1,
        "a dozen": 12, "dozen": 12, "a decade": 10, "decade": 10,
    ]

    /// An integer written as digits or as a word.
    static func integer(_ token: Token) -> Int? {
        if token.kind == .number { return Int(token.text.filter(\.isASCIIDigit)) }
        return words[token.lower]
    }

    /// A decimal number written with digits, "," as thousands separator and "." as decimal point ("89,4" with one or
    /// two digits after a lone comma is a decimal comma); nil for digits
    /// past Double's range, which no article means and JSON cannot hold.
    static func decimal(_ token: Token) -> Double? {
        guard token.kind == .number else { return nil }
        var text = token.text
        while let last = text.last, last.isLetter { text.removeLast() }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count == 2, !text.contains("."), (1...2).contains(groups[1].count) {
            return Double("\(groups[0]).\(groups[1])").flatMap { $0.isFinite ? $0 : nil }
        }
        return Double(text.filter { $0 != "," }).flatMap { $0.isFinite ? $0 : nil }
    }

    /// "25", "7th": a day of the month.
    static func dayOfMonth(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count <= 4, let value = Int(token.text.prefix { $0.isASCIIDigit }),
              (1...31).contains(value), token.text.prefix(while: \.isASCIIDigit).count <= 2 else { return nil }
        return value
    }

    /// "2023": a four-digit year between 1800 and 2100.
    static func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text), (1800...2100).contains(value) else { return nil }
        return value
    }
}
