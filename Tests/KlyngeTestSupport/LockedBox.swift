import Synchronization

/// A value behind a lock, shared by reference. Tests capture this instead of a
/// `Mutex` itself: a captured noncopyable `Mutex` is accessed through its capture
/// box, which Thread Sanitizer reports as racing when closures run concurrently.
public final class LockedBox<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    public init(_ value: Value) { mutex = Mutex(value) }
    public func withLock<R: Sendable>(_ body: (inout Value) -> R) -> R { mutex.withLock { body(&$0) } }
    public var value: Value { mutex.withLock { $0 } }
}
