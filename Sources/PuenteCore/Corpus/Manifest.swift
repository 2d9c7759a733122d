/// The optional `manifest.json` of a corpus: `{"documents":[{"file","title","publisher","url","published"}]}`.
struct Manifest: Decodable {
    struct Entry: Decodable {
        let file: String
        let title: String?
        let publisher: String?
        let url: String?
        let published: String?
    }

    let documents: [Entry]
}
