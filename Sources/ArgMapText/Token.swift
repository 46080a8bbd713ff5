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
