// The dependency sets the sparsity tracers carry: sorted, duplicate-free sets of small
// integers (input indices, or index pairs packed into one integer), with the first four
// elements stored inline. Most values of a sparse function depend on a handful of inputs, so
// most operations union two inline sets without touching the heap; a set of more than four
// spills into an array. `formUnion` appends in place when the other set lies entirely above
// this one (a running sum `s += term` over increasing indices), so a sum over n inputs costs
// O(n) in all, not O(n²).

/// A sorted set of unsigned integers with inline storage for up to four elements.
@frozen @usableFromInline
struct SparseIndexSet<Element: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable, Equatable {
    /// How many elements the set holds.
    @usableFromInline var count: Int
    /// The elements while `count <= 4`. Four stored fields, not an `InlineArray`: copying a
    /// value with an `InlineArray` beside the optional array went through the runtime's generic
    /// tuple copy, with a metadata lookup by mangled name on every copy (measured: a third of
    /// the Hessian tracer's instructions).
    @usableFromInline var small: SmallStorage<Element>
    /// The elements once `count > 4`; nil before (so that copying a small set retains nothing).
    @usableFromInline var large: [Element]?

    /// The empty set.
    @inlinable @inline(__always)
    init() {
        count = 0
        small = SmallStorage()
        large = nil
    }

    /// The set {e}.
    @inlinable @inline(__always)
    init(_ e: Element) {
        self.init()
        count = 1
        small[0] = e
    }

    /// A set from sorted, duplicate-free elements.
    @inlinable
    init(sorted elements: [Element]) {
        self.init()
        count = elements.count
        if count <= 4 {
            for k in 0..<count { small[k] = elements[k] }
        } else {
            large = elements
        }
    }

    @inlinable @inline(__always)
    var isEmpty: Bool { count == 0 }

    /// Element k, in increasing order.
    @inlinable @inline(__always)
    subscript(k: Int) -> Element { count <= 4 ? small[k] : large![k] }

    /// Whether `e` is an element (binary search).
    @inlinable
    func contains(_ e: Element) -> Bool {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            let m = self[mid]
            if m == e { return true }
            if m < e { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// Calls `body` on every element in increasing order.
    @inlinable
    func forEach(_ body: (Element) -> Void) {
        for k in 0..<count { body(self[k]) }
    }

    /// The elements as an array.
    @inlinable
    var elements: [Element] { (0..<count).map { self[$0] } }

    /// Adds every element of `other`.
    /// - Complexity: O(|other|) amortized when `other` lies above every element of this set or
    ///   overlaps only its last quarter, O(|self| + |other|) otherwise.
    @inlinable
    mutating func formUnion(_ other: SparseIndexSet) {
        if other.count == 0 { return }
        if count == 0 { self = other; return }
        if other[0] > self[count - 1] {
            let total = count + other.count
            if total <= 4 {
                for k in 0..<other.count { small[count + k] = other[k] }
            } else {
                if count <= 4 {
                    var spilled = [Element]()
                    spilled.reserveCapacity(Swift.max(total, 8))
                    for k in 0..<count { spilled.append(small[k]) }
                    large = spilled
                }
                for k in 0..<other.count { large!.append(other[k]) }
            }
            count = total
            return
        }
        if count == other.count && self == other { return }
        if count > 4 && other.count < count / 4 {
            // `other` overlaps only the tail (a running sum whose new term shares its first
            // element with the sum's last, as in a Hessian's pairs): merge just the tail in
            // place instead of copying the whole set.
            let position = lowerBound(other[0])
            if count - position < count / 4 {
                var tail = SparseIndexSet()
                tail.count = count - position
                if tail.count <= 4 {
                    for k in 0..<tail.count { tail.small[k] = large![position + k] }
                } else {
                    tail.large = Array(large![position...])
                }
                large!.removeLast(count - position)
                count = position
                let merged = SparseIndexSet.merging(tail, other)
                for k in 0..<merged.count { large!.append(merged[k]) }
                count += merged.count
                if count <= 4 { self = SparseIndexSet(sorted: large!) }
                return
            }
        }
        self = SparseIndexSet.merging(self, other)
    }

    /// The first position whose element is not less than `e`.
    /// - Complexity: O(log count).
    @inlinable
    func lowerBound(_ e: Element) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < e { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The union of two sets.
    @inlinable
    func union(_ other: SparseIndexSet) -> SparseIndexSet {
        var result = self
        result.formUnion(other)
        return result
    }

    /// The sorted merge of two sets.
    @inlinable
    static func merging(_ a: SparseIndexSet, _ b: SparseIndexSet) -> SparseIndexSet {
        var i = 0, j = 0
        if a.count + b.count <= 4 {
            var result = SparseIndexSet()
            var n = 0
            while i < a.count || j < b.count {
                let next: Element
                if j == b.count || (i < a.count && a[i] < b[j]) { next = a[i]; i += 1 }
                else if i == a.count || b[j] < a[i] { next = b[j]; j += 1 }
                else { next = a[i]; i += 1; j += 1 }
                result.small[n] = next
                n += 1
            }
            result.count = n
            return result
        }
        var merged = [Element]()
        merged.reserveCapacity(a.count + b.count)
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { merged.append(a[i]); i += 1 }
            else if i == a.count || b[j] < a[i] { merged.append(b[j]); j += 1 }
            else { merged.append(a[i]); i += 1; j += 1 }
        }
        return SparseIndexSet(sorted: merged)
    }

    /// Equal elements (the unused inline slots and spill capacity are not compared).
    @inlinable
    static func == (lhs: SparseIndexSet, rhs: SparseIndexSet) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for k in 0..<lhs.count where lhs[k] != rhs[k] { return false }
        return true
    }
}

/// Four elements in stored fields, indexed by a switch.
@frozen @usableFromInline
struct SmallStorage<Element: FixedWidthInteger & Sendable>: Sendable {
    @usableFromInline var e0: Element = 0, e1: Element = 0, e2: Element = 0, e3: Element = 0

    @inlinable @inline(__always) init() {}

    @inlinable
    subscript(k: Int) -> Element {
        @inline(__always) get {
            switch k {
            case 0: return e0
            case 1: return e1
            case 2: return e2
            default: return e3
            }
        }
        @inline(__always) set {
            switch k {
            case 0: e0 = newValue
            case 1: e1 = newValue
            case 2: e2 = newValue
            default: e3 = newValue
            }
        }
    }
}
