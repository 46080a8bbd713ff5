/// A value kept behind one reference, read through its properties (`shared.name` reads
/// `value.name`).
///
/// ``ExtractionRun`` holds the lexicon and its word sets this way: Swift copies that large
/// struct whenever a rule passes it on by value (closures, helper calls), and a copy retains
/// and releases each reference it holds: one for a shared value instead of one per list.
@dynamicMemberLookup
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    @inline(__always)
    subscript<T>(dynamicMember path: KeyPath<Value, T>) -> T { value[keyPath: path] }
}
