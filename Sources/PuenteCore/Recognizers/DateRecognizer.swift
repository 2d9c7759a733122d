/// Finds dates and resolves them against the publication date: explicit dates ("October 25, 2023", "25 Oct 2023",
/// "2023-10-25"), months and years ("in October 2023", "in 2019"), weekdays ("on Wednesday"), and relative
/// expressions ("last year", "earlier this year", "next year", "five years earlier"), each kept at the precision
/// the text supports.
struct DateRecognizer: Sendable {
    /// The publication date that relative expressions count from; nil leaves them unresolved.
    let reference: PartialDate?
    /// True when the sentence speaks of the future, so a bare weekday means the next one.
    let future: Bool

    func mentions(in tokens: [Token]) -> [DateMention] {
        var result: [DateMention] = []
        var index = 0
        while index < tokens.count {
            if let mention = match(tokens, at: index, previous: result.last) {
                result.append(mention)
                index = mention.tokens.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    /// Words a date can start with; any other word is passed over at once.
    static let openers: Set<String> = Set(MonthNames.months.keys).union(MonthNames.weekdays.keys).union([
        "last", "this", "next", "previous", "current", "coming", "today", "tonight", "yesterday", "tomorrow", "a", "on", "earlier", "later",
        "weekend", "following", "same",
    ]).union(NumberWords.words.keys)

    private func match(_ tokens: [Token], at index: Int, previous: DateMention?) -> DateMention? {
        guard tokens[index].kind == .number || tokens[index].classes.contains(.dateOpener) else { return nil }
        return isoDate(tokens, at: index) ?? monthFirst(tokens, at: index, previous: previous) ?? dayFirst(tokens, at: index, previous: previous)
            ?? yearAlone(tokens, at: index) ?? weekday(tokens, at: index) ?? weekend(tokens, at: index)
            ?? RelativeDates(reference: reference).match(tokens, at: index, anchor: previous)
    }

    private func isoDate(_ t: [Token], at i: Int) -> DateMention? {
        guard i + 4 < t.count, let year = NumberWords.year(t[i]), t[i + 1].isPunctuation("-"), t[i + 2].text.count == 2,
              t[i + 3].isPunctuation("-"), t[i + 4].text.count == 2, t[i + 4].kind == .number,
              let date = PartialDate(year: year, month: Int(t[i + 2].text), day: Int(t[i + 4].text)) else { return nil }
        return DateMention(tokens: i..<(i + 5), date: date, kind: .absolute)
    }

    /// "October 25, 2023", "Oct. 25", "October 2023", "in October".
    private func monthFirst(_ t: [Token], at i: Int, previous: DateMention? = nil) -> DateMention? {
        guard t[i].isCapitalized, let month = MonthNames.number(t[i].lower) else { return nil }
        let anchored = previous == nil ? nil : Self.monthAnchorOpener(t, before: i)
        if t[i].lower == "may" || t[i].lower == "march", anchored == nil, !precededByDateCue(t, i), !(i + 1 < t.count && t[i + 1].kind == .number) { return nil }
        var cursor = i + 1
        if cursor < t.count, t[cursor].isPunctuation("."), t[i].text.count <= 4 { cursor += 1 }
        var day: Int?
        if cursor < t.count, let value = NumberWords.dayOfMonth(t[cursor]) {
            day = value
            cursor += 1
        }
        if cursor + 1 < t.count, t[cursor].isPunctuation(",") || t[cursor].lower == "of", NumberWords.year(t[cursor + 1]) != nil { cursor += 1 }
        if cursor < t.count, let year = NumberWords.year(t[cursor]) {
            return PartialDate(year: year, month: month, day: day).map { DateMention(tokens: i..<(cursor + 1), date: $0, kind: .absolute) }
        }
        // "on May 1 of that year", "in November of the same year": the year the sentence named before.
        if let previous, let length = Self.thatYear(t, at: cursor) {
            return PartialDate(year: previous.date.year, month: month, day: day).map { DateMention(tokens: i..<(cursor + length), date: $0, kind: .relative) }
        }
        // "switched in June 2017 and joined that November", "the following March": the first such month from the date before.
        if let previous, let opener = anchored {
            let sameYear = opener.onward ? month > (previous.date.month ?? 12) : true
            return PartialDate(year: previous.date.year + (sameYear ? 0 : 1), month: month, day: day)
                .map { DateMention(tokens: opener.start..<cursor, date: $0, kind: .relative) }
        }
        if let (year, length) = RelativeDates(reference: reference).yearPhrase(t, at: cursor) {
            return PartialDate(year: year, month: month, day: day).map { DateMention(tokens: i..<(cursor + length), date: $0, kind: .relative) }
        }
        guard day != nil || precededByDateCue(t, i) else { return nil }
        if let year = Self.yearOfSameMonth(previous, month) {
            return PartialDate(year: year, month: month, day: day).map { DateMention(tokens: i..<cursor, date: $0, kind: .relative) }
        }
        guard let date = yearless(month: month, day: day) else { return nil }
        return DateMention(tokens: i..<cursor, date: date, kind: .relative)
    }

    /// "25 October 2023", "7th October".
    private func dayFirst(_ t: [Token], at i: Int, previous: DateMention? = nil) -> DateMention? {
        guard i + 1 < t.count, let day = NumberWords.dayOfMonth(t[i]), let month = MonthNames.number(t[i + 1].lower), t[i + 1].isCapitalized else { return nil }
        var cursor = i + 2
        if cursor < t.count, t[cursor].isPunctuation("."), t[i + 1].text.count <= 4 { cursor += 1 }
        if cursor < t.count, t[cursor].isPunctuation(","), cursor + 1 < t.count, NumberWords.year(t[cursor + 1]) != nil { cursor += 1 }
        if cursor < t.count, let year = NumberWords.year(t[cursor]) {
            return PartialDate(year: year, month: month, day: day).map { DateMention(tokens: i..<(cursor + 1), date: $0, kind: .absolute) }
        }
        if let year = Self.yearOfSameMonth(previous, month) {
            return PartialDate(year: year, month: month, day: day).map { DateMention(tokens: i..<cursor, date: $0, kind: .relative) }
        }
        return yearless(month: month, day: day).map { DateMention(tokens: i..<cursor, date: $0, kind: .relative) }
    }

    /// "visited China in November 2022, when he held talks with Xi on 25 November": a month the sentence has just
    /// written with its year is in that year.
    static func yearOfSameMonth(_ previous: DateMention?, _ month: Int) -> Int? {
        guard let previous, previous.isAbsolute, previous.date.month == month else { return nil }
        return previous.date.year
    }

    /// "in 2019": a year on its own, not an amount ("$2019") nor a count ("2019 projects" is rare; "2019%" never).
    private func yearAlone(_ t: [Token], at i: Int) -> DateMention? {
        guard let year = NumberWords.year(t[i]) else { return nil }
        if i > 0, ["$", "€", "£", "¥", "#"].contains(t[i - 1].text) { return nil }
        if i + 1 < t.count, ["%", "percent", "million", "billion", "trillion", "people", "tons", "tonnes"].contains(t[i + 1].lower) { return nil }
        if isYearRange(t, i) { return nil }
        // "the late 1970s": a decade.
        if i + 1 < t.count, t[i + 1].lower == "s", t[i + 1].range.lowerBound == t[i].range.upperBound { return nil }
        return DateMention(tokens: i..<(i + 1), date: PartialDate(year: year)!, kind: .absolute)
    }

    private func weekday(_ t: [Token], at i: Int) -> DateMention? {
        guard t[i].isCapitalized, let weekday = MonthNames.weekdays[t[i].lower] else { return nil }
        // "Thursday, May 21, 2015": the date written after the weekday says the day.
        if i + 2 < t.count, t[i + 1].isPunctuation(","), monthFirst(t, at: i + 2) ?? dayFirst(t, at: i + 2) != nil { return nil }
        let start = i > 0 && ["on", "last", "this", "next"].contains(t[i - 1].lower) ? i - 1 : i
        guard let reference else { return nil }
        if let dated = dayInBrackets(t, after: i, start: start, reference: reference) { return dated }
        guard reference.precision == .day else {
            return DateMention(tokens: start..<(i + 1), date: reference, kind: .relative)
        }
        let referenceDay = reference.firstDay
        let forward = future || (start < i && t[start].lower == "next")
        var day = referenceDay
        if forward {
            day += (weekday - CivilCalendar.weekday(dayNumber: referenceDay) + 7) % 7
        } else {
            day -= (CivilCalendar.weekday(dayNumber: referenceDay) - weekday + 7) % 7
            if start < i, t[start].lower == "last", day == referenceDay { day -= 7 }
        }
        let (y, m, d) = CivilCalendar.date(dayNumber: day)
        return DateMention(tokens: start..<(i + 1), date: PartialDate(year: y, month: m, day: d)!, kind: .relative)
    }

    /// "this Monday (02)", "on Friday (14th)": the day of the month in brackets after a weekday, in the publication's
    /// month, or the month before when that day is still ahead of the publication.
    private func dayInBrackets(_ t: [Token], after i: Int, start: Int, reference: PartialDate) -> DateMention? {
        guard i + 3 < t.count, t[i + 1].text == "(", t[i + 3].text == ")", let month = reference.month,
              let day = Int(t[i + 2].text.prefix { $0.isNumber }), (1...31).contains(day),
              t[i + 2].text.dropFirst(String(day).count).allSatisfy({ $0.isLetter }) || t[i + 2].text.hasPrefix("0") else { return nil }
        let inMonth = RelativeDates.month(reference.year, month, shiftedBy: (reference.day ?? 31) < day ? -1 : 0)
        guard let date = PartialDate(year: inMonth.year, month: inMonth.month, day: day) else { return nil }
        return DateMention(tokens: start..<(i + 4), date: date, kind: .relative)
    }

    /// "over the weekend", "last weekend": the month of the Saturday and Sunday just before publication (after it,
    /// in a sentence of the future); the two days may fall in different months, so no day is given.
    private func weekend(_ t: [Token], at i: Int) -> DateMention? {
        guard t[i].lower == "weekend", i > 0, ["the", "this", "last", "next"].contains(t[i - 1].lower), let reference else { return nil }
        guard reference.precision == .day, let sunday = MonthNames.weekdays["sunday"], let saturday = MonthNames.weekdays["saturday"] else {
            return DateMention(tokens: (i - 1)..<(i + 1), date: reference.truncated(to: .month), kind: .relative)
        }
        let referenceDay = reference.firstDay
        let weekday = CivilCalendar.weekday(dayNumber: referenceDay)
        let forward = future || t[i - 1].lower == "next"
        let day = forward ? referenceDay + (saturday - weekday + 7) % 7 : referenceDay - (weekday - sunday + 7) % 7
        let (y, m, _) = CivilCalendar.date(dayNumber: day)
        return DateMention(tokens: (i - 1)..<(i + 1), date: PartialDate(year: y, month: m, day: nil)!, kind: .relative)
    }

    /// "2023-2028": a period, not the date of an event.
    private func isYearRange(_ t: [Token], _ i: Int) -> Bool {
        let next = i + 2 < t.count && t[i + 1].isPunctuation("-") && NumberWords.year(t[i + 2]) != nil
        let previous = i >= 2 && t[i - 1].isPunctuation("-") && NumberWords.year(t[i - 2]) != nil
        return next || previous
    }

    /// "of that year", "of the same year": how many words say so at `cursor`.
    static func thatYear(_ t: [Token], at cursor: Int) -> Int? {
        guard cursor + 2 < t.count, t[cursor].lower == "of" else { return nil }
        if t[cursor + 1].lower == "that", t[cursor + 2].lower == "year" { return 3 }
        if cursor + 3 < t.count, t[cursor + 1].lower == "the", t[cursor + 2].lower == "same", t[cursor + 3].lower == "year" { return 4 }
        return nil
    }

    /// "that November" (the month of the year just named) or "the following March" (the next such month after the
    /// date just named): where the phrase starts, and whether it counts onward.
    static func monthAnchorOpener(_ t: [Token], before i: Int) -> (start: Int, onward: Bool)? {
        guard i > 0 else { return nil }
        if t[i - 1].lower == "that" { return (i - 1, false) }
        if i > 1, ["following", "next"].contains(t[i - 1].lower), t[i - 2].lower == "the" { return (i - 2, true) }
        return nil
    }

    private func precededByDateCue(_ t: [Token], _ i: Int) -> Bool {
        i > 0 && ["in", "since", "until", "by", "from", "early", "late", "mid", "last", "this", "next", "of", "during", "before", "after", "on"].contains(t[i - 1].lower)
    }

    /// A month (and day) without a year: in a sentence of the past or present, the most recent one not after the
    /// publication month ("signed in August", written in May, is last August); in one of the future, the next one
    /// within half a year.
    private func yearless(month: Int, day: Int?) -> PartialDate? {
        guard let reference else { return nil }
        var year = reference.year
        if let referenceMonth = reference.month, month - referenceMonth > (future ? 6 : 0) { year -= 1 }
        if let referenceMonth = reference.month, referenceMonth - month > 6, future { year += 1 }
        return PartialDate(year: year, month: month, day: day)
    }
}
