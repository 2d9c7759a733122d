/// Ids derived from a fact's content, never from load order: `2023-10-25-cn-co`, `co-cn-2022-exports`.
enum FactIDs {
    static func slug(_ parts: [String]) -> String {
        parts.joined(separator: "-").lowercased().unicodeScalars.reduce(into: "") { result, scalar in
            if scalar.isLetter || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if result.last != "-" {
                result.append("-")
            }
        }.trimmingCharacters(in: "-")
    }

    static func date(_ date: PartialDate?) -> String { date?.description ?? "undated" }

    /// Gives each base id a unique form: the first keeps it, later ones get `-2`, `-3`, ... in the given order.
    static func uniqued(_ bases: [String]) -> [String] {
        var used: [String: Int] = [:]
        return bases.map { base in
            let count = used[base, default: 0] + 1
            used[base] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }
}

extension Array {
    /// The most frequent value (first seen wins a tie), ignoring nils.
    func mostCommon<Value: Hashable>(_ value: (Element) -> Value?) -> Value? {
        var counts: [Value: Int] = [:]
        var order: [Value] = []
        for element in self {
            guard let key = value(element) else { continue }
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
    }
}
