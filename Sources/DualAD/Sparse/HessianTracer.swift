/// A scalar that carries, beside its value, the inputs it depends on, and records the pairs
/// of inputs its nonlinear operations couple: running a write-once scalar function on
/// `HessianTracer` values gives the sparsity pattern of its Hessian in one evaluation
/// (``hessianSparsity(of:at:)``, ``hessianSparsity(at:of:)``).
///
/// Which second derivatives of a rule are nonzero is read from the rule itself: its
/// derivative expression (the rule table's, or a user's ``DifferentiableFunction``'s) is
/// evaluated once more on ``SparsityTracer`` probes standing for the operands, and a partial
/// that depends on an operand means a nonzero second derivative. So `x * y` couples x with y
/// but neither with itself, `exp(x)` couples x with itself, `x + y` and `abs(x)` couple
/// nothing — with no second table to keep in step. The pattern is global in the same sense as
/// ``SparsityTracer``'s; comparisons, and the branches inside a rule, take the value's path.
///
/// The pairs go to one list shared by the run, not to each value: a nonlinear operation
/// whose result never reaches the output (an unused value, one only compared) still adds its
/// pairs, so the pattern may hold entries that are zero everywhere — never fewer than the
/// structural ones. Tracers are valid only inside the ``hessianSparsity(at:of:)`` call that
/// made them: a nonlinear operation on one kept past it stops with a message.
///
/// - Complexity: A value, an index set of inputs (inline up to three, else in the run's shared list) and a run id,
///   plain integers copied without reference counting. An
///   operation merges the operands' input sets; a nonlinear one also appends the products of
///   its operands' input sets to the run's list, so a product of two values that each depend
///   on k inputs costs O(k²).
@frozen
public struct HessianTracer<T: ADScalar> {
    /// The primal value (branches and comparisons read it).
    public var value: T
    /// The inputs this value depends on, sorted.
    @usableFromInline var inputs: SparseIndexSet
    /// The run that made the inputs this value depends on (0: a constant, no input).
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

    /// The indices of the inputs this value depends on, in increasing order.
    /// - Complexity: O(number of inputs); allocates.
    public var dependencies: [Int] { inputs.elements(call: "HessianTracer.dependencies").map { Int($0) } }
}

extension HessianTracer: Sendable {}

/// Hashes the value only (``DifferentiableScalar``), consistent with `==`.
extension HessianTracer: Hashable where T: Hashable {}

/// `FloatingPoint` where the primal type is (``DifferentiableScalar``'s defaults, written once).
extension HessianTracer: Strideable, FloatingPoint where T: FloatingPoint {}
