import Foundation
import Testing
import ArgMapGraph
import ArgMapText
@testable import ArgMapExtract

private func extract(_ s: String) throws -> ArgumentGraph {
    Extractor().extract(Document(try SourceText(name: "t.txt", bytes: Array(s.utf8))))
}

private extension ArgumentGraph {
    var actorLabels: [String] { nodes.filter { $0.kind == .actor }.map(\.label).sorted() }
    func actor(_ label: String) -> Node? { nodes.first { $0.kind == .actor && $0.label == label } }
    /// Labels of the holders of the position whose text contains `fragment`.
    func holdersOfClaim(_ fragment: String) -> [String] {
        let byID = nodesByID
        guard let p = nodes.first(where: { $0.kind == .position && ($0.text ?? "").contains(fragment) }) else { return [] }
        return holders(of: p.id).compactMap { byID[$0]?.label }.sorted()
    }
    func relation(_ kind: EdgeKind, _ a: String, _ b: String) -> Edge? {
        let byID = nodesByID
        func stands(_ id: String, _ name: String) -> Bool {
            guard let n = byID[id] else { return false }
            if n.kind == .actor { return n.label == name }
            return holders(of: id).contains { byID[$0]?.label == name }
        }
        return edges.first { $0.kind == kind && ((stands($0.source, a) && stands($0.target, b)) || (stands($0.source, b) && stands($0.target, a))) }
    }
}

@Suite struct ActorTests {
    @Test func acronymMergesWithItsLongForm() throws {
        let g = try extract("The NKID argued that peace was near. Narkomindel insisted that trade mattered.")
        let actors = g.nodes.filter { $0.kind == .actor }
        #expect(actors.count == 1)
        #expect(actors.first?.aliases == ["NKID", "Narkomindel"])
    }

    @Test func possessiveAndSurnameMergeWithTheFullName() throws {
        let g = try extract("Georgy Chicherin maintained that the world was in flux. Chicherin's report concluded that there was no danger.")
        #expect(g.actorLabels == ["Georgy Chicherin"])
        #expect(g.actor("Georgy Chicherin")?.aliases == ["Chicherin", "Georgy Chicherin"])
    }

    @Test func monthsTreatiesAndPlacesThatHoldNoViewAreNotActors() throws {
        let g = try extract("In December the Treaty of Locarno was signed in London. Stalin concluded that war was coming.")
        #expect(g.actorLabels == ["Stalin"])
    }

    @Test func groupPhrasesAreActors() throws {
        let g = try extract("Party leaders concluded that the treaty was hostile. The party's leaders maintained that war was near.")
        #expect(g.actorLabels.count == 1)
        let aliases = Set(g.nodes.first { $0.kind == .actor }?.aliases ?? [])
        #expect(aliases.isSuperset(of: ["Party leaders", "party leadership"]))
    }
}

@Suite struct AttributionTests {
    @Test func reportingVerbWithThatClause() throws {
        let g = try extract("Chicherin maintained that world politics were in flux.")
        #expect(g.holdersOfClaim("world politics were in flux") == ["Chicherin"])
        let p = try #require(g.nodes.first { $0.kind == .position })
        #expect(p.rule == "reporting-verb")
        #expect(p.quoted == false)
    }

    @Test func quotationWithParentheticalSpeakerAndPronoun() throws {
        let g = try extract("Chicherin spoke to the congress. \"I must tell you,\" he stated, \"that the English are not considering intervention.\"")
        #expect(g.holdersOfClaim("not considering intervention") == ["Chicherin"])
    }

    @Test func speakerAfterTheQuotation() throws {
        let g = try extract("Stalin spoke next. Nor did the English expect \"to see Soviet power toppled,\" he added.")
        #expect(g.holdersOfClaim("to see Soviet power toppled") == ["Stalin"])
    }

    @Test func colonSpeakerLine() throws {
        let g = try extract("Senator Mike Johnson: \u{201C}The war needs to stop immediately.\u{201D}")
        #expect(g.holdersOfClaim("The war needs to stop") == ["Mike Johnson"])
    }

    @Test func quotedPositionsUseTheQuotedWordsAsLabel() throws {
        let g = try extract("Chicherin concluded that, so far as security was concerned, there were \"no reasons for panic.\"")
        let p = try #require(g.nodes.first { $0.kind == .position })
        #expect(p.label == "no reasons for panic")
        #expect(p.quoted == true)
    }

    @Test func labelsAreShort() throws {
        let g = try extract("Chicherin maintained that " + Array(repeating: "the situation was uncertain and", count: 10).joined(separator: " ") + " grave.")
        let p = try #require(g.nodes.first { $0.kind == .position })
        #expect(p.label.count <= 81)
        #expect(p.label.hasSuffix("…"))
    }

    @Test func authorJudgement() throws {
        let g = try extract("The party's leaders claimed that Locarno was a threat. In reality, Locarno did not represent a direct threat.")
        #expect(g.holdersOfClaim("Locarno did not represent a direct threat") == ["author"])
        #expect(g.relation(.conflict, "author", g.nodes.first { $0.kind == .actor && $0.label != "author" }?.label ?? "") != nil)
        #expect(g.actorLabels.count == 2)
    }

    @Test func evidenceOffsetsPointIntoTheInput() throws {
        let text = "Intro line.\nStalin concluded that the powers were arming themselves."
        let g = try extract(text)
        let p = try #require(g.nodes.first { $0.kind == .position })
        let e = try #require(p.evidence.first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[e.start..<e.end], as: UTF8.self) == p.text)
        #expect(p.text == "Stalin concluded that the powers were arming themselves.")
        #expect(p.label == "the powers were arming themselves")
        #expect(e.sentence == "Stalin concluded that the powers were arming themselves.")
    }
}

@Suite struct RelationTests {
    @Test func differedSharplyIsAConflictWithItsCue() throws {
        let g = try extract("Chicherin argued that peace would last. Stalin claimed that war was near. Chicherin's views differed sharply from those of Stalin.")
        let e = try #require(g.relation(.conflict, "Chicherin", "Stalin"))
        #expect(e.cue == "differed sharply from")
        #expect(e.evidence.first?.sentence == "Chicherin's views differed sharply from those of Stalin.")
    }

    @Test func substantialAgreementBetweenCoordinatedActors() throws {
        let g = try extract("The Politburo and the NKID were in substantial agreement as to their analysis.")
        #expect(g.relation(.agreement, "Politburo", "NKID") != nil)
    }

    @Test func negatedConflictVerbMakesNoConflict() throws {
        let g = try extract("Chicherin did not criticize Stalin in public.")
        #expect(g.relation(.conflict, "Chicherin", "Stalin") == nil)
    }

    @Test func conflictVerbWithActorObject() throws {
        let g = try extract("Harlan criticized Brennan for the ruling.")
        #expect(g.relation(.conflict, "Harlan", "Brennan") != nil)
    }

    @Test func contrastOpenerSetsTheSpeakerAgainstThePreviousHolder() throws {
        let g = try extract("The committee concluded that respite would last. By contrast, Stalin's conception denied that a respite existed.")
        #expect(g.relation(.conflict, "Stalin", "committee") != nil)
    }

    @Test func coHoldersAgree() throws {
        let g = try extract("Spokesmen from Bukharin to Zinoviev denounced them as a set of hostile agreements.")
        #expect(g.holdersOfClaim("hostile agreements") == ["Bukharin", "Zinoviev"])
        #expect(g.relation(.agreement, "Bukharin", "Zinoviev") != nil)
    }

    @Test func rolesOfCriticAndAlly() throws {
        let g = try extract("Smith, a longtime critic of Jones, said that the bill was flawed. Brown was a staunch ally of Jones.")
        #expect(g.relation(.conflict, "Smith", "Jones")?.rule == "role-of")
        #expect(g.relation(.agreement, "Brown", "Jones") != nil)
    }

    @Test func pronounsInsideAQuotationAreWhomTheSpeakerTalksAbout() throws {
        let g = try extract("Senator Mike Johnson: \u{201C}All President Smith had to do was sign the papers. He failed and he refused to apologize.\u{201D}")
        #expect(g.relation(.conflict, "Mike Johnson", "Smith") != nil)
    }

    @Test func aParenthesisAfterTheNameDoesNotHideTheSpeaker() throws {
        let g = try extract("Rep. Eric Swalwell (D-CA) claimed that the plan would fail.")
        #expect(g.holdersOfClaim("the plan would fail") == ["Eric Swalwell"])
    }

    @Test func coordinatedDisagreement() throws {
        let g = try extract("Lee and Park disagreed over the budget.")
        #expect(g.relation(.conflict, "Lee", "Park") != nil)
    }

    @Test func speakerTurnsInATranscript() throws {
        let g = try extract("Mr. Howard: Will the Prime Minister reconsider the sunset clause?\n\nThe Prime Minister: No, I will not do that. I do not agree with the sunset clause.\n")
        #expect(g.relation(.conflict, "Prime Minister", "Howard")?.rule == "turn-reply")
        #expect(g.holdersOfClaim("I will not do that") == ["Prime Minister"])
    }

    @Test func factCheckParagraphs() throws {
        let g = try extract("HOAX: Senator Jane Doe claimed that the program was cancelled.\n\nFACT: The program is still running.\n")
        #expect(g.holdersOfClaim("the program was cancelled") == ["Jane Doe"])
        #expect(g.holdersOfClaim("The program is still running") == ["author"])
        #expect(g.relation(.conflict, "author", "Jane Doe") != nil)
    }

    @Test func comparativeAttitude() throws {
        let g = try extract("The NKID adopted a less strident attitude toward the treaty than did Stalin.")
        #expect(g.relation(.conflict, "NKID", "Stalin") != nil)
    }
}

@Suite struct DeterminismTests {
    @Test func sameInputSameGraph() throws {
        let text = "Chicherin maintained that world politics were in flux. Stalin denied that a respite existed. Chicherin's views differed sharply from those of Stalin."
        #expect(try extract(text).encodedJSON() == (try extract(text)).encodedJSON())
    }

    @Test func editingOneParagraphKeepsOtherIDs() throws {
        let a = try extract("Chicherin maintained that world politics were in flux.\n\nStalin denied that a respite existed.")
        let b = try extract("Chicherin maintained that world politics were in flux.\n\nStalin denied that any respite at all existed.")
        let keep = Set(a.nodes.map(\.id)).intersection(b.nodes.map(\.id))
        #expect(keep.contains(StableID.actor("Chicherin")))
        #expect(keep.contains(StableID.actor("Stalin")))
        let flux = try #require(a.nodes.first { ($0.text ?? "").contains("world politics were in flux") })
        #expect(keep.contains(flux.id))
        #expect(flux.id == StableID.position(flux.text!))
    }
}

@Suite struct LexiconTests {
    @Test func builtInLexiconLoads() {
        #expect(Lexicon.builtIn.reportingVerbs.contains("maintain"))
        #expect(Lexicon.forms(["deny"])["denied"] == "deny")
        #expect(Lexicon.forms(["say"])["said"] == "say")
    }

    @Test func userLexiconAddsActorsAndRejectsUnknownFields() throws {
        let user = try PartialLexicon.decode(json: Data(#"{"actors":[{"name":"Foreign Office","aliases":["FO"],"kind":"body"}]}"#.utf8))
        let lex = Lexicon.builtIn.merged(with: user)
        let g = Extractor(lexicon: lex).extract(Document(try SourceText(name: "t", bytes: Array("The FO argued that trade mattered.".utf8))))
        #expect(g.nodes.filter { $0.kind == .actor }.map(\.label) == ["Foreign Office"])
        #expect(throws: LexiconError.self) { try PartialLexicon.decode(json: Data(#"{"verbs":[]}"#.utf8)) }
        let yaml = try PartialLexicon.decode(yaml: "actors:\n  - name: Foreign Office\n    aliases: [FO]\n    kind: body\nconflictPhrases:\n  - poured scorn on\n")
        #expect(yaml.actors?.first?.aliases == ["FO"])
        #expect(yaml.conflictPhrases == ["poured scorn on"])
        #expect(throws: LexiconError.self) { try PartialLexicon.decode(yaml: "- just\n- a list\n") }
        #expect(throws: LexiconError.self) { try PartialLexicon.decode(json: Data(#"{"actors":[{"name":"X","kind":"planet"}]}"#.utf8)) }
    }
}

@Suite struct BuiltInLexiconTests {
    /// The compiled-in lexicon, read by the small decoder, is what JSONDecoder reads from the
    /// same JSON.
    @Test func builtInLexiconMatchesJSONDecoder() throws {
        let reference = try JSONDecoder().decode(Lexicon.self, from: Data(PackageResources.lexicon_json))
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        #expect(try enc.encode(Lexicon.builtIn) == enc.encode(reference))
        #expect(!Lexicon.builtIn.reportingVerbs.isEmpty)
    }

    /// The small decoder reads what JSONDecoder reads: escapes, nesting, optional fields.
    @Test func lexiconDecoderReadsJSON() throws {
        let text = #"{"a": ["x\"y", "\u00e9\ud83d\ude00", "tab\there", "\/"], "actors": [{"name": "N", "aliases": ["M"], "kind": "person"}, {"name": "O"}], "n": null}"#
        struct T: Codable, Equatable { var a: [String]; var actors: [Lexicon.UserActor]?; var n: [String]?; var missing: [String]? }
        let ours = try LexiconJSONDecoder.decode(T.self, from: Array(text.utf8))
        let theirs = try JSONDecoder().decode(T.self, from: Data(text.utf8))
        #expect(ours == theirs)
        #expect(throws: (any Error).self) { try LexiconJSONDecoder.decode(T.self, from: Array("{\"a\": [1]}".utf8)) }
        #expect(throws: (any Error).self) { try LexiconJSONDecoder.decode(T.self, from: Array("{\"a\": [\"x\"".utf8)) }
    }
}
