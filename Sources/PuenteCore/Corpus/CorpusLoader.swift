import Foundation

/// Reads a corpus directory: every `*.txt` file, with metadata from `manifest.json` and from the text itself.
/// A file that is empty, binary, too large or not UTF-8 is reported as a warning and skipped.
public struct CorpusLoader: Sendable {
    public static let maximumFileSize = 5 * 1024 * 1024

    public struct Result: Sendable {
        public let documents: [Document]
        public let warnings: [LoadWarning]
    }

    public init() {}

    public func load(directory path: String) throws(CorpusError) -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .directoryMissing(path: path)
        }
        let directory = URL(fileURLWithPath: path, isDirectory: true)
        var warnings: [LoadWarning] = []
        let entries = try manifestEntries(in: directory, warnings: &warnings)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasSuffix(".txt") }
            .sorted()
        for missing in entries.keys.sorted() where !files.contains(missing) {
            warnings.append(LoadWarning(file: missing, message: "listed in manifest.json but not found in the corpus; skipped"))
        }
        var documents: [Document] = []
        for file in files {
            switch readText(directory.appendingPathComponent(file)) {
            case .success(let text):
                let metadata = DocumentMetadataReader.metadata(manifest: entries[file], text: text, file: file, warnings: &warnings)
                documents.append(Document(id: String(file.dropLast(4)), file: file, text: text, metadata: metadata))
            case .failure(let problem):
                warnings.append(LoadWarning(file: file, message: problem.message + "; skipped"))
            }
        }
        return Result(documents: documents, warnings: warnings)
    }

    private func manifestEntries(in directory: URL, warnings: inout [LoadWarning]) throws(CorpusError) -> [String: Manifest.Entry] {
        let url = directory.appendingPathComponent("manifest.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: url))
        } catch {
            throw .manifestUnreadable(path: url.path, reason: Self.describe(error))
        }
        var entries: [String: Manifest.Entry] = [:]
        for entry in manifest.documents {
            if entries[entry.file] != nil {
                warnings.append(LoadWarning(file: entry.file, message: "listed twice in manifest.json; the first entry is used"))
                continue
            }
            entries[entry.file] = entry
        }
        return entries
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing field '\(key.stringValue)' at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context):
            return "not valid JSON: \(context.underlyingError.map { "\($0)" } ?? context.debugDescription)"
        default:
            return error.localizedDescription
        }
    }

    struct FileProblem: Error { let message: String }

    func readText(_ url: URL) -> Swift.Result<String, FileProblem> {
        guard let data = try? Data(contentsOf: url) else { return .failure(FileProblem(message: "cannot be read")) }
        return TextFileValidator.validate(data)
    }
}
