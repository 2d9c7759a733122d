/// One article as read from the corpus: its text exactly as in the file, and its metadata.
public struct Document: Sendable {
    public struct Metadata: Sendable, Hashable, Codable {
        public var title: String?
        public var publisher: String?
        public var url: String?
        public var published: PartialDate?

        public init(title: String? = nil, publisher: String? = nil, url: String? = nil, published: PartialDate? = nil) {
            self.title = title
            self.publisher = publisher
            self.url = url
            self.published = published
        }
    }

    /// The file name without `.txt`.
    public let id: String
    public let file: String
    public let text: String
    public let metadata: Metadata
    /// The text as Unicode scalars: evidence offsets index this array.
    let scalars: [Unicode.Scalar]

    public init(id: String, file: String, text: String, metadata: Metadata) {
        self.id = id
        self.file = file
        self.text = text
        self.metadata = metadata
        self.scalars = Array(text.unicodeScalars)
    }

    /// The text between two scalar offsets.
    func quote(_ start: Int, _ end: Int) -> String {
        Tokenizer.string(scalars[start..<end])
    }

    func evidence(_ start: Int, _ end: Int) -> Evidence {
        Evidence(document: id, quote: quote(start, end), start: start, end: end)
    }
}
