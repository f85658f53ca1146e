// The input sets the sparsity tracers carry: sorted, duplicate-free sets of input indices.
// Up to three live inline; a larger set lives in its run's element list (`TracerRun`) as a
// contiguous sorted range, and the set holds only where. So a set — and a tracer — is four
// plain integers: copied by memcpy, with no reference counting and no allocation per
// operation. (A set that kept its spill in an `Array` was copied through the runtime's value
// witnesses, a metadata lookup and an indirect call per copy: most of the Hessian tracer's
// instructions, measured with callgrind.)
//
// Most values of a sparse function depend on a handful of inputs, so most unions merge two
// inline sets without touching the run. `formUnion` appends in place when this set's range is
// the last in the run and every new element lies above it (a running sum `s += term` over
// increasing indices), so a sum over n inputs costs O(n) in all, not O(n²). Ranges are never
// rewritten, only extended past their end, so a copy of a set (a shorter range) stays valid.

/// A sorted set of input indices: inline up to three, else a range of its run's list.
@frozen @usableFromInline
struct SparseIndexSet: Sendable {
    /// How many elements are stored inline.
    @usableFromInline static var inlineCapacity: UInt32 { 3 }

    /// How many elements the set holds.
    @usableFromInline var count: UInt32
    /// Inline: the elements. Spilled (`count > 3`): `a` is the range's start in the run's
    /// list, `b` the run's id.
    @usableFromInline var a: UInt32, b: UInt32, c: UInt32

    /// The empty set.
    @inlinable @inline(__always)
    init() { count = 0; a = 0; b = 0; c = 0 }

    /// The set {e}.
    @inlinable @inline(__always)
    init(_ e: UInt32) { count = 1; a = e; b = 0; c = 0 }

    /// The set {e, f}, e < f.
    @inlinable @inline(__always)
    init(_ e: UInt32, _ f: UInt32) { count = 2; a = e; b = f; c = 0 }

    @inlinable @inline(__always)
    var isEmpty: Bool { count == 0 }

    /// Whether the elements live in a run's list.
    @inlinable @inline(__always)
    var isSpilled: Bool { count > SparseIndexSet.inlineCapacity }

    /// Inline element k (`count <= 3`).
    @inlinable @inline(__always)
    func inlineElement(_ k: UInt32) -> UInt32 { k == 0 ? a : (k == 1 ? b : c) }

    /// Sets inline element k.
    @inlinable @inline(__always)
    mutating func setInline(_ k: UInt32, _ e: UInt32) {
        switch k {
        case 0: a = e
        case 1: b = e
        default: c = e
        }
    }

    /// Whether `e` is an element of an inline set.
    @inlinable @inline(__always)
    func inlineContains(_ e: UInt32) -> Bool {
        (count > 0 && a == e) || (count > 1 && b == e) || (count > 2 && c == e)
    }

    /// The union of two sets.
    /// - Complexity: O(1) for two inline sets whose union fits inline; else as `formUnion`.
    @inlinable @inline(__always)
    func union(_ other: SparseIndexSet) -> SparseIndexSet {
        var result = self
        result.formUnion(other)
        return result
    }

    /// Adds every element of `other`.
    /// - Complexity: O(1) for inline sets whose union fits inline; O(|other|) amortized when
    ///   this set's range ends its run's list and `other` adds only larger elements; else
    ///   O(|self| + |other|), appended to the run's list.
    @inlinable @inline(__always)
    mutating func formUnion(_ other: SparseIndexSet) {
        if other.count == 0 { return }
        if count == 0 { self = other; return }
        if !isSpilled && !other.isSpilled {
            // Merge two inline sets; done if the result fits inline.
            var merged = SparseIndexSet()
            var i: UInt32 = 0, j: UInt32 = 0
            while i < count || j < other.count {
                let next: UInt32
                if j == other.count { next = inlineElement(i); i += 1 }
                else if i == count { next = other.inlineElement(j); j += 1 }
                else {
                    let x = inlineElement(i), y = other.inlineElement(j)
                    if x < y { next = x; i += 1 } else if y < x { next = y; j += 1 } else { next = x; i += 1; j += 1 }
                }
                if merged.count == SparseIndexSet.inlineCapacity { formSpilledUnion(other); return }
                merged.setInline(merged.count, next)
                merged.count += 1
            }
            self = merged
            return
        }
        formSpilledUnion(other)
    }

    /// The union when either set, or the result, does not fit inline: in the current run.
    @usableFromInline
    mutating func formSpilledUnion(_ other: SparseIndexSet) {
        let run = currentTracerRun(checking: self, other)
        // In place: this range ends the list and `other` adds only elements above it.
        if isSpilled && Int(a) + Int(count) == run.pointee.elements.count {
            let last = run.pointee.elements[Int(a) + Int(count) - 1]
            var appendable = true
            for k in 0..<other.count {
                let e = other.element(k, in: run)
                if e <= last && !spilledContains(e, in: run) { appendable = false; break }
            }
            if appendable {
                for k in 0..<other.count {
                    let e = other.element(k, in: run)
                    if e > last { run.pointee.elements.append(e); count += 1 }
                }
                return
            }
        }
        // A new range at the end of the list: the sorted merge (by index: the list may grow).
        let start = run.pointee.elements.count
        var i: UInt32 = 0, j: UInt32 = 0
        while i < count || j < other.count {
            let next: UInt32
            if j == other.count { next = element(i, in: run); i += 1 }
            else if i == count { next = other.element(j, in: run); j += 1 }
            else {
                let x = element(i, in: run), y = other.element(j, in: run)
                if x < y { next = x; i += 1 } else if y < x { next = y; j += 1 } else { next = x; i += 1; j += 1 }
            }
            run.pointee.elements.append(next)
        }
        let total = UInt32(run.pointee.elements.count - start)
        if total <= SparseIndexSet.inlineCapacity {
            var small = SparseIndexSet()
            for k in 0..<Int(total) { small.setInline(UInt32(k), run.pointee.elements[start + k]) }
            small.count = total
            run.pointee.elements.removeLast(Int(total))
            self = small
        } else {
            self.count = total
            self.a = UInt32(start)
            self.b = run.pointee.id
            self.c = 0
        }
    }

    /// UInt32 k, inline or from the run's list.
    @inlinable @inline(__always)
    func element(_ k: UInt32, in run: UnsafeMutablePointer<TracerRun>) -> UInt32 {
        isSpilled ? run.pointee.elements[Int(a) + Int(k)] : inlineElement(k)
    }

    /// Whether a spilled set holds `e` (binary search in its range).
    @usableFromInline
    func spilledContains(_ e: UInt32, in run: UnsafeMutablePointer<TracerRun>) -> Bool {
        var low = Int(a), high = Int(a) + Int(count)
        while low < high {
            let mid = (low + high) / 2
            let m = run.pointee.elements[mid]
            if m == e { return true }
            if m < e { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// Calls `body` on every element in increasing order; a spilled set reads the run's list.
    @usableFromInline
    func forEach(in run: UnsafeMutablePointer<TracerRun>, _ body: (UInt32) -> Void) {
        if isSpilled {
            for k in 0..<Int(count) { body(run.pointee.elements[Int(a) + k]) }
        } else {
            for k in 0..<count { body(inlineElement(k)) }
        }
    }

    /// The elements, in increasing order (a spilled set must belong to the current run).
    /// - Complexity: O(count); allocates.
    @usableFromInline
    func elements(call: String) -> [UInt32] {
        if !isSpilled { return (0..<count).map { inlineElement($0) } }
        let run = currentTracerRun(checking: self, SparseIndexSet(), call: call)
        return Array(run.pointee.elements[Int(a)..<Int(a) + Int(count)])
    }
}
