/// An amount of money as written: `amount` in units of `currency` (ISO 4217), and whether the text
/// gave it as exact or hedged it ("about", "more than", "less than").
public struct Money: Sendable, Hashable, Codable {
    public enum Qualifier: String, Sendable, Codable {
        case exact, about
        case moreThan = "more_than"
        case lessThan = "less_than"
    }

    public var amount: Double
    public var currency: String
    public var qualifier: Qualifier

    public init(amount: Double, currency: String, qualifier: Qualifier) {
        self.amount = amount
        self.currency = currency
        self.qualifier = qualifier
    }
}
