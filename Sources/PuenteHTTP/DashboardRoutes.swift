import Hummingbird

/// `/`: the dashboard page, and `/assets/...`: its stylesheet, script and Chart.js.
struct DashboardRoutes<Context: RequestContext>: Sendable {
    let assets: PageAssets

    func register(on router: Router<Context>) {
        router.get("/") { [assets] request, _ in assets.page.response(to: request) }
        router.get("assets/dashboard.css") { [assets] request, _ in assets.stylesheet.response(to: request) }
        router.get("assets/dashboard.js") { [assets] request, _ in assets.script.response(to: request) }
        router.get("assets/chart.js") { [assets] request, _ in
            guard let chart = assets.chart else {
                throw Problem(status: .notFound, title: "Not found",
                              detail: "Chart.js is not installed on this server: install Debian's libjs-chart.js or set PUENTE_ASSETS_DIR to a directory holding chart.min.js.",
                              parameter: nil)
            }
            return chart.response(to: request)
        }
    }
}
