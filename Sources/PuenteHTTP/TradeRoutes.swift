import Hummingbird
import PuenteCore

/// `/v1/trade/figures` (filters `country`, `partner`, `year`, `indicator`, `min_confidence`) and `/v1/trade/balances`
/// (filters `country`, `partner`, `from`, `to`).
struct TradeRoutes<Context: RequestContext>: Sendable {
    let store: SnapshotStore

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("figures", use: figures)
        routes.get("balances", use: balances)
        return routes
    }

    @Sendable func balances(_ request: Request, context: Context) async throws -> Response {
        let list = try ListRequest(request), query = list.query
        let snapshot = store.snapshot
        let country = try query.country("country"), partner = try query.country("partner"), period = try query.period()
        let unfiltered = country == nil && partner == nil && period.isOpen
        return try list.answer(request, unfiltered: unfiltered, cached: snapshot.firstPages["/v1/trade/balances"]) {
            snapshot.balances.filter { row in
                (country.map { row.country == $0 } ?? true) && (partner.map { row.partner == $0 } ?? true)
                    && period.admits(PartialDate(year: row.year))
            }
        }
    }

    @Sendable func figures(_ request: Request, context: Context) async throws -> Response {
        let list = try ListRequest(request), query = list.query
        let snapshot = store.snapshot
        let country = try query.country("country"), partner = try query.country("partner")
        let year = try query.integer("year", in: 1800...2100)
        let indicator = try query.choice("indicator", TradeFigure.Indicator.allCases.map(\.rawValue))
        let minimum = try query.fraction("min_confidence")
        let unfiltered = country == nil && partner == nil && year == nil && indicator == nil && minimum == nil
        return try list.answer(request, unfiltered: unfiltered, cached: snapshot.firstPages["/v1/trade/figures"]) {
            snapshot.knowledgeBase.tradeFigures.filter { figure in
                (country.map { figure.country == $0 } ?? true) && (partner.map { figure.partner == $0 } ?? true)
                    && (year.map { figure.year == $0 } ?? true) && (indicator.map { figure.indicator.rawValue == $0 } ?? true)
                    && figure.confidence >= (minimum ?? 0)
            }
        }
    }
}
