// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "argmap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ArgMap", targets: ["ArgMap"]),
        .executable(name: "argmap", targets: ["ArgMapCLI"]),
        .executable(name: "argmap-ops-bench", targets: ["ArgMapOpsBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"4.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // libgraphviz through pkg-config (Debian: libgraphviz-dev).
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The argument graph (argmap/1): model, stable ids, JSON reading and writing.
        .target(name: "ArgMapGraph"),
        // Text -> document: decoding, prose lines, sentences.
        .target(name: "ArgMapText", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Document -> graph: actors, positions, relations.
        // The built-in lexicon is compiled in (`PackageResources.lexicon_json`): no resource
        // bundle to find at run time.
        .target(name: "ArgMapExtract", dependencies: ["ArgMapGraph", "ArgMapText", .product(name: "Yams", package: "Yams")],
                resources: [.embedInCode("Resources/lexicon.json")]),
        // Graphviz plugins loaded with dlopen for gvContextPlugins (no config file, no fontconfig).
        .target(name: "CGraphvizPlugins",
                linkerSettings: [.linkedLibrary("cgraph"), .linkedLibrary("dl", .when(platforms: [.linux]))]),
        // Graph -> DOT -> libgraphviz -> SVG.
        .target(name: "ArgMapRender", dependencies: ["ArgMapGraph", "CGraphviz", "CGraphvizPlugins"]),
        // Graph x graph -> changes.
        .target(name: "ArgMapDiff", dependencies: ["ArgMapGraph"], exclude: ["SCHEMA.md"]),
        // Graph -> Markdown, Mermaid, GraphML, AIF, PNG/PDF, HTML reports; AIF -> graph.
        .target(name: "ArgMapExport", dependencies: ["ArgMapGraph", "ArgMapRender", "ArgMapDiff"]),
        // The umbrella library other Swift programs import.
        .target(name: "ArgMap", dependencies: [
            "ArgMapGraph", "ArgMapText", "ArgMapExtract", "ArgMapRender", "ArgMapDiff", "ArgMapExport",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "ArgMapCLI", dependencies: [
            "ArgMap",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks and profiling modes (`make bench-ops`); not a test.
        .executableTarget(name: "ArgMapOpsBench", dependencies: ["ArgMap"], path: "Benchmarks/ArgMapOpsBench"),
        .testTarget(name: "ArgMapGraphTests", dependencies: ["ArgMapGraph"]),
        .testTarget(name: "ArgMapTextTests", dependencies: ["ArgMapText"]),
        .testTarget(name: "ArgMapExtractTests", dependencies: ["ArgMapExtract"]),
        .testTarget(name: "ArgMapRenderTests", dependencies: ["ArgMapRender"]),
        .testTarget(name: "ArgMapDiffTests", dependencies: ["ArgMapDiff"]),
        .testTarget(name: "ArgMapCLITests", dependencies: ["ArgMap"]),
        .testTarget(name: "ArgMapExportTests", dependencies: ["ArgMapExport", "ArgMap"]),
    ],
    swiftLanguageModes: [.v6]
)
