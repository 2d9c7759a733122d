/// The date an article's relative expressions ("on Wednesday", "last year") are read against: its publication date,
/// or, for a page that gives none, the latest day it writes out in full with its year. A photo caption such as
/// "in Beijing, Dec. 12, 2018" dates an undated page as well as a byline would; a day spoken of in the future
/// ("will sign on March 3, 2026") is not the day of writing, and is passed over.
enum ReadingDate {
    static func of(_ published: PartialDate?, sentences: [Sentence]) -> PartialDate? {
        published ?? latestWrittenDay(sentences)
    }

    static func latestWrittenDay(_ sentences: [Sentence]) -> PartialDate? {
        let recognizer = DateRecognizer(reference: nil, future: false)
        var latest: PartialDate?
        for sentence in sentences where !DocumentAnalyzer.speaksOfFuture(sentence.tokens) {
            for mention in recognizer.mentions(in: sentence.tokens) where mention.isAbsolute && mention.date.precision == .day {
                if latest.map({ mention.date > $0 }) ?? true { latest = mention.date }
            }
        }
        return latest
    }
}
