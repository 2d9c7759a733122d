import Foundation
import PuenteCore

/// One immutable view of a corpus: the knowledge base, the documents' texts, and every response that does not depend
/// on a filter, encoded once. A new corpus gives a new snapshot, swapped in whole.
struct Snapshot: Sendable {
    let knowledgeBase: KnowledgeBase
    let documents: [String: DocumentDetail]
    let balances: [TradeBalance]
    let timeline: [TimelineEntry]
    let sentences: SentenceIndex
    /// The first page of each unfiltered list, keyed by path.
    let firstPages: [String: CachedList]
    /// Each resource by path ("/v1/meetings/2023-10-25-cn-co").
    let resources: [String: EncodedBody]

    init(knowledgeBase: KnowledgeBase, documents: [Document]) throws {
        self.knowledgeBase = knowledgeBase
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.text) })
        let details = knowledgeBase.documents.map { DocumentDetail(summary: $0, text: texts[$0.id] ?? "") }
        self.documents = Dictionary(uniqueKeysWithValues: details.map { ($0.summary.id, $0) })
        balances = TradeBalance.rows(from: knowledgeBase.tradeFigures)
        timeline = TimelineEntry.entries(of: knowledgeBase)
        sentences = SentenceIndex(documents: documents)
        var pages: [String: CachedList] = [:]
        pages["/v1/trade/balances"] = try CachedList(balances)
        pages["/v1/timeline"] = try CachedList(timeline)
        pages["/v1/meetings"] = try CachedList(knowledgeBase.meetings)
        pages["/v1/agreements"] = try CachedList(knowledgeBase.agreements)
        pages["/v1/trade/figures"] = try CachedList(knowledgeBase.tradeFigures)
        pages["/v1/bri/members"] = try CachedList(knowledgeBase.bri)
        pages["/v1/relations"] = try CachedList(knowledgeBase.relations)
        pages["/v1/documents"] = try CachedList(knowledgeBase.documents)
        self.firstPages = pages
        var resources: [String: EncodedBody] = [:]
        for meeting in knowledgeBase.meetings { resources["/v1/meetings/\(meeting.id)"] = try EncodedBody(precompressed: meeting) }
        for agreement in knowledgeBase.agreements { resources["/v1/agreements/\(agreement.id)"] = try EncodedBody(precompressed: agreement) }
        for membership in knowledgeBase.bri { resources["/v1/bri/members/\(membership.country)"] = try EncodedBody(precompressed: membership) }
        for detail in details { resources["/v1/documents/\(detail.summary.id)"] = try EncodedBody(precompressed: detail) }
        resources["/v1/summary"] = try EncodedBody(precompressed: Summary(knowledgeBase, balances: balances))
        self.resources = resources
    }
}

extension EncodedBody {
    /// A body kept in the snapshot: encoded and compressed once.
    init(precompressed value: some Encodable) throws { try self.init(encoding: value, precompress: true) }
}

/// A document with its full text, as `/v1/documents/{id}` serves it.
struct DocumentDetail: Sendable, Encodable {
    let summary: DocumentSummary
    let text: String

    enum CodingKeys: String, CodingKey { case text }

    func encode(to encoder: Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
    }
}
