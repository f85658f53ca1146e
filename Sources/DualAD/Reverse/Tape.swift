// The tape: a linear Wengert list. Entry i is an operation that combined two recorded values
// (or an input): up to two parent indices and the local partials ∂vᵢ/∂parent, read from the
// rule table at recording time and already multiplied by the operands' scales. Operations
// with one recorded operand add no entry: their result refers to the operand's entry with
// the chain-rule product as its scale (see `Tracked.swift`). Entries are appended in
// evaluation order, so a single backward pass over the list (last to first) visits every value
// after all of its uses: no recursion over an expression tree, no revisiting of shared
// subexpressions.
//
// Storage is a header and a flat entry buffer that doubles when full, reached from each
// `Tracked` value through a plain pointer: recording an operation is an append, with no class
// instance and no reference counting per operation. The `Tape` class owns the entry buffer and
// frees it when the recording and every pullback made from it are gone.
//
// Memory safety under misuse. A `Tracked` value can outlive its tape (stashed in a global,
// captured by a task), and every operation on it first compares its key with its header's.
// So headers are never returned to the allocator: a finished tape puts its header in a pool
// (`recycledTapeHeaders`) for the next tape to reuse, and a stale value always reads a valid
// header, whose key is 0 (finished) or a later recording's (keys come from one counter), never
// its own. The key is an atomic, so a header recycled on one thread while a stale value is
// checked on another is not a data race. Every other field of a header is touched only by the
// recording that owns it. (The cost: headers that are never freed, one per tape alive at the
// busiest moment, 48 bytes each; a relaxed atomic load per operation, a plain load on x86 and
// ARM.)

import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One recorded operation: parents and the local partials with respect to them. A missing
/// parent is the entry itself with partial 0: the backward sweep adds that zero contribution to
/// the entry's own adjoint before overwriting it, instead of testing for a missing parent.
@frozen @usableFromInline
struct TapeEntry<T: ADScalar> {
    @usableFromInline var lhs: Int32
    @usableFromInline var rhs: Int32
    @usableFromInline var dlhs: T
    @usableFromInline var drhs: T

    @inlinable @inline(__always)
    init(lhs: Int32, dlhs: T, rhs: Int32, drhs: T) {
        self.lhs = lhs
        self.dlhs = dlhs
        self.rhs = rhs
        self.drhs = drhs
    }

    /// An entry without parents (an input) at `index`.
    @inlinable @inline(__always)
    init(withoutParentsAt index: Int) {
        let own = Int32(truncatingIfNeeded: index)
        self.init(lhs: own, dlhs: 0, rhs: own, drhs: 0)
    }
}

/// The tape's mutable state, behind a pointer that tracked values carry.
///
/// Not generic: the entries are kept as raw memory and typed where they are used, so the
/// unspecialized code that frees a tape needs no runtime metadata lookup (a generic header
/// cost two lookups, ≈ 1300 instructions, per gradient). Never deallocated: see the top of
/// this file.
@usableFromInline
struct TapeHeader: ~Copyable {
    /// The entry buffer, `capacity` × `TapeEntry<T>` for the tape's `T`.
    @usableFromInline var storage: UnsafeMutableRawPointer
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int
    /// Identifies this recording while it is open; tracked values carry a copy and must match
    /// it to record. Set to 0 when the recording finishes, so one comparison per operation
    /// catches both a value from another recording and one used after its recording. Atomic:
    /// the one field that a stale value on another thread may read.
    @usableFromInline let key: Atomic<UInt32>
    /// The key the recording had, kept after it finishes to recognise its own values.
    @usableFromInline var originalKey: UInt32
    /// How many entries at the start are variables (no parents): the backward sweep stops
    /// there, since they pass nothing on.
    @usableFromInline var leadingVariables: Int

    @usableFromInline
    init(storage: UnsafeMutableRawPointer, capacity: Int, key: UInt32) {
        self.storage = storage
        self.count = 0
        self.capacity = capacity
        self.key = Atomic(key)
        self.originalKey = key
        self.leadingVariables = 0
    }

    /// The current key (0 once the recording has finished).
    @inlinable @inline(__always)
    var currentKey: UInt32 { key.load(ordering: .relaxed) }

    /// The entry buffer, typed.
    @inlinable @inline(__always)
    func entries<T: ADScalar>(_: T.Type) -> UnsafeMutablePointer<TapeEntry<T>> {
        // Safety: `Tape<T>` allocates the buffer as `TapeEntry<T>` and is its only reader.
        storage.assumingMemoryBound(to: TapeEntry<T>.self)
    }

    /// Appends an entry and returns its index.
    /// - Complexity: Amortized O(1); the buffer doubles when full.
    @inlinable @inline(__always)
    mutating func append<T: ADScalar>(_ entry: TapeEntry<T>) -> Int32 {
        // Safety: count < capacity after the growth check; only the owning recording appends
        // (every caller has checked the key first).
        if _slowPath(count == capacity) { grow(T.self) }
        (entries(T.self) + count).initialize(to: entry)
        count &+= 1
        return Int32(truncatingIfNeeded: count &- 1)
    }

    // Out of line (cold), but inlinable so that it is specialized for T in the caller.
    @inlinable @inline(never)
    mutating func grow<T: ADScalar>(_: T.Type) {
        if capacity >= Int(Int32.max) {
            usageFailure("Tape", "a recording cannot hold more than \(Int32.max) operations.")
        }
        let newCapacity = Swift.min(Swift.max(2 * capacity, 64), Int(Int32.max))
        // Safety: moves the `count` initialized entries, then frees the old buffer, which no
        // one else holds (values refer to entries by index, never by address).
        let newEntries = UnsafeMutablePointer<TapeEntry<T>>.allocate(capacity: newCapacity)
        newEntries.moveInitialize(from: entries(T.self), count: count)
        storage.deallocate()
        storage = UnsafeMutableRawPointer(newEntries)
        capacity = newCapacity
    }
}

/// The source of recording keys: even (values use the low bit, see `ownsEntryBit`), never 0
/// (0 marks a finished tape), distinct for 2³¹ consecutive recordings, so that a stale value
/// never matches a later recording that reuses its header.
@usableFromInline let recordingKeys = Atomic<UInt32>(0)

/// A key for a new recording.
/// - Complexity: One atomic add.
@usableFromInline
func nextRecordingKey() -> UInt32 {
    while true {
        let key = recordingKeys.wrappingAdd(2, ordering: .relaxed).newValue
        if key != 0 { return key }
    }
}

/// A tape header's address, to keep in the pool. `@unchecked Sendable`: the pool's lock
/// hands each header to one tape at a time, and a header is never freed.
@usableFromInline
struct TapeHeaderAddress: @unchecked Sendable {
    @usableFromInline let pointer: UnsafeMutablePointer<TapeHeader>
}

/// The headers of finished tapes, waiting to be reused (never deallocated; see the top of this
/// file).
let recycledTapeHeaders = HeaderPool()

/// A stack of headers behind a lock built on one atomic flag (acquire on taking it, release on
/// giving it back). Not `Synchronization.Mutex`: on Linux its contended path hands the lock
/// over inside the kernel (a priority-inheritance futex), which ThreadSanitizer cannot see, so
/// two threads recycling headers were reported as racing (CI, the `escapedWhileHeadersRecycle`
/// probe, one run in many). The critical sections are a push or a pop; a waiter yields.
final class HeaderPool: @unchecked Sendable {
    // @unchecked: `headers` is touched only between a successful exchange of `locked` (acquiring)
    // and the store that clears it (releasing).
    private let locked = Atomic<Bool>(false)
    private var headers: [TapeHeaderAddress] = []

    /// Runs `body` on the stack with the lock held.
    /// - Complexity: O(1) plus `body`, when uncontended.
    func withLock<R>(_ body: (inout [TapeHeaderAddress]) -> R) -> R {
        while !locked.compareExchange(expected: false, desired: true, successOrdering: .acquiring, failureOrdering: .relaxed).exchanged {
            yieldProcessor()
        }
        defer { locked.store(false, ordering: .releasing) }
        return body(&headers)
    }
}

/// Lets another thread run (the holder of the pool's lock, on a busy machine).
private func yieldProcessor() {
    #if canImport(Glibc)
    _ = sched_yield()
    #elseif canImport(Darwin)
    _ = sched_yield()
    #endif
}

/// A header for a new recording with the given entry buffer, from the pool or newly allocated.
/// - Complexity: One lock, or one allocation.
@usableFromInline
func acquireTapeHeader(storage: UnsafeMutableRawPointer, capacity: Int) -> UnsafeMutablePointer<TapeHeader> {
    let key = nextRecordingKey()
    if let recycled = recycledTapeHeaders.withLock({ $0.popLast() }) {
        // Field by field, the key by an atomic store: assigning a whole new header would write
        // the key non-atomically while a stale value on another thread may be reading it.
        let header = recycled.pointer
        header.pointee.storage = storage
        header.pointee.count = 0
        header.pointee.capacity = capacity
        header.pointee.originalKey = key
        header.pointee.leadingVariables = 0
        header.pointee.key.store(key, ordering: .relaxed)
        return header
    }
    // Safety: never deallocated (it goes back to the pool), so a stale value's read is valid.
    let header = UnsafeMutablePointer<TapeHeader>.allocate(capacity: 1)
    header.initialize(to: TapeHeader(storage: storage, capacity: capacity, key: key))
    return header
}

/// Returns a finished tape's header to the pool (its key already 0, its entries freed).
/// - Complexity: One lock.
@usableFromInline
func recycleTapeHeader(_ header: UnsafeMutablePointer<TapeHeader>) {
    recycledTapeHeaders.withLock { $0.append(TapeHeaderAddress(pointer: header)) }
}

/// A reverse-mode recording: the list of operations one evaluation of a function performed,
/// with their local partials, and the backward sweeps that turn an output cotangent into
/// input adjoints.
///
/// Drivers create one tape per call (``gradient(of:at:strategy:)`` with `.reverse`,
/// ``vjp(of:at:)->([T],_)``, …): tapes are never shared between calls or tasks, so differentiation from
/// many tasks at once needs no locking.
///
/// - Complexity: Recording appends one entry of two indices and two partials per operation
///   on two recorded values, amortized O(1) with no allocation but buffer doubling;
///   one-operand operations append nothing (see ``Tracked``). A backward sweep is
///   O(#entries up to the seeded output).
public final class Tape<T: ADScalar>: @unchecked Sendable {
    // @unchecked: the header is mutated only by the recording (one call, one task); after it
    // finishes, pullbacks only read the entries, from any number of tasks at once.
    @usableFromInline let header: UnsafeMutablePointer<TapeHeader>

    /// A new, empty recording with room for `capacity` entries before it first grows.
    @inlinable
    public init(capacity: Int = 1024) {
        let capacity = Swift.max(capacity, 16)
        // Safety: freed in deinit, after which no value reads it (their checks fail first).
        let storage = UnsafeMutableRawPointer(UnsafeMutablePointer<TapeEntry<T>>.allocate(capacity: capacity))
        header = acquireTapeHeader(storage: storage, capacity: capacity)
    }

    deinit {
        // Not specialized (a deinit cannot be inlined into clients): anything that needs the
        // metadata of `TapeEntry<T>` would look it up in the runtime's cache on every tape,
        // ≈ 650 instructions. The entries need deinitializing only when `T` is not plain
        // data, which `T`'s own metadata says. The header is kept for reuse, never freed.
        header.pointee.key.store(0, ordering: .relaxed)
        if !_isPOD(T.self) { header.pointee.entries(T.self).deinitialize(count: header.pointee.count) }
        header.pointee.storage.deallocate()
        recycleTapeHeader(header)
    }

    /// The number of recorded entries (inputs included).
    @inlinable public var count: Int { header.pointee.count }

    /// The memory the entries occupy, in bytes: `count` × the entry size.
    @inlinable public var byteCount: Int { count * MemoryLayout<TapeEntry<T>>.stride }

    /// The size of one entry in bytes (two 32-bit indices and two partials).
    @inlinable public static var entryByteCount: Int { MemoryLayout<TapeEntry<T>>.stride }

    /// A new input variable on this tape with the given value.
    /// - Complexity: O(1).
    @inlinable
    public func variable(_ value: T) -> Tracked<T> {
        checkRecording("Tape.variable(_:)")
        if header.pointee.leadingVariables == header.pointee.count { header.pointee.leadingVariables += 1 }
        let index = header.pointee.append(TapeEntry<T>(withoutParentsAt: header.pointee.count))
        return Tracked(value, scale: 1, index: index, key: header.pointee.originalKey | ownsEntryBit, header: header)
    }

    /// `value` with an entry of its own, so that a backward sweep reports ∂f/∂value at
    /// `adjoints[result.tapeIndex!]` — for reading the adjoint of an intermediate that a
    /// one-operand operation produced (those share their operand's entry; see ``Tracked``).
    /// Use the result in place of `value` afterwards: uses of `value` itself bypass the new
    /// entry. A constant becomes a new entry without parents (its adjoint is ∂f/∂constant).
    /// - Complexity: O(1), one entry.
    @inlinable
    public func node(_ value: Tracked<T>) -> Tracked<T> {
        let key = header.pointee.originalKey
        if value.header != nil && (value.header != header || value.recordingKey != key) { mixedTapes() }
        Tracked<T>.checkLive(header, key)
        let own = Int32(truncatingIfNeeded: header.pointee.count)
        let entry = value.isConstant
            ? TapeEntry<T>(withoutParentsAt: header.pointee.count)
            : TapeEntry(lhs: value.index, dlhs: value.scale, rhs: own, drhs: 0)
        let index = header.pointee.append(entry)
        return Tracked(value.value, scale: 1, index: index, key: key | ownsEntryBit, header: header)
    }

    /// New input variables on this tape, one per value, recorded in one pass.
    /// - Complexity: O(n); one allocation for the result (and at most one buffer growth).
    @inlinable
    public func variables(_ values: [T]) -> [Tracked<T>] {
        checkRecording("Tape.variables(_:)")
        let start = header.pointee.count
        if values.count > Int(Int32.max) - start {
            usageFailure("Tape", "a recording cannot hold more than \(Int32.max) operations.")
        }
        while header.pointee.capacity - start < values.count { header.pointee.grow(T.self) }
        if header.pointee.leadingVariables == start { header.pointee.leadingVariables += values.count }
        let entries = header.pointee.entries(T.self) + start
        let key = header.pointee.originalKey | ownsEntryBit
        // Entries of leading variables are never read (backward sweeps stop before them), so
        // only those after an operation are written.
        if header.pointee.leadingVariables != start + values.count {
            for k in 0..<values.count { (entries + k).initialize(to: TapeEntry(withoutParentsAt: start + k)) }
        }
        // Safety: exactly `source.count` elements are initialized, one per loop iteration.
        let result = values.withUnsafeBufferPointer { source in
            [Tracked<T>](unsafeUninitializedCapacity: source.count) { buffer, initialized in
                let target = buffer.baseAddress!
                var index = Int32(truncatingIfNeeded: start)
                for k in 0..<source.count {
                    (target + k).initialize(to: Tracked(source[k], scale: 1, index: index, key: key, header: header))
                    index &+= 1
                }
                initialized = source.count
            }
        }
        header.pointee.count = start + values.count
        return result
    }

    /// Stops with a message when the recording has finished.
    @inlinable
    func checkRecording(_ call: StaticString) {
        if _slowPath(header.pointee.currentKey == 0) {
            usageFailure("\(call)", "the recording has finished; a new input needs a new tape.")
        }
    }

    /// Ends the recording: a tracked value used in an operation after this stops with a
    /// message. Backward sweeps remain available.
    @inlinable
    public func finishRecording() {
        header.pointee.key.store(0, ordering: .relaxed)
    }

    /// Whether `value` was recorded on this tape (constants were not).
    @inlinable
    public func owns(_ value: Tracked<T>) -> Bool {
        value.header == header && value.recordingKey == header.pointee.originalKey
    }
}
