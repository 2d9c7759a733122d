import Hummingbird
import PuenteCore

/// The query parameters of a request, read and validated: a bad value is a `Problem` naming the parameter.
struct QueryParameters {
    let values: [String: String]

    init(_ request: Request) throws(Problem) {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            if values[name] != nil { throw Problem.badParameter(name, String(value), expected: "given once") }
            values[name] = String(value)
        }
        self.values = values
    }

    /// A free-text value; an empty one is no filter.
    func string(_ name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A value that must have a form: present but empty is as wrong as any other bad value.
    private func typed(_ name: String) -> String? {
        values[name]
    }

    /// An ISO 3166-1 alpha-2 code in any case, returned upper-cased.
    func country(_ name: String) throws(Problem) -> String? {
        guard let value = typed(name) else { return nil }
        guard let code = CountryCode.normalized(value) else {
            throw .badParameter(name, value, expected: "an ISO 3166-1 alpha-2 country code such as CO or cn")
        }
        return code
    }

    func date(_ name: String) throws(Problem) -> PartialDate? {
        guard let value = typed(name) else { return nil }
        guard let date = PartialDate(value) else { throw .badParameter(name, value, expected: "a date YYYY, YYYY-MM or YYYY-MM-DD") }
        return date
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws(Problem) -> Int? {
        guard let value = typed(name) else { return nil }
        guard value.count <= 12, let number = Int(value), range.contains(number) else {
            throw .badParameter(name, value, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func choice(_ name: String, _ allowed: [String]) throws(Problem) -> String? {
        guard let value = typed(name) else { return nil }
        guard allowed.contains(value) else { throw .badParameter(name, value, expected: "one of \(allowed.joined(separator: ", "))") }
        return value
    }

    func page() throws(Problem) -> Page {
        Page(limit: try integer("limit", in: 1...Page.maximumLimit) ?? Page.defaultLimit, offset: try integer("offset", in: 0...Page.maximumOffset) ?? 0)
    }

    /// The dates a `from`/`to` pair admits; a fact's date matches when the two overlap. A window that ends before
    /// it starts admits nothing.
    func period() throws(Problem) -> Period {
        Period(from: try date("from"), to: try date("to"))
    }
}

/// Country codes as clients write them.
enum CountryCode {
    static func normalized(_ value: String) -> String? {
        let upper = value.uppercased()
        guard upper.count == 2, upper.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        return upper
    }
}

/// A slice of a list: at most `limit` items after the first `offset`.
struct Page: Sendable, Equatable {
    static let defaultLimit = 100
    static let maximumLimit = 1000
    static let maximumOffset = 1_000_000_000
    let limit: Int
    let offset: Int

    static let first = Page(limit: defaultLimit, offset: 0)
}

/// A window of dates from a query; nil ends are open.
struct Period: Sendable {
    let from: PartialDate?
    let to: PartialDate?

    var isOpen: Bool { from == nil && to == nil }

    func admits(_ date: PartialDate?) -> Bool {
        guard !isOpen else { return true }
        guard let date else { return false }
        if let from, date.lastDay < from.firstDay { return false }
        if let to, date.firstDay > to.lastDay { return false }
        return true
    }
}
