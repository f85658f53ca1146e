// `SparsityTracer` as a differentiable scalar: the value from the primal type, and for every
// rule — built-in, a user's, the implicit function theorem's — the union of the operands'
// input sets. No derivative is computed: which inputs a result depends on does not depend on
// the partials' values (the global pattern).

extension SparsityTracer: DifferentiableScalar {
    /// The value rounded by `rule`, as a constant (derivative 0).
    /// - Complexity: O(1).
    @inlinable public func rounded(_ rule: FloatingPointRoundingRule) -> SparsityTracer { roundedConstant(rule) }

    /// `value` with the inputs of `other`.
    /// - Complexity: O(1) (the set is shared, copied on write).
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf other: SparsityTracer) { self.init(value, inputs: other.inputs, run: other.run) }

    /// Whether the value is zero and no input is involved.
    /// - Complexity: O(1).
    @inlinable public var isExactlyZero: Bool { value.isExactlyZero && inputs.isEmpty }

    /// A one-argument rule's result: the inputs of x (the partial's value is not needed).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: SparsityTracer, times d: T) { self.init(value, inputs: x.inputs, run: x.run) }

    /// A two-argument rule's result: the union of both operands' inputs.
    /// - Complexity: O(|x| + |y|).
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: SparsityTracer, times dx: T, plus y: SparsityTracer, times dy: T) {
        self.init(value, inputs: x.inputs.union(y.inputs), run: combinedRun(x.run, y.run, call: "SparsityTracer"))
    }

    /// f(x): the value from the primal type, the inputs of x.
    /// - Complexity: One evaluation of f on `T`.
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: SparsityTracer) -> SparsityTracer {
        SparsityTracer(T.evaluate(function, x.value), inputs: x.inputs, run: x.run)
    }

    /// f(x, y): the value from the primal type, the union of the inputs.
    /// - Complexity: One evaluation of f on `T`, O(|x| + |y|).
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: SparsityTracer, _ y: SparsityTracer) -> SparsityTracer {
        SparsityTracer(T.evaluate(function, x.value, y.value), inputs: x.inputs.union(y.inputs), run: combinedRun(x.run, y.run, call: "SparsityTracer"))
    }

    /// A user's f(x): its value, the inputs of x (its derivative is not evaluated).
    /// - Complexity: One evaluation of f's value.
    @inlinable @inline(__always)
    public static func evaluate<F: DifferentiableFunction>(_ function: F, _ x: SparsityTracer) -> SparsityTracer {
        SparsityTracer(T.evaluate(function, x.value), inputs: x.inputs, run: x.run)
    }

    /// A user's f(x, y): its value, the union of the inputs.
    /// - Complexity: One evaluation of f's value, O(|x| + |y|).
    @inlinable @inline(__always)
    public static func evaluate<F: BinaryDifferentiableFunction>(_ function: F, _ x: SparsityTracer, _ y: SparsityTracer) -> SparsityTracer {
        SparsityTracer(T.evaluate(function, x.value, y.value), inputs: x.inputs.union(y.inputs), run: combinedRun(x.run, y.run, call: "SparsityTracer"))
    }

    /// xⁿ: the inputs of x (none for n = 0, whose result is the constant 1).
    /// - Complexity: One integer power on `T`.
    @inlinable @inline(__always)
    public static func power(_ x: SparsityTracer, _ n: Int) -> SparsityTracer {
        n == 0 ? SparsityTracer(T.power(x.value, 0)) : SparsityTracer(T.power(x.value, n), inputs: x.inputs, run: x.run)
    }
}
