import ArgMap
import Foundation
import FuzzSupport

/// libFuzzer entry: any bytes as a text. Invalid text must be rejected with an error, valid
/// text must extract to a graph that validates and serialises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    // The pipeline's extract: SourceText, Document, Extractor, labels cut to what a saved
    // map may hold.
    guard let graph = try? ArgMapPipeline.extract(bytes, name: "fuzz.txt") else { return 0 }
    do {
        try graph.validate()
    } catch {
        fatalError("extracted graph does not validate: \(error)")
    }
    let json = graph.encodedJSON()
    guard (try? ArgumentGraph.decode(json: json)) != nil else {
        fatalError("extracted graph does not read back")
    }
    return 0
}

/// The entry point SwiftPM links as `main`: run libFuzzer's driver on ``fuzzExtract(_:_:)``.
@_cdecl("FuzzExtract_main")
public func fuzzExtractMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in fuzzExtract(data!, size) }
}
