/// A scalar that carries, beside its value, the set of inputs it depends on: running a
/// write-once function on `SparsityTracer` values gives the sparsity pattern of its Jacobian in
/// one evaluation (``jacobianSparsity(of:at:)``, ``jacobianSparsity(at:of:)``).
///
/// Every rule propagates the union of its operands' sets, whatever the partial's value at this
/// point: a product depends on both factors even where one of them is zero, so the pattern is
/// the *global* one, valid at every point that takes the same branches. Comparisons look at
/// the value (as for ``Dual``), so `if x > 0` takes the branch the point takes: a function
/// whose pattern changes with a branch has, at another point, the pattern of that branch.
/// Functions with a derivative of zero (`rounded()`, `floor`) give constants.
///
///     let p = jacobianSparsity(at: [2.0, 3.0]) { x in [x[0] * x[1] + 1, sin(x[1])] }
///     // row 0: inputs 0 and 1; row 1: input 1
///
/// Tracers are made by ``jacobianSparsity(at:of:)`` (and ``SparseJacobianPlan``) and are valid
/// only inside that call: one kept past it stops with a message when it needs its run.
///
/// - Complexity: A value, an index set and a run id: plain integers, copied without reference
///   counting. Sets of up to three inputs live inline, larger ones in the run's shared list.
///   An operation costs one operation on the value and a merge of two sorted sets,
///   O(|x| + |y|), or O(|y|) for `x += y` when y's inputs all come after x's.
@frozen
public struct SparsityTracer<T: ADScalar> {
    /// The primal value (branches and comparisons read it).
    public var value: T
    /// The inputs this value depends on, sorted.
    @usableFromInline var inputs: SparseIndexSet
    /// The run (the `jacobianSparsity` call) whose inputs this value depends on; 0 for a
    /// constant.
    @usableFromInline var run: UInt32

    @inlinable @inline(__always)
    init(_ value: T, inputs: SparseIndexSet, run: UInt32) {
        self.value = value
        self.inputs = inputs
        self.run = run
    }

    /// A constant: depends on no input.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T) { self.init(value, inputs: SparseIndexSet(), run: 0) }

    /// Input number `index` of run `run`.
    @inlinable @inline(__always)
    init(_ value: T, input index: Int, run: UInt32) {
        self.init(value, inputs: SparseIndexSet(UInt32(truncatingIfNeeded: index)), run: run)
    }

    /// The indices of the inputs this value depends on, in increasing order.
    /// - Complexity: O(number of inputs); allocates.
    public var dependencies: [Int] { inputs.elements(call: "SparsityTracer.dependencies").map { Int($0) } }
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
