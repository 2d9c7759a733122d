/// Dates written relative to the publication date: "last year", "earlier this year", "next month",
/// "this week", "this summer", "yesterday", "five years earlier", "two years ago", "five years ago this month", "two months ago".
struct RelativeDates: Sendable {
    let reference: PartialDate?

    func match(_ t: [Token], at i: Int, anchor: DateMention?) -> DateMention? {
        if let (year, length) = yearPhrase(t, at: i) ?? seasonPhrase(t, at: i) {
            let start = i > 0 && ["earlier", "later"].contains(t[i - 1].lower) ? i - 1 : i
            return DateMention(tokens: start..<(i + length), date: PartialDate(year: year)!, kind: .relative)
        }
        return monthOrWeek(t, at: i) ?? dayWord(t, at: i) ?? monthsAgo(t, at: i) ?? yearsBefore(t, at: i, anchor: anchor)
            ?? anchoredYear(t, at: i, anchor: anchor)
    }

    /// "Chile signed in 2018 and Peru the following year", "in the same year": counted from the date the sentence
    /// named before, not from the publication.
    private func anchoredYear(_ t: [Token], at i: Int, anchor: DateMention?) -> DateMention? {
        guard let anchor, i > 0, t[i - 1].lower == "the", i + 1 < t.count, t[i + 1].lower == "year" else { return nil }
        let shift: Int
        switch t[i].lower {
        case "following": shift = 1
        case "same": shift = 0
        default: return nil
        }
        return DateMention(tokens: (i - 1)..<(i + 2), date: PartialDate(year: anchor.date.year + shift)!, kind: .relative)
    }

    /// The last month of each season that falls within one calendar year; winter spans two and is left out.
    static let seasonEnds: [String: Int] = ["spring": 5, "summer": 8, "autumn": 11, "fall": 11]

    /// "this summer", "earlier this spring": the publication's year. "last summer": the latest summer already over,
    /// this year's once August is past, else the year before's.
    func seasonPhrase(_ t: [Token], at i: Int) -> (year: Int, length: Int)? {
        guard let reference, i + 1 < t.count, let end = Self.seasonEnds[t[i + 1].lower] else { return nil }
        switch t[i].lower {
        case "this": return (reference.year, 2)
        case "last":
            guard let month = reference.month else { return nil }
            return (month > end ? reference.year : reference.year - 1, 2)
        default: return nil
        }
    }

    /// "two months ago": the month so many before the publication's.
    private func monthsAgo(_ t: [Token], at i: Int) -> DateMention? {
        guard let reference, let month = reference.month, i + 2 < t.count, ["months", "month"].contains(t[i + 1].lower),
              t[i + 2].lower == "ago", let count = NumberWords.integer(t[i]), count < 120 else { return nil }
        return DateMention(tokens: i..<(i + 3), date: Self.month(reference.year, month, shiftedBy: -count), kind: .relative)
    }

    /// The month `shift` months from `month` of `year`.
    static func month(_ year: Int, _ month: Int, shiftedBy shift: Int) -> PartialDate {
        let index = year * 12 + (month - 1) + shift
        return PartialDate(year: index / 12, month: index % 12 + 1)!
    }

    /// "last year", "this year", "next year", "the previous year".
    func yearPhrase(_ t: [Token], at i: Int) -> (year: Int, length: Int)? {
        guard let reference, i + 1 < t.count, t[i + 1].lower == "year" else { return nil }
        switch t[i].lower {
        case "last", "previous": return (reference.year - 1, 2)
        case "this", "current": return (reference.year, 2)
        case "next", "coming": return (reference.year + 1, 2)
        default: return nil
        }
    }

    private func monthOrWeek(_ t: [Token], at i: Int) -> DateMention? {
        guard let reference, let month = reference.month, i + 1 < t.count, ["month", "week"].contains(t[i + 1].lower) else { return nil }
        let shift: Int
        switch t[i].lower {
        case "last", "previous": shift = -1
        case "this", "current": shift = 0
        case "next", "coming": shift = 1
        default: return nil
        }
        let start = i > 0 && ["earlier", "later"].contains(t[i - 1].lower) ? i - 1 : i
        if t[i + 1].lower == "week" {
            guard reference.precision == .day else { return DateMention(tokens: start..<(i + 2), date: reference, kind: .relative) }
            let (y, m, _) = CivilCalendar.date(dayNumber: reference.firstDay + 7 * shift)
            return DateMention(tokens: start..<(i + 2), date: PartialDate(year: y, month: m)!, kind: .relative)
        }
        return DateMention(tokens: start..<(i + 2), date: Self.month(reference.year, month, shiftedBy: shift), kind: .relative)
    }

    /// Parts of a day: "this morning", "tonight", "last night".
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "midnight"]

    private func dayWord(_ t: [Token], at i: Int) -> DateMention? {
        guard let reference, reference.precision == .day else { return nil }
        if i + 1 < t.count, Self.dayParts.contains(t[i + 1].lower), ["this", "last"].contains(t[i].lower) {
            // "last night" is the evening before; "last morning" is not said.
            guard t[i].lower == "this" || t[i + 1].lower == "night" else { return nil }
            let (y, m, d) = CivilCalendar.date(dayNumber: reference.firstDay + (t[i].lower == "last" ? -1 : 0))
            return DateMention(tokens: i..<(i + 2), date: PartialDate(year: y, month: m, day: d)!, kind: .relative)
        }
        let shift: Int
        switch t[i].lower {
        case "today", "tonight": shift = 0
        case "yesterday": shift = -1
        case "tomorrow": shift = 1
        default: return nil
        }
        let (y, m, d) = CivilCalendar.date(dayNumber: reference.firstDay + shift)
        return DateMention(tokens: i..<(i + 1), date: PartialDate(year: y, month: m, day: d)!, kind: .relative)
    }

    /// "five years earlier" counts back from the sentence's last date; "two years ago" from publication.
    private func yearsBefore(_ t: [Token], at i: Int, anchor: DateMention?) -> DateMention? {
        var cursor = i
        var count: Int?
        if cursor + 1 < t.count, t[cursor].lower == "a", t[cursor + 1].lower == "decade" { count = 10; cursor += 2 } else {
            count = NumberWords.integer(t[cursor])
            cursor += 1
            if count != nil, cursor < t.count, ["years", "year"].contains(t[cursor].lower) { cursor += 1 } else { return nil }
        }
        guard let count, count < 200, cursor < t.count else { return nil }
        let word = t[cursor].lower
        // Counted from the publication, "ago" names when something happened, not a baseline.
        if word == "ago", let reference {
            // "five years ago this month": the publication's month, so many years back.
            if let month = reference.month, cursor + 2 < t.count, t[cursor + 1].lower == "this", ["month", "week"].contains(t[cursor + 2].lower) {
                return DateMention(tokens: i..<(cursor + 3), date: PartialDate(year: reference.year - count, month: month)!, kind: .relative)
            }
            return DateMention(tokens: i..<(cursor + 1), date: PartialDate(year: reference.year - count)!, kind: .relative)
        }
        guard ["earlier", "before", "prior"].contains(word), let base = anchor?.date.year ?? reference?.year else { return nil }
        return DateMention(tokens: i..<(cursor + 1), date: PartialDate(year: base - count)!, kind: .yearsBefore(count))
    }
}
