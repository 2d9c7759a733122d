import ArgumentParser

@main
struct Puente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puente",
        abstract: "Facts about China's relations with Latin America, read from news articles.",
        subcommands: [Parse.self])
}
