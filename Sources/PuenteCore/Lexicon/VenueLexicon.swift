/// Seats of government and state guesthouses where leaders meet, with the city each stands in: world knowledge that
/// places a meeting "at the Great Hall of the People" in Beijing. Names several countries share are left out.
enum VenueLexicon {
    static let venues: [(names: [String], city: String)] = [
        (["great hall of the people", "diaoyutai state guesthouse", "diaoyutai", "zhongnanhai"], "Beijing"),
        (["carondelet palace", "palacio de carondelet"], "Quito"),
        (["planalto palace", "palácio do planalto", "palacio do planalto", "alvorada palace", "itamaraty palace"], "Brasília"),
        (["casa rosada", "pink house"], "Buenos Aires"),
        (["la moneda palace", "palacio de la moneda", "la moneda"], "Santiago"),
        (["casa de nariño", "casa de narino", "palacio de nariño"], "Bogotá"),
        (["miraflores palace", "palacio de miraflores"], "Caracas"),
        (["palace of the revolution", "palacio de la revolución"], "Havana"),
        (["torre ejecutiva"], "Montevideo"),
    ]

    static let table: PhraseTable<String> = PhraseTable(venues.flatMap { venue in venue.names.map { ($0, venue.city) } })
}
