import ArgumentParser
import Foundation
import PuenteCore

/// `puente parse`: reads a corpus and prints its knowledge base as JSON.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the knowledge base built from a corpus as JSON.")

    @Option(help: "A directory of .txt articles with an optional manifest.json.")
    var corpus: String = "data/corpus"

    @Flag(help: "Print compact JSON on one line.")
    var compact = false

    func run() throws {
        let knowledgeBase: KnowledgeBase
        do {
            knowledgeBase = try KnowledgeBaseBuilder().build(corpus: corpus)
        } catch {
            FileHandle.standardError.write(Data("puente: \(error)\n".utf8))
            throw ExitCode(2)
        }
        for warning in knowledgeBase.warnings {
            FileHandle.standardError.write(Data("puente: warning: \(warning.file): \(warning.message)\n".utf8))
        }
        FileHandle.standardOutput.write(try JSONFormat.encoder(pretty: !compact).encode(knowledgeBase))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
