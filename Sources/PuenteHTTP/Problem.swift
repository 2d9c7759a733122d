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

    public static func notFound(_ what: String) -> Problem {
        Problem(status: .notFound, title: "Not found", detail: "\(what) does not exist.", parameter: nil)
    }

    public static func methodNotAllowed(_ method: HTTPRequest.Method, path: String, allow: String) -> Problem {
        Problem(status: .methodNotAllowed, title: "Method not allowed",
                detail: "\(path) answers \(allow), not \(method.rawValue).", parameter: nil, allow: allow)
    }

    struct Body: Encodable {
        let type: String
        let title: String
        let status: Int
        let detail: String
        let instance: String
        let parameter: String?
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(type: "about:blank", title: title, status: Int(status.code), detail: detail,
                        instance: request.uri.path, parameter: parameter)
        var headers: HTTPFields = [.contentType: "application/problem+json", .cacheControl: "no-store"]
        if let allow { headers[.allow] = allow }
        let bytes = try JSONFormat.encoder().encode(body)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
