/// Titles that introduce a person ("President", "Foreign Minister", "head of state"), written as they appear
/// before a name, with the form Puente reports.
enum RoleLexicon {
    static let roles: [String] = [
        "President", "Vice President", "Vice-President", "President-elect", "Prime Minister", "Premier", "Chancellor",
        "Foreign Minister", "Minister of Foreign Affairs", "Foreign Affairs Minister", "Trade Minister", "Minister of Trade",
        "Commerce Minister", "Minister of Commerce", "Economy Minister", "Minister of Economy", "Finance Minister",
        "Minister of Finance", "Agriculture Minister", "Minister of Agriculture", "Energy Minister", "Minister of Energy",
        "Mines Minister", "Defence Minister", "Defense Minister", "Minister", "Deputy Minister", "Vice Minister",
        "Vice Foreign Minister", "Ambassador", "Secretary of State", "Secretary", "Secretary-General", "General Secretary",
        "State Councilor", "State Councillor", "Leader", "King", "Queen", "Governor", "Mayor", "Senator", "Chairman",
        "Chairwoman", "Chair", "Speaker", "Spokesperson", "Spokesman", "Spokeswoman", "Envoy", "Special Envoy",
        "Head of State", "Emir", "Ambassador to China", "Chief Executive", "CEO",
        "Vice Premier", "Vice-Premier", "Executive Vice Premier", "Deputy Prime Minister", "Vice Chairman", "Vice Chairwoman",
        "Minister of Culture and Tourism", "Minister of Culture", "Tourism Minister", "Minister of Tourism", "Health Minister",
        "Minister of Health", "Minister of Production", "Minister of Foreign Trade", "Foreign Trade Minister",
        "Director", "Administrator", "Head", "Commissioner", "Special Representative",
        "Adviser", "Advisor", "Special Adviser", "Special Advisor", "Chief Adviser", "Chief Advisor", "Presidential Adviser",
    ]

    static let table: PhraseTable<String> = PhraseTable(roles.map { ($0, canonical($0)) })

    /// "Vice-President" and "vice president" are reported as "Vice President".
    static func canonical(_ role: String) -> String {
        role.replacingHyphens().split(separator: " ").map { word in
            ["of", "to"].contains(word.lowercased()) ? word.lowercased() : word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// Words that may come before a role and belong to it ("former", "outgoing").
    static let modifiers: Set<String> = ["former", "ex", "outgoing", "incoming", "then", "late", "acting", "interim"]
}

extension String {
    func replacingHyphens() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
