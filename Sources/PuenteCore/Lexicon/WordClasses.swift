/// The lexicons and cue lists a word can start an entry of, looked up once per token so that the recognizers and
/// extractors test a bit instead of hashing the same word again and again.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let country = WordClass(rawValue: 1 << 0)
    static let role = WordClass(rawValue: 1 << 1)
    static let leader = WordClass(rawValue: 1 << 2)
    static let agreementKind = WordClass(rawValue: 1 << 3)
    static let sector = WordClass(rawValue: 1 << 4)
    static let dateOpener = WordClass(rawValue: 1 << 5)
    static let future = WordClass(rawValue: 1 << 6)
    static let meetingCue = WordClass(rawValue: 1 << 7)
    static let signingCue = WordClass(rawValue: 1 << 8)
    static let briCue = WordClass(rawValue: 1 << 9)
    static let tradeAnchor = WordClass(rawValue: 1 << 10)
    static let briTopic = WordClass(rawValue: 1 << 11)

    /// Every word of every class, lower-cased.
    static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: WordClass) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(CountryLexicon.table.firstTokens, .country)
        add(RoleLexicon.table.firstTokens, .role)
        add(["counterpart"], .role)
        add(LeaderLexicon.table.firstTokens, .leader)
        add(AgreementKindLexicon.table.firstTokens, .agreementKind)
        add(SectorLexicon.table.firstTokens, .sector)
        add(DateRecognizer.openers, .dateOpener)
        add(DocumentAnalyzer.futureWords.union(DocumentAnalyzer.futureVerbs).union(["next", "is", "are"]), .future)
        add(MeetingExtractor.strongCues.union(MeetingExtractor.weakCues), .meetingCue)
        add(AgreementExtractor.signingCues.union(["reached", "reach", "away"]), .signingCue)
        add(BriCues.firstWords, .briCue)
        add(BriCues.topic.map { $0[0] }, .briTopic)
        add(TradeAnchors.words.keys, .tradeAnchor)
        add(["trade", "exchange", "commerce"], .tradeAnchor)
        return table
    }()

    static func of(_ lower: String) -> WordClass { table[lower] ?? [] }
}
