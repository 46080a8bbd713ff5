import ArgMapText

/// Which verb maps know a token, looked up once per distinct lower-case form of the document
/// instead of once per token and rule (``ExtractionRun/verbKinds``).
extension ExtractionRun {
    /// Bits of ``verbKind(_:)``: the token's lower-case form is a key of `reportForms`,
    /// `stanceForms`, `infinitiveForms`, `conflictForms`, `agreementForms`.
    static let reportBit: UInt8 = 1
    static let stanceBit: UInt8 = 2
    static let infinitiveBit: UInt8 = 4
    static let conflictBit: UInt8 = 8
    static let agreementBit: UInt8 = 16

    /// The bits of token `k`: `kinds & Self.reportBit != 0` exactly when
    /// `reportForms[lower(k)] != nil`, and so on.
    @inline(__always)
    func verbKind(_ k: Int) -> UInt8 {
        verbKinds[toks.lowerID(k)]
    }

    /// Per lower-case form number of `tokens`: bit `1 << j` set when `maps[j]` has the form as
    /// a key. Tokens with one number have equal lower-case forms, so one look-up answers for
    /// all of them.
    static func verbKinds(_ tokens: TokenList, _ maps: [WordMap]) -> [UInt8] {
        var kinds: [UInt8] = []
        var done: [Bool] = []
        for i in tokens.indices {
            let id = tokens.lowerID(i)
            if id >= done.count {
                done.append(contentsOf: repeatElement(false, count: id + 1 - done.count))
                kinds.append(contentsOf: repeatElement(0, count: id + 1 - kinds.count))
            }
            if done[id] { continue }
            done[id] = true
            let w = tokens.lower(i)
            var bits: UInt8 = 0
            for (j, m) in maps.enumerated() where m[w] != nil { bits |= 1 << UInt8(j) }
            kinds[id] = bits
        }
        return kinds
    }
}
