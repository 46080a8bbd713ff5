import ArgMapText

/// The quotations of a document (``Document/quotations``, sorted by their opening marks) with
/// a look-up of the ones near a token range, so that a rule asking about the quotations around
/// a claim need not scan all the quotations of a long text.
///
/// ``near(_:)`` answers a superset of the quotations that touch a range, in document order;
/// the rules then apply their own test to that slice, so that the answer is the one a scan
/// over all quotations gives.
struct QuotationIndex: Sendable {
    /// ``Document/quotations``: sorted by `open`, one quotation per opening mark.
    let all: [Quotation]
    /// The longest span of a quotation, `close - open`.
    let maxSpan: Int

    init(_ quotations: [Quotation]) {
        all = quotations
        maxSpan = quotations.reduce(0) { max($0, $1.close - $1.open) }
    }

    /// The quotations whose marks could lie in, or around, the tokens `r.lowerBound ...
    /// r.upperBound` (both ends included): every quotation with `open <= r.upperBound` and
    /// `close >= r.lowerBound` is in the slice (some others may be too), in document order.
    func near(_ r: Range<Int>) -> ArraySlice<Quotation> {
        let from = firstOpen(atLeast: r.lowerBound - maxSpan)
        let to = firstOpen(atLeast: r.upperBound + 1)
        return all[from..<max(from, to)]
    }

    /// The index of the first quotation that opens at token `t` or later (`all.count` if none).
    private func firstOpen(atLeast t: Int) -> Int {
        var lo = 0, hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].open < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
