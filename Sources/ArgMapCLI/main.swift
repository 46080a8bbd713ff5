import ArgMap
import Foundation
let path = CommandLine.arguments[1]
let d = Document(try! SourceText(name: (path as NSString).lastPathComponent, data: FileManager.default.contents(atPath: path)!))
let g = Extractor().extract(d)
FileHandle.standardOutput.write(g.encodedJSON())
