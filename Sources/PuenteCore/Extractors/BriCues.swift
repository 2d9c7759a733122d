/// The phrases that say where a country stands with the Belt and Road Initiative, checked in this order:
/// a denial before a joining word ("has yet to join"), an exit, an intention, then joining.
enum BriCues {
    static let topic: [[String]] = [["belt", "and", "road"], ["belt", "road"], ["bri"], ["silk", "road"], ["obor"], ["one", "belt"]]

    static let ordered: [(kind: BriEvent.Kind, phrases: [[String]])] = withAdverbs(written)

    /// "declined to formally join", "has not officially signed": each phrase ending in a verb, with the adverb before it.
    static func withAdverbs(_ table: [(kind: BriEvent.Kind, phrases: [[String]])]) -> [(kind: BriEvent.Kind, phrases: [[String]])] {
        table.map { kind, phrases in
            let variants = phrases.filter { $0.count >= 2 && adverbedVerbs.contains($0[$0.count - 1]) && !adverbs.contains($0[$0.count - 2]) }
                .flatMap { phrase in adverbs.map { Array(phrase.dropLast()) + [$0, phrase[phrase.count - 1]] } }
            var seen = Set(phrases)
            return (kind, phrases + variants.filter { seen.insert($0).inserted })
        }
    }

    static let adverbs = ["formally", "officially"]
    static let adverbedVerbs: Set<String> = ["join", "joined", "sign", "signed", "participate"]

    static let written: [(kind: BriEvent.Kind, phrases: [[String]])] = [
        (.notMember, [["yet", "to", "join"], ["yet", "to", "sign"], ["yet", "to", "do", "so"], ["not", "joined"], ["not", "yet", "joined"], ["n't", "joined"], ["not", "a", "member"],
                      ["not", "part", "of"], ["non", "-", "member"], ["non-member"], ["declined", "to", "join"], ["refused", "to", "join"],
                      ["stayed", "out"], ["stays", "out"], ["stay", "out"], ["remains", "outside"], ["remained", "outside"], ["remain", "outside"],
                      ["stayed", "outside"], ["stays", "outside"], ["never", "joined"], ["never", "signed"],
                      ["did", "not", "join"], ["not", "signed", "up"], ["not", "to", "join"], ["not", "to", "sign"], ["has", "not", "signed"], ["rejected"],
                      ["not", "among"], ["non", "-", "members"], ["not", "members"], ["not", "been", "part"], ["never", "been", "part"],
                      // "have not formally joined"; "Chile and Peru have joined, while Brazil and Mexico have not."
                      ["not", "formally", "joined"], ["n't", "formally", "joined"], ["not", "officially", "joined"], ["n't", "officially", "joined"],
                      ["have", "not", "."], ["has", "not", "."], ["never", "has", "."], ["never", "have", "."], ["have", "not", ","], ["has", "not", ","], ["haven't", "."], ["hasn't", "."],
                      ["haven't", "joined"], ["hasn't", "joined"], ["haven't", "formally", "joined"], ["hasn't", "formally", "joined"],
                      ["haven't", "officially", "joined"], ["hasn't", "officially", "joined"], ["didn't", "join"], ["haven't", "signed"],
                      ["hasn't", "signed"], ["isn't", "a", "member"], ["aren't", "members"],
                      ["yet", "to", "formally", "join"], ["yet", "to", "officially", "join"],
                      ["declined", "to", "participate"], ["refused", "to", "participate"], ["declines", "to", "join"], ["refuses", "to", "join"],
                      ["refusing", "to", "join"], ["declining", "to", "join"], ["reject"], ["rejects"], ["rejecting"],
                      ["stayed", "away"], ["stays", "away"], ["stay", "away"], ["staying", "away"], ["remain", "on", "the", "sidelines"], ["remains", "on", "the", "sidelines"],
                      ["remained", "on", "the", "sidelines"], ["stayed", "on", "the", "sidelines"], ["stay", "on", "the", "sidelines"],
                      ["absentees"], ["absentee"], ["not", "a", "participant"], ["not", "yet", "a", "participant"], ["not", "participants"],
                      ["not", "a", "signatory"], ["not", "yet", "a", "signatory"], ["not", "signatories"], ["kept", "its", "distance"], ["outside", "the", "initiative"], ["outside", "the", "belt"], ["outside", "the", "bri"],
                      ["never", "been", "a", "member"], ["not", "been", "a", "member"], ["never", "been", "a", "signatory"],
                      ["kept", "their", "distance"], ["keeps", "its", "distance"], ["non", "-", "participants"], ["non", "-", "signatories"],
                      ["decided", "against", "joining"], ["decided", "against", "signing"], ["decides", "against", "joining"]]),
        (.exited, [["exited"], ["exit"], ["exits"], ["left"], ["leaves"], ["withdrew"], ["withdraw"], ["withdrawn"], ["withdrawal"],
                   ["withdrawing"], ["pulled", "out"], ["quit"], ["quits"], ["abandoned"], ["leaving"], ["not", "renew"], ["exiting"],
                   ["former", "member"], ["walked", "away"], ["walks", "away"], ["walking", "away"], ["back", "away"], ["backs", "away"], ["backing", "away"], ["backed", "away"]]),
        (.intent, [["letter", "of", "intent"], ["plans", "to", "join"], ["plan", "to", "join"], ["intends", "to", "join"],
                   ["intention", "to", "join"], ["willingness", "to", "join"], ["wants", "to", "join"], ["seeks", "to", "join"],
                   ["seeking", "to", "join"], ["expected", "to", "join"], ["will", "join"], ["interest", "in", "joining"],
                   ["intends", "to", "sign"], ["would", "join"], ["plans", "to", "sign"], ["expected", "to", "sign"], ["will", "sign"],
                   ["announced", "its", "intention"], ["expressed", "interest"], ["applied", "to", "join"],
                   ["considered", "joining"], ["considering", "joining"], ["weighed", "joining"], ["weighing", "joining"]]),
        (.joined, [["joined"], ["joins"], ["joining"], ["signed", "on"], ["signed", "up"], ["signing", "up"], ["signing", "on"], ["signs", "onto"],
                   ["signed", "onto"], ["sign", "on"], ["sign", "up"], ["became", "a", "member"], ["became", "a", "partner"], ["membership"],
                   ["is", "a", "member"], ["are", "members"], ["member", "of"], ["members", "of"], ["member", "since"], ["adhered"],
                   ["to", "join"], ["signed"], ["signs"], ["sign"], ["signing"], ["remains", "a", "member"], ["still", "a", "member"], ["a", "member"], ["members"],
                   ["taking", "part"], ["takes", "part"], ["took", "part"], ["been", "part", "of"], ["is", "part", "of"], ["are", "part", "of"], ["became", "part", "of"], ["participation"], ["participates"], ["participating"], ["participate"],
                   ["on", "board"], ["aboard"], ["insertion"], ["inclusion"], ["incorporate"], ["incorporated"], ["incorporation"], ["accession"], ["acceded"], ["join"], ["entry", "into"], ["followed", "suit"],
                   ["adherence", "to"], ["adhesion", "to"], ["signatories"], ["signatory"], ["partners"], ["partner"], ["member"],
                   ["participants"], ["participant"], ["came", "on", "board"], ["come", "on", "board"],
                   ["entered", "the", "initiative"], ["entered", "the", "belt"], ["entered", "the", "bri"], ["enters", "the", "initiative"],
                   ["enters", "the", "belt"], ["enters", "the", "bri"], ["remains", "inside"], ["remain", "inside"], ["stays", "inside"],
                   ["latest", "addition"], ["latest", "additions"], ["newest", "addition"], ["newest", "additions"], ["newest", "member"],
                   ["newest", "members"], ["latest", "member"], ["latest", "members"], ["latest", "signatory"], ["newest", "signatory"],
                   ["memorandum", "dates", "from"], ["memorandum", "dated", "from"]] + coveringMemoranda),
    ]

    /// "In South America, the memoranda cover Chile, Peru and Bolivia": the initiative's papers reaching the countries named.
    static let coveringMemoranda: [[String]] = [["memoranda", "cover"], ["memorandums", "cover"], ["memoranda", "span"], ["memorandums", "span"],
                                                ["memoranda", "covered"], ["memorandums", "covered"]]

    /// Groups a country joins that are not the Belt and Road: a sentence naming one and not the initiative is about it.
    static let otherGroups: [[String]] = [["aiib"], ["brics"], ["asian", "infrastructure", "investment", "bank"], ["new", "development", "bank"],
                                          ["ndb"], ["wto"], ["mercosur"], ["opec"], ["cptpp"], ["apec"], ["g20"], ["bank"],
                                          ["grouping"], ["bloc"]]

    static let otherGroupStarts: Set<String> = Set(otherGroups.map { $0[0] })

    static func namesOtherGroup(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { startsOtherGroup(tokens, at: $0) }
    }

    private static func startsOtherGroup(_ tokens: [Token], at start: Int) -> Bool {
        guard start < tokens.count, otherGroupStarts.contains(tokens[start].lower) else { return false }
        return otherGroups.contains { phrase in
            let end = start + phrase.count
            return end <= tokens.count && zip(tokens[start..<end], phrase).allSatisfy { $0.lower == $1 }
                && !(end < tokens.count && countryNouns.contains(tokens[end].lower))
        }
    }

    /// "the first Mercosur country to do so", "BRICS nations", "the first Mercosur member to sign up": a group's name
    /// describing countries is not its news.
    static let countryNouns: Set<String> = ["country", "countries", "nation", "nations", "state", "states", "economy", "economies", "member"]

    /// The first position at or after `start`, within `limit` words, past the `fillers` there.
    private static func skipping(_ fillers: Set<String>, in tokens: [Token], from start: Int, atMost limit: Int) -> Int {
        var cursor = start
        while cursor < tokens.count, cursor - start < limit, fillers.contains(tokens[cursor].lower) { cursor += 1 }
        return cursor
    }

    /// "Argentina's membership", "its membership in the initiative", "membership of the BRI".
    static func ownsMembership(_ tokens: [Token], _ at: Int) -> Bool {
        let before = at > 0 ? tokens[at - 1].lower : ""
        let after = at + 1 < tokens.count ? tokens[at + 1].lower : ""
        return ["'s", "’s", "its", "their"].contains(before) || ["in", "of", "to"].contains(after)
    }

    /// A hypothesis ("could join"); "said it would not renew" is a decision, not one.
    static func speculates(_ sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        return tokens.indices.contains { index in
            guard speculation.contains(tokens[index].lower), tokens[index].text != "May" else { return false }
            if inRelativeClauseAfterCue(index, tokens) { return false }
            if tokens[index].lower == "would", reportsDecision(before: index, tokens) { return false }
            return !(tokens[index].lower == "would" && index + 1 < tokens.count && ["not", "n't"].contains(tokens[index + 1].lower))
        }
    }

    /// "Mulino announced that his country would withdraw": "would" after a past verb of saying is the decision told in
    /// reported speech, a "will" moved into the past, unless an "if" makes it a condition.
    static func reportsDecision(before index: Int, _ tokens: [Token]) -> Bool {
        guard !tokens.contains(where: { ["if", "unless", "whether"].contains($0.lower) }) else { return false }
        return tokens[max(0, index - 6)..<index].contains { reportedSpeechVerbs.contains($0.lower) }
    }

    static let reportedSpeechVerbs: Set<String> = ["said", "announced", "confirmed", "declared", "stated", "told", "informed",
                                                   "decided", "indicated", "assured", "promised", "pledged", "vowed"]

    /// "Argentina joined the initiative, which would add billions": a hedge in a clause about the initiative, after
    /// the step is told, does not hedge the step.
    private static func inRelativeClauseAfterCue(_ index: Int, _ tokens: [Token]) -> Bool {
        guard let cue = tokens[..<index].firstIndex(where: { $0.classes.contains(.briCue) }) else { return false }
        return tokens[(cue + 1)..<index].contains { ["which", "who", "whose"].contains($0.lower) }
    }

    /// Hypotheses that say nothing of a country's standing ("could join", "potential membership").
    static let speculation: Set<String> = ["could", "might", "may", "would", "potential", "possible", "possibly", "if", "whether", "hypothetical"]

    /// Every phrase of `ordered`, numbered in its order, and the numbers of those each first word starts.
    static let numbered: [[String]] = ordered.flatMap(\.phrases)
    static let phraseCount = numbered.count
    /// The number of each kind's first phrase.
    static let groupStarts: [Int] = ordered.indices.map { group in ordered[..<group].reduce(0) { $0 + $1.phrases.count } }
    static let phrasesByFirstWord: [String: [Int]] = Dictionary(grouping: numbered.indices, by: { numbered[$0][0] })

    /// The cues of one word ("joined", "withdrew"): a clause holding one has a verb of its own, while "is" or "still"
    /// begin cues only with the words after them.
    static let singleWordCues: Set<String> = Set(ordered.flatMap { $0.phrases.filter { $0.count == 1 }.map { $0[0] } })

    /// The first words of every cue, to pass over sentences that contain none.
    static let firstWords: Set<String> = Set(ordered.flatMap { $0.phrases.map { $0[0] } })

    /// The first cue of each kind in the tokens of `range`, ordered by position.
    /// `assumingTopic`: the sentence is known to speak of the initiative (a line of a country's profile), so a bare
    /// "signed" in it signs on to it.
    static func find(in tokens: [Token], _ range: Range<Int>, assumingTopic: Bool = false) -> [(kind: BriEvent.Kind, at: Int)] {
        // Where each phrase first occurs, looked up from the few positions that can start one.
        var firstAt = [Int](repeating: -1, count: phraseCount)
        var any = false
        for start in range where tokens[start].classes.contains(.briCue) {
            for number in phrasesByFirstWord[tokens[start].lower] ?? [] where firstAt[number] < 0 {
                let phrase = numbered[number]
                if start + phrase.count <= range.upperBound, zip(tokens[start..<(start + phrase.count)], phrase).allSatisfy({ $0.lower == $1 }) {
                    firstAt[number] = start
                    any = true
                }
            }
        }
        guard any else { return [] }
        var taken = Set<Int>()
        var found: [(BriEvent.Kind, Int)] = []
        var dropped = false
        for (group, (kind, phrases)) in ordered.enumerated() {
            for (offset, phrase) in phrases.enumerated() {
                let at = firstAt[groupStarts[group] + offset]
                guard at >= 0, !taken.contains(at), !isPoliticalLeft(tokens, at, phrase) else { continue }
                // "signed a memorandum on the initiative"; not "Panama signed an agreement on maritime transport" after a
                // clause about the initiative.
                if kind == .joined, ["signed", "signs", "sign", "signing"].contains(phrase[0]), phrase.count == 1,
                   !(assumingTopic && !tokens[range].contains { $0.classes.contains(.agreementKind) }),
                   !signsBriDocument(tokens, range) || !namesTopic(tokens, range) || namesTopicAsArea(tokens, range) { continue }
                if kind == .joined, ["participation", "participates", "participating", "participate", "taking", "takes", "took", "participants", "participant"].contains(phrase[0]),
                   namesForum(tokens, range) { continue }
                // "thanked him for joining the celebration": a gathering joined, not the initiative.
                if kind == .joined, joinsGathering(tokens, after: at + phrase.count) { continue }
                // "Ecuador joined the Asian Infrastructure Investment Bank": another group joined.
                if kind == .joined, joinsOtherGroup(tokens, after: at + phrase.count) { continue }
                // "abandoned Taiwan", "left office": another thing left.
                if kind == .exited, leavesOther(tokens, after: at + phrase.count) { continue }
                // "has left the memorandum in place": kept, not left.
                if kind == .exited, phrase == ["left"], keepsInPlace(tokens, after: at + 1) { continue }
                // "abandoned those plans": giving up joining leaves a country outside, not a former member.
                if kind == .exited, dropsIntention(tokens, after: at + phrase.count) {
                    if !found.contains(where: { $0.0 == .notMember }) { found.append((.notMember, at)) }
                    dropped = true
                    break
                }
                // "BRI partners", "Belt and Road partner countries"; not "its largest trading partner".
                // "a BRI member", "a Belt and Road member": the same for a lone "member".
                if ["partners", "partner", "member"].contains(phrase[0]), phrase.count == 1,
                   at == 0 || !["bri", "road"].contains(tokens[at - 1].lower) { continue }
                // "the Belt and Road's participants", "participants in the initiative"; not "participants at the forum".
                if ["participants", "participant"].contains(phrase[0]), !namesInitiativeAround(tokens, at) { continue }
                // "makes membership a hard sell": a bare "membership" says nothing of whose it is.
                if phrase == ["membership"], !ownsMembership(tokens, at) { continue }
                for index in at..<(at + phrase.count) { taken.insert(index) }
                // "China welcomes Honduras to join", "invited Colombia to join": an invitation is no standing.
                if kind == .joined, phrase.contains("join"), tokens[max(range.lowerBound, at - 4)..<at].contains(where: { invitations.contains($0.lower) }) {
                    continue
                }
                // "cautioned the Bahamas against signing on", "opposition to the idea of joining": a step argued over, not taken.
                if kind == .joined, prospectiveForms.contains(phrase[0]),
                   tokens[max(range.lowerBound, at - 5)..<at].contains(where: { objections.contains($0.lower) }) { continue }
                // "will officially join", "plans to formally join": a bare "join" after a word of intent is an intention.
                // "will start negotiations to join": the same, a few words further.
                let foreseen = ([["join"], ["to", "join"], ["participate"], ["sign", "on"], ["sign", "up"]].contains(phrase)
                                && tokens[max(range.lowerBound, at - 4)..<at].contains { intentWords.contains($0.lower) })
                    || (kind == .joined && isNegotiated(tokens, at, range))
                // "the accession of Brazil and Mexico still pending": a step not taken.
                let pending = kind == .joined && tokens[(at + phrase.count)..<range.upperBound].contains { $0.lower == "pending" }
                let reported: BriEvent.Kind = pending ? .notMember : (foreseen ? .intent : kind)
                if !found.contains(where: { $0.0 == reported }) { found.append((reported, at)) }
                if kind == .notMember || kind == .intent { break }
            }
        }
        found = found.compactMap { kind, at in negated(tokens, at, range) ? denial(of: kind).map { ($0, at) } : (kind, at) }
        if found.contains(where: { $0.0 == .notMember }) { found.removeAll { $0.0 == .joined } }
        if found.contains(where: { $0.0 == .intent }) { found.removeAll { $0.0 == .joined } }
        // "abandoned its plans to join": the plan named is the one given up.
        if dropped { found.removeAll { $0.0 == .intent } }
        return found.sorted { $0.1 < $1.1 }
    }

    static let gatherings: Set<String> = ["celebration", "ceremony", "meeting", "talks", "delegation", "visit", "event", "summit", "reception",
                                          "conference", "call", "dinner", "trip", "banquet", "discussion", "discussions", "session", "rally",
                                          "protest", "march", "chorus", "calls", "effort", "efforts", "list"]

    static let otherThingsLeft: Set<String> = ["office", "power", "presidency", "government", "post", "talks", "meeting", "forum", "summit",
                                               "country", "city", "capital", "party", "coalition", "ties", "relations"]
    static let topicWords: Set<String> = ["belt", "bri", "silk", "one", "obor", "initiative", "chinese", "china", "xi", "beijing", "president", "new", "china's", "china’s", "beijing's", "beijing’s", "xi's", "xi’s"]

    private static func leavesOther(_ tokens: [Token], after end: Int) -> Bool {
        let cursor = skipping(["the", "from", "its", "their", "his", "her", "only", "just"], in: tokens, from: end, atMost: 3)
        guard cursor < tokens.count, tokens[cursor].kind == .word else { return false }
        let word = tokens[cursor]
        if otherThingsLeft.contains(word.lower) { return true }
        return word.isCapitalized && !topicWords.contains(word.lower) && MonthNames.number(word.text) == nil
    }

    private static func namesInitiativeAround(_ tokens: [Token], _ at: Int) -> Bool {
        let before = tokens[max(0, at - 3)..<at].map(\.lower)
        let after = tokens[(at + 1)..<min(tokens.count, at + 5)].map(\.lower)
        let names: Set<String> = ["bri", "road", "road's", "initiative", "initiative's", "belt"]
        return before.contains { names.contains($0) } || (["in", "of"].contains(after.first ?? "") && after.contains { names.contains($0) })
    }

    private static func keepsInPlace(_ tokens: [Token], after start: Int) -> Bool {
        let window = tokens[start..<min(tokens.count, start + 6)].map(\.lower)
        return ["intact", "untouched", "unchanged"].contains { window.contains($0) }
            || zip(window, window.dropFirst()).contains { $0 == "in" && $1 == "place" }
    }

    static let intentions: Set<String> = ["plan", "plans", "idea", "bid", "intention", "intentions", "proposal", "application"]

    private static func dropsIntention(_ tokens: [Token], after end: Int) -> Bool {
        let cursor = skipping(["the", "those", "these", "its", "their", "his", "her", "that", "this", "such"], in: tokens, from: end, atMost: 2)
        return cursor < tokens.count && intentions.contains(tokens[cursor].lower)
    }

    private static func joinsOtherGroup(_ tokens: [Token], after end: Int) -> Bool {
        startsOtherGroup(tokens, at: skipping(["the", "a", "of", "in", "to"], in: tokens, from: end, atMost: 3))
    }

    /// "has not \"joined\" anything new": what is joined is no group at all.
    static let vagueObjects: Set<String> = ["anything", "nothing", "something", "everything"]

    private static func joinsGathering(_ tokens: [Token], after end: Int) -> Bool {
        let cursor = skipping(["the", "a", "an", "in", "this", "that", "his", "her", "their", "\"", "”", "’", "'"], in: tokens, from: end, atMost: 4)
        return cursor < tokens.count && (gatherings.contains(tokens[cursor].lower) || vagueObjects.contains(tokens[cursor].lower))
    }

    /// "talks on Nicaragua joining", "discussions on signing agreements under the initiative": the step is being negotiated.
    static func isNegotiated(_ tokens: [Token], _ at: Int, _ range: Range<Int>) -> Bool {
        let window = max(range.lowerBound, at - 5)..<at
        // "will negotiate joining the BRI"
        if at > range.lowerBound, ["negotiate", "negotiating", "negotiates", "discuss", "discussing"].contains(tokens[at - 1].lower) { return true }
        return window.contains { index in
            ["talks", "discussions", "negotiations", "negotiating"].contains(tokens[index].lower)
                && index + 1 <= at && ["on", "about", "over", "for", "to"].contains(tokens[index + 1].lower)
        }
    }

    /// "has not formally withdrawn", "never joined": a negation just before a cue.
    private static func negated(_ tokens: [Token], _ at: Int, _ range: Range<Int>) -> Bool {
        tokens[max(range.lowerBound, at - 3)..<at].contains { ["not", "n't", "never", "no", "without"].contains($0.lower) }
            // "none of them has joined"
            || tokens[max(range.lowerBound, at - 4)..<at].contains { $0.lower == "none" }
    }

    /// What denying a step says: not having left is still being a member; not having joined is not being one.
    private static func denial(of kind: BriEvent.Kind) -> BriEvent.Kind? {
        switch kind {
        case .exited: return .joined
        case .joined: return .notMember
        case .notMember: return .notMember
        case .intent: return nil
        }
    }

    /// "governments of the left and right": "left" as politics, not as leaving.
    private static func isPoliticalLeft(_ tokens: [Token], _ at: Int, _ phrase: [String]) -> Bool {
        guard phrase == ["left"] else { return false }
        let previous = at > 0 ? tokens[at - 1].lower : ""
        let next = at + 1 < tokens.count ? tokens[at + 1].lower : ""
        return ["the", "far", "centre", "center", "hard", "radical", "-"].contains(previous) || ["and", "-", "wing", "or"].contains(next)
    }

    private static func namesTopic(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        tokens[range].contains { $0.lower == "initiative" } || topic.contains { firstMatch($0, tokens, range) != nil }
    }

    static func mentionsTopic(_ tokens: [Token]) -> Bool {
        guard tokens.contains(where: { $0.classes.contains(.briTopic) }) else { return false }
        return topic.contains { phrase in firstMatch(phrase, tokens, 0..<tokens.count) != nil }
    }

    /// The forms of a joining word that can name a step not yet taken.
    static let prospectiveForms: Set<String> = ["join", "joining", "sign", "signing", "to", "participate", "participating", "participation",
                                                "membership", "accession", "entry", "inclusion", "incorporation"]

    /// Words that argue over a step: a warning against it, an objection to it, the mere idea of it.
    static let objections: Set<String> = ["cautioned", "cautions", "caution", "warned", "warns", "warning", "warn", "advised", "advises",
                                          "opposition", "opposed", "opposes", "oppose", "against", "idea", "risks", "dangers", "perils"]

    static let invitations: Set<String> = ["welcomes", "welcomed", "welcome", "invited", "invites", "invite", "inviting", "encouraged", "encourages",
                                           "encourage", "encouraging", "urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking"]

    static let intentWords: Set<String> = ["will", "would", "shall", "plans", "plan", "intends", "intend", "expected", "wants", "seeks", "hopes", "aims"]

    /// "took part in the Belt and Road Forum": a conference, not the initiative.
    static func namesForum(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        tokens[range].contains { ["forum", "summit", "conference"].contains($0.lower) }
    }

    /// "signed a cooperation plan / memorandum / agreement ... Belt and Road" is how a country joins.
    static let areaWords: Set<String> = ["areas", "ranging", "fields", "sectors"]

    /// "signed 18 memoranda in areas ranging from the Belt and Road to agriculture": the initiative as one area a set
    /// of documents covers, not a document joining it.
    private static func namesTopicAsArea(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let at = topic.compactMap({ firstMatch($0, tokens, range) }).min() else { return false }
        return tokens[max(range.lowerBound, at - 6)..<at].contains { areaWords.contains($0.lower) }
    }

    private static func signsBriDocument(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        tokens[range].contains { ["plan", "memorandum", "memoranda", "memorandums", "mou", "mous", "agreement", "document", "documents", "accord"].contains($0.lower) }
    }

    static func firstMatch(_ phrase: [String], _ tokens: [Token], _ range: Range<Int>) -> Int? {
        guard range.count >= phrase.count, tokens[range].contains(where: { $0.lower == phrase[0] }) else { return nil }
        for start in range.lowerBound...(range.upperBound - phrase.count) where tokens[start].lower == phrase[0] {
            if zip(tokens[start..<(start + phrase.count)], phrase).allSatisfy({ $0.lower == $1 }) { return start }
        }
        return nil
    }
}
