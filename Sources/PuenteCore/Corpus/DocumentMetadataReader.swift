/// Merges a document's manifest entry with what the text itself says about its date:
/// a header line such as `date 2025-05-15`, or a dateline such as `LIMA, Nov 15 (Reuters) -`
/// whose month and day complete the manifest's year.
enum DocumentMetadataReader {
    static func metadata(manifest: Manifest.Entry?, text: String, file: String, warnings: inout [LoadWarning]) -> Document.Metadata {
        var metadata = Document.Metadata(title: manifest?.title, publisher: manifest?.publisher, url: manifest?.url)
        if let raw = manifest?.published {
            if let date = PartialDate(raw) {
                metadata.published = date
            } else {
                warnings.append(LoadWarning(file: file, message: "manifest 'published' value '\(raw)' is not YYYY, YYYY-MM or YYYY-MM-DD; ignored"))
            }
        }
        let opening = openingLines(of: text)
        if let header = opening.prefix(6).lazy.compactMap(headerDate).first {
            metadata.published = refine(metadata.published, with: header)
        } else if let year = metadata.published?.year, let dateline = opening.prefix(6).lazy.compactMap({ datelineMonthDay($0) }).first,
                  let date = PartialDate(year: year, month: dateline.month, day: dateline.day) {
            metadata.published = refine(metadata.published, with: date)
        }
        return metadata
    }

    /// A text date replaces the manifest's when the manifest has none, or when it is a finer version of it.
    static func refine(_ manifest: PartialDate?, with text: PartialDate) -> PartialDate {
        guard let manifest else { return text }
        return text.precision > manifest.precision && text.isCompatible(with: manifest) ? text : manifest
    }

    private static func openingLines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        while lines.count < 6, start < scalars.endIndex {
            let end = scalars[start...].firstIndex { $0 == "\n" || $0 == "\r" } ?? scalars.endIndex
            let cut = scalars.index(start, offsetBy: 120, limitedBy: end) ?? end
            let line = Substring(text[start..<cut]).trimmingWhitespace()
            if !line.isEmpty { lines.append(line) }
            start = end == scalars.endIndex ? end : scalars.index(after: end)
        }
        return lines
    }

    /// `date 2025-05-15`, `Date: 2025-05-15`, `Published 2025-05-15`.
    static func headerDate(_ line: Substring) -> PartialDate? {
        guard line.utf8.count <= 32 else { return nil }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2 else { return nil }
        let label = words[0].lowercased().trimmingCharacters(in: ":")
        guard ["date", "published", "updated", "fecha"].contains(label) else { return nil }
        return PartialDate(String(words[1]))
    }

    /// The month and day of a wire dateline: an upper-case place, a comma, a month and a day, then an agency or a dash.
    static func datelineMonthDay(_ line: Substring) -> (month: Int, day: Int)? {
        guard let comma = line.firstIndex(of: ","), line.distance(from: line.startIndex, to: comma) <= 40 else { return nil }
        let place = line[..<comma]
        guard place.contains(where: \.isLetter), !place.contains(where: \.isLowercase) else { return nil }
        let rest = line[line.index(after: comma)...].split(separator: " ", maxSplits: 3)
        guard rest.count >= 3, let month = MonthNames.number(String(rest[0])),
              let day = Int(rest[1].trimmingCharacters(in: ",")), (1...31).contains(day) else { return nil }
        let after = rest[2]
        guard after.hasPrefix("(") || after.hasPrefix("-") || after.hasPrefix("–") || after.hasPrefix("—") else { return nil }
        return (month, day)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }

    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
