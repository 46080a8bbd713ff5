extension ArgumentGraph {
    /// The canonical text form of the map: one line per actor, position, relation and camp,
    /// with no ids, no offsets, no rules and no source, so that two versions of a map compare
    /// line by line (`git diff` with a textconv driver, see README "Versions in git").
    ///
    /// ```
    /// actor NKID (body) aka Narkomindel, NKID Collegium
    /// position Chicherin, Litvinov -> "label" = "full text, when it differs from the label" (quoted)
    /// position Stalin -> "the full text, when the label is its first words and an ellipsis"
    /// conflict Chicherin <-> Stalin cue "differed sharply from"
    /// support "grounds" -> "claim"
    /// camp Bukharin, Zinoviev
    /// ```
    ///
    /// Sections come in that order (actors, positions, relations, camps), separated by a blank
    /// line; lines, aliases, holders and camp members are sorted case-insensitively. Actors are
    /// named by label, positions by their quoted label; `agreement` and `conflict` are
    /// undirected, so their ends are sorted.
    /// `holds` edges appear as the holders of positions (`(none)` when nobody holds one). Line
    /// breaks and other control characters in labels are escaped, so every item is one line.
    public func outline() -> String {
        let byID = nodesByID
        func bare(_ s: String) -> String { Self.outlineEscape(s, quote: false) }
        func quoted(_ s: String) -> String { "\"" + Self.outlineEscape(s, quote: true) + "\"" }
        func end(_ id: String) -> String {
            guard let n = byID[id] else { return quoted(id) }
            return n.kind == .actor ? bare(n.label) : quoted(n.label)
        }
        var holders: [String: [String]] = [:]
        for e in edges where e.kind == .holds { holders[e.target, default: []].append(end(e.source)) }

        var actorLines: [String] = [], positionLines: [String] = []
        var seen = Set<String>()
        for n in nodes where seen.insert(n.id).inserted {
            switch n.kind {
            case .actor:
                var line = "actor " + bare(n.label)
                if let c = n.category { line += " (\(c.rawValue))" }
                let aliases = Set((n.aliases ?? []).map(bare)).subtracting([bare(n.label)]).sorted(by: Self.outlineOrder)
                if !aliases.isEmpty { line += " aka " + aliases.joined(separator: ", ") }
                actorLines.append(line)
            case .position:
                let who = Set(holders[n.id] ?? []).sorted(by: Self.outlineOrder)
                var line = "position " + (who.isEmpty ? "(none)" : who.joined(separator: ", ")) + " -> "
                if let t = n.text, t != n.label {
                    // A label cut from the text ("first words…") says nothing the text does not.
                    let cut = n.label.hasSuffix("…") ? String(n.label.dropLast()) : nil
                    line += cut.map { !$0.isEmpty && t.hasPrefix($0) } == true ? quoted(t) : quoted(n.label) + " = " + quoted(t)
                } else {
                    line += quoted(n.label)
                }
                if n.quoted == true { line += " (quoted)" }
                positionLines.append(line)
            }
        }
        var relationLines: [String] = []
        for e in edges where e.kind != .holds {
            var a = end(e.source), b = end(e.target)
            let undirected = e.kind == .agreement || e.kind == .conflict
            if undirected && Self.outlineOrder(b, a) { swap(&a, &b) }
            var line = "\(e.kind.rawValue) \(a) \(undirected ? "<->" : "->") \(b)"
            if let cue = e.cue, !cue.isEmpty { line += " cue " + quoted(cue) }
            relationLines.append(line)
        }
        let campLines = (camps ?? []).map { c in "camp " + c.members.map(end).sorted(by: Self.outlineOrder).joined(separator: ", ") }
        return [actorLines, positionLines, relationLines, campLines]
            .filter { !$0.isEmpty }
            .map { $0.sorted(by: Self.outlineOrder).joined(separator: "\n") + "\n" }
            .joined(separator: "\n")
    }

    /// Case-insensitive order, then code points: `author` between `Atlas` and `Bukharin`.
    static func outlineOrder(_ a: String, _ b: String) -> Bool {
        (a.lowercased(), a) < (b.lowercased(), b)
    }

    /// One-line text: `\` and (when `quote`) `"` get a backslash, line breaks become `\n`,
    /// tabs `\t`, other control characters `\u{XX}`.
    static func outlineEscape(_ s: String, quote: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"" where quote: out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}", "\u{2029}", "\u{85}":
                out += "\\u{\(String(u.value, radix: 16))}"
            default:
                if u.properties.generalCategory == .control {
                    out += "\\u{\(String(u.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
