/// What a token is.
public enum TokenKind: Sendable, Equatable {
    /// Letters and digits, with word-internal apostrophes, hyphens and abbreviation dots.
    case word
    /// A quotation mark; `open` tells which way it faces where that can be told.
    case quote(QuoteMark)
    /// Any other punctuation mark (an ellipsis `...` is one token).
    case punct
}

/// A quotation mark and the side it stands on.
public enum QuoteMark: Sendable, Equatable {
    case open, close, ambiguous
}

/// A token of the input, with its UTF-8 byte span.
public struct Token: Sendable, Equatable {
    /// The token as it stands in the input (typographic apostrophes made plain).
    public let text: String
    /// ``text`` lower-cased.
    public let lower: String
    public let kind: TokenKind
    /// UTF-8 byte offset of the first byte.
    public let start: Int
    /// UTF-8 byte offset after the last byte.
    public let end: Int
    /// Whether white space (or a line break) stands right before the token.
    public let spaceBefore: Bool
    /// Whether the token starts a paragraph.
    public let paragraphStart: Bool

    @usableFromInline
    init(text: String, lower: String, kind: TokenKind, start: Int, end: Int, spaceBefore: Bool, paragraphStart: Bool) {
        self.text = text
        self.lower = lower
        self.kind = kind
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.paragraphStart = paragraphStart
    }

    public var isWord: Bool { kind == .word }
    public var isQuote: Bool { if case .quote = kind { return true } else { return false } }
    /// The first character is an upper-case letter.
    public var isCapitalized: Bool {
        guard let u = text.unicodeScalars.first else { return false }
        if u.value < 0x80 { return u.value >= 0x41 && u.value <= 0x5A }
        return u.properties.isUppercase
    }
    /// Two or more letters, all upper case ("NKID", "USSR").
    public var isAcronym: Bool {
        var letters = 0
        for u in text.unicodeScalars {
            if u.value < 0x80 {
                if u.value >= 0x61 && u.value <= 0x7A { return false }
                if u.value >= 0x41 && u.value <= 0x5A { letters += 1 }
                continue
            }
            if u.properties.isLowercase { return false }
            if u.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }
}

// MARK: - Compact storage

/// One token as a ``Document`` stores it (see ``TokenStorage``): its text as an index into the
/// document's table of distinct words (a 10 MB text has about 1.5 million tokens but a few
/// thousand distinct words), its start, and its kind and flags.
@usableFromInline
struct TokenRecord: Sendable {
    /// Index of the token's text in ``TokenStorage/texts`` (and ``TokenStorage/lowers``).
    @usableFromInline var word: UInt32
    @usableFromInline var start: UInt32
    /// Bits 0-2: the kind (0 word, 1 punct, 2/3/4 quote open/close/ambiguous); bit 3: space
    /// before; bit 4: paragraph start; bit 5: the end is not start + the text's byte count
    /// (an apostrophe ’ made plain; see ``TokenStorage/oddEnds``).
    @usableFromInline var meta: UInt8

    @inlinable init(word: UInt32, start: UInt32, meta: UInt8) {
        self.word = word
        self.start = start
        self.meta = meta
    }

    @inlinable var kindCode: UInt8 { meta & 7 }
    /// Bit 0: space before; bit 1: paragraph start.
    @inlinable var flags: UInt8 { (meta >> 3) & 3 }
    @inlinable var oddEnd: Bool { meta & 0x20 != 0 }

    @inlinable var kind: TokenKind {
        switch kindCode {
        case 0: return .word
        case 1: return .punct
        case 2: return .quote(.open)
        case 3: return .quote(.close)
        default: return .quote(.ambiguous)
        }
    }

    static func code(_ kind: TokenKind) -> UInt8 {
        switch kind {
        case .word: return 0
        case .punct: return 1
        case .quote(.open): return 2
        case .quote(.close): return 3
        case .quote(.ambiguous): return 4
        }
    }

    @inlinable var spaceBefore: Bool { flags & 1 != 0 }
    @inlinable var paragraphStart: Bool { flags & 2 != 0 }
    var isWord: Bool { kindCode == 0 }
    var isQuote: Bool { kindCode >= 2 }
}

/// The tokens of a document, 9 bytes a token: word index and start packed in one array, kind
/// and flags in another, with the table of their distinct texts.
@usableFromInline
final class TokenStorage: Sendable {
    /// Per token: word index << 32 | start.
    @usableFromInline let wordStart: [UInt64]
    /// Per token: ``TokenRecord/meta``.
    @usableFromInline let meta: [UInt8]
    /// Distinct token texts, by word index.
    @usableFromInline let texts: [String]
    /// ``texts`` lower-cased, by word index.
    @usableFromInline let lowers: [String]
    /// Per word index: the byte count of its text (a token's end is its start plus this).
    @usableFromInline let wordBytes: [Int32]
    /// Per word index: the number of its lower-case form among the distinct ones (forms equal
    /// as Swift strings, that is canonically equivalent, share a number).
    @usableFromInline let lowerIDs: [Int32]
    /// Distinct lower-case form -> its number.
    let lowerIndex: WordIndex
    /// The ends of the tokens whose end is not start + text length, by token index.
    @usableFromInline let oddEnds: [Int: Int]

    init(wordStart: [UInt64], meta: [UInt8], texts: [String], lowers: [String], wordBytes: [Int32], oddEnds: [Int: Int]) {
        self.wordStart = wordStart
        self.meta = meta
        self.texts = texts
        self.lowers = lowers
        self.wordBytes = wordBytes
        self.oddEnds = oddEnds
        let index = WordIndex(lowers)
        self.lowerIDs = lowers.map { Int32(index.index(of: $0)!) }
        self.lowerIndex = index
    }

    @inlinable var count: Int { meta.count }

    @inlinable func record(_ i: Int) -> TokenRecord {
        let ws = wordStart[i]
        return TokenRecord(word: UInt32(truncatingIfNeeded: ws >> 32), start: UInt32(truncatingIfNeeded: ws), meta: meta[i])
    }

    @inlinable func word(_ i: Int) -> Int { Int(truncatingIfNeeded: wordStart[i] >> 32) }

    /// The end of token `i`, whose record is `r`.
    @inlinable func end(_ i: Int, _ r: TokenRecord) -> Int {
        r.oddEnd ? oddEnds[i]! : Int(r.start) + Int(wordBytes[Int(r.word)])
    }
}

/// The tokens of a ``Document``, in order: a random-access collection of ``Token`` values
/// made on access from compact storage (see ``TokenRecord``).
public struct TokenList: RandomAccessCollection, Sendable {
    @usableFromInline let storage: TokenStorage

    init(_ storage: TokenStorage) { self.storage = storage }

    public typealias Index = Int
    public typealias Indices = Range<Int>
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storage.count }
    @inlinable public var count: Int { storage.count }
    @inlinable public var indices: Range<Int> { 0..<storage.count }
    @inlinable public func index(after i: Int) -> Int { i + 1 }
    @inlinable public func index(before i: Int) -> Int { i - 1 }

    @inlinable public subscript(i: Int) -> Token {
        let r = storage.record(i)
        let w = Int(r.word)
        return Token(text: storage.texts[w], lower: storage.lowers[w], kind: r.kind, start: Int(r.start), end: storage.end(i, r),
                     spaceBefore: r.spaceBefore, paragraphStart: r.paragraphStart)
    }

    /// The lower-cased text of token `i` (``Token/lower``), without making the whole token.
    @inlinable public func lower(_ i: Int) -> String {
        storage.lowers[storage.word(i)]
    }

    /// A number for the lower-case form of token `i`: two tokens have the same number exactly
    /// when their ``Token/lower`` strings are equal (`==`).
    @inlinable public func lowerID(_ i: Int) -> Int {
        Int(storage.lowerIDs[storage.word(i)])
    }

    /// The number ``lowerID(_:)`` gives tokens whose ``Token/lower`` equals `s`, or nil when no
    /// token of the document has that lower-case form.
    public func lowerID(of s: String) -> Int? {
        storage.lowerIndex.index(of: s)
    }

    /// The number of token `i`'s text among the document's distinct token texts: two tokens
    /// have the same number exactly when their texts have the same bytes.
    @inlinable public func wordIndex(_ i: Int) -> Int {
        storage.word(i)
    }

    /// How many distinct lower-case forms the document has (``lowerID(_:)`` is below this).
    public var lowerFormCount: Int { storage.lowerIndex.count }

    /// How many distinct token texts the document has (``wordIndex(_:)`` is below this).
    public var wordCount: Int { storage.texts.count }

    /// Whether token `i` is a word (``Token/isWord``), without making the whole token.
    @inlinable public func isWord(_ i: Int) -> Bool {
        storage.meta[i] & 7 == 0
    }

    /// The text of token `i` (``Token/text``), without making the whole token.
    @inlinable public func text(_ i: Int) -> String {
        storage.texts[storage.word(i)]
    }
}
