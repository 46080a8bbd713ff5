import ArgMap
import Foundation
import FuzzSupport

/// libFuzzer entry: any bytes as argmap/1 JSON. Reading either fails with a GraphError or
/// gives a valid graph whose canonical JSON reads back to the same canonical JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let graph = try? ArgumentGraph.decode(json: bytes) else { return 0 }
    let json = graph.encodedJSON()
    guard let again = try? ArgumentGraph.decode(json: json) else {
        fatalError("canonical JSON does not read back")
    }
    if again.encodedJSON() != json { fatalError("canonical JSON is not stable") }
    _ = DOTBuilder.dot(for: graph)
    return 0
}

/// The entry point SwiftPM links as `main`: run libFuzzer's driver on ``fuzzGraphJSON(_:_:)``.
@_cdecl("FuzzGraphJSON_main")
public func fuzzGraphJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in fuzzGraphJSON(data!, size) }
}
