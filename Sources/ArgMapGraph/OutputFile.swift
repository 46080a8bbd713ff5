import Foundation

/// Why an output could not be written.
public enum OutputError: Error, Equatable, CustomStringConvertible, Sendable {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(_, let why): return "cannot write: \(why)"
        }
    }
}

/// Writes whole files atomically: the bytes go to a temporary file in the same folder, which
/// is then renamed over the target, so a reader never sees a partial or truncated file.
public enum OutputFile {
    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw .cannotWrite(path: path, reason: "no such directory \(dir)")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw .cannotWrite(path: path, reason: "is a directory")
        }
        let tmp = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: tmp, contents: data) else {
            throw .cannotWrite(path: path, reason: "cannot create a temporary file in \(dir)")
        }
        if rename(tmp, path) != 0 {
            let why = String(cString: strerror(errno))
            unlink(tmp)
            throw .cannotWrite(path: path, reason: why)
        }
    }
}
