import Foundation

/// One cell of a CSV row: text, or a number a spreadsheet should read as one. A nil value is an empty cell.
enum CSVValue: Sendable, Equatable {
    case text(String?)
    case number(Double?)
    case integer(Int?)
    case flag(Bool?)
}

/// RFC 4180 text: a header row, then one record per row, each line ended by CRLF. A field holding a comma, a quote,
/// CR or LF is quoted, with its quotes doubled.
///
/// A text cell that starts with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'`: spreadsheets would otherwise run
/// it as a formula, and the text comes from articles on the open web. Numbers are written without that guard, as
/// plain decimals (`-8000000000`, `19.8`), never in exponent form where a whole number fits.
enum CSVWriter {
    static func table(columns: [String], rows: [[CSVValue]]) -> Data {
        var text = line(columns.map(CSVValue.text))
        for row in rows { text += line(row) }
        return Data(text.utf8)
    }

    static func line(_ values: [CSVValue]) -> String {
        values.map { field(cell($0)) }.joined(separator: ",") + "\r\n"
    }

    static func cell(_ value: CSVValue) -> String {
        switch value {
        case .text(let text): return text.map(neutralized) ?? ""
        case .number(let number): return number.map(decimal) ?? ""
        case .integer(let integer): return integer.map(String.init) ?? ""
        case .flag(let flag): return flag.map { $0 ? "true" : "false" } ?? ""
        }
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    static func neutralized(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    static func decimal(_ number: Double) -> String {
        guard number.isFinite else { return "" }
        if number == number.rounded(), abs(number) < 9e15 { return String(Int64(number)) }
        return String(number)
    }
}
