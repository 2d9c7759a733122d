/// Character classes with a fast path for ASCII: the Unicode property tables are slow to consult
/// for every character of every article.
extension Unicode.Scalar {
    var isSpace: Bool {
        if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    var isLetter: Bool {
        if isASCII { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    var isUpper: Bool {
        if isASCII { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }

    var isLower: Bool {
        if isASCII { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }

    var isCombiningMark: Bool { !isASCII && properties.generalCategory == .nonspacingMark }
}
