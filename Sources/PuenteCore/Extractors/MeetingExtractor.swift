/// Finds meetings between a Chinese participant and one from another country: sentences with a meeting word
/// ("met", "meeting", "talks", "shakes hands") naming people of both sides. Within a document every report of the
/// same participants is one meeting; sentences where one told the other something only refine its date.
struct MeetingExtractor: Sendable {
    static let strongCues: Set<String> = ["met", "meet", "meets", "meeting", "meetings", "talks", "hosted", "hosts", "received",
                                          "receives", "welcomed", "welcomes", "greets", "greeted", "welcoming", "welcome", "call", "conversation", "discussions",
                                          "talking", "talked", "spoke", "speaks"]
    static let messages: Set<String> = ["letter", "letters", "message", "messages", "congratulations", "congratulatory", "invitation", "donation", "shipment", "vaccines"]
    /// A handshake in a caption dates a meeting the text reports; alone it shows none.
    static let weakCues: Set<String> = ["told", "urged", "asked", "assured", "thanked", "invited", "shake", "shakes", "shook"]

    func extract(_ document: AnalyzedDocument) -> [DocumentMeeting] {
        var meetings: [DocumentMeeting] = []
        var weak: [DocumentMeeting] = []
        var lastOfficials = MeetingParticipants.LastOfficials()
        var recentDays = RecentDays()
        for sentence in document.sentences {
            defer { lastOfficials.update(with: sentence, focus: document.focusCountry); recentDays.update(with: sentence) }
            guard let cue = sentence.tokens.indices.first(where: { Self.isCue(sentence.tokens, at: $0) }),
                  let participants = MeetingParticipants.find(in: sentence, cue: cue, lastOfficials: lastOfficials, focus: document.focusCountry,
                                                                     year: sentence.date(near: cue)?.date.year ?? document.reference?.year)
            else { continue }
            let isStrong = sentence.tokens.indices.contains { Self.strongCues.contains(sentence.tokens[$0].lower) && Self.isCue(sentence.tokens, at: $0) }
                && !(sentence.mainClauseIsFuture && !Self.pastBeforeFuture(sentence.tokens, cue: cue))
            for group in Self.bilateral(participants).flatMap({ Self.heldSeparately(sentence.tokens, near: cue) ? Self.perChineseOfficial($0) : [$0] }) {
                let meeting = DocumentMeeting(
                    participants: group,
                    countries: Array(Set(group.compactMap(\.country))).sorted(),
                    date: sentence.date(near: cue).map { Self.countedFrom($0, sentence, toward: group) },
                    location: MeetingDetails.location(sentence, after: cue),
                    occasion: MeetingDetails.occasion(sentence),
                    evidence: [document.evidence(sentence)],
                    directness: isStrong && !sentence.sentence.isHeading ? .direct : .indirect,
                    nearbyDay: recentDays.day(naming: group, before: sentence.index))
                if isStrong { meetings.append(meeting) } else { weak.append(meeting) }
            }
        }
        var merged = merge(meetings)
        for extra in weak {
            if let index = merged.firstIndex(where: { meeting in
                meeting.countries == extra.countries && PartialDate.compatible(meeting.date, extra.date)
                    && Self.samePeople(extra.participants, among: meeting.participants)
            }) {
                merged[index] = combine(merged[index], extra)
            }
        }
        return merged.map { meeting in
            var dated = meeting
            if meeting.date == nil {
                dated.date = meeting.nearbyDay ?? document.reference?.truncated(to: .month)
                dated.datedByPublication = meeting.nearbyDay == nil
            }
            // A meeting the text does not date to the day is less plainly reported.
            if dated.date?.precision != .day { dated.directness = min(meeting.directness, .indirect) }
            return dated
        }
    }

    static let pastCues: Set<String> = ["met", "held", "received", "hosted", "talked", "welcomed", "greeted", "spoke"]

    /// "closed the visit on Friday, a day after talks with Xi", "two days before meeting Li": the meeting is that many
    /// days from the day the sentence names.
    static func countedFrom(_ mention: DateMention, _ sentence: AnalyzedSentence, toward group: [Participant]) -> PartialDate {
        let tokens = sentence.tokens, date = mention.date
        let chinese = Set(group.filter { $0.country == "CN" }.map(\.name))
        guard date.precision == .day, let person = sentence.people.first(where: { chinese.contains($0.name) })?.tokens.lowerBound,
              let relation = tokens.indices.last(where: { $0 < person && $0 >= 2 && $0 > mention.tokens.upperBound
                  && ["after", "before"].contains(tokens[$0].lower) && person - $0 <= 12 }),
              ["day", "days"].contains(tokens[relation - 1].lower),
              let count = tokens[relation - 2].lower == "a" ? 1 : NumberWords.words[tokens[relation - 2].lower] ?? Int(tokens[relation - 2].text),
              (1...14).contains(count), !tokens[relation..<person].contains(where: { [",", ";"].contains($0.text) }) else { return date }
        let (y, m, d) = CivilCalendar.date(dayNumber: date.firstDay + (tokens[relation].lower == "after" ? -count : count))
        return PartialDate(year: y, month: m, day: d) ?? date
    }

    /// "met in Beijing on Friday and outlined how they planned to boost trade": a meeting told in the past, before the
    /// words of the future and outside a relative clause, took place; what is planned comes after it.
    static func pastBeforeFuture(_ tokens: [Token], cue: Int) -> Bool {
        guard pastCues.contains(tokens[cue].lower), !DocumentAnalyzer.opensRelativeClause(tokens, before: cue),
              let future = DocumentAnalyzer.firstFuture(tokens) else { return false }
        return future > cue
    }

    /// A meeting word; "welcome" and "welcoming" only as a welcome ceremony ("extended a warm welcome" is none).
    static func isCue(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].classes.contains(.meetingCue) else { return false }
        // "the APEC Economic Leaders' Meeting": a capitalised event name, not two sides meeting.
        if ["Meeting", "Meetings"].contains(tokens[index].text),
           let previous = tokens[..<index].last(where: { $0.kind == .word }), previous.range.upperBound + 3 >= tokens[index].range.lowerBound,
           previous.isCapitalized { return false }
        // "met the press", "met with reporters": an appearance, not a meeting of the two.
        var next = index + 1
        while next < tokens.count, ["with", "the"].contains(tokens[next].lower) { next += 1 }
        if next < tokens.count, ["press", "reporters", "journalists", "media"].contains(tokens[next].lower) { return false }
        // "received a letter from Xi", "received his congratulations": a message, not a visitor.
        if tokens[index].lower.hasPrefix("receive"), next < tokens.count,
           tokens[next..<min(tokens.count, next + 3)].contains(where: { Self.messages.contains($0.lower) }) { return false }
        // "welcomes President Castro to visit China": an invitation.
        if tokens[index].lower.hasPrefix("welcome"),
           zip(tokens[(index + 1)..<min(tokens.count, index + 7)], tokens[min(tokens.count, index + 2)..<min(tokens.count, index + 8)])
            .contains(where: { $0.lower == "to" && ["visit", "come"].contains($1.lower) }) { return false }
        // "While talking with Kuczynski, Xi said": a conversation of the two; "talking about trade" is none.
        if ["talking", "talked"].contains(tokens[index].lower) { return index + 1 < tokens.count && tokens[index + 1].lower == "with" }
        // "he spoke with the Chinese premier", "spoke by phone with": a conversation; "spoke at the forum" is a speech.
        if ["spoke", "speaks"].contains(tokens[index].lower) {
            let after = tokens[(index + 1)..<min(tokens.count, index + 4)].map(\.lower)
            return after.first == "with" || (after.first == "by" && after.contains("with"))
        }
        // "a phone call", "a telephone conversation", "video call": only a call by phone or video.
        if ["call", "conversation"].contains(tokens[index].lower) {
            return index > 0 && ["phone", "telephone", "video", "-", "courtesy"].contains(tokens[index - 1].lower)
        }
        // "held bilateral discussions with": discussions held, not ones about something.
        if tokens[index].lower == "discussions" {
            let before = tokens[max(0, index - 2)..<index].map(\.lower)
            return before.contains { ["held", "hold", "holds", "holding", "bilateral"].contains($0) }
        }
        guard ["welcome", "welcoming"].contains(tokens[index].lower) else { return true }
        return index + 1 < tokens.count && tokens[index + 1].lower == "ceremony"
    }

    /// Every one of `people` is, under some spelling, among `others`.
    static func samePeople(_ people: [Participant], among others: [Participant]) -> Bool {
        let known = others.flatMap(\.names)
        return people.allSatisfy { PersonNames.isAmong($0.name, known) }
    }

    /// "Lula held talks with Xi ... Li Qiang met Lula": the same visitor's meetings with different Chinese officials,
    /// each reported on its own, are separate meetings.
    static func otherChineseSide(_ a: [Participant], _ b: [Participant]) -> Bool {
        func overlap(_ x: [Participant], _ y: [Participant]) -> Bool {
            x.contains { PersonNames.isAmong($0.name, y.flatMap(\.names)) }
        }
        let chineseA = a.filter { $0.country == "CN" }, chineseB = b.filter { $0.country == "CN" }
        guard !chineseA.isEmpty, !chineseB.isEmpty, !overlap(chineseB, chineseA) else { return false }
        return overlap(b.filter { $0.country != "CN" }, a.filter { $0.country != "CN" })
    }

    /// "Li Qiang and Zhao Leji held separate meetings with President Lula": one meeting per Chinese official.
    static func heldSeparately(_ tokens: [Token], near cue: Int) -> Bool {
        tokens[max(0, cue - 3)..<min(tokens.count, cue + 3)].contains { ["separate", "separately"].contains($0.lower) }
    }

    static func perChineseOfficial(_ group: [Participant]) -> [[Participant]] {
        let chinese = group.filter { $0.country == "CN" }
        guard chinese.count > 1 else { return [group] }
        let others = group.filter { $0.country != "CN" }
        return chinese.map { others + [$0] }
    }

    /// "Xi met Lula, Boric and Petro": China's leaders meet each other country on its own.
    static func bilateral(_ participants: [Participant]) -> [[Participant]] {
        let chinese = participants.filter { $0.country == "CN" }
        let others = participants.filter { $0.country != "CN" }.map { $0.country! }.uniqued().filter(CountryLexicon.isInRegion)
        return others.map { country in chinese + participants.filter { $0.country == country } }
    }

    private func merge(_ meetings: [DocumentMeeting]) -> [DocumentMeeting] {
        var result: [DocumentMeeting] = []
        for meeting in meetings {
            let names = Set(meeting.participants.map(\.name))
            let fitting = result.indices.filter {
                result[$0].countries == meeting.countries && PartialDate.compatible(result[$0].date, meeting.date)
                    && !Self.otherChineseSide(result[$0].participants, meeting.participants)
            }
            if let index = fitting.max(by: { a, b in
                names.intersection(result[a].participants.map(\.name)).count < names.intersection(result[b].participants.map(\.name)).count
            }) {
                result[index] = combine(result[index], meeting)
            } else {
                result.append(meeting)
            }
        }
        return result
    }

    func combine(_ a: DocumentMeeting, _ b: DocumentMeeting) -> DocumentMeeting {
        var result = a
        result.participants = MeetingFusion.people(a.participants + b.participants)
        result.date = [a.date, b.date].compactMap { $0 }.max { $0.precision < $1.precision }
        result.location = a.location ?? b.location
        result.occasion = a.occasion ?? b.occasion
        result.evidence = (a.evidence + b.evidence).normalized()
        result.directness = max(a.directness, b.directness)
        result.nearbyDay = a.nearbyDay ?? b.nearbyDay
        return result
    }
}

/// The days the last few sentences named, with the people they named: "On Wednesday, Piñera arrived ... He met Xi"
/// dates the meeting that the next sentence reports without a date.
struct RecentDays {
    private var days: [(index: Int, date: PartialDate, names: [String])] = []

    mutating func update(with sentence: AnalyzedSentence) {
        // "SAN SALVADOR, June 2 (Xinhua) -- ... on Saturday": the dateline is when the story was filed, the body says the day.
        let named = sentence.dates.filter { $0.date.precision == .day && !$0.countsBack }
        guard let day = named.first(where: { !sentence.isDateline($0) }) ?? named.first else { return }
        days.append((sentence.index, day.date, sentence.people.map(\.name)))
        if days.count > 3 { days.removeFirst() }
    }

    /// The latest day named within the two sentences before `index` by a sentence naming one of `people`.
    func day(naming people: [Participant], before index: Int) -> PartialDate? {
        days.last { entry in
            index - entry.index <= 2 && people.contains { PersonNames.isAmong($0.name, entry.names) }
        }?.date
    }
}
