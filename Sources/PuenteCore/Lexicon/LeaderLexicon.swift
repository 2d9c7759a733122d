/// Heads of state and government and senior officials of the region and of China, with their years in office:
/// world knowledge that lets "Xi" or "Lula" be recognised when an article never spells out who they are.
enum LeaderLexicon {
    struct Leader: Sendable {
        let name: String
        let country: String
        let role: String
        let aliases: [String]
        let from: Int
        let to: Int?
    }

    static let leaders: [Leader] = [
        Leader(name: "Xi Jinping", country: "CN", role: "President", aliases: ["Xi"], from: 2013, to: nil),
        Leader(name: "Hu Jintao", country: "CN", role: "President", aliases: [], from: 2003, to: 2013),
        Leader(name: "Li Qiang", country: "CN", role: "Premier", aliases: [], from: 2023, to: nil),
        Leader(name: "Li Keqiang", country: "CN", role: "Premier", aliases: [], from: 2013, to: 2023),
        Leader(name: "Wang Yi", country: "CN", role: "Foreign Minister", aliases: [], from: 2013, to: nil),
        Leader(name: "Qin Gang", country: "CN", role: "Foreign Minister", aliases: [], from: 2022, to: 2023),
        Leader(name: "Li Zhanshu", country: "CN", role: "Chairman", aliases: [], from: 2018, to: 2023),
        Leader(name: "Zhao Leji", country: "CN", role: "Chairman", aliases: [], from: 2023, to: nil),
        Leader(name: "Zhang Dejiang", country: "CN", role: "Chairman", aliases: [], from: 2013, to: 2018),
        Leader(name: "Wang Yang", country: "CN", role: "Chairman", aliases: [], from: 2013, to: 2023),
        Leader(name: "Wang Huning", country: "CN", role: "Chairman", aliases: [], from: 2023, to: nil),
        Leader(name: "Yu Zhengsheng", country: "CN", role: "Chairman", aliases: [], from: 2013, to: 2018),
        Leader(name: "Wang Qishan", country: "CN", role: "Vice President", aliases: [], from: 2018, to: 2023),
        Leader(name: "Li Yuanchao", country: "CN", role: "Vice President", aliases: [], from: 2013, to: 2018),
        Leader(name: "Han Zheng", country: "CN", role: "Vice President", aliases: [], from: 2018, to: nil),
        Leader(name: "Hu Chunhua", country: "CN", role: "Vice Premier", aliases: [], from: 2018, to: 2023),
        Leader(name: "Ding Xuexiang", country: "CN", role: "Vice Premier", aliases: [], from: 2023, to: nil),
        Leader(name: "Wang Wentao", country: "CN", role: "Commerce Minister", aliases: [], from: 2020, to: nil),
        Leader(name: "Gustavo Petro", country: "CO", role: "President", aliases: [], from: 2022, to: 2026),
        Leader(name: "Iván Duque", country: "CO", role: "President", aliases: ["Ivan Duque"], from: 2018, to: 2022),
        Leader(name: "Juan Manuel Santos", country: "CO", role: "President", aliases: [], from: 2010, to: 2018),
        Leader(name: "Luiz Inácio Lula da Silva", country: "BR", role: "President", aliases: ["Lula", "Luiz Inacio Lula da Silva", "Lula da Silva"], from: 2023, to: nil),
        Leader(name: "Jair Bolsonaro", country: "BR", role: "President", aliases: [], from: 2019, to: 2022),
        Leader(name: "Dilma Rousseff", country: "BR", role: "President", aliases: [], from: 2011, to: 2016),
        Leader(name: "Javier Milei", country: "AR", role: "President", aliases: [], from: 2023, to: nil),
        Leader(name: "Alberto Fernández", country: "AR", role: "President", aliases: ["Alberto Fernandez"], from: 2019, to: 2023),
        Leader(name: "Mauricio Macri", country: "AR", role: "President", aliases: [], from: 2015, to: 2019),
        Leader(name: "Gabriel Boric", country: "CL", role: "President", aliases: [], from: 2022, to: nil),
        Leader(name: "Sebastián Piñera", country: "CL", role: "President", aliases: ["Sebastian Pinera"], from: 2018, to: 2022),
        Leader(name: "Dina Boluarte", country: "PE", role: "President", aliases: [], from: 2022, to: 2025),
        Leader(name: "Pedro Castillo", country: "PE", role: "President", aliases: [], from: 2021, to: 2022),
        Leader(name: "Andrés Manuel López Obrador", country: "MX", role: "President", aliases: ["AMLO", "Andres Manuel Lopez Obrador", "López Obrador", "Lopez Obrador"], from: 2018, to: 2024),
        Leader(name: "Claudia Sheinbaum", country: "MX", role: "President", aliases: [], from: 2024, to: nil),
        Leader(name: "José Raúl Mulino", country: "PA", role: "President", aliases: ["Jose Raul Mulino"], from: 2024, to: nil),
        Leader(name: "Laurentino Cortizo", country: "PA", role: "President", aliases: [], from: 2019, to: 2024),
        Leader(name: "Juan Carlos Varela", country: "PA", role: "President", aliases: [], from: 2014, to: 2019),
        Leader(name: "Daniel Noboa", country: "EC", role: "President", aliases: [], from: 2023, to: nil),
        Leader(name: "Guillermo Lasso", country: "EC", role: "President", aliases: [], from: 2021, to: 2023),
        Leader(name: "Luis Lacalle Pou", country: "UY", role: "President", aliases: ["Lacalle Pou"], from: 2020, to: 2025),
        Leader(name: "Yamandú Orsi", country: "UY", role: "President", aliases: ["Yamandu Orsi"], from: 2025, to: nil),
        Leader(name: "Santiago Peña", country: "PY", role: "President", aliases: ["Santiago Pena"], from: 2023, to: nil),
        Leader(name: "Luis Arce", country: "BO", role: "President", aliases: [], from: 2020, to: nil),
        Leader(name: "Nicolás Maduro", country: "VE", role: "President", aliases: ["Nicolas Maduro"], from: 2013, to: nil),
        Leader(name: "Miguel Díaz-Canel", country: "CU", role: "President", aliases: ["Miguel Diaz-Canel", "Díaz-Canel", "Diaz-Canel"], from: 2018, to: nil),
        Leader(name: "Daniel Ortega", country: "NI", role: "President", aliases: [], from: 2007, to: nil),
        Leader(name: "Xiomara Castro", country: "HN", role: "President", aliases: [], from: 2022, to: nil),
        Leader(name: "Rodrigo Chaves", country: "CR", role: "President", aliases: [], from: 2022, to: nil),
        Leader(name: "Luis Abinader", country: "DO", role: "President", aliases: [], from: 2020, to: nil),
        Leader(name: "Nayib Bukele", country: "SV", role: "President", aliases: [], from: 2019, to: nil),
        Leader(name: "Bernardo Arévalo", country: "GT", role: "President", aliases: ["Bernardo Arevalo"], from: 2024, to: nil),
        Leader(name: "Irfaan Ali", country: "GY", role: "President", aliases: [], from: 2020, to: nil),
        Leader(name: "Chan Santokhi", country: "SR", role: "President", aliases: [], from: 2020, to: 2025),
        Leader(name: "Joe Biden", country: "US", role: "President", aliases: [], from: 2021, to: 2025),
        Leader(name: "Donald Trump", country: "US", role: "President", aliases: [], from: 2017, to: nil),
        Leader(name: "Lai Ching-te", country: "TW", role: "President", aliases: [], from: 2024, to: nil),
        Leader(name: "Tsai Ing-wen", country: "TW", role: "President", aliases: [], from: 2016, to: 2024),
    ]

    /// Leaders by the name they are called by alone: the family name (first word of a Chinese name, last word otherwise).
    static let bySurname: [String: [Leader]] = Dictionary(grouping: leaders) { leader in
        let words = leader.name.split(separator: " ")
        let surname = leader.country == "CN" || leader.country == "TW" ? words[0] : words[words.count - 1]
        return Folding.fold(String(surname))
    }

    /// China's head of state in a given year: whom "the two heads of state" includes.
    static func chineseHeadOfState(in year: Int) -> Leader? {
        leaders.first { $0.country == "CN" && $0.role == "President" && $0.from <= year && ($0.to ?? Int.max) >= year }
    }

    /// Full names and aliases, lower-cased, to the leader.
    static let table: PhraseTable<Leader> = PhraseTable(leaders.flatMap { leader in
        ([leader.name] + leader.aliases).map { ($0, leader) }
    })
}
