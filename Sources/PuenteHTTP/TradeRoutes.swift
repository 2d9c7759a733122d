import Hummingbird
import PuenteCore

/// `/v1/trade/figures` (filters `country`, `partner`, `year`, `indicator`) and `/v1/trade/balances`
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
        let query = try QueryParameters(request)
        let snapshot = store.snapshot
        let page = try query.page()
        let country = try query.country("country"), partner = try query.country("partner"), period = try query.period()
        if country == nil, partner == nil, period.isOpen, page == .first, let body = snapshot.firstPages["/v1/trade/balances"] {
            return body.response(to: request)
        }
        let rows = snapshot.balances.filter { row in
            (country.map { row.country == $0 } ?? true) && (partner.map { row.partner == $0 } ?? true) && period.admits(PartialDate(year: row.year))
        }
        return try EncodedBody(encoding: ListBody(rows, page: page)).response(to: request)
    }

    @Sendable func figures(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request)
        let snapshot = store.snapshot
        let page = try query.page()
        let country = try query.country("country"), partner = try query.country("partner")
        let year = try query.integer("year", in: 1800...2100)
        let indicator = try query.choice("indicator", TradeFigure.Indicator.allCases.map(\.rawValue))
        if country == nil, partner == nil, year == nil, indicator == nil, page == .first, let body = snapshot.firstPages["/v1/trade/figures"] {
            return body.response(to: request)
        }
        let figures = snapshot.knowledgeBase.tradeFigures.filter { figure in
            (country.map { figure.country == $0 } ?? true) && (partner.map { figure.partner == $0 } ?? true)
                && (year.map { figure.year == $0 } ?? true) && (indicator.map { figure.indicator.rawValue == $0 } ?? true)
        }
        return try EncodedBody(encoding: ListBody(figures, page: page)).response(to: request)
    }
}
