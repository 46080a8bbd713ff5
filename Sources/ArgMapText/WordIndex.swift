#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed set of strings numbered 0, 1, 2, ..., for fast look-ups of words.
///
/// `index(of:)` gives the same answers as a `[String: Int]` dictionary of the same keys
/// (strings are equal when Swift's `==` says so, that is when they are canonically
/// equivalent), but looks up ASCII strings (nearly every word) with a cheap hash of their
/// bytes instead of Swift's `String` hashing.
///
/// A string equals an ASCII string exactly when each of its scalars is ASCII or one of the
/// three whose canonical decomposition is an ASCII character (U+037E GREEK QUESTION MARK ";",
/// U+1FEF GREEK VARIA "`", U+212A KELVIN SIGN "K": canonical decompositions are single
/// scalars or a base and combining marks, none of which is ASCII); the ASCII string is then
/// the one with those three replaced. Such strings are looked up by those bytes; all others
/// (which equal no ASCII string) in a dictionary of the keys like them.
public final class WordIndex: Sendable {
    /// The distinct keys, in the order given (the first of several equal keys is kept).
    public let keys: [String]
    /// The keys that equal no ASCII string.
    private let others: [String: Int]
    /// Open addressing over the keys that equal an ASCII string: entry + 1, or 0 if empty.
    private let slots: [UInt32]
    /// Per entry: hash, offset and length of its ASCII bytes in `arena`, and its key index.
    private let entries: [Entry]
    private let arena: [UInt8]

    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
        var key: Int32
    }

    /// The ASCII string `s` equals, as bytes, or nil if it equals none.
    static func asciiForm(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        for u in s.unicodeScalars {
            switch u.value {
            case 0..<0x80: out.append(UInt8(u.value))
            case 0x037E: out.append(UInt8(ascii: ";"))
            case 0x1FEF: out.append(UInt8(ascii: "`"))
            case 0x212A: out.append(UInt8(ascii: "K"))
            default: return nil
            }
        }
        return out
    }

    /// An index of `keys` (duplicates, by `==`, are dropped after the first).
    public convenience init<S: Sequence>(_ keys: S) where S.Element == String {
        self.init(distinct: keys)
    }

    /// ``init(_:)`` of an array (the usual case): this form is specialized for arrays, where
    /// a call of the generic one from another module walks the sequence through its protocol
    /// witnesses (~450 instructions a key).
    public convenience init(_ keys: [String]) {
        self.init(distinct: keys)
    }

    init<S: Sequence>(distinct keys: S) where S.Element == String {
        var b = Builder(expected: keys.underestimatedCount)
        for k in keys {
            // ASCII keys straight from their bytes (nearly all); others through asciiForm.
            let done: Bool? = k.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                var high: UInt8 = 0
                for c in bytes { high |= c }
                guard high < 0x80 else { return false }
                b.add(ascii: bytes, key: k)
                return true
            }
            if done == true { continue }
            if let bytes = WordIndex.asciiForm(k) {
                bytes.withUnsafeBufferPointer { b.add(ascii: $0, key: k) }
            } else if b.others[k] == nil {
                b.others[k] = b.distinct.count
                b.distinct.append(k)
            }
        }
        self.keys = b.distinct
        self.others = b.others
        self.slots = b.slots
        self.entries = b.entries
        self.arena = b.arena
    }

    private struct Builder {
        var distinct: [String] = []
        var others: [String: Int] = [:]
        var entries: [Entry] = []
        var arena: [UInt8] = []
        var slots: [UInt32]

        init(expected: Int) {
            var capacity = 16
            while capacity < expected * 2 { capacity *= 2 }
            slots = [UInt32](repeating: 0, count: capacity)
            distinct.reserveCapacity(expected)
            entries.reserveCapacity(expected)
            arena.reserveCapacity(expected * 10)
        }

        /// Adds the key `key`, whose ASCII form is `bytes`, unless an equal key is there.
        mutating func add(ascii bytes: UnsafeBufferPointer<UInt8>, key: String) {
            let h = WordIndex.hash(bytes)
            // One probe finds an equal key or the free slot the new one takes.
            let mask = slots.count - 1
            let free: Int? = slots.withUnsafeBufferPointer { sl in
                entries.withUnsafeBufferPointer { en in
                    arena.withUnsafeBufferPointer { ar -> Int? in
                        var j = Int(truncatingIfNeeded: h) & mask
                        while true {
                            let e = Int(sl[j])
                            if e == 0 { return j }
                            let entry = en[e - 1]
                            if entry.hash == h && Int(entry.length) == bytes.count
                                && (bytes.isEmpty || memcmp(ar.baseAddress! + Int(entry.start), bytes.baseAddress!, bytes.count) == 0) {
                                return nil
                            }
                            j = (j + 1) & mask
                        }
                    }
                }
            }
            guard let free else { return }
            entries.append(Entry(hash: h, start: Int32(arena.count), length: Int32(bytes.count), key: Int32(distinct.count)))
            distinct.append(key)
            arena.append(contentsOf: bytes)
            if entries.count * 2 > slots.count {
                slots = [UInt32](repeating: 0, count: slots.count * 2)
                for e in entries.indices { insert(e) }
            } else {
                slots[free] = UInt32(entries.count)
            }
        }

        mutating func insert(_ e: Int) {
            let mask = slots.count - 1
            var j = Int(truncatingIfNeeded: entries[e].hash) & mask
            while slots[j] != 0 { j = (j + 1) & mask }
            slots[j] = UInt32(e + 1)
        }
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 31)
    }

    @inline(__always)
    private static func find(_ b: UnsafeBufferPointer<UInt8>, _ h: UInt64, _ slots: [UInt32], _ entries: [Entry], _ arena: [UInt8]) -> Int? {
        slots.withUnsafeBufferPointer { slots in
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
            return WordIndex.find(b, h ^ (h >> 31), slots, entries, arena)
        }
        if let fast, fast != -1 { return fast }
        if let bytes = WordIndex.asciiForm(s) {
            return bytes.withUnsafeBufferPointer { WordIndex.find($0, WordIndex.hash($0), slots, entries, arena) }
        }
        return others[s]
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
    /// ``init(_:)`` of an array (specialized, as WordIndex's array form).
    public init(_ words: [String]) { index = WordIndex(words) }
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
        // The keys and values side by side (the keys are distinct: the index keeps them all,
        // in this order).
        var keys: [String] = [], values: [String] = []
        keys.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        for (k, v) in dictionary {
            keys.append(k)
            values.append(v)
        }
        index = WordIndex(keys)
        self.values = values
    }

    /// A map of `keys[i]` to `values[i]`; of equal keys (`==`) the first gives the value, as
    /// a dictionary filled in this order with only new keys added would.
    public init(keys: [String], values: [String]) {
        precondition(keys.count == values.count)
        index = WordIndex(keys)
        var out = [String?](repeating: nil, count: index.count)
        var set = 0
        for (k, v) in zip(keys, values) where set < out.count {
            let n = index.index(of: k)!
            if out[n] == nil {
                out[n] = v
                set += 1
            }
        }
        self.values = out.map { $0! }
    }

    @inline(__always)
    public subscript(_ s: String) -> String? {
        index.index(of: s).map { values[$0] }
    }

    public var keys: [String] { index.keys }
}
