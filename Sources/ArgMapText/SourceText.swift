import Foundation
import Crypto

/// Why an input text could not be read.
public enum InputError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The bytes are not valid UTF-8; `offset` is the first bad byte.
    case invalidUTF8(offset: Int)
    /// The input holds a NUL byte or other signs of a binary file.
    case binary(offset: Int)
    /// The input is empty or holds only white space.
    case empty

    public var description: String {
        switch self {
        case .invalidUTF8(let o): return "not valid UTF-8 text (bad byte at offset \(o))"
        case .binary(let o): return "looks like a binary file, not text (NUL byte at offset \(o))"
        case .empty: return "the text is empty"
        }
    }
}

/// The raw input: its name, bytes, decoded text and digest.
///
/// Offsets everywhere in argmap are UTF-8 byte offsets into ``bytes`` (the input exactly as
/// read, BOM and CRLF line ends included).
public struct SourceText: Sendable {
    /// The input's file name (no directories), or `-` for standard input.
    public let name: String
    /// The input bytes, unchanged.
    public let bytes: [UInt8]
    /// Lower-case hex SHA-256 of ``bytes``.
    public let sha256: String
    /// Byte offset where the text starts (3 after a UTF-8 byte order mark, else 0).
    public let textStart: Int

    /// Validates `bytes` as UTF-8 text.
    public init(name: String, bytes: [UInt8]) throws(InputError) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if let bad = SourceText.firstInvalidUTF8(bytes, from: start) { throw .invalidUTF8(offset: bad) }
        if let nul = bytes[start...].firstIndex(of: 0) { throw .binary(offset: nul) }
        let hasText = bytes[start...].contains { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C || $0 == 0x0B) }
        if !hasText { throw .empty }
        self.name = name
        self.bytes = bytes
        self.textStart = start
        self.sha256 = SourceText.hex(SHA256.hash(data: bytes))
    }

    /// Lower-case hex of `bytes`, two digits a byte (as `String(format: "%02x")` writes them).
    static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads a file (or standard input for `-`) and validates it as UTF-8 text.
    public init(name: String, data: Data) throws(InputError) {
        try self.init(name: name, bytes: [UInt8](data))
    }

    /// The text of the byte range `start..<end` (clamped to the input).
    public func text(_ start: Int, _ end: Int) -> String {
        let s = max(textStart, min(start, bytes.count)), e = max(s, min(end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ b: [UInt8], from start: Int) -> Int? {
        var i = start
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var minValue: UInt32 = 0
            var value: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; value = UInt32(c & 0x1F); minValue = 0x80 }
            else if c & 0xF0 == 0xE0 { need = 2; value = UInt32(c & 0x0F); minValue = 0x800 }
            else if c & 0xF8 == 0xF0 { need = 3; value = UInt32(c & 0x07); minValue = 0x10000 }
            else { return i }
            if i + need >= n { return i }
            for k in 1...need {
                let d = b[i + k]
                if d & 0xC0 != 0x80 { return i }
                value = value << 6 | UInt32(d & 0x3F)
            }
            if value < minValue || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }
}
