// One run of the sparsity tracers: a call of `jacobianSparsity` or `hessianSparsity`. It holds
// what the tracers' values share — the input sets too large to store inline (one list of
// sorted ranges), and `HessianTracer`'s pairs of inputs coupled by nonlinear operations — and
// is found through a thread-local pointer, so the values hold no reference (no reference
// counting, no allocation per operation).
//
// Why the pairs are shared and not per value: a value that carried its own set of pairs
// copied and merged that set at every operation (≈ 1600 instructions per operation on
// Rosenbrock, n = 2000: a one-off sparse Hessian 2297× the primal). A shared list costs an
// append per pair a nonlinear operation forms; the price is that a nonlinear operation whose
// result never reaches the output (dead code, a value only compared) still adds its pairs — a
// superset of the structural pattern, which is safe (SparseConnectivityTracer.jl's shared
// Hessian patterns make the same trade).
//
// Misuse: the pointer is set only for the duration of the run (the previous one restored
// after, so runs nest), so it never dangles. A tracer used outside its run — kept past the
// call, or sent to another thread — finds no run or a run with another id, and stops with a
// message; a set stored inline needs no run and stays readable.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// What one run's tracers share.
@usableFromInline
struct TracerRun {
    /// This run's id (never 0, which marks a constant).
    @usableFromInline let id: UInt32
    /// The spilled input sets: each a contiguous, sorted range.
    @usableFromInline var elements: [UInt32] = []
    /// HessianTracer's pairs (i, j), i ≤ j, packed as i << 32 | j, as recorded.
    @usableFromInline var pairs: [UInt64] = []
    /// The last pair recorded in each of 64 slots (by hash): a pair found here again is not
    /// appended twice (Rosenbrock records 10,000 pairs, 4,000 distinct).
    let recent: UnsafeMutablePointer<UInt64>

    init(id: UInt32, recent: UnsafeMutablePointer<UInt64>) {
        self.id = id
        self.recent = recent
    }

    /// Appends `pair` unless it is in its slot of `recent`.
    @inline(__always)
    mutating func record(_ pair: UInt64) {
        let slot = Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if recent[slot] != pair {
            recent[slot] = pair
            pairs.append(pair)
        }
    }
}

/// The thread-local slot holding the current run's address.
private let currentRunKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key, nil)
    precondition(status == 0, "DualAD: pthread_key_create failed (\(status)) for the sparsity tracers' run")
    return key
}()

/// Ids for runs; 0 is skipped.
private let runIds = Atomic<UInt32>(0)

/// Runs `body` with a new run current on this thread, passing its id and address; the
/// previous run is current again after.
/// - Complexity: `body`.
@usableFromInline
func withTracerRun<R>(_ body: (UInt32, UnsafeMutablePointer<TracerRun>) throws -> R) rethrows -> R {
    var id: UInt32 = 0
    while id == 0 { id = runIds.wrappingAdd(1, ordering: .relaxed).newValue }
    // Safety: 64 words, initialized here, freed when the run ends (no tracer holds it).
    let recent = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
    recent.initialize(repeating: .max, count: 64)
    defer { recent.deallocate() }
    var run = TracerRun(id: id, recent: recent)
    let previous = pthread_getspecific(currentRunKey)
    // Safety: the pointer is published (thread-local) only inside this closure and withdrawn
    // before `run` goes out of scope; readers check the run's id.
    return try withUnsafeMutablePointer(to: &run) { pointer in
        pthread_setspecific(currentRunKey, UnsafeMutableRawPointer(pointer))
        defer { pthread_setspecific(currentRunKey, previous) }
        return try body(id, pointer)
    }
}

/// The current run, which must be the one every tracer value involved comes from (`runs`:
/// their run ids, 0 for a constant).
/// - Complexity: One thread-local read.
@usableFromInline
func currentTracerRun(runs first: UInt32, _ second: UInt32, call: String) -> UnsafeMutablePointer<TracerRun> {
    guard let raw = pthread_getspecific(currentRunKey) else {
        usageFailure(call, "a tracer used outside the jacobianSparsity or hessianSparsity call that made it (kept past the call, or on another thread); tracers are valid only inside that call.")
    }
    // Safety: only `withTracerRun` sets the slot, to a live `TracerRun`, and clears it before
    // the run ends.
    let run = raw.assumingMemoryBound(to: TracerRun.self)
    let id = run.pointee.id
    if (first != 0 && first != id) || (second != 0 && second != id) {
        usageFailure(call, "a tracer used outside the jacobianSparsity or hessianSparsity call that made it (kept past the call, or on another thread); tracers are valid only inside that call.")
    }
    return run
}

/// The current run, checked against the spilled sets among `x` and `y`.
@usableFromInline
func currentTracerRun(checking x: SparseIndexSet, _ y: SparseIndexSet, call: String = "SparsityTracer") -> UnsafeMutablePointer<TracerRun> {
    currentTracerRun(runs: x.isSpilled ? x.b : 0, y.isSpilled ? y.b : 0, call: call)
}

/// The run of a value computed from two tracers: theirs (a constant's is 0); two different
/// runs stop with a message.
/// - Complexity: O(1).
@inlinable @inline(__always)
func combinedRun(_ x: UInt32, _ y: UInt32, call: String) -> UInt32 {
    if x == y || y == 0 { return x }
    if x == 0 { return y }
    mixedRunsFailure(call)
}

/// Two tracers from different runs met in one operation.
@usableFromInline
func mixedRunsFailure(_ call: String) -> Never {
    usageFailure(call, "an operation mixes tracers from different jacobianSparsity or hessianSparsity calls; tracers are valid only inside the call that made them.")
}

/// Records {(min(a, b), max(a, b)) : a ∈ x, b ∈ y} in the current run, which must be the run
/// both operands come from.
/// - Complexity: O(|x|·|y|) appends.
@usableFromInline
func recordHessianPairs(_ x: SparseIndexSet, _ y: SparseIndexSet, runs xRun: UInt32, _ yRun: UInt32) {
    let run = currentTracerRun(runs: xRun, yRun, call: "HessianTracer")
    let same = x.count == y.count && x.a == y.a && x.b == y.b && x.c == y.c
    if !x.isSpilled && !y.isSpilled {
        // Inline sets (almost every operation): no access to the run's list, so the loops
        // unroll (measured: the general loop below alone costs 4 % more of Rosenbrock's detection).
        for i in 0..<x.count {
            let p = x.inlineElement(i)
            if same {
                for j in i..<x.count { run.pointee.record(UInt64(p) << 32 | UInt64(x.inlineElement(j))) }
            } else {
                for j in 0..<y.count {
                    let q = y.inlineElement(j)
                    run.pointee.record(UInt64(Swift.min(p, q)) << 32 | UInt64(Swift.max(p, q)))
                }
            }
        }
        return
    }
    for i in 0..<x.count {
        let p = x.element(i, in: run)
        if same {
            for j in i..<x.count { run.pointee.record(UInt64(p) << 32 | UInt64(x.element(j, in: run))) }
        } else {
            for j in 0..<y.count {
                let q = y.element(j, in: run)
                run.pointee.record(UInt64(Swift.min(p, q)) << 32 | UInt64(Swift.max(p, q)))
            }
        }
    }
}

/// The symmetric n × n pattern with (i, j) and (j, i) for every pair i ≤ j the run
/// recorded (repetitions and any order allowed).
/// - Complexity: O(p + n + Σ rᵢ²) for p pairs and rows of rᵢ entries: counted into rows, each
///   row sorted by insertion (rows are short) — no sort of the whole list.
@usableFromInline
func symmetricPattern(recorded run: UnsafeMutablePointer<TracerRun>, size n: Int) -> SparsityPattern {
    var starts = [Int](repeating: 0, count: n + 1)
    var total = 0
    // Safety: (the buffer pointers below) every recorded pair holds input indices of this run,
    // made for 0..<n, so every index is in bounds; the buffers live for the closures only.
    run.pointee.pairs.withUnsafeBufferPointer { pairs in
        starts.withUnsafeMutableBufferPointer { starts in
            for pair in pairs {
                let (a, b) = (Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
                starts[a + 1] += 1
                if a != b { starts[b + 1] += 1 }
            }
            for i in 0..<n { starts[i + 1] += starts[i] }
            total = starts[n]
        }
    }
    var columns = [Int](repeating: 0, count: total)
    var rowStarts = [Int](repeating: 0, count: n + 1)
    // Safety: as above; `columns` has a slot per recorded entry, counted in `starts`.
    run.pointee.pairs.withUnsafeBufferPointer { pairs in
        columns.withUnsafeMutableBufferPointer { columns in
            rowStarts.withUnsafeMutableBufferPointer { rowStarts in
                // Fill: rowStarts[i] runs as row i's write position (it starts where starts[i] is).
                for i in 0..<n { rowStarts[i] = starts[i] }
                for pair in pairs {
                    let (a, b) = (Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
                    columns[rowStarts[a]] = b
                    rowStarts[a] += 1
                    if a != b {
                        columns[rowStarts[b]] = a
                        rowStarts[b] += 1
                    }
                }
                // Sort each row by insertion (rows are short), drop repetitions, compact.
                var write = 0
                for i in 0..<n {
                    let (low, high) = (starts[i], starts[i + 1])
                    if high > low + 1 {
                        for k in (low + 1)..<high {
                            let v = columns[k]
                            var m = k
                            while m > low && columns[m - 1] > v { columns[m] = columns[m - 1]; m -= 1 }
                            columns[m] = v
                        }
                    }
                    rowStarts[i] = write
                    for k in low..<high where k == low || columns[k] != columns[k - 1] {
                        columns[write] = columns[k]
                        write += 1
                    }
                }
                rowStarts[n] = write
                total = write
            }
        }
    }
    columns.removeLast(columns.count - total)
    return SparsityPattern(checkedRows: n, columns: n, rowStarts: rowStarts, columnIndices: columns)
}
