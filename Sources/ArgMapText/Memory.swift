#if canImport(Glibc)
import Glibc
#endif

/// glibc's `malloc_trim(0)` (found at run time, as Swift's Glibc module does not declare it):
/// returns freed heap memory to the system. Does nothing where there is no such function.
///
/// Called between the stages of a long extraction, after one stage's tables are let go, so
/// that their memory does not count again in the peak of the next.
public func releaseFreeMemory() {
    #if os(Linux)
    typealias Trim = @convention(c) (Int) -> Int32
    if let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
        _ = unsafeBitCast(f, to: Trim.self)(0)
    }
    #endif
}
