import ArgumentParser

@main
struct Puente: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puente",
        abstract: "Facts about China's relations with Latin America, read from news articles.",
        subcommands: [Serve.self, Parse.self, Healthcheck.self],
        defaultSubcommand: Serve.self)
}
