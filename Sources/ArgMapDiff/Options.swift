/// Settings for ``GraphDiffer/diff(old:new:options:)``.
public struct DiffOptions: Codable, Hashable, Sendable {
    /// The least token similarity (Dice coefficient over normalised word tokens, 0...1) at which
    /// a removed and an added position count as one *reworded* position. Default 0.6.
    /// Pairs that share no token are never matched, whatever the threshold.
    public var similarity: Double
    /// Whether differences in evidence spans (offsets, sentences, documents) are reported as
    /// changes. Off by default: re-extracting an edited text moves most offsets.
    public var compareEvidence: Bool

    /// Creates options; the defaults are `similarity: 0.6`, `compareEvidence: false`.
    public init(similarity: Double = 0.6, compareEvidence: Bool = false) {
        self.similarity = similarity
        self.compareEvidence = compareEvidence
    }
}
