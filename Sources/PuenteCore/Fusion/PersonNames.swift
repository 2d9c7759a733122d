import Foundation

/// One person written several ways: with or without accents, middle names, maternal surnames or first names
/// ("Inácio" and "Inacio", "Dina Boluarte" and "Dina Ercilia Boluarte Zegarra", "Lula" and "Luiz Inácio Lula da
/// Silva", "Xi" and "Xi Jinping"). A name is another's spelling when its words are among the other's; it is given
/// to the fullest name that holds it, and only when exactly one does.
enum PersonNames {
    static let particles: Set<String> = ["da", "de", "do", "dos", "das", "del", "la", "y", "e", "van", "von"]

    /// The words that identify a name, folded: accents and case removed, particles left out.
    static func words(_ name: String) -> Set<String> {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let parts = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return Set(parts.filter { !particles.contains($0) })
    }

    /// True when `name`, under some spelling, is one of `names`.
    static func isAmong(_ name: String, _ names: [String]) -> Bool {
        let map = canonical(names + [name])
        return names.contains { map[$0] == map[name] }
    }

    /// Each name mapped to the name it is a spelling of (itself when it is the fullest).
    static func canonical(_ names: [String]) -> [String: String] {
        // Names with the same words ("Inácio", "Inacio") are one; the first written stands for them.
        var representative: [Set<String>: String] = [:]
        for name in names.uniqued() where representative[words(name)] == nil { representative[words(name)] = name }
        let unique = names.uniqued().filter { representative[words($0)] == $0 }
        let sets = Dictionary(uniqueKeysWithValues: unique.map { ($0, words($0)) })
        var result: [String: String] = [:]
        for name in unique {
            let own = sets[name]!
            let holders = unique.filter { other in
                other != name && !own.isEmpty && own.isSubset(of: sets[other]!) && (own != sets[other]! || other.count > name.count
                    || (other.count == name.count && other > name))
            }
            let fullest = holders.filter { holder in !holders.contains { $0 != holder && sets[holder]!.isSubset(of: sets[$0]!) && sets[holder]! != sets[$0]! } }
            result[name] = fullest.count == 1 ? fullest[0] : name
        }
        // Follow chains ("Lula" -> "Lula da Silva" -> "Luiz Inácio Lula da Silva").
        for name in unique {
            var target = result[name]!
            while let next = result[target], next != target { target = next }
            result[name] = target
        }
        for name in names where result[name] == nil { result[name] = result[representative[words(name)]!] }
        return result
    }
}
