import Testing
@testable import PuenteCore

/// Site furniture is removed, article text is kept, and every kept character maps back to the file.
@Suite struct CleanerTests {
    static let boilerplate: [String] = [
        "READ ALSO: Asian Stocks Rally Amid Eased Trade Tensions",
        "Advertisement",
        "Your email address will not be published. Required fields are marked *",
        "Subscribe to get the latest posts sent to your email.",
        "Share this: Facebook Twitter WhatsApp",
        "Facebook Twitter LinkedIn Email",
        "We use cookies to improve your experience. Accept",
        "ColombiaOne.comColombia newsColombia's Petro Strengthens Ties",
        "Home › World › Americas",
        "By Liz Lee and Ryan Woo",
        "(Reporting by Liz Lee; Editing by Nick Macfie)",
        "- Nayib Bukele (@nayibbukele) June 1, 2024",
        "Photo: Reuters/File",
        "date 2025-05-15",
        "Colombia Hopes to Expand Relations with China Video Poster",
    ]

    @Test(arguments: boilerplate)
    func dropsBoilerplateLine(_ line: String) {
        let clean = Cleaner().clean(Array("China and Peru met.\n\(line)\nThey signed a deal.".unicodeScalars))
        #expect(clean.blocks.count == 2, "\(line)")
    }

    static let article: [String] = [
        "China elevated diplomatic relations with Colombia to a strategic partnership on Wednesday.",
        "Colombia had a trade deficit of more than $8 billion last year.",
        "The signed agreements",
        "Subsidies for the subway by 2026 are expected.",
    ]

    @Test(arguments: article)
    func keepsArticleLine(_ line: String) {
        let clean = Cleaner().clean(Array(line.unicodeScalars))
        #expect(clean.blocks.count == 1)
        #expect(clean.text.string(clean.blocks[0].range) == line)
    }

    static let listItems: [(line: String, isItem: Bool)] = [
        ("• A tourism agreement which eases visas.", true),
        ("- A memorandum on agriculture", true),
        ("3. A protocol on beef exports.", true),
        ("12) An agreement on ports.", true),
        ("-20% fell exports to China in 2023.", false),
        ("2023. A year of records for Peru.", false),
        ("The agreements include a memorandum on ports.", false),
    ]

    @Test(arguments: listItems)
    func marksBulletedAndNumberedLinesAsListItems(_ row: (line: String, isItem: Bool)) {
        let clean = Cleaner().clean(Array(row.line.unicodeScalars))
        #expect(clean.blocks.map(\.isListItem) == [row.isItem], "\(row.line)")
    }

    @Test func cutsPhotoCreditsFromCaptions() {
        let caption = "Colombian President Gustavo Petro meets Xi Jinping in Beijing – Photo: @infopresidencia / X"
        let clean = Cleaner().clean(Array(caption.unicodeScalars))
        #expect(clean.text.string(clean.blocks[0].range) == "Colombian President Gustavo Petro meets Xi Jinping in Beijing")
        let credited = "Xi shakes hands with Petro in Beijing on Wednesday. Feng Yongbin / China daily"
        let second = Cleaner().clean(Array(credited.unicodeScalars))
        #expect(second.text.string(second.blocks[0].range) == "Xi shakes hands with Petro in Beijing on Wednesday.")
    }

    @Test func dropsEverythingAfterTheCommentSection() {
        let text = "China and Peru met.\n2 thoughts on \"China and Peru\"\nThey signed 20 deals with China!"
        let replies = "China and Peru met.\nLeave a Reply\nThey signed 20 deals with China!"
        #expect(Cleaner().clean(Array(replies.unicodeScalars)).blocks.count == 1)
        #expect(Cleaner().clean(Array(text.unicodeScalars)).blocks.count == 1)
    }

    @Test func repeatedTitleLinesAreKeptOnce() {
        let text = "China upgrades ties with Colombia\n\nChina upgrades ties with Colombia\n\nThe talks went well."
        #expect(Cleaner().clean(Array(text.unicodeScalars)).blocks.count == 2)
    }

    @Test func repairsMojibakeAndKeepsOffsetsIntoTheOriginal() {
        let original = "Colombiaâ€™s president met Xiâ€™s envoy."
        let clean = Cleaner().clean(Array(original.unicodeScalars))
        #expect(clean.text.string(clean.blocks[0].range) == "Colombia's president met Xi's envoy.")
        let scalars = Array(original.unicodeScalars)
        let range = clean.text.originalRange(clean.blocks[0].range)
        #expect(String(String.UnicodeScalarView(scalars[range])) == original)
    }
}
