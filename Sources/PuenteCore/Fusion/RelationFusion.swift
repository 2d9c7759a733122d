/// Merges relation events: the same countries, the same kind, compatible dates.
struct RelationFusion: Sendable {
    func fuse(_ relations: [DocumentRelation]) -> [RelationEvent] {
        var clusters: [[DocumentRelation]] = []
        let ordered = relations.sorted { ($0.date?.precision.rawValue ?? -1, $1.evidence[0]) > ($1.date?.precision.rawValue ?? -1, $0.evidence[0]) }
        for relation in ordered {
            if let index = clusters.firstIndex(where: { cluster in
                cluster[0].countries == relation.countries && cluster[0].kind == relation.kind
                    && PartialDate.compatible(cluster[0].date, relation.date)
            }) {
                clusters[index].append(relation)
            } else {
                clusters.append([relation])
            }
        }
        let records = clusters.map { cluster -> RelationEvent in
            let seed = cluster[0]
            return RelationEvent(id: FactIDs.slug(seed.countries + [seed.kind, FactIDs.date(seed.date)]), date: seed.date,
                                 countries: seed.countries, kind: seed.kind, evidence: cluster.flatMap(\.evidence).normalized())
        }.sorted { ($0.date?.description ?? "", $0.id) < ($1.date?.description ?? "", $1.id) }
        return zip(records, FactIDs.uniqued(records.map(\.id))).map { record, id in
            RelationEvent(id: id, date: record.date, countries: record.countries, kind: record.kind, evidence: record.evidence)
        }
    }
}
