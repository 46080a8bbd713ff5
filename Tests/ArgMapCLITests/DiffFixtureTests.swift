import Foundation
import Testing

/// The seed against edited versions of it (Tests/Fixtures/diff/, made by make-edits.sh): the
/// diff must report exactly the argument-level consequences of each edit.
@Suite(.serialized) struct DiffFixtureTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/diff")

    /// The changes of `argmap diff seed EDITED --format json`, as "kind | what" lines.
    func changes(_ edited: String) throws -> [String] {
        let r = try argmap("diff", seed, Self.fixtures.appendingPathComponent(edited).path, "--format", "json")
        #expect(r.status == 1, "\(edited): \(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        #expect(obj["schema"] as? String == "argmap-diff/1")
        let list = try #require(obj["changes"] as? [[String: Any]])
        return list.map { c in
            let v = (c["new"] as? [String: Any]) ?? (c["old"] as? [String: Any]) ?? [:]
            let what: String
            if let rel = v["relation"] as? String { what = "\(v["source"] ?? "") \(rel) \(v["target"] ?? "")" }
            else if let members = v["members"] as? [String] { what = members.joined(separator: ", ") }
            else { what = v["label"] as? String ?? "?" }
            return "\(c["kind"] ?? "") | \(what)"
        }
    }

    @Test func paragraphRemoved() throws {
        #expect(try changes("paragraph-removed.txt") == [
            "actor-removed | Bukharin",
            "actor-removed | Fourteenth Party Congress",
            "actor-removed | Zinoviev",
            "position-removed | denounced them as a set of agreements that would complete the domination of…",
            "position-removed | the relative stabilization and the so-called pacification of Europe under the…",
            "relation-removed | Bukharin agreement Zinoviev",
            "camp-removed | Bukharin, Zinoviev",
        ])
    }

    @Test func claimReworded() throws {
        // One reworded position, not a removal and an addition.
        #expect(try changes("claim-reworded.txt") == [
            "position-reworded | world politics were in constant flux, that the direction of international…",
        ])
    }

    @Test func claimGivenToAnotherActor() throws {
        let c = try changes("claim-reattributed.txt")
        // The claim itself, and the quotations that followed it in the same paragraph (they go
        // with whoever is speaking there), now belong to Litvinov.
        #expect(c.contains("position-reattributed | no reasons for panic"))
        #expect(c.contains("position-reattributed | finally become convinced of the stability of Soviet power"))
        #expect(c.allSatisfy { $0.hasPrefix("position-") || $0 == "actor-category-changed | Litvinov" })
        #expect(!c.contains { $0.hasPrefix("position-added") || $0.hasPrefix("position-removed") })
    }

    @Test func conflictTurnedIntoAgreement() throws {
        #expect(try changes("conflict-to-agreement.txt") == [
            "relation-flipped | Chicherin agreement Stalin",
            "camp-membership-changed | Chicherin, Litvinov, Stalin",
        ])
    }

    @Test func paragraphAdded() throws {
        #expect(try changes("paragraph-added.txt") == [
            "actor-added | Trotsky",
            "position-added | rejected this view",
            "position-added | the Locarno treaties were a prelude to a new war against the USSR",
            "relation-added | Bukharin conflict Trotsky",
        ])
    }

    @Test func outlineIsSortedTextWithoutIDsOrOffsets() throws {
        let r = try argmap("render", seed, "-f", "outline")
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.contains("actor NKID (body) aka Narkomindel, NKID Collegium"))
        #expect(lines.contains("conflict Chicherin <-> Stalin cue \"differed sharply from\""))
        #expect(!r.out.contains("a-chicherin"))
        // Sorted case-insensitively, one line per actor.
        let actors = lines.filter { $0.hasPrefix("actor") }
        #expect(actors == actors.sorted { $0.lowercased() < $1.lowercased() })
        #expect(actors.count == Set(actors).count)
    }

    /// `argmap diff --git REV1 REV2 -- PATH` in a throwaway repository, and the textconv driver.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "git is not installed"))
    func gitRevisions() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        func git(_ args: String...) throws -> Run {
            try run("/usr/bin/git", ["-c", "user.email=t@example.org", "-c", "user.name=t"] + args, cwd: d)
        }
        _ = try git("init", "-q")
        try FileManager.default.copyItem(atPath: seed, toPath: d.appendingPathComponent("map.txt").path)
        _ = try git("add", "map.txt")
        _ = try git("commit", "-qm", "one")
        try FileManager.default.removeItem(at: d.appendingPathComponent("map.txt"))
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("conflict-to-agreement.txt").path, toPath: d.appendingPathComponent("map.txt").path)
        _ = try git("commit", "-qam", "two")
        let r = try run(argmapBinary, ["diff", "--color", "never", "--git", "HEAD~1", "HEAD", "--", "map.txt"], cwd: d)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.out.contains("Chicherin / Stalin: conflict -> agreement"))
        let same = try run(argmapBinary, ["diff", "--git", "HEAD", "HEAD", "--", "map.txt"], cwd: d)
        #expect(same.status == 0)
        let bad = try run(argmapBinary, ["diff", "--git", "nope", "HEAD", "--", "map.txt"], cwd: d)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("argmap: error: nope:./map.txt: "))
        // git diff through the textconv driver shows argument-level lines.
        _ = try git("config", "diff.argmap.textconv", "\(argmapBinary) render -f outline")
        try Data("*.txt diff=argmap\n".utf8).write(to: d.appendingPathComponent(".gitattributes"))
        let gd = try git("diff", "HEAD~1", "HEAD")
        #expect(gd.out.contains("+agreement Chicherin <-> Stalin cue \"agreed with\""))
        #expect(gd.out.contains("-conflict Chicherin <-> Stalin cue \"differed sharply from\""))
    }
}
