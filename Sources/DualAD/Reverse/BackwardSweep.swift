// The backward sweep over a `Tape`: seeds an output's cotangent and walks the entries from
// the last seeded one back to the inputs, pushing each entry's adjoint to its parents with
// the partials recorded from the rule table. Reverse-mode drivers (gradient, Jacobian rows,
// VJP, forward-over-reverse) all end here.

extension Tape {
    /// The backward sweep: accumulates ∂(Σ cotangentᵢ·valueᵢ)/∂v for every entry v into
    /// `adjoints`, which is resized to ``count`` and zeroed first. The gradient of a function
    /// recorded on ``variables(_:)`` made first is `adjoints[0..<n]`; the adjoint of an
    /// intermediate is at its ``Tracked/tapeIndex`` (see ``node(_:)``).
    ///
    /// Constant seed values contribute nothing; a value from another tape stops with a message.
    /// - Complexity: O(count) time, no allocation when `adjoints` already has the capacity.
    @inlinable
    public func backward(from seeds: [(value: Tracked<T>, cotangent: T)], into adjoints: inout [T]) {
        var indexed: [(index: Int32, cotangent: T)] = []
        indexed.reserveCapacity(seeds.count)
        for (value, cotangent) in seeds where !value.isConstant {
            checkSeed(value, named: "a seed value")
            indexed.append(value.backwardSeed(cotangent))
        }
        backward(seeds: indexed, into: &adjoints)
    }

    /// The backward sweep from one output with cotangent 1: `adjoints` receives ∂output/∂v for
    /// every entry v (see the many-seed `backward(from:into:)`).
    /// - Complexity: O(count) time, no allocation when `adjoints` already has the capacity.
    @inlinable
    public func backward(from output: Tracked<T>, into adjoints: inout [T]) {
        resetAdjoints(&adjoints)
        if output.isConstant { return }
        checkSeed(output, named: "the output value")
        // Safety: `adjoints` has `count` elements (resetAdjoints), and the seed belongs to this
        // tape (checkSeed), so every index the sweep touches is an entry index < count.
        adjoints.withUnsafeMutableBufferPointer {
            _ = accumulate(seed: output.backwardSeed(1), into: $0.baseAddress!, keepsIntermediates: true)
        }
    }

    /// Stops unless a (non-constant) seed value was recorded on this tape.
    @inlinable
    func checkSeed(_ value: Tracked<T>, named name: String) {
        if !owns(value) { usageFailure("Tape.backward(from:into:)", "\(name) was recorded on another tape.") }
    }

    /// The backward sweep from entry seeds (index, cotangent): `adjoints` is resized to
    /// `count` and zeroed, then receives ∂(Σ seedᵢ·entryᵢ)/∂v for every entry v.
    @inlinable
    func backward(seeds: [(index: Int32, cotangent: T)], into adjoints: inout [T]) {
        resetAdjoints(&adjoints)
        // Safety: `count` adjoints; the callers' seeds come from outputs checked to belong here.
        adjoints.withUnsafeMutableBufferPointer { _ = accumulate(seeds: seeds, into: $0.baseAddress!) }
    }

    /// `count` zeros in `adjoints`, reusing its storage when it already has that many.
    @inlinable
    func resetAdjoints(_ adjoints: inout [T]) {
        let count = header.pointee.count
        if adjoints.count != count {
            adjoints = [T](repeating: 0, count: count)
        } else {
            for i in 0..<count { adjoints[i] = 0 }
        }
    }

    /// Adds the seeds to `adjoint` and sweeps back from the last seeded entry: `adjoint` must
    /// hold `count` values, zero from the first to the last seeded entry. Returns that last
    /// seeded entry: only `adjoint[0...result]` may be nonzero afterwards (−1 for no seeds).
    /// - Complexity: O(result), no allocation.
    @inlinable
    func accumulate(seeds: [(index: Int32, cotangent: T)], into adjoint: UnsafeMutablePointer<T>) -> Int {
        var start = -1
        for seed in seeds where seed.index >= 0 {
            adjoint[Int(seed.index)] += seed.cotangent
            start = Swift.max(start, Int(seed.index))
        }
        sweep(from: start, adjoint, keepsIntermediates: true)
        return start
    }

    /// ``accumulate(seeds:into:)`` for one seed, without an array. Without
    /// `keepsIntermediates`, only the adjoints of the leading inputs are complete afterwards
    /// (for callers that read nothing else).
    @inlinable
    func accumulate(seed: (index: Int32, cotangent: T), into adjoint: UnsafeMutablePointer<T>,
                    keepsIntermediates: Bool) -> Int {
        guard seed.index >= 0 else { return -1 }
        adjoint[Int(seed.index)] += seed.cotangent
        sweep(from: Int(seed.index), adjoint, keepsIntermediates: keepsIntermediates)
        return Int(seed.index)
    }

    /// Pushes the adjoints of entries `start`, `start − 1`, … back to their parents; with
    /// `keepsIntermediates`, each entry's final adjoint is also stored at its index (the leading
    /// variables' are complete either way).
    @inlinable @inline(__always)
    func sweep(from start: Int, _ adjoint: UnsafeMutablePointer<T>, keepsIntermediates: Bool) {
        // Safety: start < count, and every parent index is an earlier entry of this tape.
        let entries = header.pointee.entries(T.self)
        let firstOperation = header.pointee.leadingVariables
        // Most entries feed the entry just before them (a chain of operations), so that
        // contribution is carried in a register instead of a store and a reload; it is the last
        // one added to adjoint[i − 1] either way, so the sums are the same to the bit. An entry
        // never has the same parent twice (operands from one entry fold into a scale, see
        // `Tracked.record`), so at most one of its parents is the previous entry.
        var carry: T = 0
        var i = start
        while i >= firstOperation {
            let a = adjoint[i] + carry
            carry = 0
            if _fastPath(!a.isExactlyZero) {
                let e = entries[i]
                let previous = Int32(truncatingIfNeeded: i &- 1)
                // A missing parent is the entry itself with partial 0: that contribution lands
                // in adjoint[i], which is overwritten below or never read again.
                if e.lhs == previous {
                    carry = e.dlhs * a
                } else {
                    adjoint[Int(e.lhs)] += e.dlhs * a
                }
                if e.rhs == previous {
                    carry = e.drhs * a
                } else {
                    adjoint[Int(e.rhs)] += e.drhs * a
                }
            }
            if keepsIntermediates { adjoint[i] = a }
            i &-= 1
        }
        // The leading variables pass nothing on; only the carry into the last of them is
        // still pending.
        if i >= 0 && i < start { adjoint[i] = adjoint[i] + carry }
    }
}

/// Scratch adjoints for a backward sweep: `count` zeros at `base[0..<count]`, in a raw buffer
/// (an array would cost a runtime metadata lookup per call for `Double`).
@frozen @usableFromInline
struct AdjointBuffer<T: ADScalar> {
    @usableFromInline let base: UnsafeMutablePointer<T>
    @usableFromInline let count: Int

    /// Allocates and zeroes `count` adjoints.
    /// - Complexity: O(count); one allocation.
    @inlinable
    init(count: Int) {
        // Safety: owned by the one call that makes it, which frees it with `deallocate()` on
        // every path (a `defer`), and never hands it out.
        base = UnsafeMutablePointer<T>.allocate(capacity: Swift.max(count, 1))
        base.initialize(repeating: 0, count: count)
        self.count = count
    }

    /// Frees the buffer.
    @inlinable
    func deallocate() {
        base.deinitialize(count: count).deallocate()
    }
}
