@testable import PuenteCore

/// Runs one sentence through the analyzer, as a document published on `published`.
func analyzedSentence(_ text: String, published: String? = "2023-10-25") -> AnalyzedSentence? {
    let document = Document(id: "example", file: "example.txt", text: text,
                            metadata: Document.Metadata(published: published.flatMap(PartialDate.init)))
    return DocumentAnalyzer().analyze(document).sentences.first
}

func analyzedDocument(_ text: String, published: String? = "2023-10-25") -> AnalyzedDocument {
    DocumentAnalyzer().analyze(Document(id: "example", file: "example.txt", text: text,
                                        metadata: Document.Metadata(published: published.flatMap(PartialDate.init))))
}

/// The knowledge base of one article published on `published`.
func knowledgeBase(_ text: String, published: String? = "2023-10-25") -> KnowledgeBase {
    KnowledgeBaseBuilder().build(documents: [Document(id: "example", file: "example.txt", text: text,
                                                      metadata: Document.Metadata(published: published.flatMap(PartialDate.init)))])
}
