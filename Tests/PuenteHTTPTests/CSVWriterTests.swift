import Foundation
import Testing
@testable import PuenteHTTP

/// Cells as RFC 4180 writes them, and the guard against spreadsheet formulas.
@Suite struct CSVWriterTests {
    static let cells: [(value: CSVValue, written: String)] = [
        (.text("Beijing"), "Beijing"),
        (.text(nil), ""),
        (.text(""), ""),
        (.text("Petro, Xi"), "\"Petro, Xi\""),
        (.text("the \"lake countries\""), "\"the \"\"lake countries\"\"\""),
        (.text("two\nlines"), "\"two\nlines\""),
        (.text("carriage\rreturn"), "\"carriage\rreturn\""),
        (.text("Colombia’s Petro"), "Colombia’s Petro"),
        (.text("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\""),
        (.text("+57 1 234"), "'+57 1 234"),
        (.text("-8 billion"), "'-8 billion"),
        (.text("@SUM(A1)"), "'@SUM(A1)"),
        (.text("a = b"), "a = b"),
        (.number(-8_000_000_000), "-8000000000"),
        (.number(7e9), "7000000000"),
        (.number(19.8), "19.8"),
        (.number(nil), ""),
        (.number(.infinity), ""),
        (.integer(2022), "2022"),
        (.integer(nil), ""),
        (.flag(true), "true"),
        (.flag(false), "false"),
        (.flag(nil), ""),
    ]

    @Test(arguments: cells)
    func writesACell(_ row: (value: CSVValue, written: String)) {
        #expect(CSVWriter.field(CSVWriter.cell(row.value)) == row.written)
    }

    @Test func endsEveryRecordWithCRLF() {
        let table = CSVWriter.table(columns: ["id", "quote"], rows: [[.text("a"), .text("x, y")], [.text("b"), .text(nil)]])
        #expect(String(decoding: table, as: UTF8.self) == "id,quote\r\na,\"x, y\"\r\nb,\r\n")
    }

    @Test func anEmptyListIsItsHeaderRow() {
        #expect(String(decoding: CSVWriter.table(columns: ["id", "date"], rows: []), as: UTF8.self) == "id,date\r\n")
    }
}

/// Which `Accept` headers get CSV from a list, and which get JSON.
@Suite struct ListFormatTests {
    static let headers: [(accept: String?, csv: Bool)] = [
        (nil, false),
        ("text/csv", true),
        ("TEXT/CSV", true),
        ("text/csv; charset=utf-8", true),
        ("text/csv, */*;q=0.1", true),
        ("text/csv, */*", true),
        ("text/*", true),
        ("application/json", false),
        ("application/json, text/csv", false),
        ("text/csv, application/json", false),
        ("application/json;q=0.5, text/csv", true),
        ("text/csv;q=0.5, application/json", false),
        ("text/csv;q=0", false),
        ("*/*", false),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", false),
        ("text/plain", false),
        ("garbage", false),
    ]

    @Test(arguments: headers)
    func negotiates(_ row: (accept: String?, csv: Bool)) {
        #expect(ListFormat.prefersCSV(accept: row.accept) == row.csv, "\(row.accept ?? "no Accept")")
    }
}
