import Testing
@testable import PuenteCore

/// Balance rows assemble a year's figures, derive the missing one, and show where sources disagree.
@Suite struct TradeBalanceTests {
    func figure(_ indicator: TradeFigure.Indicator, _ amount: Double?, id: String? = nil) -> TradeFigure {
        TradeFigure(id: id ?? "pe-cn-2023-\(indicator.rawValue)", country: "PE", partner: "CN", year: 2023, indicator: indicator,
                    value: amount.map { Money(amount: $0, currency: "USD", qualifier: .exact) }, sign: nil, change: nil, sources: [], confidence: 0, evidence: [])
    }

    @Test func theBalanceIsDerivedFromExportsAndImports() throws {
        let rows = TradeBalance.rows(from: [figure(.exports, 23.4e9), figure(.imports, 12.1e9)])
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row.balance?.derived == true)
        #expect(row.balance?.amount == 11.3e9)
        #expect(row.balance?.sign == "surplus")
        #expect(row.exports?.derived == false)
        #expect(row.exports?.sign == nil && row.imports?.sign == nil)
    }

    @Test func differentValuesForOneIndicatorAreAConflict() throws {
        let rows = TradeBalance.rows(from: [figure(.exports, 20e9, id: "a"), figure(.exports, 21e9, id: "b")])
        #expect(rows.first?.conflicts.first?.figures == ["a", "b"])
        #expect(rows.first?.balance == nil)
    }

    @Test func aDeficitWithoutAmountKeepsItsSign() throws {
        var deficit = figure(.balance, nil)
        deficit = TradeFigure(id: deficit.id, country: "PE", partner: "CN", year: 2023, indicator: .balance, value: nil, sign: "deficit", change: nil, sources: [], confidence: 0, evidence: [])
        let row = try #require(TradeBalance.rows(from: [deficit]).first)
        #expect(row.balance?.sign == "deficit" && row.balance?.amount == nil)
    }
}
