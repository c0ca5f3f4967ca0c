import Dispatch

/// A value guarded by a lock that Thread Sanitizer understands.
///
/// `Synchronization.Mutex` is not used here: on Linux it waits on a futex inside
/// the uninstrumented standard library, so Thread Sanitizer cannot see the
/// happens-before edge it creates and reports the guarded accesses as races
/// (seen in CI). A serial `DispatchQueue` is modelled by TSan's libdispatch
/// interceptors. The cost, one `sync` per use, is negligible for how it is used
/// (once per block of work).
public final class Locked<Value: Sendable>: @unchecked Sendable {
    // Safety of @unchecked Sendable: `value` is read and written only inside
    // `queue.sync`, and `queue` is serial, so every access is ordered after the
    // previous one; no reference to `value` escapes the closure (`body` gets it
    // `inout` for the duration of the call).
    private var value: Value
    private let queue = DispatchQueue(label: "klynge.locked")

    public init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        try queue.sync { try body(&value) }
    }
}
