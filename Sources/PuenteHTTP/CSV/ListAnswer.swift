import HTTPTypes
import Hummingbird
import PuenteCore

/// What a list endpoint serves: an item it can write as JSON and as a CSV row.
typealias ListItem = Encodable & CSVRecord

/// A request to a list endpoint: its parameters, the page asked for and the format to answer in.
struct ListRequest {
    let query: QueryParameters
    let page: Page
    let format: ListFormat

    init(_ request: Request) throws(Problem) {
        query = try QueryParameters(request)
        page = try query.page()
        format = try ListFormat(request, query: query)
    }

    /// The page of `items()` in the format asked for; the first page of an unfiltered list comes from `cached`, so
    /// the items are neither filtered nor encoded again.
    func answer<Item: ListItem>(_ request: Request, unfiltered: Bool, cached: CachedList?, items: () -> [Item]) throws -> Response {
        if unfiltered, page == .first, let cached { return cached.body(format).response(to: request) }
        return try ListEncoding.body(items(), page: page, format: format).response(to: request)
    }
}

/// The first page of an unfiltered list in both formats, encoded and compressed once per snapshot.
struct CachedList: Sendable {
    let json: EncodedBody
    let csv: EncodedBody

    init<Item: ListItem>(_ items: [Item]) throws {
        json = try ListEncoding.body(items, page: .first, format: .json, precompress: true)
        csv = try ListEncoding.body(items, page: .first, format: .csv, precompress: true)
    }

    func body(_ format: ListFormat) -> EncodedBody { format == .json ? json : csv }
}

enum ListEncoding {
    static let totalCount = HTTPField.Name("X-Total-Count")!

    /// A page of `items`: `{"items", "total", "limit", "offset"}` in JSON, or a header row and one row per item in
    /// CSV. Both carry the list's length before paging in `X-Total-Count`.
    static func body<Item: ListItem>(_ items: [Item], page: Page, format: ListFormat, precompress: Bool = false) throws -> EncodedBody {
        var headers: HTTPFields = [.cacheControl: "public, max-age=60", .vary: "Accept, Accept-Encoding", totalCount: String(items.count)]
        switch format {
        case .json:
            headers[.contentType] = "application/json"
            return try EncodedBody(encoding: ListBody(items, page: page), headers: headers, precompress: precompress)
        case .csv:
            headers[.contentType] = "text/csv; charset=utf-8; header=present"
            headers[.contentDisposition] = "attachment; filename=\"\(Item.csvName).csv\""
            let rows = items.dropFirst(page.offset).prefix(page.limit).map(\.csvValues)
            return EncodedBody(CSVWriter.table(columns: Item.csvColumns, rows: rows), headers: headers, precompress: precompress)
        }
    }
}
