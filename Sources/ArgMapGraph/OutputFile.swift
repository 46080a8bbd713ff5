import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // Plain POSIX calls: the rename below is what makes the write atomic for readers
        // (`createFile` also went through a temporary file of its own and an fsync, a couple
        // of milliseconds for every file written).
        guard writeNew(tmp, data) else {
            throw .cannotWrite(path: path, reason: "cannot create a temporary file in \(dir)")
        }
        if rename(tmp, path) != 0 {
            let why = String(cString: strerror(errno))
            unlink(tmp)
            throw .cannotWrite(path: path, reason: why)
        }
    }

    /// Creates `path` (which must not exist; mode 0666 less the umask) holding `data`; false
    /// (and no file left behind) if that fails.
    static func writeNew(_ path: String, _ data: Data) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        let ok = data.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
            var done = 0
            while done < b.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, b.baseAddress! + done, b.count - done)
                #else
                let n = Darwin.write(fd, b.baseAddress! + done, b.count - done)
                #endif
                if n < 0 { if errno == EINTR { continue }; return false }
                done += n
            }
            return true
        }
        if close(fd) != 0 || !ok {
            unlink(path)
            return false
        }
        return true
    }
}
