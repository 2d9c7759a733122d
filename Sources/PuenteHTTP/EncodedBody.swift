import CompressNIO
import Foundation
import Hummingbird
import PuenteCore

/// A response body encoded once (JSON unless `headers` say otherwise), with its strong ETag (a hash of the bytes)
/// and, for a body kept for many requests, its gzip form made once too.
struct EncodedBody: Sendable {
    static let compressionThreshold = 1024

    let bytes: ByteBuffer
    let etag: String
    let gzipped: ByteBuffer?
    /// Content-Type, Cache-Control, Vary and any other header of a 200.
    let headers: HTTPFields

    init(_ data: Data, headers: HTTPFields = .json, precompress: Bool = false) {
        bytes = ByteBuffer(bytes: data)
        self.headers = headers
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        etag = "\"\(String(hash, radix: 16))-\(data.count)\""
        gzipped = precompress ? Self.gzip(bytes) : nil
    }

    init(encoding value: some Encodable, headers: HTTPFields = .json, precompress: Bool = false) throws {
        self.init(try JSONFormat.encoder().encode(value), headers: headers, precompress: precompress)
    }

    /// 200 with the body (gzipped when the client accepts it and it is worth it), or 304 when the client already
    /// holds this representation.
    func response(to request: Request) -> Response {
        let compressed = Self.acceptsGzip(request.headers[.acceptEncoding]) ? (gzipped ?? Self.gzip(bytes)) : nil
        let tag = compressed == nil ? etag : String(etag.dropLast()) + "-gzip\""
        var headers = self.headers
        headers[.eTag] = tag
        if let held = request.headers[.ifNoneMatch], Self.matches(held, tag) {
            headers[.contentType] = nil
            headers[.contentDisposition] = nil
            return Response(status: .notModified, headers: headers)
        }
        if compressed != nil { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: compressed ?? bytes))
    }

    static func matches(_ ifNoneMatch: String, _ etag: String) -> Bool {
        ifNoneMatch.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == etag || trimmed == "W/" + etag
        }
    }

    /// The gzip form of a body over the threshold; nil for a small one or if compression fails.
    static func gzip(_ bytes: ByteBuffer) -> ByteBuffer? {
        guard bytes.readableBytes > compressionThreshold else { return nil }
        var source = bytes
        return try? source.compress(with: .gzip())
    }

    /// True when `Accept-Encoding` lists gzip (or `*`) without `q=0`.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        return WeightedValue.list(header).contains { ($0.value == "gzip" || $0.value == "*") && $0.quality > 0 }
    }
}

extension HTTPFields {
    /// The headers of a JSON answer that may be cached for a minute.
    static let json: HTTPFields = [.contentType: "application/json", .cacheControl: "public, max-age=60", .vary: "Accept-Encoding"]
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
