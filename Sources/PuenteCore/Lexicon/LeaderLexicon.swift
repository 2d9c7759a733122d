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
        Leader(name: "Keith Rowley", country: "TT", role: "Prime Minister", aliases: [], from: 2015, to: 2025),
        Leader(name: "Kamla Persad-Bissessar", country: "TT", role: "Prime Minister", aliases: ["Kamla Persad Bissessar"], from: 2010, to: nil),
        Leader(name: "Andrew Holness", country: "JM", role: "Prime Minister", aliases: [], from: 2016, to: nil),
        Leader(name: "Portia Simpson-Miller", country: "JM", role: "Prime Minister", aliases: ["Portia Simpson Miller"], from: 2012, to: 2016),
        Leader(name: "Mia Mottley", country: "BB", role: "Prime Minister", aliases: ["Mia Amor Mottley"], from: 2018, to: nil),
        Leader(name: "Freundel Stuart", country: "BB", role: "Prime Minister", aliases: [], from: 2010, to: 2018),
        Leader(name: "Philip Davis", country: "BS", role: "Prime Minister", aliases: ["Philip Brave Davis"], from: 2021, to: nil),
        Leader(name: "Hubert Minnis", country: "BS", role: "Prime Minister", aliases: [], from: 2017, to: 2021),
        Leader(name: "Perry Christie", country: "BS", role: "Prime Minister", aliases: [], from: 2012, to: 2017),
        Leader(name: "Gaston Browne", country: "AG", role: "Prime Minister", aliases: [], from: 2014, to: nil),
        Leader(name: "Roosevelt Skerrit", country: "DM", role: "Prime Minister", aliases: [], from: 2004, to: nil),
        Leader(name: "Keith Mitchell", country: "GD", role: "Prime Minister", aliases: [], from: 2013, to: 2022),
        Leader(name: "Dickon Mitchell", country: "GD", role: "Prime Minister", aliases: [], from: 2022, to: nil),
        Leader(name: "David Granger", country: "GY", role: "President", aliases: [], from: 2015, to: 2020),
        Leader(name: "Bharrat Jagdeo", country: "GY", role: "Vice President", aliases: [], from: 2020, to: nil),
        Leader(name: "Desi Bouterse", country: "SR", role: "President", aliases: ["Dési Bouterse"], from: 2010, to: 2020),
        Leader(name: "Jennifer Geerlings-Simons", country: "SR", role: "President", aliases: ["Jennifer Geerlings Simons"], from: 2025, to: nil),
        Leader(name: "Dean Barrow", country: "BZ", role: "Prime Minister", aliases: [], from: 2008, to: 2020),
        Leader(name: "John Briceño", country: "BZ", role: "Prime Minister", aliases: ["John Briceno"], from: 2020, to: nil),
        Leader(name: "Allen Chastanet", country: "LC", role: "Prime Minister", aliases: [], from: 2016, to: 2021),
        Leader(name: "Ralph Gonsalves", country: "VC", role: "Prime Minister", aliases: [], from: 2001, to: 2025),
        Leader(name: "Jovenel Moïse", country: "HT", role: "President", aliases: ["Jovenel Moise"], from: 2017, to: 2021),
        Leader(name: "Raúl Castro", country: "CU", role: "President", aliases: ["Raul Castro"], from: 2008, to: 2018),
        Leader(name: "Manuel Marrero", country: "CU", role: "Prime Minister", aliases: ["Manuel Marrero Cruz"], from: 2019, to: nil),
        Leader(name: "Danilo Medina", country: "DO", role: "President", aliases: [], from: 2012, to: 2020),
        Leader(name: "Carlos Alvarado", country: "CR", role: "President", aliases: ["Carlos Alvarado Quesada"], from: 2018, to: 2022),
        Leader(name: "Luis Guillermo Solís", country: "CR", role: "President", aliases: ["Luis Guillermo Solis"], from: 2014, to: 2018),
        Leader(name: "Salvador Sánchez Cerén", country: "SV", role: "President", aliases: ["Salvador Sanchez Ceren", "Sánchez Cerén", "Sanchez Ceren"], from: 2014, to: 2019),
        Leader(name: "Juan Orlando Hernández", country: "HN", role: "President", aliases: ["Juan Orlando Hernandez"], from: 2014, to: 2022),
        Leader(name: "Jimmy Morales", country: "GT", role: "President", aliases: [], from: 2016, to: 2020),
        Leader(name: "Alejandro Giammattei", country: "GT", role: "President", aliases: [], from: 2020, to: 2024),
        Leader(name: "Rosario Murillo", country: "NI", role: "Vice President", aliases: [], from: 2017, to: nil),
        Leader(name: "Evo Morales", country: "BO", role: "President", aliases: [], from: 2006, to: 2019),
        Leader(name: "Jeanine Áñez", country: "BO", role: "President", aliases: ["Jeanine Anez"], from: 2019, to: 2020),
        Leader(name: "Rodrigo Paz Pereira", country: "BO", role: "President", aliases: ["Rodrigo Paz"], from: 2025, to: nil),
        Leader(name: "Rafael Correa", country: "EC", role: "President", aliases: [], from: 2007, to: 2017),
        Leader(name: "Lenín Moreno", country: "EC", role: "President", aliases: ["Lenin Moreno"], from: 2017, to: 2021),
        Leader(name: "Ollanta Humala", country: "PE", role: "President", aliases: [], from: 2011, to: 2016),
        Leader(name: "Pedro Pablo Kuczynski", country: "PE", role: "President", aliases: ["Kuczynski"], from: 2016, to: 2018),
        Leader(name: "Martín Vizcarra", country: "PE", role: "President", aliases: ["Martin Vizcarra"], from: 2018, to: 2020),
        Leader(name: "Francisco Sagasti", country: "PE", role: "President", aliases: [], from: 2020, to: 2021),
        Leader(name: "Horacio Cartes", country: "PY", role: "President", aliases: [], from: 2013, to: 2018),
        Leader(name: "Mario Abdo Benítez", country: "PY", role: "President", aliases: ["Mario Abdo Benitez", "Mario Abdo", "Abdo Benítez", "Abdo Benitez"], from: 2018, to: 2023),
        Leader(name: "Tabaré Vázquez", country: "UY", role: "President", aliases: ["Tabare Vazquez"], from: 2015, to: 2020),
        Leader(name: "José Mujica", country: "UY", role: "President", aliases: ["Jose Mujica", "Pepe Mujica"], from: 2010, to: 2015),
        Leader(name: "Michel Temer", country: "BR", role: "President", aliases: [], from: 2016, to: 2018),
        Leader(name: "Michelle Bachelet", country: "CL", role: "President", aliases: [], from: 2014, to: 2018),
        Leader(name: "Cristina Fernández de Kirchner", country: "AR", role: "President", aliases: ["Cristina Fernandez de Kirchner", "Cristina Kirchner"], from: 2007, to: 2015),
        Leader(name: "Enrique Peña Nieto", country: "MX", role: "President", aliases: ["Enrique Pena Nieto", "Peña Nieto", "Pena Nieto"], from: 2012, to: 2018),
        Leader(name: "Hugo Chávez", country: "VE", role: "President", aliases: ["Hugo Chavez"], from: 1999, to: 2013),
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
