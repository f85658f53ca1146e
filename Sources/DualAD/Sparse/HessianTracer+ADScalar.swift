// `HessianTracer` as a differentiable scalar. The chain rule of second order, in patterns:
//   h = f(x):    ∇h ⊆ ∇x,        H(h) = H(x) ∪ (f″ ≠ 0 ? ∇x × ∇x : ∅)
//   h = f(x, y): ∇h ⊆ ∇x ∪ ∇y,   H(h) = H(x) ∪ H(y) ∪ (f_xx ≠ 0 ? ∇x × ∇x) ∪ (f_xy ≠ 0 ? ∇x × ∇y)
//                                              ∪ (f_yy ≠ 0 ? ∇y × ∇y)
// Whether f″, f_xx, f_xy, f_yy are structurally nonzero is asked of the rule itself: its
// derivative evaluated on `SparsityTracer` probes with inputs {0} (for x) and {1} (for y)
// depends on input 0 or 1 exactly where a second derivative is nonzero.

extension HessianTracer {
    /// The probes standing for the operands of a rule: x is input 0, y input 1.
    @inlinable @inline(__always)
    static func probe(_ value: T, _ index: UInt32) -> SparsityTracer<T> {
        SparsityTracer(value, inputs: SparseIndexSet(index), run: 0)
    }


    /// The result of a one-argument function whose second derivative is (`nonlinear`) or is not
    /// structurally zero.
    @inlinable
    init(_ value: T, of x: HessianTracer, nonlinear: Bool) {
        if nonlinear && !x.inputs.isEmpty { recordHessianPairs(x.inputs, x.inputs, runs: x.run, x.run) }
        self.init(value, inputs: x.inputs, run: x.run)
    }

    /// The result of a two-argument function with the given structurally nonzero second
    /// derivatives.
    @inlinable
    init(_ value: T, of x: HessianTracer, _ y: HessianTracer, xx: Bool, xy: Bool, yy: Bool) {
        if !x.inputs.isEmpty {
            if xx { recordHessianPairs(x.inputs, x.inputs, runs: x.run, x.run) }
            if xy && !y.inputs.isEmpty { recordHessianPairs(x.inputs, y.inputs, runs: x.run, y.run) }
        }
        if yy && !y.inputs.isEmpty { recordHessianPairs(y.inputs, y.inputs, runs: y.run, y.run) }
        self.init(value, inputs: x.inputs.union(y.inputs), run: combinedRun(x.run, y.run, call: "HessianTracer"))
    }

    /// The result of a two-argument function whose partials, evaluated on the probes, are
    /// `d`.
    @inlinable
    init(_ value: T, of x: HessianTracer, _ y: HessianTracer, probedPartials d: (dx: SparsityTracer<T>, dy: SparsityTracer<T>)) {
        self.init(value, of: x, y,
                  xx: d.dx.inputs.inlineContains(0),
                  xy: d.dx.inputs.inlineContains(1) || d.dy.inputs.inlineContains(0),
                  yy: d.dy.inputs.inlineContains(1))
    }
}

extension HessianTracer: DifferentiableScalar {
    /// The value rounded by `rule`, as a constant (derivative 0).
    /// - Complexity: O(1).
    @inlinable public func rounded(_ rule: FloatingPointRoundingRule) -> HessianTracer { roundedConstant(rule) }

    /// `value` with the inputs of `other`.
    /// - Complexity: O(1) (the set is shared, copied on write).
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf other: HessianTracer) { self.init(value, inputs: other.inputs, run: other.run) }

    /// Whether the value is zero and no input is involved.
    /// - Complexity: O(1).
    @inlinable public var isExactlyZero: Bool { value.isExactlyZero && inputs.isEmpty }

    /// A one-argument rule whose derivative is given only as a number (the implicit function
    /// theorem's result): taken to be nonlinear, the safe side.
    /// - Complexity: O(|x|²).
    @inlinable
    public init(_ value: T, derivativeOf x: HessianTracer, times d: T) { self.init(value, of: x, nonlinear: true) }

    /// A two-argument rule whose partials are given only as numbers: every second derivative
    /// taken to be nonzero, the safe side.
    /// - Complexity: O((|x| + |y|)²).
    @inlinable
    public init(_ value: T, derivativeOf x: HessianTracer, times dx: T, plus y: HessianTracer, times dy: T) {
        self.init(value, of: x, y, xx: true, xy: true, yy: true)
    }

    /// f(x), with f″ probed from the rule table's derivative.
    /// - Complexity: One evaluation of f and of f′ on `SparsityTracer<T>`, O(|x|²) if nonlinear.
    @inlinable
    public static func evaluate(_ function: UnaryFunction, _ x: HessianTracer) -> HessianTracer {
        let v = T.evaluate(function, x.value)
        let d = function.derivative(at: probe(x.value, 0), value: probe(v, 0))
        return HessianTracer(v, of: x, nonlinear: d.inputs.inlineContains(0))
    }

    /// f(x, y), with the second derivatives probed from the rule table's partials; sums and
    /// differences couple nothing and skip the probe.
    /// - Complexity: One evaluation of f and of its partials on `SparsityTracer<T>`.
    @inlinable
    public static func evaluate(_ function: BinaryFunction, _ x: HessianTracer, _ y: HessianTracer) -> HessianTracer {
        let v = T.evaluate(function, x.value, y.value)
        switch function {
        case .add, .subtract:
            return HessianTracer(v, of: x, y, xx: false, xy: false, yy: false)
        default:
            let d = function.partials(at: probe(x.value, 0), probe(y.value, 1), value: SparsityTracer(v, inputs: SparseIndexSet(0, 1), run: 0))
            return HessianTracer(v, of: x, y, probedPartials: d)
        }
    }

    /// A user's f(x), with f″ probed from the user's derivative.
    /// - Complexity: One evaluation of f's value and of its derivative on `SparsityTracer<T>`.
    @inlinable
    public static func evaluate<F: DifferentiableFunction>(_ function: F, _ x: HessianTracer) -> HessianTracer {
        let v = T.evaluate(function, x.value)
        let d = function.derivative(at: probe(x.value, 0), value: probe(v, 0))
        return HessianTracer(v, of: x, nonlinear: d.inputs.inlineContains(0))
    }

    /// A user's f(x, y), with the second derivatives probed from the user's partials.
    /// - Complexity: One evaluation of f's value and of its partials on `SparsityTracer<T>`.
    @inlinable
    public static func evaluate<F: BinaryDifferentiableFunction>(_ function: F, _ x: HessianTracer, _ y: HessianTracer) -> HessianTracer {
        let v = T.evaluate(function, x.value, y.value)
        let d = function.partials(at: probe(x.value, 0), probe(y.value, 1), value: SparsityTracer(v, inputs: SparseIndexSet(0, 1), run: 0))
        return HessianTracer(v, of: x, y, probedPartials: d)
    }

    /// xⁿ: linear for n = 1, constant for n = 0, nonlinear otherwise.
    /// - Complexity: One integer power on `T`, O(|x|²) if nonlinear.
    @inlinable
    public static func power(_ x: HessianTracer, _ n: Int) -> HessianTracer {
        if n == 0 { return HessianTracer(T.power(x.value, 0)) }
        return HessianTracer(T.power(x.value, n), of: x, nonlinear: n != 1)
    }
}
