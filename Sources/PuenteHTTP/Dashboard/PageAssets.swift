import Foundation
import HTTPTypes
import Hummingbird

/// The dashboard's files, encoded once at start-up: its page, stylesheet and script (built into Puente) and Chart.js,
/// read from a directory of the system's packages. The page links each asset with its content hash in the URL, so
/// assets can be cached for a year and a new build is still fetched at once.
public struct PageAssets: Sendable {
    /// The file names tried for Chart.js, in order: the minified UMD build first.
    static let chartFiles = ["chart.min.js", "chart.umd.js", "chart.js"]
    /// Where Debian's `libjs-chart.js` installs Chart.js.
    public static let defaultDirectory = "/usr/share/javascript/chart.js"
    static let maximumChartSize = 8 << 20

    let page: EncodedBody
    let stylesheet: EncodedBody
    let script: EncodedBody
    /// Nil when the assets directory holds no Chart.js; the page then shows tables only.
    let chart: EncodedBody?
    /// Where Chart.js was read from, or why it was not.
    let chartSource: Result<String, ChartUnavailable>

    struct ChartUnavailable: Error, CustomStringConvertible {
        let directory: String
        var description: String {
            "no \(PageAssets.chartFiles.joined(separator: ", ")) in \(directory); the dashboard shows tables without charts "
                + "(install Debian's libjs-chart.js or set PUENTE_ASSETS_DIR)"
        }
    }

    init(chartDirectory: String) {
        stylesheet = Self.asset(PackageResources.dashboard_css, type: "text/css; charset=utf-8")
        script = Self.asset(PackageResources.dashboard_js, type: "text/javascript; charset=utf-8")
        let found = Self.readChart(in: chartDirectory)
        chart = found.map { Self.asset($0.bytes, type: "text/javascript; charset=utf-8") }
        chartSource = found.map { .success($0.path) } ?? .failure(ChartUnavailable(directory: chartDirectory))
        var scripts = chart.map { [Self.scriptTag("/assets/chart.js", $0)] } ?? []
        scripts.append(Self.scriptTag("/assets/dashboard.js", script))
        let html = String(decoding: PackageResources.index_html, as: UTF8.self)
            .replacingOccurrences(of: "{{stylesheet}}", with: "/assets/dashboard.css?v=\(stylesheet.version)")
            .replacingOccurrences(of: "{{scripts}}", with: scripts.joined(separator: "\n"))
            .replacingOccurrences(of: "{{charts}}", with: chart == nil ? "unavailable" : "available")
        page = EncodedBody(Data(html.utf8), headers: Self.pageHeaders, precompress: true)
    }

    private static func scriptTag(_ path: String, _ body: EncodedBody) -> String {
        "<script src=\"\(path)?v=\(body.version)\" defer></script>"
    }

    /// The first Chart.js file of the directory that is a readable regular file of a sane size.
    private static func readChart(in directory: String) -> (path: String, bytes: [UInt8])? {
        for name in chartFiles {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let size = attributes[.size] as? Int, size > 0, size <= maximumChartSize,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            return (path, [UInt8](data))
        }
        return nil
    }

    private static func asset(_ bytes: [UInt8], type: String) -> EncodedBody {
        var headers = assetHeaders
        headers[.contentType] = type
        return EncodedBody(Data(bytes), headers: headers, precompress: true)
    }

    /// Assets are addressed by content, so a year of caching is safe.
    private static let assetHeaders: HTTPFields = [
        .cacheControl: "public, max-age=31536000, immutable", .vary: "Accept-Encoding", .xContentTypeOptions: "nosniff",
    ]

    /// The page itself is revalidated on each visit (its ETag makes that a 304), and may load only its own assets.
    private static let pageHeaders: HTTPFields = [
        .contentType: "text/html; charset=utf-8", .cacheControl: "no-cache", .vary: "Accept-Encoding",
        .xContentTypeOptions: "nosniff", .referrerPolicy: "no-referrer",
        .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ]
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}

extension EncodedBody {
    /// The content hash of the body, for asset URLs.
    var version: String { String(etag.dropFirst().dropLast()) }
}
