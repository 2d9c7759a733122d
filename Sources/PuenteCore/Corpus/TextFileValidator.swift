import Foundation

/// Decides whether a file's bytes are an article Puente can read: non-empty UTF-8 text of sensible size.
enum TextFileValidator {
    static func validate(_ data: Data) -> Result<String, CorpusLoader.FileProblem> {
        if data.count > CorpusLoader.maximumFileSize {
            return .failure(.init(message: "is \(data.count) bytes, over the \(CorpusLoader.maximumFileSize)-byte limit for one article"))
        }
        if data.contains(0) {
            return .failure(.init(message: "looks binary (contains NUL bytes), not a text article"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(.init(message: "is not valid UTF-8 (first bad byte at offset \(firstInvalidOffset(data)))"))
        }
        if text.unicodeScalars.allSatisfy({ $0.isSpace }) {
            return .failure(.init(message: "is empty"))
        }
        if controlCharacterShare(text) > 0.1 {
            return .failure(.init(message: "looks binary (mostly control characters), not a text article"))
        }
        return .success(text)
    }

    private static func controlCharacterShare(_ text: String) -> Double {
        var control = 0, total = 0
        for scalar in text.unicodeScalars {
            total += 1
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" { control += 1 }
        }
        return total == 0 ? 0 : Double(control) / Double(total)
    }

    private static func firstInvalidOffset(_ data: Data) -> Int {
        var low = 0, high = data.count
        while low < high {
            let mid = (low + high + 1) / 2
            if validPrefix(data, length: mid) { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// A prefix is valid if it decodes, allowing it to end inside a multi-byte sequence.
    private static func validPrefix(_ data: Data, length: Int) -> Bool {
        for cut in 0...min(3, length) {
            if String(validating: data.prefix(length - cut), as: UTF8.self) != nil { return true }
        }
        return false
    }
}
