import ArgMapGraph

/// Graphs shaped like real maps, for the rendering tests.
enum SampleGraphs {
    static let source = SourceInfo(name: "sample.txt", sha256: String(repeating: "0", count: 64), bytes: 1000)

    static func actor(_ name: String, _ cat: ActorCategory, _ sentence: String) -> Node {
        Node(id: StableID.actor(name), kind: .actor, label: name, aliases: [name], category: cat,
             evidence: [Evidence(start: 0, end: 10, sentence: sentence)], rule: "test")
    }

    static func position(_ text: String, quoted: Bool = false, _ sentence: String) -> Node {
        Node(id: StableID.position(text), kind: .position, label: text, text: text, quoted: quoted,
             evidence: [Evidence(start: 20, end: 40, sentence: sentence)], rule: "test")
    }

    static func edge(_ kind: EdgeKind, _ s: Node, _ t: Node, cue: String? = nil, _ sentence: String) -> Edge {
        Edge(id: StableID.edge(kind, s.id, t.id), kind: kind, source: s.id, target: t.id, cue: cue,
             evidence: [Evidence(start: 50, end: 60, sentence: sentence)], rule: "test")
    }

    /// Five actors, ten positions, conflicts and agreements, long labels.
    static func realistic() -> ArgumentGraph {
        let chicherin = actor("Chicherin", .person, "Chicherin, the People's Commissar, argued for caution.")
        let litvinov = actor("Litvinov", .person, "Litvinov pressed for a firmer line.")
        let cc = actor("Central Committee", .body, "The Central Committee met in March.")
        let leaders = actor("the party leadership", .group, "The party leadership was divided.")
        let author = actor("Author", .author, "In my view the debate was misread.")
        let p = [
            position("Recognition by Britain must come before any trade concessions are offered", quoted: true, "\"Recognition must come first,\" Chicherin wrote."),
            position("Trade agreements should be pursued with every capitalist state willing to sign", "Litvinov urged trade with all comers."),
            position("The Genoa conference is a trap", quoted: true, "He called Genoa \"a trap\"."),
            position("Debts of the Tsarist government will never be repaid", "The committee refused the Tsarist debts."),
            position("Concessions to foreign firms are acceptable in the timber industry", "Concessions in timber were allowed."),
            position("The revolution abroad is near", "Some still expected revolution abroad."),
            position("Peaceful coexistence is possible for a generation", "Chicherin spoke of coexistence."),
            position("Germany is the natural partner of Soviet Russia", "Rapallo made Germany a partner."),
            position("The NKID should answer to the Politburo on every detail", "The Politburo wanted control of the NKID."),
            position("Historians have overstated the split between the commissars", "In my view the split is overstated."),
        ]
        var edges: [Edge] = [
            edge(.holds, chicherin, p[0], "\"Recognition must come first,\" Chicherin wrote."),
            edge(.holds, chicherin, p[2], "He called Genoa \"a trap\"."),
            edge(.holds, chicherin, p[6], "Chicherin spoke of coexistence."),
            edge(.holds, litvinov, p[1], "Litvinov urged trade with all comers."),
            edge(.holds, litvinov, p[4], "Litvinov accepted timber concessions."),
            edge(.holds, cc, p[3], "The committee refused the Tsarist debts."),
            edge(.holds, cc, p[8], "The Politburo wanted control of the NKID."),
            edge(.holds, leaders, p[5], "Some still expected revolution abroad."),
            edge(.holds, leaders, p[7], "Rapallo made Germany a partner."),
            edge(.holds, author, p[9], "In my view the split is overstated."),
            edge(.conflict, chicherin, litvinov, cue: "differed sharply", "Chicherin and Litvinov differed sharply over Genoa."),
            edge(.conflict, leaders, chicherin, cue: "opposed", "The leadership opposed Chicherin's caution."),
            edge(.agreement, cc, leaders, cue: "sided with", "The Central Committee sided with the leadership."),
            edge(.agreement, litvinov, cc, cue: "agreed", "Litvinov agreed with the committee on debts."),
            edge(.conflict, p[0], p[1], cue: "but", "Recognition first, but trade with all."),
            edge(.agreement, p[6], p[7], cue: "likewise", "Coexistence, and likewise partnership with Germany."),
            edge(.support, p[3], p[0], cue: "because", "Because the debts would not be paid, recognition came first."),
            edge(.conflict, p[5], p[6], cue: "contradicts", "Revolution abroad contradicts coexistence."),
        ]
        edges.reverse() // not canonical on purpose
        var g = ArgumentGraph(source: source, nodes: [author, leaders, cc, litvinov, chicherin] + p, edges: edges)
        g.camps = nil
        return g
    }

    /// Two actors and one position whose texts try every escaping trap.
    static func hostile() -> ArgumentGraph {
        let evil = "Say \"hi\" \\ back\nslash \\N \\G \\E \\T \\H \\L \\n <script>alert(1)</script> ]]> javascript:alert(1) &amp; &lt; <<x>> onload=alert(1)"
        let a = actor("O'Brien \"the\" <b>bold</b> & \\N", .person, evil)
        let b = actor("javascript:alert(1)", .body, "x onmouseover=\"alert(1)\" y")
        let p = position(evil, quoted: true, evil)
        return ArgumentGraph(source: source, nodes: [a, b, p], edges: [
            edge(.holds, a, p, cue: evil, evil),
            edge(.conflict, a, b, cue: "\"]]>&amp;\\N", evil),
        ])
    }
}
