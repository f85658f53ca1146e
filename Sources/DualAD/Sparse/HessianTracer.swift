/// A scalar that carries, beside its value, the inputs it depends on and the pairs of inputs
/// its second derivatives couple: running a write-once scalar function on `HessianTracer`
/// values gives the sparsity pattern of its Hessian in one evaluation
/// (``hessianSparsity(of:at:)``).
///
/// Which second derivatives of a rule are nonzero is read from the rule itself: its
/// derivative expression (the rule table's, or a user's ``DifferentiableFunction``'s) is
/// evaluated once more on ``SparsityTracer`` probes standing for the operands, and a partial
/// that depends on an operand means a nonzero second derivative. So `x * y` couples x with y
/// but neither with itself, `exp(x)` couples x with itself, `x + y` and `abs(x)` couple
/// nothing — with no second table to keep in step. The pattern is global in the same sense as
/// ``SparsityTracer``'s; comparisons, and the branches inside a rule, take the value's path.
///
/// - Complexity: A value and two index sets (inputs, and input pairs i ≤ j). An operation
///   merges sets; a nonlinear one also forms the products of its operands' input sets, so a
///   product of two values that each depend on k inputs costs O(k²).
@frozen
public struct HessianTracer<T: ADScalar> {
    /// The primal value (branches and comparisons read it).
    public var value: T
    /// The inputs this value depends on, sorted.
    @usableFromInline var inputs: SparseIndexSet<UInt32>
    /// The pairs (i, j), i ≤ j, with a structurally nonzero ∂²/∂xᵢ∂xⱼ, packed as i << 32 | j.
    @usableFromInline var pairs: SparseIndexSet<UInt64>

    @inlinable @inline(__always)
    init(_ value: T, inputs: SparseIndexSet<UInt32>, pairs: SparseIndexSet<UInt64>) {
        self.value = value
        self.inputs = inputs
        self.pairs = pairs
    }

    /// A constant: depends on no input.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T) { self.init(value, inputs: SparseIndexSet(), pairs: SparseIndexSet()) }

    /// Input number `index` of the function being traced, with the given value.
    /// - Complexity: O(1).
    @inlinable
    public init(_ value: T, input index: Int) {
        if index < 0 || index > Int(UInt32.max) {
            usageFailure("HessianTracer(_:input:)", "the input index must be in 0...\(UInt32.max), got \(index).")
        }
        self.init(value, inputs: SparseIndexSet(UInt32(index)), pairs: SparseIndexSet())
    }

    /// The indices of the inputs this value depends on, in increasing order.
    /// - Complexity: O(number of inputs); allocates.
    public var dependencies: [Int] { inputs.elements.map { Int($0) } }

    /// The pairs (i, j), i ≤ j, whose second derivative ∂²/∂xᵢ∂xⱼ is structurally nonzero.
    /// - Complexity: O(number of pairs); allocates.
    public var secondOrderPairs: [(Int, Int)] { pairs.elements.map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) } }
}

extension HessianTracer: Sendable {}

/// Hashes the value only (``DifferentiableScalar``), consistent with `==`.
extension HessianTracer: Hashable where T: Hashable {}

/// `FloatingPoint` where the primal type is (``DifferentiableScalar``'s defaults, written once).
extension HessianTracer: Strideable, FloatingPoint where T: FloatingPoint {}

// MARK: - Pair sets

extension SparseIndexSet {
    /// Inserts `e` into a set of at most three elements, keeping it inline and sorted.
    @inlinable
    mutating func insertSmall(_ e: Element) {
        var k = 0
        while k < count && small[k] < e { k += 1 }
        if k < count && small[k] == e { return }
        var m = count
        while m > k { small[m] = small[m - 1]; m -= 1 }
        small[k] = e
        count += 1
    }
}

extension SparseIndexSet where Element == UInt64 {
    /// {(a, b) : a ∈ x, b ∈ y}, each pair ordered (min, max), sorted and without duplicates.
    /// - Complexity: O(|x|·|y| log(|x|·|y|)), O(|x|²) when x and y are the same set.
    @inlinable
    static func products(_ x: SparseIndexSet<UInt32>, _ y: SparseIndexSet<UInt32>) -> SparseIndexSet<UInt64> {
        if x.isEmpty || y.isEmpty { return SparseIndexSet() }
        if x.count * y.count <= 4 {
            // Inline: at most four pairs, sorted by insertion, no allocation.
            var result = SparseIndexSet<UInt64>()
            for i in 0..<x.count {
                for j in 0..<y.count {
                    let (a, b) = (Swift.min(x[i], y[j]), Swift.max(x[i], y[j]))
                    result.insertSmall(UInt64(a) << 32 | UInt64(b))
                }
            }
            return result
        }
        var packed = [UInt64]()
        packed.reserveCapacity(x.count * y.count)
        if x == y {
            // Already in order: (a, b) with a ≤ b, a increasing, then b increasing.
            for i in 0..<x.count { for j in i..<x.count { packed.append(UInt64(x[i]) << 32 | UInt64(x[j])) } }
        } else {
            for i in 0..<x.count {
                for j in 0..<y.count {
                    let (a, b) = (Swift.min(x[i], y[j]), Swift.max(x[i], y[j]))
                    packed.append(UInt64(a) << 32 | UInt64(b))
                }
            }
            packed.sort()
            var unique = 0
            for k in packed.indices where k == 0 || packed[k] != packed[unique - 1] {
                packed[unique] = packed[k]
                unique += 1
            }
            packed.removeLast(packed.count - unique)
        }
        return SparseIndexSet(sorted: packed)
    }
}
