/// Finds the people of a document in two passes: first the mentions that introduce someone with a role or
/// a country (`PersonPatterns`), then every later or earlier bare mention of a name already introduced
/// ("Petro", "XI"), which takes the country and role the document gave that person.
struct PeopleRecognizer: Sendable {
    /// The year the document was published, to recognise a leader in office by surname alone.
    var year: Int?
    struct Person: Sendable {
        var name: String
        var country: String?
        var role: String?
    }

    /// The people of a document, keyed by name, and the keys by which bare mentions find them.
    struct Registry: Sendable {
        var people: [String: Person] = [:]
        var keys: [String: String] = [:]
        var ambiguousKeys = Set<String>()
        /// The first words of every key, to pass over words that start no name.
        var firstWords = Set<String>()
        /// Short names introduced on their own ("President Petro") that are a longer name's key.
        var aliases: [String: String] = [:]

        func canonical(_ name: String) -> String { aliases[name] ?? name }
    }

    func introductions(in tokens: [Token], countries: [CountryMention]) -> [PersonMention] {
        let patterns = PersonPatterns(tokens: tokens, countries: countries)
        var result: [PersonMention] = []
        var index = 0
        while index < tokens.count {
            if var mention = patterns.person(at: index) {
                if let apposition = patterns.appositiveRole(after: mention.tokens) {
                    mention.role = mention.role ?? apposition.role
                    mention.country = mention.country ?? apposition.country
                }
                result.append(mention)
                index = mention.tokens.upperBound
            } else if tokens[index].isCapitalized, let name = patterns.nameRun(from: index), name.count >= 2,
                      let apposition = patterns.appositiveRole(after: name) {
                result.append(PersonMention(tokens: name, name: patterns.text(name), country: apposition.country, role: apposition.role))
                index = name.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    func registry(from sentences: [[PersonMention]]) -> Registry {
        var registry = Registry()
        let fullNames = sentences.joined().map(\.name).filter { $0.contains(" ") }
        for short in Set(sentences.joined().map(\.name)) where !short.contains(" ") {
            let matches = Set(fullNames.filter { Self.keys(for: $0, country: nil).contains(Self.fold(short)) || Self.fold($0).hasPrefix(Self.fold(short) + " ") })
            if matches.count == 1 { registry.aliases[short] = matches.first! }
        }
        for mentions in sentences.map({ $0.map { mention in
            var renamed = mention
            renamed.name = registry.canonical(mention.name)
            return renamed
        } }) {
            let knownRole = mentions.lazy.compactMap(\.role).first { $0 != "Counterpart" && !$0.hasPrefix("Former") }
            for mention in mentions {
                let role = mention.role == "Counterpart" ? knownRole : mention.role
                var person = registry.people[mention.name] ?? Person(name: mention.name)
                person.country = person.country ?? mention.country
                if person.role == nil || person.role == "Leader" { person.role = role ?? person.role }
                registry.people[mention.name] = person
            }
        }
        for name in registry.people.keys.sorted() {
            for key in Self.keys(for: name, country: registry.people[name]?.country) {
                if let other = registry.keys[key], other != name { registry.ambiguousKeys.insert(key) }
                registry.keys[key] = name
            }
        }
        for key in registry.ambiguousKeys { registry.keys[key] = nil }
        registry.firstWords = Set(registry.keys.keys.map { String($0.split(separator: " ")[0]) })
        return registry
    }

    /// Every mention of a registered person in a sentence: its introductions, completed from the registry,
    /// and bare names.
    func mentions(in tokens: [Token], introductions: [PersonMention], registry: Registry) -> [PersonMention] {
        var result = introductions.map { mention -> PersonMention in
            var completed = mention
            completed.name = registry.canonical(mention.name)
            let person = registry.people[completed.name]
            completed.country = mention.country ?? person?.country
            if mention.role == nil || mention.role == "Counterpart" { completed.role = person?.role }
            return completed
        }
        var folded: [String?] = Array(repeating: nil, count: tokens.count)
        func fold(_ index: Int) -> String {
            if let known = folded[index] { return known }
            let value = Self.fold(tokens[index].text)
            folded[index] = value
            return value
        }
        var index = 0
        while index < tokens.count {
            if let covering = result.first(where: { $0.tokens.contains(index) }) {
                index = covering.tokens.upperBound
                continue
            }
            if tokens[index].isCapitalized, let (name, length) = bareName(tokens, at: index, registry: registry, fold: fold), let person = registry.people[name] {
                result.append(PersonMention(tokens: index..<(index + length), name: name, country: person.country, role: person.role))
                index += length
            } else if tokens[index].isCapitalized, let leader = leaderBySurname(fold(index)),
                      // "Li Zhanshu" is not "Li": a Chinese family name followed by a given name is someone else's.
                      !(leader.country == "CN" && index + 1 < tokens.count && tokens[index + 1].isCapitalized && tokens[index + 1].kind == .word) {
                result.append(PersonMention(tokens: index..<(index + 1), name: leader.name, country: leader.country, role: leader.role))
                index += 1
            } else {
                index += 1
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Boluarte" in a 2023 article: the leader of that surname in office that year, when the document names no one else so.
    private func leaderBySurname(_ folded: String) -> LeaderLexicon.Leader? {
        guard let year, let leaders = LeaderLexicon.bySurname[folded] else { return nil }
        let inOffice = leaders.filter { $0.from <= year && ($0.to ?? 9999) >= year }
        return inOffice.count == 1 ? inOffice[0] : nil
    }

    private func bareName(_ tokens: [Token], at index: Int, registry: Registry, fold: (Int) -> String) -> (String, Int)? {
        guard registry.firstWords.contains(fold(index)) else { return nil }
        for length in stride(from: min(3, tokens.count - index), through: 1, by: -1) {
            let key = (index..<(index + length)).map(fold).joined(separator: " ")
            if let name = registry.keys[key] { return (name, length) }
        }
        return nil
    }

    /// A full name is found by itself, by its last word and, for longer names, by its last two words;
    /// a Chinese name by its first word (the family name).
    static func keys(for name: String, country: String?) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        var keys = [fold(name)]
        if country == "CN" || country == "TW" {
            keys.append(fold(words[0]))
            // Foreign papers sometimes take the given name for the family name: "a meeting with Qishan".
            if words.count == 2, words[1].count >= 4 { keys.append(fold(words[1])) }
        } else if words.count >= 2 {
            keys.append(fold(words[words.count - 1]))
            if words.count >= 3 { keys.append(fold(words.suffix(2).joined(separator: " "))) }
        }
        return keys
    }

    static func fold(_ text: String) -> String { Folding.fold(text) }
}
