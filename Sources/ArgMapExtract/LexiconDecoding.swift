import Foundation

// The built-in lexicon is compiled into the program (`.embedInCode` in Package.swift) and read
// with a small JSON reader and `Decoder` of its own: no bundle to look up, no file to open, and
// none of `JSONDecoder`'s dynamic type checks, which are slow in a statically linked program.
// The lexicon's synthesised `init(from:)` drives the decoder, so the fields stay those of the
// `Lexicon` type.

/// A parsed JSON value.
enum LexiconJSON {
    case object([String: LexiconJSON])
    case array([LexiconJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    struct SyntaxError: Error {}

    /// Parses JSON text (RFC 8259).
    static func parse(_ bytes: [UInt8]) throws -> LexiconJSON {
        var p = Parser(b: bytes)
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        guard p.i == bytes.count else { throw SyntaxError() }
        return v
    }

    private struct Parser {
        let b: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        }

        mutating func expect(_ c: UInt8) throws {
            guard i < b.count, b[i] == c else { throw SyntaxError() }
            i += 1
        }

        mutating func literal(_ s: String) throws {
            for c in s.utf8 { try expect(c) }
        }

        mutating func value() throws -> LexiconJSON {
            guard i < b.count else { throw SyntaxError() }
            switch b[i] {
            case UInt8(ascii: "{"):
                i += 1
                var out: [String: LexiconJSON] = [:]
                skipSpace()
                if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(out) }
                while true {
                    skipSpace()
                    let k = try string()
                    skipSpace()
                    try expect(UInt8(ascii: ":"))
                    skipSpace()
                    out[k] = try value()
                    skipSpace()
                    if i < b.count, b[i] == UInt8(ascii: ",") { i += 1; continue }
                    try expect(UInt8(ascii: "}"))
                    return .object(out)
                }
            case UInt8(ascii: "["):
                i += 1
                var out: [LexiconJSON] = []
                skipSpace()
                if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(out) }
                while true {
                    skipSpace()
                    out.append(try value())
                    skipSpace()
                    if i < b.count, b[i] == UInt8(ascii: ",") { i += 1; continue }
                    try expect(UInt8(ascii: "]"))
                    return .array(out)
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default:
                let start = i
                while i < b.count, let c = Optional(b[i]), (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45 { i += 1 }
                guard i > start, let d = Double(String(decoding: b[start..<i], as: UTF8.self)) else { throw SyntaxError() }
                return .number(d)
            }
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= b.count else { throw SyntaxError() }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = b[i]
                i += 1
                switch c {
                case 0x30...0x39: v = v << 4 | UInt32(c - 0x30)
                case 0x41...0x46: v = v << 4 | UInt32(c - 0x41 + 10)
                case 0x61...0x66: v = v << 4 | UInt32(c - 0x61 + 10)
                default: throw SyntaxError()
                }
            }
            return v
        }

        mutating func string() throws -> String {
            try expect(UInt8(ascii: "\""))
            // Most strings have no escape: made straight from their bytes.
            var j = i
            var high = false
            while j < b.count, b[j] != UInt8(ascii: "\"") && b[j] != UInt8(ascii: "\\") && b[j] >= 0x20 {
                if b[j] >= 0x80 { high = true }
                j += 1
            }
            if j < b.count && b[j] == UInt8(ascii: "\"") {
                let slice = b[i..<j]
                i = j + 1
                if !high { return String(decoding: slice, as: UTF8.self) }
                guard let s = String(validating: slice, as: UTF8.self) else { throw SyntaxError() }
                return s
            }
            var out: [UInt8] = []
            while true {
                guard i < b.count else { throw SyntaxError() }
                let c = b[i]
                i += 1
                if c == UInt8(ascii: "\"") { break }
                if c < 0x20 { throw SyntaxError() }
                if c != UInt8(ascii: "\\") { out.append(c); continue }
                guard i < b.count else { throw SyntaxError() }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if v >= 0xD800 && v < 0xDC00 {
                        try expect(UInt8(ascii: "\\"))
                        try expect(UInt8(ascii: "u"))
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000 else { throw SyntaxError() }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(v) else { throw SyntaxError() }
                    out.append(contentsOf: Array(String(u).utf8))
                default: throw SyntaxError()
                }
            }
            guard let s = String(validating: out, as: UTF8.self) else { throw SyntaxError() }
            return s
        }
    }
}

/// A `Decoder` over a ``LexiconJSON`` value (objects, arrays, strings, booleans, numbers).
struct LexiconJSONDecoder: Decoder {
    let value: LexiconJSON
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try T(from: LexiconJSONDecoder(value: try LexiconJSON.parse(bytes)))
    }

    func mismatch(_ what: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "expected \(what)"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let o) = value else { throw mismatch("an object") }
        return KeyedDecodingContainer(Keyed<Key>(object: o, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let a) = value else { throw mismatch("an array") }
        return Unkeyed(items: a, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(value: value, codingPath: codingPath) }

    /// `[String]` straight from an array of strings (most of the lexicon), else nil.
    static func strings(_ v: LexiconJSON) -> [String]? {
        guard case .array(let a) = v else { return nil }
        var out: [String] = []
        out.reserveCapacity(a.count)
        for x in a { guard case .string(let s) = x else { return nil }; out.append(s) }
        return out
    }

    static func decodeValue<T: Decodable>(_ type: T.Type, _ v: LexiconJSON, _ path: [any CodingKey]) throws -> T {
        if T.self == [String].self, let s = strings(v) { return s as! T }
        if T.self == String.self, case .string(let s) = v { return s as! T }
        return try T(from: LexiconJSONDecoder(value: v, codingPath: path))
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let object: [String: LexiconJSON]
        let codingPath: [any CodingKey]
        var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

        func entry(_ key: Key) throws -> LexiconJSON {
            guard let v = object[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
            }
            return v
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            if case .null = try entry(key) { return true }
            return false
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try LexiconJSONDecoder.decodeValue(type, try entry(key), codingPath + [key])
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try LexiconJSONDecoder(value: try entry(key), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try LexiconJSONDecoder(value: try entry(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { LexiconJSONDecoder(value: .object(object), codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { LexiconJSONDecoder(value: try entry(key), codingPath: codingPath + [key]) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [LexiconJSON]
        let codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        init(items: [LexiconJSON], codingPath: [any CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        mutating func next() throws -> LexiconJSON {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "end of array"))
            }
            defer { currentIndex += 1 }
            return items[currentIndex]
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, case .null = items[currentIndex] else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try LexiconJSONDecoder.decodeValue(type, try next(), codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try LexiconJSONDecoder(value: try next(), codingPath: codingPath).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try LexiconJSONDecoder(value: try next(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { LexiconJSONDecoder(value: try next(), codingPath: codingPath) }
    }

    struct Single: SingleValueDecodingContainer {
        let value: LexiconJSON
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { if case .null = value { return true }; return false }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let b) = value else { throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected a boolean")) }
            return b
        }

        func decode(_ type: String.Type) throws -> String {
            guard case .string(let s) = value else { throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected a string")) }
            return s
        }

        func decode(_ type: Double.Type) throws -> Double {
            guard case .number(let d) = value else { throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected a number")) }
            return d
        }

        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

        func integer<T: BinaryInteger>(_ type: T.Type) throws -> T {
            let d = try decode(Double.self)
            guard let v = T(exactly: d) else { throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected an integer")) }
            return v
        }

        func decode(_ type: Int.Type) throws -> Int { try integer(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try LexiconJSONDecoder.decodeValue(type, value, codingPath)
        }
    }
}
