/// Strings (node ids) numbered 0, 1, 2, … as they are first interned: a diff works on these
/// numbers, and hashes each id string once per occurrence in the graphs.
///
/// An open-addressing table (linear probing, at most half full) of 8-byte slots, each the
/// number (plus one; 0 marks an empty slot) and a 32-bit tag of the hash; the strings are in
/// an array by number, read when a tag matches. A look-up reads one slot and, almost always
/// only when found, one string. (Slots with the string in them were three times the size: at
/// 100,000 ids the table no longer stayed in the cache while a diff streamed through the
/// graphs, and each look-up missed it. `Dictionary<String, Int>` cost two to three times as
/// much per look-up: its keys, values and occupancy bits are three arrays to miss in the
/// cache, and SipHash is slow on short strings.)
///
/// In `fast` mode the hash is a word-at-a-time multiply hash of the UTF-8 bytes, seeded per
/// process, and only ASCII strings are accepted (for them `==` is byte equality; other
/// strings may equal a string with other bytes); a string that is not ASCII, or probing that
/// runs long (crafted collisions), fails the operation, and the caller starts again in
/// `swift` mode, which uses the standard library's `hashValue`.
struct IDTable {
    enum Mode { case fast, swift }

    let mode: Mode
    /// How many strings have numbers.
    private(set) var count = 0
    /// `number + 1 << 32 | hash tag`, or 0 when empty.
    private var slots: [UInt64]
    /// By number: the string.
    private var keys: [String] = []
    /// `64 - log2(slots.count)`: the slot of hash `h` is `h >> shift`.
    private var shift: UInt64
    /// Probes beyond the first, against a budget: with a good hash they average well under one.
    private var extraProbes = 0
    private var operations = 0

    /// A table sized for about `capacity` strings.
    init(capacity: Int, mode: Mode) {
        self.mode = mode
        var n = 16, bits: UInt64 = 4
        while n < capacity * 2 {
            n <<= 1
            bits += 1
        }
        slots = [UInt64](repeating: 0, count: n)
        keys.reserveCapacity(capacity)
        shift = 64 - bits
    }

    /// A process-wide random seed, so that ids cannot be crafted to collide.
    private static let processSeed: UInt64 = .random(in: .min ... .max)
    /// ``processSeed``, read once per table (a `static let` is read through `swift_once`, a
    /// call per hash otherwise).
    private let seed: UInt64 = IDTable.processSeed

    /// The hash of `s`, or nil in `fast` mode when `s` is not ASCII.
    ///
    /// (The hot loops of a diff pass strings borrowed from the graphs, and nothing here copies
    /// them: a copy of a large string retains it, an atomic operation on its storage.)
    @inline(__always)
    func hash(_ s: String) -> UInt64? {
        if mode == .swift { return Self.mix(UInt64(bitPattern: Int64(s.hashValue))) }
        let seed = seed
        if let h = s.utf8.withContiguousStorageIfAvailable({ Self.fastHash(UnsafeRawBufferPointer($0), seed) }) {
            return h
        }
        var copy = s
        return copy.withUTF8 { Self.fastHash(UnsafeRawBufferPointer($0), seed) }
    }

    /// The fast hash of ASCII bytes, or nil when they are not ASCII.
    @inline(__always)
    private static func fastHash(_ raw: UnsafeRawBufferPointer, _ seed: UInt64) -> UInt64? {
        let n = raw.count
        var h = seed ^ (UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= w
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var w: UInt64 = 0, shift: UInt64 = 0
            while i < n {
                w |= UInt64(raw[i]) << shift
                shift += 8
                i += 1
            }
            high |= w
            h = (h ^ w) &* 0x94D0_49BB_1331_11EB
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        return mix(h)
    }

    /// The final mix of MurmurHash3 (every input bit affects every output bit).
    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// Outcome of a look-up: no such string.
    static let notFound = -1
    /// The table cannot take this string in this mode (not ASCII, or probing too long): start
    /// again in `swift` mode.
    static let failed = -2

    /// The number of `s`, or ``notFound``, or ``failed``.
    mutating func find(_ s: String) -> Int {
        guard let h = hash(s) else { return Self.failed }
        return probe(s, hash: h, insert: false)
    }

    /// The number of `s`, numbering it next if it is new; or ``failed``.
    mutating func intern(_ s: String) -> Int {
        guard let h = hash(s) else { return Self.failed }
        return probe(s, hash: h, insert: true)
    }

    /// ``find(_:)`` with the hash of `s` made already (by ``hash(_:)``).
    @inline(__always)
    mutating func find(_ s: String, hash h: UInt64) -> Int { probe(s, hash: h, insert: false) }

    /// ``intern(_:)`` with the hash of `s` made already (by ``hash(_:)``).
    @inline(__always)
    mutating func intern(_ s: String, hash h: UInt64) -> Int { probe(s, hash: h, insert: true) }

    /// Finds `s` (hash `h`), or numbers it if `insert`.
    @inline(__always)
    private mutating func probe(_ s: String, hash h: UInt64, insert: Bool) -> Int {
        if insert && count * 2 >= slots.count { grow() }
        operations += 1
        let tag = h & 0xFFFF_FFFF
        let mask = slots.count - 1
        var b = Int(truncatingIfNeeded: h >> shift)
        var extra = 0
        let found: Int = slots.withUnsafeBufferPointer { sl in
            while true {
                let v = sl[b]
                if v == 0 { return Self.notFound }
                if v & 0xFFFF_FFFF == tag && keys[Int(truncatingIfNeeded: v >> 32) - 1] == s {
                    return Int(truncatingIfNeeded: v >> 32) - 1
                }
                b = (b + 1) & mask
                extra += 1
                // More than 4 extra probes per operation on average, after the first thousands.
                if mode == .fast && extraProbes + extra > 4 * operations + 4_096 { return Self.failed }
            }
        }
        extraProbes += extra
        if found != Self.notFound || !insert { return found }
        count += 1
        slots[b] = UInt64(count) << 32 | tag
        keys.append(s)
        return count - 1
    }

    /// Doubles the slots (the strings keep their numbers).
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for v in old where v != 0 {
            let h = hash(keys[Int(truncatingIfNeeded: v >> 32) - 1])!  // accepted once, so accepted again
            var c = Int(truncatingIfNeeded: h >> shift)
            while slots[c] != 0 { c = (c + 1) & mask }
            slots[c] = v
        }
    }
}
