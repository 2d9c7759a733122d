#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging

/// How log lines are written: `text` for people, `json` (one object per line) for log collectors.
public enum LogFormat: String, Sendable, CaseIterable {
    case text, json
}

/// Writes each log event as one line on standard error, as text
/// (`2026-11-24T03:42:49.123Z info puente: message key=value`) or as one JSON object
/// (`{"timestamp":"2026-11-24T03:42:49.123Z","level":"info","label":"puente","message":"message","key":"value"}`).
/// The timestamp is UTC, formatted by hand (no time-zone file is read per line), and each line is one `write(2)`,
/// so lines from many threads never interleave and a line per request stays cheap.
public struct LogLineHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let format: LogFormat

    public init(label: String, format: LogFormat = .text) {
        self.label = label
        self.format = format
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        Self.writeToStandardError(format == .json ? jsonLine(event, merged) : textLine(event, merged))
    }

    func textLine(_ event: LogEvent, _ metadata: Logger.Metadata) -> String {
        var line = "\(Self.timestamp()) \(event.level.rawValue) \(label): \(event.message)"
        for key in metadata.keys.sorted() { line += " \(key)=\(metadata[key]!)" }
        return line + "\n"
    }

    func jsonLine(_ event: LogEvent, _ metadata: Logger.Metadata) -> String {
        var line = "{\"timestamp\":\"\(Self.timestamp())\",\"level\":\"\(event.level.rawValue)\",\"label\":\(Self.quoted(label)),"
            + "\"message\":\(Self.quoted(event.message.description))"
        for key in metadata.keys.sorted() where !["timestamp", "level", "label", "message"].contains(key) {
            line += ",\(Self.quoted(key)):\(Self.quoted(metadata[key]!.description))"
        }
        return line + "}\n"
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u00" + padded(Int32(scalar.value), width: 2, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Now as `YYYY-MM-DDTHH:MM:SS.mmmZ`, written digit by digit into one 24-byte string.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        let fields: [(value: Int, width: Int, separator: UInt8)] = [
            (Int(parts.tm_year) + 1900, 4, UInt8(ascii: "-")), (Int(parts.tm_mon) + 1, 2, UInt8(ascii: "-")),
            (Int(parts.tm_mday), 2, UInt8(ascii: "T")), (Int(parts.tm_hour), 2, UInt8(ascii: ":")),
            (Int(parts.tm_min), 2, UInt8(ascii: ":")), (Int(parts.tm_sec), 2, UInt8(ascii: ".")),
            (Int(now.tv_nsec / 1_000_000), 3, UInt8(ascii: "Z")),
        ]
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var index = 0
            for field in fields {
                var value = field.value
                for position in stride(from: index + field.width - 1, through: index, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                buffer[index + field.width] = field.separator
                index += field.width + 1
            }
            return index
        }
    }

    static func padded(_ value: Int32, width: Int = 2, radix: Int = 10) -> String {
        let digits = String(value, radix: radix)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func writeToStandardError(_ line: String) {
        var line = line
        line.withUTF8 { bytes in
            var rest = UnsafeRawBufferPointer(bytes)
            while !rest.isEmpty {
                let written = write(2, rest.baseAddress, rest.count)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                rest = UnsafeRawBufferPointer(rebasing: rest[written...])
            }
        }
    }
}
