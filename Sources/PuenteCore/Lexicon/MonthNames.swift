/// English month and weekday names with their usual abbreviations.
enum MonthNames {
    static let months: [String: Int] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in full.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// The month number of a name or abbreviation ("Nov", "Nov.", "November"), any case.
    static func number(_ word: String) -> Int? {
        if let month = months[word] { return month }
        var lower = word.lowercased()
        if lower.hasSuffix(".") { lower.removeLast() }
        return months[lower]
    }
}
