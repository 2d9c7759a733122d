/// One country's trade with one partner in one year, assembled from its trade figures: exports, imports and
/// balance, a value derived from the other two where the articles give only two, and the places sources disagree.
public struct TradeBalance: Sendable, Encodable {
    /// A value of the row, read from a figure or derived from the other two.
    public struct Value: Sendable, Encodable {
        public let amount: Double?
        public let currency: String?
        public let qualifier: Money.Qualifier?
        public let sign: String?
        public let derived: Bool
    }

    /// Figures for the same indicator that give different values.
    public struct Conflict: Sendable, Encodable {
        public let indicator: TradeFigure.Indicator
        public let figures: [String]
    }

    public let country: String
    public let partner: String
    public let year: Int
    public let exports: Value?
    public let imports: Value?
    public let balance: Value?
    public let figures: [String]
    public let conflicts: [Conflict]

    /// One row per country, partner and year, ordered by year, country, partner.
    public static func rows(from figures: [TradeFigure]) -> [TradeBalance] {
        let groups = Dictionary(grouping: figures.filter { $0.indicator != .total }) { "\($0.country)|\($0.partner)|\($0.year)" }
        return groups.values.map(row).sorted { ($0.year, $0.country, $0.partner) < ($1.year, $1.country, $1.partner) }
    }

    private static func row(_ figures: [TradeFigure]) -> TradeBalance {
        func pick(_ indicator: TradeFigure.Indicator) -> TradeFigure? {
            let matching = figures.filter { $0.indicator == indicator }
            return matching.first { $0.value != nil } ?? matching.first
        }
        var exports = pick(.exports).map(read), imports = pick(.imports).map(read), balance = pick(.balance).map(read)
        if balance == nil || balance?.amount == nil, let derived = difference(exports, imports) {
            balance = derived.signed(balance?.sign ?? derived.amount.map(sign(of:)))
        }
        if imports == nil, let derived = difference(exports, balance) { imports = derived }
        if exports == nil, let derived = sum(imports, balance) { exports = derived }
        let conflicts = TradeFigure.Indicator.allCases.compactMap { indicator -> Conflict? in
            let valued = figures.filter { $0.indicator == indicator && $0.value != nil }
            return Set(valued.map { $0.value!.amount }).count > 1 ? Conflict(indicator: indicator, figures: valued.map(\.id).sorted()) : nil
        }
        let first = figures[0]
        return TradeBalance(country: first.country, partner: first.partner, year: first.year, exports: exports, imports: imports,
                            balance: balance, figures: figures.map(\.id).sorted(), conflicts: conflicts)
    }

    /// A figure's value; only a balance has a sign ("surplus" or "deficit"), exports and imports do not.
    private static func read(_ figure: TradeFigure) -> Value {
        let sign = figure.indicator == .balance ? figure.sign ?? figure.value.map { Self.sign(of: $0.amount) } : nil
        return Value(amount: figure.value?.amount, currency: figure.value?.currency, qualifier: figure.value?.qualifier,
                     sign: sign, derived: false)
    }

    private static func sign(of balance: Double) -> String { balance < 0 ? "deficit" : "surplus" }

    /// `a − b` when both are known amounts in one currency.
    private static func difference(_ a: Value?, _ b: Value?) -> Value? {
        guard let a, let b, let x = a.amount, let y = b.amount, a.currency == b.currency else { return nil }
        return Value(amount: x - y, currency: a.currency, qualifier: combined(a.qualifier, b.qualifier), sign: nil, derived: true)
    }

    private static func sum(_ a: Value?, _ b: Value?) -> Value? {
        guard let a, let b, let x = a.amount, let y = b.amount, a.currency == b.currency else { return nil }
        return Value(amount: x + y, currency: a.currency, qualifier: combined(a.qualifier, b.qualifier), sign: nil, derived: true)
    }

    /// Exact only when both parts are exact.
    private static func combined(_ a: Money.Qualifier?, _ b: Money.Qualifier?) -> Money.Qualifier {
        a == .exact && b == .exact ? .exact : .about
    }
}

extension TradeBalance.Value {
    func signed(_ sign: String?) -> Self {
        Self(amount: amount, currency: currency, qualifier: qualifier, sign: sign, derived: derived)
    }

    enum CodingKeys: String, CodingKey { case amount, currency, qualifier, sign, derived }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(amount, forKey: .amount)
        try container.encode(currency, forKey: .currency)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(sign, forKey: .sign)
        try container.encode(derived, forKey: .derived)
    }
}

extension TradeBalance {
    enum CodingKeys: String, CodingKey { case country, partner, year, exports, imports, balance, figures, conflicts }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(country, forKey: .country)
        try container.encode(partner, forKey: .partner)
        try container.encode(year, forKey: .year)
        try container.encode(exports, forKey: .exports)
        try container.encode(imports, forKey: .imports)
        try container.encode(balance, forKey: .balance)
        try container.encode(figures, forKey: .figures)
        try container.encode(conflicts, forKey: .conflicts)
    }
}
