/// Finds the longest phrase of a lexicon starting at a token, comparing lower-cased tokens.
/// Phrases are tokenised with the same `Tokenizer` as the text, so "People's Republic of China" matches as written.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirstToken: [String: [(tokens: [String], value: Value)]] = [:]

    init(_ entries: [(phrase: String, value: Value)]) {
        let tokenizer = Tokenizer(classify: false)
        for (phrase, value) in entries {
            let scalars = Array(phrase.unicodeScalars)
            let tokens = tokenizer.tokens(scalars, 0..<scalars.count).map(\.lower)
            guard let first = tokens.first else { continue }
            byFirstToken[first, default: []].append((tokens, value))
        }
        for key in byFirstToken.keys { byFirstToken[key]!.sort { $0.tokens.count > $1.tokens.count } }
    }

    /// The value and token count of the longest phrase at `index`.
    func match(_ tokens: [Token], at index: Int) -> (value: Value, length: Int)? {
        guard let candidates = byFirstToken[tokens[index].lower] else { return nil }
        for candidate in candidates where index + candidate.tokens.count <= tokens.count {
            var matches = true
            for offset in 1..<max(1, candidate.tokens.count) where tokens[index + offset].lower != candidate.tokens[offset] {
                matches = false
                break
            }
            if matches { return (candidate.value, candidate.tokens.count) }
        }
        return nil
    }

    func contains(firstToken: String) -> Bool { byFirstToken[firstToken] != nil }

    var firstTokens: Dictionary<String, [(tokens: [String], value: Value)]>.Keys { byFirstToken.keys }
}
