import Foundation
import Hummingbird
import PuenteCore

/// An error a client can fix, answered as RFC 9457 `application/problem+json` with the status it deserves.
public struct Problem: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let title: String
    public let detail: String
    /// The query or path parameter at fault, when there is one.
    public let parameter: String?
    public var allow: String?

    public static func badParameter(_ name: String, _ value: String, expected: String) -> Problem {
        Problem(status: .badRequest, title: "Invalid parameter",
                detail: "Parameter '\(name)' has the value '\(value)', but it must be \(expected).", parameter: name)
    }

    /// A query that cannot be read at all, before any one parameter is at fault.
    public static func badQuery(_ detail: String) -> Problem {
        Problem(status: .badRequest, title: "Invalid query", detail: detail, parameter: nil)
    }

    public static func notFound(_ what: String) -> Problem {
        Problem(status: .notFound, title: "Not found", detail: "\(what) does not exist.", parameter: nil)
    }

    public static func methodNotAllowed(_ method: HTTPRequest.Method, path: String, allow: String) -> Problem {
        Problem(status: .methodNotAllowed, title: "Method not allowed",
                detail: "\(path) answers \(allow), not \(method.rawValue).", parameter: nil, allow: allow)
    }

    /// A request body on this read-only API, past the little Puente tolerates.
    static func bodyTooLarge(limit: Int) -> Problem {
        Problem(status: .contentTooLarge, title: "Request body too large",
                detail: "This API reads no request body; Puente refuses bodies over \(limit) bytes.", parameter: nil)
    }

    /// A request line or headers past the decoder's limits.
    static var headTooLarge: Problem {
        Problem(status: .requestHeaderFieldsTooLarge, title: "Request head too large",
                detail: "The request line or headers exceed Puente's limits; send a shorter URL and fewer, smaller headers.",
                parameter: nil)
    }

    struct Body: Encodable {
        let type: String
        let title: String
        let status: Int
        let detail: String
        let instance: String?
        let parameter: String?
    }

    /// The problem+json document; `instance` is the path of the request, when it is known.
    func body(instance: String?) -> ByteBuffer {
        let body = Body(type: "about:blank", title: title, status: Int(status.code), detail: detail, instance: instance,
                        parameter: parameter)
        return ByteBuffer(bytes: (try? JSONFormat.encoder().encode(body)) ?? Data(detail.utf8))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/problem+json", .cacheControl: "no-store"]
        if let allow { headers[.allow] = allow }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body(instance: request.uri.path)))
    }
}
