// swift-tools-version:6.0
// libFuzzer targets for argmap. A package of its own, so that the main package's normal
// builds never see fuzzer flags. Build (from the repository root):
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product fuzz-extract
// `make fuzz FUZZ_SECONDS=600` builds and runs all three (see README, "Fuzzing").
import PackageDescription

let package = Package(
    name: "argmap-fuzz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fuzz-extract", targets: ["FuzzExtract"]),
        .executable(name: "fuzz-graph-json", targets: ["FuzzGraphJSON"]),
        .executable(name: "fuzz-render", targets: ["FuzzRender"]),
    ],
    dependencies: [.package(name: "argmap", path: "..")],
    targets: [
        // Declares libFuzzer's driver for the entry points.
        .target(name: "FuzzSupport"),
        // Text bytes -> SourceText -> Document -> Extractor -> JSON.
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzSupport", .product(name: "ArgMap", package: "argmap")]),
        // Bytes -> ArgumentGraph.decode -> encodedJSON -> decode again (round trip).
        .executableTarget(name: "FuzzGraphJSON", dependencies: ["FuzzSupport", .product(name: "ArgMap", package: "argmap")]),
        // Bytes -> a small graph with hostile labels -> DOTBuilder -> GraphvizRenderer (SVG).
        .executableTarget(name: "FuzzRender", dependencies: ["FuzzSupport", .product(name: "ArgMap", package: "argmap")]),
    ],
    swiftLanguageModes: [.v6]
)
