/// Why a corpus as a whole could not be loaded. A single bad article is a `LoadWarning` instead.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    case directoryMissing(path: String)
    case manifestUnreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .directoryMissing(let path):
            return "corpus directory '\(path)' does not exist or is not a directory: pass --corpus with a directory of .txt articles"
        case .manifestUnreadable(let path, let reason):
            return "manifest '\(path)' cannot be read: \(reason). Fix it to the form {\"documents\":[{\"file\":\"a.txt\",\"published\":\"2024-05-01\"}]} or remove it"
        }
    }
}
