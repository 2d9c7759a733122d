/// Subjects agreements are about, as written ("ICT", "public media", "beef"), each with the subject Puente
/// reports and its broad sector. Exports and imports are deliberately absent: every trade protocol mentions them.
enum SectorLexicon {
    struct Subject: Sendable, Hashable {
        /// The subject agreements are compared by ("media" for "public media" and "radio").
        let name: String
        let sector: String
        /// How the text put it, for titles ("green development", "satellite development").
        var display: String

        init(name: String, sector: String, display: String? = nil) {
            self.name = name
            self.sector = sector
            self.display = display ?? name
        }
    }

    static let entries: [(phrases: [String], subject: String, sector: String)] = [
        (["beef", "bovine meat", "cattle"], "beef", "agriculture"),
        (["pork", "pig meat"], "pork", "agriculture"),
        (["poultry", "chicken"], "poultry", "agriculture"),
        (["quinoa"], "quinoa", "agriculture"),
        (["coffee"], "coffee", "agriculture"),
        (["avocado", "avocados"], "avocados", "agriculture"),
        (["soybeans", "soybean", "soy"], "soybeans", "agriculture"),
        (["cherries", "cherry"], "cherries", "agriculture"),
        (["blueberries", "blueberry"], "blueberries", "agriculture"),
        (["bananas", "banana"], "bananas", "agriculture"),
        (["citrus", "oranges", "lemons", "mandarins"], "citrus", "agriculture"),
        (["grapes", "table grapes"], "grapes", "agriculture"),
        (["shrimp", "prawns"], "shrimp", "fisheries"),
        (["fishmeal", "fish meal", "fisheries", "fishing", "seafood"], "fisheries", "fisheries"),
        (["dairy", "dairy products", "milk", "milk powder"], "dairy", "agriculture"),
        (["wine"], "wine", "agriculture"),
        (["sorghum"], "sorghum", "agriculture"),
        (["corn", "maize"], "corn", "agriculture"),
        (["rice"], "rice", "agriculture"),
        (["food safety", "food security", "food"], "food", "agriculture"),
        (["wheat"], "wheat", "agriculture"),
        (["honey"], "honey", "agriculture"),
        (["sugar"], "sugar", "agriculture"),
        (["cocoa", "cacao"], "cocoa", "agriculture"),
        (["fruit", "fruits", "fresh fruit"], "fruit", "agriculture"),
        (["agriculture", "agricultural", "agri-food", "agrifood", "farming", "agro", "farm", "farms"], "agriculture", "agriculture"),
        (["lithium"], "lithium", "mining"),
        (["copper"], "copper", "mining"),
        (["mining", "minerals", "critical minerals", "mines"], "mining", "mining"),
        (["industry", "industrial", "manufacturing"], "industry", "industry"),
        (["trade flow", "trade flows", "trade", "commerce", "commercial", "trade facilitation"], "trade", "trade"),
        (["free trade", "free trade agreement", "free-trade", "fta"], "free trade", "trade"),
        (["trade in services", "services trade", "trade in service"], "trade in services", "trade"),
        (["e-commerce", "electronic commerce"], "e-commerce", "trade"),
        (["customs"], "customs", "trade"),
        (["economic cooperation", "economy", "economic", "economic and trade"], "economic cooperation", "economy"),
        // The usual name of China's grant agreements.
        (["economic and technical", "economic and technological", "economic and technical cooperation", "economic and technological cooperation"],
         "economic and technical cooperation", "development"),
        (["investment", "investments"], "investment", "investment"),
        (["ict", "icts", "information and communication technologies", "information technology", "telecommunications", "telecom"], "ICT", "ict"),
        (["technology", "technological", "innovation"], "technology", "technology"),
        (["science", "scientific", "research"], "science", "science"),
        (["astronomy", "astronomical", "observatory", "observatories"], "astronomy", "science"),
        (["space", "aerospace"], "space", "science"),
        (["satellite", "satellites", "satellite development"], "satellites", "science"),
        (["semiconductor", "semiconductors", "chips", "microchips", "semiconductor research"], "semiconductors", "technology"),
        (["artificial intelligence", "ai"], "artificial intelligence", "technology"),
        (["digital economy", "digital"], "digital economy", "digital_economy"),
        (["data protection", "data security", "personal data", "cybersecurity"], "data protection", "data_protection"),
        (["education", "educational", "universities", "scholarships"], "education", "education"),
        (["culture", "cultural", "arts"], "culture", "culture"),
        (["tourism", "tourist", "tourists"], "tourism", "tourism"),
        (["sports", "sport"], "sports", "culture"),
        (["media", "public media", "radio", "television", "broadcasting", "press", "news agency", "journalism"], "media", "media"),
        (["environment", "environmental", "ecological", "ecological development", "ecology", "climate", "climate change", "biodiversity", "green development", "green", "low-carbon"], "environment", "environment"),
        (["energy", "renewable energy", "renewables", "clean energy", "green energy", "wind energy", "solar", "solar energy", "electricity", "power"], "energy", "energy"),
        (["oil", "gas", "petroleum", "hydrocarbons"], "oil and gas", "energy"),
        (["hydrogen", "green hydrogen"], "hydrogen", "energy"),
        (["hydropower", "hydroelectric", "hydroelectricity"], "hydropower", "energy"),
        (["earthquake", "earthquakes", "seismic"], "earthquakes", "disaster_relief"),
        (["nuclear"], "nuclear energy", "energy"),
        (["infrastructure", "railway", "railways", "rail", "ports", "port", "roads", "highways", "highway", "metro", "subway", "bridge"], "infrastructure", "infrastructure"),
        (["transport", "transportation", "logistics", "aviation", "shipping"], "transport", "transport"),
        (["air connections", "air connectivity", "air routes", "direct flights", "flights", "civil aviation", "air transport", "air services"], "air transport", "transport"),
        (["double taxation", "taxation", "tax evasion", "taxes"], "taxation", "finance"),
        (["strategic partnership", "comprehensive strategic partnership"], "strategic partnership", "diplomacy"),
        (["diplomatic relations", "diplomatic ties", "political consultation", "political consultations"], "diplomatic relations", "diplomacy"),
        (["health", "healthcare", "health care", "medicine", "medicines", "vaccines", "vaccine", "public health"], "health", "health"),
        (["finance", "financial", "banking", "currency swap", "currency", "credit"], "finance", "finance"),
        (["security", "police", "law enforcement", "judicial", "justice"], "security", "security"),
        (["visa", "visas", "visa exemption", "visa waiver"], "visas", "people"),
        (["belt and road", "belt road", "belt and road initiative", "bri", "new silk road", "one belt one road", "obor", "silk road", "silk roads", "new silk roads", "economic belt", "silk road economic belt", "maritime silk road", "maritime road"], "Belt and Road", "belt_and_road"),
        (["development cooperation", "poverty reduction", "poverty alleviation"], "development", "development"),
        (["global development initiative", "gdi"], "Global Development Initiative", "development"),
        (["global security initiative", "gsi"], "Global Security Initiative", "security"),
        (["global civilization initiative", "global civilisation initiative", "gci"], "Global Civilization Initiative", "culture"),
        (["water", "water resources", "irrigation"], "water", "environment"),
        (["forestry", "forests"], "forestry", "environment"),
        (["electric vehicles", "new energy vehicles", "vehicles", "automotive"], "vehicles", "industry"),
    ]

    static let table: PhraseTable<Subject> = PhraseTable(entries.flatMap { entry in
        entry.phrases.map { ($0, Subject(name: entry.subject, sector: entry.sector)) }
    })
}
