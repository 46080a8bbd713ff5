@_exported import ArgMapGraph
@_exported import ArgMapText
@_exported import ArgMapExtract
@_exported import ArgMapRender
@_exported import ArgMapDiff
@_exported import ArgMapExport
import Foundation

/// A failure of the argmap pipeline, always tied to the file it concerns.
///
/// `description` is one line, `FILE: what is wrong`, ready to print after `argmap: error: `.
public struct ArgMapError: Error, CustomStringConvertible, Sendable {
    /// The file the problem concerns (`-` for standard input).
    public let file: String
    /// What is wrong, in one line.
    public let problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem.replacingOccurrences(of: "\n", with: " ")
    }

    public var description: String { "\(file): \(problem)" }
}

/// The whole pipeline as library calls: read an input (prose or a saved graph), extract,
/// and hand the graph on to rendering or diffing.
public enum ArgMapPipeline {
    /// Largest input argmap reads (bytes): 64 MB. Bigger files are refused by their size
    /// before any byte is read. Extraction holds the whole document (tokens, sentences) in
    /// memory and its time grows faster than the text: split bigger corpora into documents
    /// and use corpus mode (`argmap extract DIR -o OUTDIR`).
    public static let maxInputBytes = 64 * 1024 * 1024

    /// Reads the bytes of `path` (`-` for standard input), with clear errors.
    public static func readInput(_ path: String) throws(ArgMapError) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        return Data(try readFile(path))
    }

    /// ``readInput(_:)`` as an array of bytes (for a file, without making `Data` first: a
    /// text to extract is held once, not twice).
    static func readInputBytes(_ path: String) throws(ArgMapError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        return try readFile(path)
    }

    /// The bytes of the file `path`, with the errors of ``readInput(_:)``.
    static func readFile(_ path: String) throws(ArgMapError) -> [UInt8] {
        // stat(2) rather than FileManager's attributes, which look up the owner's user and
        // group names (NSS files and sockets) that are not needed here.
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw ArgMapError(file: path, problem: "no such file")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw ArgMapError(file: path, problem: "is a directory, not a file") }
        guard access(path, R_OK) == 0 else {
            throw ArgMapError(file: path, problem: "cannot be read (permission denied)")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ArgMapError(file: path, problem: "cannot be read (permission denied)")
        }
        defer { close(fd) }
        if Int(st.st_size) > maxInputBytes {
            throw ArgMapError(file: path, problem: "too large (more than \(maxInputBytes / 1024 / 1024) MB)")
        }
        // Up to one byte more than the limit (the size may have changed, or be unknown for a
        // pipe). A read error gives what FileHandle's did: no bytes.
        var out: [UInt8] = []
        out.reserveCapacity(Swift.min(Int(st.st_size), maxInputBytes) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while out.count <= maxInputBytes {
            let want = Swift.min(chunk.count, maxInputBytes + 1 - out.count)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                out = []
                break
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        if out.count > maxInputBytes {
            throw ArgMapError(file: path, problem: "too large (more than \(maxInputBytes / 1024 / 1024) MB)")
        }
        return out
    }

    /// Whether `path` names a saved graph (`.json`) rather than prose.
    public static func isGraphFile(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".json")
    }

    /// Extracts the argument graph of prose `data` named `name`.
    public static func extract(_ data: Data, name: String, lexicon: Lexicon = .builtIn) throws(ArgMapError) -> ArgumentGraph {
        try extract(bytes: [UInt8](data), name: name, lexicon: lexicon)
    }

    /// ``extract(_:name:lexicon:)`` of bytes; a nil `lexicon` is the built-in one, first
    /// touched once the text is split into sentences (see ``loadGraphWithBuiltInLexicon(_:)``).
    static func extract(bytes: [UInt8], name: String, lexicon: Lexicon?) throws(ArgMapError) -> ArgumentGraph {
        let source: SourceText
        do {
            source = try SourceText(name: name, bytes: bytes)
        } catch {
            throw ArgMapError(file: name, problem: error.description)
        }
        let document = Document(source)
        var graph = Extractor(lexicon: lexicon ?? .builtIn).extract(document)
        // The document and the extraction's tables are gone; glibc keeps their small blocks
        // for reuse. For a long text, hand that memory back before the output is made (it
        // would otherwise count twice in the peak: about 25 MB for a 10 MB text).
        if bytes.count > 1 << 20 { releaseFreeMemory() }
        // A label longer than a saved graph may hold (a 100,000-letter "name") is cut, so that
        // every extracted map reads back (ids are unchanged).
        for i in graph.nodes.indices where graph.nodes[i].label.count > ArgumentGraph.maxLabelLength {
            graph.nodes[i].label = String(graph.nodes[i].label.prefix(ArgumentGraph.maxLabelLength - 1)) + "\u{2026}"
        }
        return graph
    }

    /// Loads a graph from `path`: a `.json` graph is read and validated (an AIF file, told by
    /// its shape, is converted; see ``AIFImport``), anything else is read as prose and
    /// extracted.
    public static func loadGraph(_ path: String, lexicon: Lexicon = .builtIn) throws(ArgMapError) -> ArgumentGraph {
        try loadGraph(path, lexiconOrBuiltIn: lexicon)
    }

    /// ``loadGraph(_:lexicon:)`` with the built-in lexicon, which is first touched only when a
    /// text's sentences are ready for extraction (never for a saved graph). Its one-time
    /// decoding (~2M instructions) can then happen on another thread meanwhile, as
    /// ``Extractor/prepare(lexicon:)`` run there does; the result is the same.
    public static func loadGraphWithBuiltInLexicon(_ path: String) throws(ArgMapError) -> ArgumentGraph {
        try loadGraph(path, lexiconOrBuiltIn: nil)
    }

    static func loadGraph(_ path: String, lexiconOrBuiltIn lexicon: Lexicon?) throws(ArgMapError) -> ArgumentGraph {
        let bytes = try readInputBytes(path)
        let name = path == "-" ? "-" : (path as NSString).lastPathComponent
        if isGraphFile(path) || path.lowercased().hasSuffix(".aif") || (path == "-" && bytes.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{")) {
            let data = Data(bytes)
            if AIFImport.looksLikeAIF(data) {
                return try loadAIF(data, name: name, path: path)
            }
            do {
                return try ArgumentGraph.decode(json: data)
            } catch {
                throw ArgMapError(file: path, problem: error.description)
            }
        }
        do {
            return try extract(bytes: bytes, name: name, lexicon: lexicon)
        } catch {
            throw ArgMapError(file: path, problem: error.problem)
        }
    }

    /// Reads AIF JSON `data` (an AIFdb or OVA file) as an argmap/1 graph; see ``AIFImport``.
    public static func loadAIF(_ data: Data, name: String, path: String) throws(ArgMapError) -> ArgumentGraph {
        let sha: String
        do { sha = try SourceText(name: name, data: data).sha256 } catch { throw ArgMapError(file: path, problem: error.description) }
        do {
            return try AIFImport.graph(from: data, source: SourceInfo(name: name, sha256: sha, bytes: data.count))
        } catch {
            throw ArgMapError(file: path, problem: error.description)
        }
    }

    /// Loads a user lexicon file (JSON, or YAML for `.yml`/`.yaml`) merged over the built-in one.
    public static func loadLexicon(_ path: String?) throws(ArgMapError) -> Lexicon {
        guard let path else { return .builtIn }
        let data = try readInput(path)
        do {
            let lower = path.lowercased()
            let user = lower.hasSuffix(".yml") || lower.hasSuffix(".yaml")
                ? try PartialLexicon.decode(yaml: String(decoding: data, as: UTF8.self))
                : try PartialLexicon.decode(json: data)
            return Lexicon.builtIn.merged(with: user)
        } catch {
            throw ArgMapError(file: path, problem: error.description)
        }
    }

    /// Writes `data` to `path` atomically, or to standard output when `path` is nil or `-`.
    public static func writeOutput(_ data: Data, to path: String?) throws(ArgMapError) {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try OutputFile.write(data, to: path)
        } catch {
            throw ArgMapError(file: path, problem: error.description)
        }
    }
}
