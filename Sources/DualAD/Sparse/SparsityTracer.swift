/// A scalar that carries, beside its value, the set of inputs it depends on: running a
/// write-once function on `SparsityTracer` values gives the sparsity pattern of its Jacobian in
/// one evaluation (``jacobianSparsity(of:at:)``).
///
/// Every rule propagates the union of its operands' sets, whatever the partial's value at this
/// point: a product depends on both factors even where one of them is zero, so the pattern is
/// the *global* one, valid at every point that takes the same branches. Comparisons look at
/// the value (as for ``Dual``), so `if x > 0` takes the branch the point takes: a function
/// whose pattern changes with a branch has, at another point, the pattern of that branch.
/// Functions with a derivative of zero (`rounded()`, `floor`) give constants.
///
///     let x = [SparsityTracer(2.0, input: 0), SparsityTracer(3.0, input: 1)]
///     (x[0] * x[1] + 1).dependencies   // [0, 1]
///     sin(x[1]).dependencies           // [1]
///
/// - Complexity: A value and an index set of storage; sets of up to four inputs live inline
///   (no allocation), larger ones in an array. An operation costs one operation on the value
///   and a merge of two sorted sets, O(|x| + |y|), or O(|y|) for `x += y` when y's inputs all
///   come after x's.
@frozen
public struct SparsityTracer<T: ADScalar> {
    /// The primal value (branches and comparisons read it).
    public var value: T
    /// The inputs this value depends on, sorted.
    @usableFromInline var inputs: SparseIndexSet<UInt32>

    @inlinable @inline(__always)
    init(_ value: T, inputs: SparseIndexSet<UInt32>) {
        self.value = value
        self.inputs = inputs
    }

    /// A constant: depends on no input.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T) { self.init(value, inputs: SparseIndexSet()) }

    /// Input number `index` of the function being traced, with the given value.
    /// - Complexity: O(1).
    @inlinable
    public init(_ value: T, input index: Int) {
        if index < 0 || index > Int(UInt32.max) {
            usageFailure("SparsityTracer(_:input:)", "the input index must be in 0...\(UInt32.max), got \(index).")
        }
        self.init(value, inputs: SparseIndexSet(UInt32(index)))
    }

    /// The indices of the inputs this value depends on, in increasing order.
    /// - Complexity: O(number of inputs); allocates.
    public var dependencies: [Int] { inputs.elements.map { Int($0) } }
}

extension SparsityTracer: Sendable {}

/// Hashes the value only (``DifferentiableScalar``), consistent with `==`.
extension SparsityTracer: Hashable where T: Hashable {}

/// `FloatingPoint` where the primal type is (``DifferentiableScalar``'s defaults, written once).
extension SparsityTracer: Strideable, FloatingPoint where T: FloatingPoint {}

extension SparsityTracer: CustomStringConvertible {
    /// The value and its dependencies, e.g. `0.5 ⟨0, 1⟩`.
    public var description: String { "\(value) ⟨\(dependencies.map(String.init).joined(separator: ", "))⟩" }
}
