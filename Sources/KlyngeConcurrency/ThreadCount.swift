#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The number of worker threads used when an algorithm is given `threads: nil`:
/// every active core.
public var defaultThreadCount: Int { max(1, activeProcessorCount) }

/// Cores online now (`sysconf(_SC_NPROCESSORS_ONLN)`), 1 where that is unavailable.
private var activeProcessorCount: Int {
    #if canImport(Glibc)
    return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    #else
    return 1
    #endif
}
