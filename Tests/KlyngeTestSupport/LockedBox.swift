import KlyngeGraph

/// A value behind a lock shared by reference, for tests whose closures run
/// concurrently (KlyngeGraph's ``Locked``, which Thread Sanitizer can see).
public typealias LockedBox<Value: Sendable> = Locked<Value>

extension Locked {
    /// A copy of the value.
    public var value: Value { withLock { $0 } }
}
