import Foundation
import Testing
import ArgMapGraph
import ArgMapDiff

/// Timings of the diff on synthetic graphs; runs only with ARGMAP_DIFF_BENCH set, best in a
/// release build: `ARGMAP_DIFF_BENCH=1 swift test -c release --filter ScaleTimings`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["ARGMAP_DIFF_BENCH"] != nil))
func scaleTimings() {
    func seconds(_ body: () -> Void) -> Double {
        let t0 = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    }
    for (nodes, edges) in [(10_000, 30_000), (100_000, 300_000)] {
        var pair: (ArgumentGraph, ArgumentGraph)!
        let gen = seconds { pair = GraphDiffer.syntheticPair(nodes: nodes, edges: edges, changeFraction: 0.05, seed: 1) }
        var d: GraphDiff!
        var runs: [Double] = []
        for _ in 0..<3 { runs.append(seconds { d = GraphDiffer.diff(old: pair.0, new: pair.1) }) }
        let text = seconds { _ = d.textReport(color: false) }
        let json = seconds { _ = d.jsonReport() }
        let union = seconds { _ = d.unionGraph() }
        print(String(format: "nodes %d edges %d: generate %.3fs, diff min %.3fs (runs %@), text %.3fs, json %.3fs, union %.3fs; %@",
                     nodes, edges, gen, runs.min()!, runs.map { String(format: "%.3f", $0) }.joined(separator: " "),
                     text, json, union, d.summary.line))
    }
}
