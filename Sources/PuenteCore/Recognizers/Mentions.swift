/// A country named in a sentence, by name, alias, demonym or capital.
struct CountryMention: Sendable {
    let tokens: Range<Int>
    let code: String
    let viaCapital: Bool
    /// "Chinese", "Peruvian": the adjective, not the country's name.
    var isDemonym = false
    /// True when the name is part of an organisation's name ("China Media Group").
    var inOrganization = false
}

/// An organisation named in a sentence, with the country its name points to, if any.
struct OrganizationMention: Sendable {
    let tokens: Range<Int>
    let name: String
}

/// A person named in a sentence, resolved to the document's record of that person.
struct PersonMention: Sendable {
    let tokens: Range<Int>
    var name: String
    var country: String?
    var role: String?
}

/// A date written in a sentence, resolved against the document's publication date.
struct DateMention: Sendable {
    enum Kind: Sendable { case absolute, relative, yearsBefore(Int) }
    let tokens: Range<Int>
    let date: PartialDate
    let kind: Kind

    /// "five years earlier": a date counted back from another, a baseline rather than when something happened.
    var countsBack: Bool {
        if case .yearsBefore = kind { return true }
        return false
    }

    /// "in 2021", "on May 14": written out, not read from "last year" or "on Wednesday".
    var isAbsolute: Bool {
        if case .absolute = kind { return true }
        return false
    }
}

/// An amount of money written in a sentence.
struct MoneyMention: Sendable {
    let tokens: Range<Int>
    let money: Money
}

/// A percentage written in a sentence ("almost 20%").
struct PercentMention: Sendable {
    let tokens: Range<Int>
    let value: Double
    let qualifier: Money.Qualifier
}
