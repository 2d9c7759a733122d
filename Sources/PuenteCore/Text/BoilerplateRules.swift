/// The rules that tell a line of site furniture (navigation, share buttons, newsletter pitches, comment
/// forms, cookie banners, bylines, photo credits, embedded-post signatures) from a line of the article.
enum BoilerplateRules {
    static let prefixes: [String] = [
        "read also", "read more", "also read", "see also", "related:", "related story", "related stories",
        "related articles", "related news", "recommended", "advertisement", "sponsored", "share this", "share on",
        "share:", "follow us", "follow @", "subscribe", "sign up", "click here", "leave a reply", "leave a comment",
        "your email address", "required fields", "this site uses akismet", "back to top", "we use cookies",
        "this website uses cookies", "this site uses cookies", "by continuing to", "accept all", "accept cookies",
        "cookie", "all rights reserved", "copyright", "©", "(c) ", "discover more from", "see all the latest",
        "contact our newsroom", "photo:", "photo credit", "photo by", "image:", "image credit", "credit:",
        "file photo", "file - ", "file: ", "(reporting by", "reporting by", "editing by", "writing by", "additional reporting",
        "pic.twitter.com", "tags:", "filed under", "posted in", "posted by", "skip to content", "log in", "sign in",
        "loading", "watch:", "video:", "newsletter", "get the latest", "download the app", "open in app",
        "listen to this article", "updated:", "last updated", "min read", "previous article", "next article",
        "previous post", "next post", "(this story has", "source:",
    ]
    static let prefixesByFirstByte: [UInt8: [[UInt8]]] = Dictionary(grouping: prefixes.map { Array($0.utf8) }, by: { $0[0] })
    static let suffixes: [String] = ["video poster", "min read", "minutes read", "reading time"]
    static let socialWords: Set<String> = [
        "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "email", "e-mail", "reddit", "pinterest",
        "print", "copy", "link", "share", "messenger", "tumblr", "threads", "bluesky", "instagram", "youtube",
    ]
    /// Where a photo credit starts inside a caption line.
    static let creditMarkers: [String] = [" - photo:", " photo:", "(photo:", "(photo ", "photo by ", "photo credit",
                                          " image:", "(image:", " credit:", "(credit:", "(ap photo", "(afp", "(xinhua/"]

    /// Lines after which nothing belongs to the article: comment sections and lists of other stories.
    static let tailMarkers: [String] = ["leave a reply", "leave a comment", "comments", "post comment", "you may also like",
                                       "more from", "recommended for you", "related articles", "more stories", "most read",
                                       "trending now", "join the discussion", "show comments"]

    private static let tailInitials = Set(tailMarkers.map { $0.utf8.first! })

    private static func asciiLowercased(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        bytes.map { (65...90).contains($0) ? $0 + 32 : $0 }
    }

    static func endsArticle(_ line: String) -> Bool {
        guard line.utf8.count < 200, let first = asciiLowercased(line.utf8.prefix(1)).first,
              tailInitials.contains(first) || (48...57).contains(first) else { return false }
        let lower = line.lowercased()
        if tailMarkers.contains(where: { lower == $0 || lower.utf8.starts(with: ($0 + " ").utf8) && lower.utf8.count < 40 }) { return true }
        let words = lower.split(separator: " ")
        return words.count >= 3 && words.count < 30 && Int(words[0]) != nil && ["thoughts", "comments", "responses", "replies"].contains(String(words[1])) && words[2] == "on"
    }

    /// True for a whole line that is not part of the article.
    /// A row of a table laid out with bars (`inTable`) is not a menu, though its cells stand between separators.
    static func isBoilerplate(_ line: String, inTable: Bool = false) -> Bool {
        let head = asciiLowercased(line.utf8.prefix(48))
        let tail = asciiLowercased(line.utf8.suffix(24))
        let candidates = head.first.flatMap { prefixesByFirstByte[$0] } ?? []
        if candidates.contains(where: { head.starts(with: $0) }) || suffixes.contains(where: { tail.reversed().starts(with: $0.utf8.reversed()) }) { return true }
        guard line.utf8.count < 240 else { return false }
        let lower = line.lowercased()
        if !inTable, isNavigation(lower) { return true }
        guard lower.utf8.count < 160 else { return false }
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "," })
        if !words.isEmpty, words.allSatisfy({ socialWords.contains(String($0)) }) { return true }
        return isEmbeddedPostSignature(lower) || isByline(lower, wordCount: words.count)
    }

    /// "- Nayib Bukele (@nayibbukele) June 1, 2024": the signature line of an embedded social post.
    static func isEmbeddedPostSignature(_ lower: String) -> Bool {
        (lower.hasPrefix("- ") || lower.hasPrefix("—")) && lower.contains("(@")
    }

    static func isByline(_ lower: String, wordCount: Int) -> Bool {
        lower.hasPrefix("by ") && wordCount <= 9 && !lower.hasSuffix(".")
    }

    /// Breadcrumbs and menus: site names glued to section names, or short items between separators.
    static func isNavigation(_ lower: String) -> Bool {
        let endsSentence = lower.last.map { ".!?\"'".contains($0) } ?? false
        if !endsSentence, containsDomain(lower) { return true }
        let separators = lower.unicodeScalars.lazy.filter { $0 == "|" || $0 == "»" || $0 == "›" || $0 == ">" }.count
        return separators >= 2
    }

    /// The offset in `line` where a trailing photo credit begins, if it has one.
    /// ".com", ".org", ".net", ".co." or ".co/" anywhere in the line.
    private static func containsDomain(_ lower: String) -> Bool {
        let bytes = Array(lower.utf8)
        guard bytes.count >= 4 else { return false }
        for index in 0..<(bytes.count - 3) where bytes[index] == UInt8(ascii: ".") {
            let a = bytes[index + 1], b = bytes[index + 2], c = bytes[index + 3]
            if (a, b, c) == (99, 111, 109) || (a, b, c) == (111, 114, 103) || (a, b, c) == (110, 101, 116) { return true }
            if a == 99, b == 111, c == UInt8(ascii: ".") || c == UInt8(ascii: "/") { return true }
        }
        return false
    }

    /// The offset in scalars where a trailing photo credit begins, if the line has one.
    static func creditStart(_ line: String) -> Int? {
        guard line.utf8.count < 600 else { return nil }
        let bytes = asciiLowercased(line.utf8)
        let earliest = creditMarkerBytes.compactMap { firstOffset(of: $0, in: bytes) }.filter { $0 > 0 }.min()
        if let earliest { return bytes[..<earliest].filter { $0 & 0xC0 != 0x80 }.count }
        guard bytes.contains(UInt8(ascii: "/")) else { return nil }
        return trailingAttribution(line).map { line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0) }
    }

    private static let creditMarkerBytes = creditMarkers.map { Array($0.utf8) }

    private static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// "... on Wednesday. Feng Yongbin / China Daily": a short "Name / Outlet" after the last full stop.
    static func trailingAttribution(_ line: String) -> String.Index? {
        guard let stop = line.lastIndex(where: { ".!?".contains($0) }) else { return nil }
        let tail = line[line.index(after: stop)...]
        let words = tail.split(separator: " ")
        guard tail.contains("/"), (2...8).contains(words.count), !tail.contains(where: { ".!?".contains($0) }) else { return nil }
        return line.index(after: stop)
    }
}
