/// Everything Puente knows from one corpus: the documents it read and the facts fused from them.
/// A value: build a new one for a new corpus rather than changing this one.
public struct KnowledgeBase: Sendable, Codable {
    public let documents: [DocumentSummary]
    public let meetings: [Meeting]
    public let agreements: [Agreement]
    public let tradeFigures: [TradeFigure]
    public let bri: [BriMembership]
    public let relations: [RelationEvent]
    /// Files that could not be read, and other problems found while loading.
    public let warnings: [LoadWarning]
}

/// What is known about one article of the corpus.
public struct DocumentSummary: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let file: String
    public let title: String?
    public let publisher: String?
    public let url: String?
    /// The publication date from the manifest, refined by a date header or dateline in the text.
    public let published: PartialDate?
    public let sentenceCount: Int
    public let countries: [String]
    public let people: [Participant]
    public let warnings: [String]
}

/// A problem with one file of the corpus; the file is skipped or read in part, and the rest still loads.
public struct LoadWarning: Sendable, Hashable, Codable {
    public let file: String
    public let message: String
}

extension DocumentSummary {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(file, forKey: .file)
        try container.encode(title, forKey: .title)
        try container.encode(publisher, forKey: .publisher)
        try container.encode(url, forKey: .url)
        try container.encode(published, forKey: .published)
        try container.encode(sentenceCount, forKey: .sentenceCount)
        try container.encode(countries, forKey: .countries)
        try container.encode(people, forKey: .people)
        try container.encode(warnings, forKey: .warnings)
    }
}
