import Foundation
import Testing
@testable import PuenteHTTP

@Suite struct LogLineHandlerTests {
    @Test func timestampsAreUTCWithMilliseconds() throws {
        let stamp = LogLineHandler.timestamp()
        #expect(stamp.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil, "\(stamp)")
        let parsed = try #require(ISO8601DateFormatter.withFractionalSeconds.date(from: stamp))
        #expect(abs(parsed.timeIntervalSinceNow) < 5)
    }

    @Test(arguments: [("plain", #""plain""#), ("say \"hi\"", #""say \"hi\"""#), ("a\\b", #""a\\b""#),
                      ("line\nbreak", #""line\nbreak""#), ("\u{01}", #""\u0001""#), ("José 🇨🇴", #""José 🇨🇴""#)])
    func quotesJSONStrings(_ row: (text: String, json: String)) throws {
        #expect(LogLineHandler.quoted(row.text) == row.json)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(row.json)]".utf8)) as? [String]
        #expect(decoded == [row.text])
    }

    @Test(arguments: [(7, 2, "07"), (0, 3, "000"), (42, 3, "042"), (2026, 2, "2026")])
    func padsNumbers(_ row: (value: Int32, width: Int, text: String)) {
        #expect(LogLineHandler.padded(row.value, width: row.width) == row.text)
    }
}

extension ISO8601DateFormatter {
    static var withFractionalSeconds: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
