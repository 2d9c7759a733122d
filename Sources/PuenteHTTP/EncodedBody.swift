import Foundation
import Hummingbird
import PuenteCore

/// A JSON response body encoded once, with its strong ETag (a hash of the bytes).
struct EncodedBody: Sendable {
    let bytes: ByteBuffer
    let etag: String

    init(_ data: Data) {
        bytes = ByteBuffer(bytes: data)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        etag = "\"\(String(hash, radix: 16))-\(data.count)\""
    }

    init(encoding value: some Encodable) throws {
        self.init(try JSONFormat.encoder().encode(value))
    }

    /// 200 with the body, or 304 when the client already holds these bytes.
    func response(to request: Request) -> Response {
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "public, max-age=60"]
        if let held = request.headers[.ifNoneMatch], Self.matches(held, etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: bytes))
    }

    static func matches(_ ifNoneMatch: String, _ etag: String) -> Bool {
        ifNoneMatch.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == etag || trimmed == "W/" + etag
        }
    }
}

/// A page of a list: `{"items": [...], "total", "limit", "offset"}`.
struct ListBody<Item: Encodable>: Encodable {
    let items: [Item]
    let total: Int
    let limit: Int
    let offset: Int

    init(_ all: [Item], page: Page) {
        items = Array(all.dropFirst(page.offset).prefix(page.limit))
        total = all.count
        limit = page.limit
        offset = page.offset
    }
}
