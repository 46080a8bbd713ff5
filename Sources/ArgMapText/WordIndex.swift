import Foundation

/// A fixed set of strings numbered 0, 1, 2, ..., for fast look-ups of words.
///
/// `index(of:)` gives the same answers as a `[String: Int]` dictionary of the same keys
/// (strings are equal when Swift's `==` says so, that is when they are canonically
/// equivalent), but looks up ASCII strings (nearly every word) with a cheap hash of their
/// bytes instead of Swift's `String` hashing.
public final class WordIndex: Sendable {
    /// The distinct keys, in the order given (the first of several equal keys is kept).
    public let keys: [String]
    /// Every key, for look-ups of strings that are not ASCII.
    private let dictionary: [String: Int]
    /// Open addressing over the keys whose canonical form is ASCII: entry + 1, or 0 if empty.
    private let slots: [UInt32]
    /// Per entry: hash, offset and length of its bytes in `arena`, and its key index.
    private let entries: [Entry]
    private let arena: [UInt8]

    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
        var key: Int32
    }

    /// An index of `keys` (duplicates, by `==`, are dropped after the first).
    public init<S: Sequence>(_ keys: S) where S.Element == String {
        var dictionary: [String: Int] = [:]
        var distinct: [String] = []
        for k in keys where dictionary[k] == nil {
            dictionary[k] = distinct.count
            distinct.append(k)
        }
        self.keys = distinct
        self.dictionary = dictionary
        var entries: [Entry] = []
        var arena: [UInt8] = []
        for (i, k) in distinct.enumerated() {
            // An ASCII string equals a key exactly when it is the key's canonical composed
            // form (NFC), byte for byte; keys whose NFC is not ASCII equal no ASCII string.
            var bytes = Array(k.utf8)
            if bytes.contains(where: { $0 >= 0x80 }) {
                bytes = Array(k.precomposedStringWithCanonicalMapping.utf8)
                if bytes.contains(where: { $0 >= 0x80 }) { continue }
            }
            entries.append(Entry(hash: bytes.withUnsafeBufferPointer { WordIndex.hash($0) }, start: Int32(arena.count),
                                 length: Int32(bytes.count), key: Int32(i)))
            arena.append(contentsOf: bytes)
        }
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for e in entries.indices {
            var j = Int(truncatingIfNeeded: entries[e].hash) & mask
            while slots[j] != 0 { j = (j + 1) & mask }
            slots[j] = UInt32(e + 1)
        }
        self.slots = slots
        self.entries = entries
        self.arena = arena
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 31)
    }

    /// The number of the key equal to `s` (`==`), or nil.
    public func index(of s: String) -> Int? {
        let fast: Int?? = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for c in b {
                h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
                high |= c
            }
            if high >= 0x80 { return -1 }
            h ^= h >> 31
            return slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    arena.withUnsafeBufferPointer { arena -> Int? in
                        let mask = slots.count - 1
                        var j = Int(truncatingIfNeeded: h) & mask
                        while true {
                            let e = Int(slots[j])
                            if e == 0 { return nil }
                            let entry = entries[e - 1]
                            if entry.hash == h && Int(entry.length) == b.count
                                && (b.isEmpty || memcmp(arena.baseAddress! + Int(entry.start), b.baseAddress!, b.count) == 0) {
                                return Int(entry.key)
                            }
                            j = (j + 1) & mask
                        }
                    }
                }
            }
        }
        if let fast, fast != -1 { return fast }
        return dictionary[s]
    }

    /// Whether a key equals `s`.
    @inline(__always)
    public func contains(_ s: String) -> Bool { index(of: s) != nil }

    public var count: Int { keys.count }
}

/// A set of words with fast look-ups (see ``WordIndex``): `contains` answers as `Set<String>`
/// does.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    public let index: WordIndex

    public init<S: Sequence>(_ words: S) where S.Element == String { index = WordIndex(words) }
    public init(arrayLiteral words: String...) { index = WordIndex(words) }

    @inline(__always)
    public func contains(_ s: String) -> Bool { index.index(of: s) != nil }

    public var count: Int { index.count }
    public var isEmpty: Bool { index.count == 0 }
}

/// A map from words to strings with fast look-ups (see ``WordIndex``): the subscript answers
/// as the `[String: String]` dictionary it was made from does.
public struct WordMap: Sendable {
    public let index: WordIndex
    private let values: [String]

    public init(_ dictionary: [String: String]) {
        let keys = Array(dictionary.keys)
        index = WordIndex(keys)
        values = keys.map { dictionary[$0]! }
    }

    @inline(__always)
    public subscript(_ s: String) -> String? {
        index.index(of: s).map { values[$0] }
    }

    public var keys: [String] { index.keys }
}
