/// The canonical text form of a map: one sorted line per actor, position and relation, with no
/// ids and no offsets, so that a line-based `git diff` (through a textconv driver) shows
/// argument-level changes.
///
/// ```
/// actor     Chicherin  (aliases: Chicherin; Georgy Chicherin)
/// position  Chicherin: "no reasons for panic" = there were "no reasons for panic."
/// relation  conflict  Chicherin <-> Stalin  (cue: differed sharply from)
/// ```
extension ArgumentGraph {
    /// The outline text, ending in a newline.
    public func outline() -> String {
        let byID = nodesByID
        func one(_ s: String) -> String {
            s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        func name(_ id: String) -> String {
            guard let n = byID[id] else { return id }
            if n.kind == .actor { return one(n.label) }
            let hs = holders(of: id).compactMap { byID[$0].map { one($0.label) } }.sorted()
            return (hs.isEmpty ? "" : hs.joined(separator: " & ") + ": ") + "\"" + one(n.label) + "\""
        }
        var actors: [String] = [], positions: [String] = [], relations: [String] = []
        for n in nodes {
            switch n.kind {
            case .actor:
                let aliases = (n.aliases ?? []).map(one).filter { $0 != one(n.label) }.sorted()
                actors.append("actor     \(one(n.label))" + (aliases.isEmpty ? "" : "  (aliases: \(aliases.joined(separator: "; ")))"))
            case .position:
                positions.append("position  \(name(n.id)) = \(one(n.text ?? n.label))")
            }
        }
        for e in edges where e.kind != .holds {
            var ends = [name(e.source), name(e.target)]
            let arrow: String
            if e.kind == .support { arrow = "->" } else { ends.sort(); arrow = "<->" }
            relations.append("relation  \(e.kind.rawValue)  \(ends[0]) \(arrow) \(ends[1])" + (e.cue.map { "  (cue: \(one($0)))" } ?? ""))
        }
        let lines = actors.sorted() + positions.sorted() + relations.sorted()
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
