import Foundation

/// Finds organisations: runs of capitalised words that contain an organisation word ("Company", "Ministry",
/// "Group", "Forum", ...), with an acronym in brackets after them, and well-known acronyms on their own.
struct OrganizationRecognizer: Sendable {
    static let headWords: Set<String> = [
        "company", "corporation", "corp", "group", "inc", "ltd", "bank", "ministry", "ministries", "agency", "council",
        "forum", "organization", "organisation", "commission", "initiative", "fund", "university", "party",
        "association", "consortium", "office", "administration", "authority", "institute", "exchange", "holdings",
        "airlines", "railway", "railways", "television", "radio", "network", "committee", "congress", "senate",
        "assembly", "community", "union", "chamber", "federation", "department", "embassy", "bureau", "court",
        "cooperation", "summit", "mining", "energy", "telecom", "motors", "media",
    ]
    static let connectors: Set<String> = ["of", "and", "for", "the", "de", "del", "&", "-", "on"]
    static let knownAcronyms: Set<String> = [
        "CELAC", "Celac", "Mercosur", "MERCOSUR", "APEC", "G20", "BRICS", "WTO", "IMF", "OAS", "ECLAC", "CEPAL", "UN",
        "Xinhua", "Reuters", "CGTN", "CCTV", "Huawei", "BYD", "COSCO", "Sinopec", "CNPC", "Petrobras", "PetroChina",
        "CHEC", "CCECC", "RTVC", "ASEAN", "NATO", "EU", "IDB", "AIIB", "CAF", "Bombardier",
    ]

    func mentions(in tokens: [Token]) -> [OrganizationMention] {
        var result: [OrganizationMention] = []
        var index = 0
        while index < tokens.count {
            let run = capitalisedRun(tokens, from: index)
            if let organization = organization(in: tokens, run: run) {
                result.append(organization)
                index = organization.tokens.upperBound
            } else if tokens[index].isCapitalized, Self.knownAcronyms.contains(tokens[index].text) {
                result.append(OrganizationMention(tokens: index..<(index + 1), name: tokens[index].text))
                index += 1
            } else {
                index = max(index + 1, run.upperBound)
            }
        }
        return result
    }

    private func capitalisedRun(_ tokens: [Token], from start: Int) -> Range<Int> {
        guard tokens[start].isCapitalized || tokens[start].kind == .number && start > 0 else { return start..<start }
        var end = start
        while end < tokens.count {
            let token = tokens[end]
            if token.isCapitalized || (token.kind == .number && end > start) { end += 1; continue }
            if Self.connectors.contains(token.lower), end + 1 < tokens.count, tokens[end + 1].isCapitalized, end > start { end += 1; continue }
            break
        }
        return start..<end
    }

    private func organization(in tokens: [Token], run fullRun: Range<Int>) -> OrganizationMention? {
        var run = fullRun
        if let split = run.first(where: { tokens[$0].lower == "and" && $0 > run.lowerBound && Self.headWords.contains(tokens[$0 - 1].lower) }),
           tokens[(split + 1)..<run.upperBound].contains(where: { Self.headWords.contains($0.lower) }) {
            run = run.lowerBound..<split
        }
        guard run.count >= 2, let head = run.lastIndex(where: { Self.headWords.contains(tokens[$0].lower) }) else { return nil }
        var start = run.lowerBound
        if tokens[start].lower == "the" { start += 1 }
        var end = run.upperBound
        if end + 2 < tokens.count, tokens[end].isPunctuation("("), tokens[end + 1].isAllCaps, tokens[end + 2].isPunctuation(")") {
            end += 3
        }
        guard head >= start, end - start >= 2 else { return nil }
        let name = tokens[start..<run.upperBound].map(\.text).joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
        return OrganizationMention(tokens: start..<end, name: name)
    }
}
