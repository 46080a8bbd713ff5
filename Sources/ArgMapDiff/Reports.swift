import Foundation
import ArgMapGraph

// MARK: - Text

extension GraphDiff {
    /// A plain-text report for a terminal: sections "Actors", "Positions", "Relations" (and
    /// "Camps" when there are camp changes) with one line per change, `+` added, `-` removed,
    /// `~` changed (`old -> new`), things named by label; then the summary line (see
    /// ``statReport()``). With `color`, lines are coloured with ANSI escapes: green `+`,
    /// red `-`, yellow `~`. Control characters in labels are replaced, so a graph cannot send
    /// escape sequences to the terminal.
    public func textReport(color: Bool = false) -> String {
        var out = ""
        if changes.isEmpty { out += "No changes.\n" }
        let kinds = nodeKinds()
        for subject in ChangeSubject.allCases {
            let cs = changes(of: subject)
            if cs.isEmpty { continue }
            out += Self.sectionTitle(subject) + "\n"
            for c in cs {
                let (sign, ansi): (String, String) = switch c.status {
                case .added: ("+", "\u{1B}[32m")
                case .removed: ("-", "\u{1B}[31m")
                default: ("~", "\u{1B}[33m")
                }
                let line = "  \(sign) " + Self.plain(describe(c, kinds: kinds))
                out += color ? ansi + line + "\u{1B}[0m\n" : line + "\n"
            }
        }
        out += summary.line + "\n"
        return out
    }

    /// The summary line alone, e.g.
    /// `2 actors (+1 -0 ~1), 5 positions (+2 -1 ~2), 3 relations (+1 -1 ~1)`, and a newline.
    /// Camps are counted too when either graph has camps.
    public func statReport() -> String { summary.line + "\n" }

    static func sectionTitle(_ s: ChangeSubject) -> String {
        switch s {
        case .actor: "Actors"
        case .position: "Positions"
        case .relation: "Relations"
        case .camp: "Camps"
        }
    }

    /// Terminal-safe text: line breaks and tabs become spaces, other control characters and
    /// bidirectional overrides `?`.
    static func plain(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u == "\n" || u == "\r" || u == "\t" || u == "\u{2028}" || u == "\u{2029}" {
                out.append(" ")
            } else if u.properties.generalCategory == .control || (0x202A...0x202E).contains(u.value)
                        || (0x2066...0x2069).contains(u.value) {
                out.append("?")
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// Node id -> kind over both graphs (to quote positions and not actors).
    func nodeKinds() -> [String: NodeKind] {
        var k: [String: NodeKind] = [:]
        for n in old.nodes { k[n.id] = n.kind }
        for n in new.nodes { k[n.id] = n.kind }
        return k
    }

    /// A one-line description of a change, without its sign, in plain (unescaped) text.
    func describe(_ c: Change, kinds: [String: NodeKind]) -> String {
        let p = parts(c, kinds: kinds, escape: { $0 }, arrow: "->")
        return p.detail.map { "\(p.name): \($0)" } ?? p.name
    }

    /// A change as a name (what changed) and an optional detail (how). Text from the graphs
    /// goes through `escape`; `arrow` joins old and new values.
    func parts(_ c: Change, kinds: [String: NodeKind], escape e: (String) -> String,
               arrow: String) -> (name: String, detail: String?) {
        let o = c.old, n = c.new, v = n ?? o ?? ChangeValue()
        let to = " \(arrow) "
        func list(_ a: [String]?) -> String { (a ?? []).isEmpty ? "none" : a!.map(e).joined(separator: ", ") }
        func quote(_ s: String?) -> String { "\"\(e(s ?? ""))\"" }
        func bare(_ s: String?) -> String { e(s ?? "") }
        func spans(_ ev: [Evidence]?) -> String { let k = ev?.count ?? 0; return "\(k) span\(k == 1 ? "" : "s")" }
        func end(_ label: String?, _ id: String?) -> String {
            kinds[id ?? ""] == .position ? quote(label) : bare(label)
        }
        func relation(_ r: ChangeValue?) -> String {
            guard let r else { return "" }
            let verb = switch r.relation ?? .agreement {
            case .holds: "holds"
            case .agreement: "agrees with"
            case .conflict: "conflicts with"
            case .support: "supports"
            }
            return "\(end(r.source, r.sourceId)) \(verb) \(end(r.target, r.targetId))"
        }
        let held = (v.holders ?? []).isEmpty ? "" : " (held by \(list(v.holders)))"
        let cue = v.cue.map { " (cue \(quote($0)))" } ?? ""
        switch c.kind {
        case .actorAdded, .actorRemoved:
            return (bare(v.label), nil)
        case .actorRenamed:
            return (bare(o?.label) + to + bare(n?.label), "renamed")
        case .actorAliasesChanged:
            return (bare(v.label), "aliases " + list(o?.aliases) + to + list(n?.aliases))
        case .actorCategoryChanged:
            return (bare(v.label), "category " + (o?.category?.rawValue ?? "none") + to + (n?.category?.rawValue ?? "none"))
        case .actorEvidenceChanged, .positionEvidenceChanged:
            let name = c.subject == .position ? quote(v.label) : bare(v.label)
            return (name, "evidence " + spans(o?.evidence) + to + spans(n?.evidence))
        case .positionAdded, .positionRemoved:
            return (quote(v.label) + held, nil)
        case .positionReworded:
            let sameLabel = o?.label == n?.label
            let from = sameLabel ? o?.text : o?.label, into = sameLabel ? n?.text : n?.label
            let how = c.similarity.map { "reworded, similarity \($0)" } ?? "reworded"
            return (quote(from) + to + quote(into), how)
        case .positionReattributed:
            return (quote(v.label), "held by " + list(o?.holders) + to + list(n?.holders))
        case .positionQuotedChanged:
            func q(_ b: Bool?) -> String { b == true ? "quoted" : "not quoted" }
            return (quote(v.label), q(o?.quoted) + to + q(n?.quoted))
        case .relationAdded, .relationRemoved:
            return (relation(v) + cue, nil)
        case .relationFlipped:
            let cues = o?.cue == n?.cue ? "" : ", cue " + (o?.cue.map(quote) ?? "none") + to + (n?.cue.map(quote) ?? "none")
            return ("\(end(v.source, v.sourceId)) / \(end(v.target, v.targetId))",
                    (o?.relation?.rawValue ?? "") + to + (n?.relation?.rawValue ?? "") + cues)
        case .relationCueChanged:
            return (relation(v), "cue " + (o?.cue.map(quote) ?? "none") + to + (n?.cue.map(quote) ?? "none"))
        case .relationEvidenceChanged:
            return (relation(v), "evidence " + spans(o?.evidence) + to + spans(n?.evidence))
        case .campAdded, .campRemoved:
            return ("camp " + list(v.members), nil)
        case .campMembershipChanged:
            return ("camp " + list(o?.members), "members" + to + list(n?.members))
        }
    }
}

// MARK: - JSON

/// The top level of an `argmap-diff/1` report (see SCHEMA.md).
private struct DiffReport: Encodable {
    var schema = GraphDiff.jsonSchemaName
    var old: SourceInfo
    var new: SourceInfo
    var options: DiffOptions
    var summary: DiffSummary
    var changes: [Change]
}

extension GraphDiff {
    /// The schema name of ``jsonReport()``.
    public static let jsonSchemaName = "argmap-diff/1"

    /// The diff as `argmap-diff/1` JSON (documented in `Sources/ArgMapDiff/SCHEMA.md`): sorted
    /// keys, two-space indent, changes in the deterministic order of ``changes``, ending in a
    /// newline. Equal inputs give identical bytes.
    public func jsonReport() -> Data {
        let report = DiffReport(old: old.source, new: new.source, options: options, summary: summary,
                                changes: changes)
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        var data = (try? enc.encode(report)) ?? Data()
        data.append(0x0A)
        return data
    }
}

// MARK: - Markdown

extension GraphDiff {
    /// A Markdown report for a pull-request comment: a title, the summary, then one table per
    /// section (at most `maxRowsPerSection` rows each, with a note of how many were left out).
    /// All text from the graphs is escaped with ``markdownEscape(_:)``.
    public func markdownReport(maxRowsPerSection: Int = 200) -> String {
        let esc = Self.markdownEscape
        var out = "### Argument map diff\n\n"
        out += "Old: \(esc(old.source.name)) · New: \(esc(new.source.name))\n\n"
        out += "**\(summary.line)**\n"
        if changes.isEmpty {
            out += "\nNo changes.\n"
            return out
        }
        let kinds = nodeKinds()
        for subject in ChangeSubject.allCases {
            let cs = changes(of: subject)
            if cs.isEmpty { continue }
            let title = Self.sectionTitle(subject)
            out += "\n#### \(title)\n\n| | \(title.dropLast()) | Change |\n|:-:|---|---|\n"
            for c in cs.prefix(max(0, maxRowsPerSection)) {
                let sign = switch c.status { case .added: "+"; case .removed: "-"; default: "~" }
                let p = parts(c, kinds: kinds, escape: esc, arrow: "→")
                let what = switch c.status {
                case .added: "added"
                case .removed: "removed"
                default: p.detail ?? "changed"
                }
                out += "| \(sign) | \(p.name) | \(what) |\n"
            }
            if cs.count > maxRowsPerSection {
                out += "\n… and \(cs.count - maxRowsPerSection) more \(subject.rawValue) changes.\n"
            }
        }
        return out
    }

    /// Escapes text for a Markdown (GitHub-flavoured) table cell: `\ | ` * _ [ ] ~` get a
    /// backslash, `& < >` become entities (so `<script>` shows as text), line breaks become
    /// `<br>`, other control characters spaces, and `@` is followed by a zero-width space so
    /// that names do not mention users.
    public static func markdownEscape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "\\", "|", "`", "*", "_", "[", "]", "~":
                out.append("\\")
                out.append(ch)
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "@": out += "@\u{200B}"
            default:
                if ch.isNewline {
                    out += "<br>"
                } else if ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                    out += " "
                } else {
                    out.append(ch)
                }
            }
        }
        return out
    }
}
