/// The raw working memory of one algorithm's hot loop: a set of buffers (usually a tuple of
/// `UnsafeMutableBufferPointer`s) allocated together, reached only inside ``update(_:)``
/// and freed together when the owner goes away.
///
/// This is the one pattern for unsafe buffers in KlyngeGraph, after swift-collections'
/// `Heap._UnsafeHandle` (entered only through `_update { }`): a hot loop reads and writes
/// plain buffers without array uniqueness checks or nested `withUnsafeMutableBufferPointer`
/// closures, and nothing else can reach the memory. Per-worker state keeps one scratch
/// for every block the worker runs, so its buffers are allocated once; a single call
/// makes one and drops it at the end. Not `Sendable`: a worker's scratch stays with it.
///
/// ```swift
/// let scratch = UnsafeScratch { a in (parent: a.buffer(3, Int32(0)), seen: a.buffer(3, false)) }
/// scratch.update { s in s.parent[2] = 1 }
/// ```
/// - Complexity: O(1) per `update`; allocation is linear in the buffers' total size.
final class UnsafeScratch<Buffers> {
    private let buffers: Buffers
    private let allocations: [UnsafeMutableRawBufferPointer]

    /// Makes the buffers with `make`, whose allocator records every buffer it hands out.
    init(_ make: (inout ScratchAllocator) -> Buffers) {
        var allocator = ScratchAllocator()
        buffers = make(&allocator)
        allocations = allocator.allocations
    }

    deinit { for memory in allocations { memory.deallocate() } }

    /// Calls `body` with the buffers. They are valid only during the call: the owner is
    /// kept alive until `body` returns (`withExtendedLifetime`), and `body` must not let a
    /// pointer escape.
    @inline(__always)
    func update<R>(_ body: (Buffers) throws -> R) rethrows -> R {
        try withExtendedLifetime(self) { try body(buffers) }
    }
}

/// Hands out the buffers of one ``UnsafeScratch`` and remembers them, so that the scratch
/// frees them all. Elements are `BitwiseCopyable`, so freeing needs no deinitialisation.
struct ScratchAllocator {
    fileprivate var allocations: [UnsafeMutableRawBufferPointer] = []

    /// A buffer of `count` elements, each set to `value`.
    /// - Complexity: O(*count*).
    mutating func buffer<T: BitwiseCopyable>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
        let b = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        b.initialize(repeating: value)
        allocations.append(UnsafeMutableRawBufferPointer(b))
        return b
    }

    /// A buffer holding a copy of `elements`.
    /// - Complexity: O(*n*).
    /// `count` copies of `value` starting on an `alignment`-byte boundary (a power of two at
    /// least `T`'s own alignment): 64 keeps each 64-byte SIMD value in one cache line.
    mutating func buffer<T: BitwiseCopyable>(_ count: Int, _ value: T, alignment: Int) -> UnsafeMutableBufferPointer<T>
    {
        precondition(alignment >= MemoryLayout<T>.alignment && alignment & (alignment - 1) == 0)
        let raw = UnsafeMutableRawBufferPointer.allocate(
            byteCount: max(1, count) * MemoryLayout<T>.stride,
            alignment: alignment
        )
        let b = raw.bindMemory(to: T.self)
        let typed = UnsafeMutableBufferPointer(start: b.baseAddress, count: count)
        typed.initialize(repeating: value)
        allocations.append(raw)
        return typed
    }

    mutating func buffer<T: BitwiseCopyable>(copying elements: [T]) -> UnsafeMutableBufferPointer<T> {
        let b = UnsafeMutableBufferPointer<T>.allocate(capacity: elements.count)
        _ = b.initialize(from: elements)
        allocations.append(UnsafeMutableRawBufferPointer(b))
        return b
    }
}
