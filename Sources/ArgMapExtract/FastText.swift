import ArgMapText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// String and scalar tests the extraction rules use very often, with a fast path for ASCII.
// Each gives exactly the answer of the standard library call named in its comment: in ASCII
// text without a carriage return every character is one byte, and the Unicode properties
// agree with the byte ranges used here.

/// Whether every byte is ASCII and none is a carriage return (so each `Character` is one
/// byte: only CR LF makes one character of two ASCII bytes).
@inline(__always)
private func plainASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    for x in b where x >= 0x80 || x == 0x0D { return false }
    return true
}

extension String {
    /// `hasSuffix(_:)`.
    @inline(__always) func fastHasSuffix(_ suffix: String) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { a -> Bool? in
            suffix.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                guard plainASCII(a) else { return nil }
                // An ASCII string ends with no character that holds a scalar other than ASCII
                // and the three that equal ASCII characters (see WordIndex): "’s" is never
                // the end of "it's".
                guard plainASCII(b) else { return equalsNoASCII(suffix) ? false : nil }
                guard a.count >= b.count else { return false }
                return b.isEmpty || memcmp(a.baseAddress! + (a.count - b.count), b.baseAddress!, b.count) == 0
            } ?? nil
        }
        if let f = fast ?? nil { return f }
        return hasSuffix(suffix)
    }

    /// `hasPrefix(_:)`.
    @inline(__always) func fastHasPrefix(_ prefix: String) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { a -> Bool? in
            prefix.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                guard plainASCII(a), plainASCII(b) else { return nil }
                guard a.count >= b.count else { return false }
                return b.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0
            } ?? nil
        }
        if let f = fast ?? nil { return f }
        return hasPrefix(prefix)
    }

    /// `contains(_:)` of a string (a search for `other` in this string). Both plain ASCII
    /// (no carriage return) and `other` not empty: a search of the bytes, which finds `other`
    /// exactly where the character-wise search does; else that search.
    @inline(__always) func fastContains(_ other: String) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { a -> Bool? in
            other.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                guard !b.isEmpty, plainASCII(a), plainASCII(b) else { return nil }
                guard a.count >= b.count else { return false }
                let first = b[0], last = a.count - b.count
                var i = 0
                while i <= last {
                    if a[i] == first && memcmp(a.baseAddress! + i, b.baseAddress!, b.count) == 0 { return true }
                    i += 1
                }
                return false
            } ?? nil
        }
        if let f = fast ?? nil { return f }
        return contains(other)
    }

    /// `split(separator: " ").map(String.init)`: the words between spaces. In plain ASCII
    /// (no carriage return) every character is one byte, so the bytes are split.
    func fastSplitAtSpaces() -> [String] {
        let fast: [String]?? = utf8.withContiguousStorageIfAvailable { a -> [String]? in
            guard plainASCII(a) else { return nil }
            var out: [String] = []
            var i = 0
            let n = a.count
            while i < n {
                if a[i] == 0x20 { i += 1; continue }
                var j = i
                while j < n && a[j] != 0x20 { j += 1 }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: a[i..<j]), as: UTF8.self))
                i = j
            }
            return out
        }
        if let f = fast ?? nil { return f }
        return split(separator: " ").map(String.init)
    }

    /// `count` (the number of characters).
    @inline(__always) var fastCount: Int {
        let fast: Int? = utf8.withContiguousStorageIfAvailable { a -> Int? in plainASCII(a) ? a.count : nil } ?? nil
        return fast ?? count
    }
}

/// Whether some scalar of `s` is neither ASCII nor one of U+037E, U+1FEF, U+212A (the only
/// scalars canonically equivalent to ASCII characters): then no character holding it equals
/// an ASCII character.
@inline(__always)
private func equalsNoASCII(_ s: String) -> Bool {
    s.unicodeScalars.contains { $0.value >= 0x80 && $0.value != 0x037E && $0.value != 0x1FEF && $0.value != 0x212A }
}

extension Unicode.Scalar {
    /// `properties.numericType != nil` (in ASCII only the digits have a numeric type).
    @inline(__always) var hasNumericType: Bool {
        value < 0x80 ? (value >= 0x30 && value <= 0x39) : properties.numericType != nil
    }

    /// `properties.isLowercase` (in ASCII only a-z are lower case).
    @inline(__always) var isLowercaseLetter: Bool {
        value < 0x80 ? (value >= 0x61 && value <= 0x7A) : properties.isLowercase
    }
}

extension Character {
    /// `isUppercase` (in ASCII only A-Z are upper case).
    @inline(__always) var fastIsUppercase: Bool {
        if let a = asciiValue { return a >= 0x41 && a <= 0x5A }
        return isUppercase
    }
}
