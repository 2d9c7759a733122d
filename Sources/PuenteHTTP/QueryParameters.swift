import Hummingbird
import PuenteCore

/// The query parameters of a request, read and validated: a bad value is a `Problem` naming the parameter.
struct QueryParameters {
    /// More parameters than any endpoint reads is a query built to cost, not to ask.
    static let maximumCount = 32

    let values: [String: String]

    init(_ request: Request) throws(Problem) {
        values = try Self.decode(request.uri.query ?? "")
    }

    /// `name=value` pairs split on `&`, each percent-decoded strictly: a `%` not followed by two hex digits, bytes
    /// that are not UTF-8, and control characters (NUL included) are refused, as is a name given twice.
    static func decode(_ query: String) throws(Problem) -> [String: String] {
        let pairs = query.utf8.split(separator: UInt8(ascii: "&"))
        guard pairs.count <= maximumCount else {
            throw .badQuery("The query has \(pairs.count) parameters; Puente reads at most \(maximumCount).")
        }
        var values: [String: String] = [:]
        for pair in pairs {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let rawValue = parts.count > 1 ? parts[1] : pair[pair.endIndex...]
            guard let name = percentDecoded(parts[0]) else {
                throw .badQuery("The query parameter name '\(String(decoding: parts[0], as: UTF8.self))' is not percent-encoded UTF-8 text.")
            }
            guard let value = percentDecoded(rawValue) else {
                throw .badParameter(name, String(decoding: rawValue, as: UTF8.self), expected: "percent-encoded UTF-8 text without control characters")
            }
            if values[name] != nil { throw .badParameter(name, value, expected: "given once") }
            values[name] = value
        }
        return values
    }

    /// `bytes` with `%XX` escapes and `+` decoded; nil when an escape is malformed, the result is not UTF-8, or it
    /// holds a control character.
    static func percentDecoded(_ bytes: Substring.UTF8View.SubSequence) -> String? {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let digits = bytes[bytes.index(after: index)...].prefix(2)
                guard digits.count == 2, let high = hexValue(digits.first!), let low = hexValue(digits.last!) else { return nil }
                decoded.append(high << 4 | low)
                index = digits.endIndex
            } else {
                decoded.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index = bytes.index(after: index)
            }
        }
        guard let text = String(validating: decoded, as: UTF8.self),
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// A free-text value; an empty one is no filter.
    func string(_ name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A value that must have a form: present but empty is as wrong as any other bad value.
    private func typed(_ name: String) -> String? {
        values[name]
    }

    /// An ISO 3166-1 alpha-2 code in any case, returned upper-cased.
    func country(_ name: String) throws(Problem) -> String? {
        guard let value = typed(name) else { return nil }
        guard let code = CountryCode.normalized(value) else {
            throw .badParameter(name, value, expected: "an ISO 3166-1 alpha-2 country code such as CO or cn")
        }
        return code
    }

    func date(_ name: String) throws(Problem) -> PartialDate? {
        guard let value = typed(name) else { return nil }
        guard let date = PartialDate(value) else { throw .badParameter(name, value, expected: "a date YYYY, YYYY-MM or YYYY-MM-DD") }
        return date
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws(Problem) -> Int? {
        guard let value = typed(name) else { return nil }
        guard value.count <= 12, let number = Int(value), range.contains(number) else {
            throw .badParameter(name, value, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// A confidence threshold: a number from 0 to 1 as JSON writes numbers ("0.8", "1", "8e-1").
    func fraction(_ name: String) throws(Problem) -> Double? {
        guard let value = typed(name) else { return nil }
        let wellFormed = value.count <= 64 && value.unicodeScalars.allSatisfy { "0123456789.eE+-".unicodeScalars.contains($0) }
        guard wellFormed, let number = Double(value), number.isFinite, (0...1).contains(number) else {
            throw .badParameter(name, value, expected: "a decimal from 0 to 1 such as 0.8")
        }
        return number
    }

    func choice(_ name: String, _ allowed: [String]) throws(Problem) -> String? {
        guard let value = typed(name) else { return nil }
        guard allowed.contains(value) else { throw .badParameter(name, value, expected: "one of \(allowed.joined(separator: ", "))") }
        return value
    }

    func page() throws(Problem) -> Page {
        Page(limit: try integer("limit", in: 1...Page.maximumLimit) ?? Page.defaultLimit, offset: try integer("offset", in: 0...Page.maximumOffset) ?? 0)
    }

    /// The dates a `from`/`to` pair admits; a fact's date matches when the two overlap. A window that ends before
    /// it starts admits nothing.
    func period() throws(Problem) -> Period {
        Period(from: try date("from"), to: try date("to"))
    }
}

/// Country codes as clients write them.
enum CountryCode {
    static func normalized(_ value: String) -> String? {
        let upper = value.uppercased()
        guard upper.count == 2, upper.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        return upper
    }
}

/// A slice of a list: at most `limit` items after the first `offset`.
struct Page: Sendable, Equatable {
    static let defaultLimit = 100
    static let maximumLimit = 1000
    static let maximumOffset = 1_000_000_000
    let limit: Int
    let offset: Int

    static let first = Page(limit: defaultLimit, offset: 0)
}

/// A window of dates from a query; nil ends are open.
struct Period: Sendable {
    let from: PartialDate?
    let to: PartialDate?

    var isOpen: Bool { from == nil && to == nil }

    func admits(_ date: PartialDate?) -> Bool {
        guard !isOpen else { return true }
        guard let date else { return false }
        if let from, date.lastDay < from.firstDay { return false }
        if let to, date.firstDay > to.lastDay { return false }
        return true
    }
}
