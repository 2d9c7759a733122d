import Testing
@testable import PuenteHTTP

/// Query strings decoded strictly: what a client can send by mistake or on purpose, and what Puente reads of it.
@Suite struct QueryParametersTests {
    static let readable: [(query: String, values: [String: String])] = [
        ("", [:]),
        ("country=CO", ["country": "CO"]),
        ("q=beef+protocol&limit=5", ["q": "beef protocol", "limit": "5"]),
        ("participant=Jos%C3%A9%20Mujica", ["participant": "José Mujica"]),
        ("q=caf%c3%a9", ["q": "café"]),
        ("to=&&from=2023", ["to": "", "from": "2023"]),
        ("flag", ["flag": ""]),
        ("q=a%3Db%26c", ["q": "a=b&c"]),
    ]

    @Test(arguments: readable)
    func decodes(_ row: (query: String, values: [String: String])) throws {
        #expect(try QueryParameters.decode(row.query) == row.values)
    }

    static let refused: [(query: String, parameter: String?)] = [
        ("participant=a%00b", "participant"),
        ("participant=%zz", "participant"),
        ("participant=%4", "participant"),
        ("participant=%+4", "participant"),
        ("participant=%ff%fe", "participant"),
        ("participant=%C3", "participant"),
        ("q=line%0Abreak", "q"),
        ("q=del%7F", "q"),
        ("%zz=1", nil),
        ("limit=5&limit=6", "limit"),
        ((0..<33).map { "p\($0)=1" }.joined(separator: "&"), nil),
        ((0..<5000).map { "p\($0)=1" }.joined(separator: "&"), nil),
    ]

    @Test(arguments: refused)
    func refuses(_ row: (query: String, parameter: String?)) {
        #expect(throws: Problem.self, "\(row.query.prefix(60))") { try QueryParameters.decode(row.query) }
        do {
            _ = try QueryParameters.decode(row.query)
        } catch {
            #expect(error.status == .badRequest)
            #expect(error.parameter == row.parameter)
        }
    }
}
