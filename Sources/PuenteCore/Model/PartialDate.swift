/// A calendar date known to the year, the month or the day: the `Date` of Puente's data model.
///
/// Encoded as the string `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A coarser date is *compatible* with
/// a finer one when it contains it (`2023-10` contains `2023-10-25`), which is how reports of
/// the same event at different precisions are recognised as one.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= CivilCalendar.daysIn(month: month, year: year) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is nil.
    public init?(_ string: String) {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy(\.isASCIIDigit), let value = Int(part) else { return nil }
            numbers.append(value)
        }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    public var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    /// The same date cut down to `precision` (never made finer).
    public func truncated(to precision: Precision) -> PartialDate {
        switch precision {
        case .year: return PartialDate(year: year)!
        case .month: return PartialDate(year: year, month: month)!
        case .day: return self
        }
    }

    /// True when one date contains the other (equal dates included).
    public func isCompatible(with other: PartialDate) -> Bool {
        let shared = min(precision, other.precision)
        return truncated(to: shared) == other.truncated(to: shared)
    }

    /// True when either date is unknown or one contains the other.
    public static func compatible(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return true }
        return a.isCompatible(with: b)
    }

    /// The last day the date covers, as a day number.
    public var lastDay: Int {
        let lastMonth = month ?? 12
        return CivilCalendar.dayNumber(year: year, month: lastMonth, day: day ?? CivilCalendar.daysIn(month: lastMonth, year: year))
    }

    /// The first day the date covers, as a day number (see `CivilCalendar`).
    public var firstDay: Int { CivilCalendar.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
    init(format4 value: Int) { self = String(repeating: "0", count: Swift.max(0, 4 - "\(value)".count)) + "\(value)" }
}
