// `ChunkedDual` as a differentiable scalar: the same rule-table entries as `Dual`, applied to
// N tangents (the operators come from `Scalar/DifferentiableScalar.swift`). An operand without
// tangents (`hasTangents == false`) contributes no lane work.

extension ChunkedDual {
    /// Whether every tangent is exactly zero (the flag answers without a scan when it can).
    @inlinable @inline(__always)
    var isExactlyZeroTangent: Bool { !hasTangents || isExactlyZeroTangentLanes }
}

extension ChunkedDual: DifferentiableScalar {
    /// The value rounded by `rule`, as a constant (derivative 0; see ``DifferentiableScalar``).
    /// - Complexity: O(1).
    @inlinable public func rounded(_ rule: FloatingPointRoundingRule) -> ChunkedDual { roundedConstant(rule) }

    /// `value` with the tangents of `other`.
    /// - Complexity: O(N).
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf other: ChunkedDual) {
        self.init(value, lanes: other.lanes, hasTangents: other.hasTangents)
    }

    /// Whether the value and every tangent are exactly zero.
    /// - Complexity: O(N) at most.
    @inlinable @inline(__always)
    public var isExactlyZero: Bool { value.isExactlyZero && isExactlyZeroTangent }

    /// The chain rule of one argument: `value` with every tangent multiplied by d (no lane
    /// work when x has no tangents).
    /// - Complexity: N multiplications.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: ChunkedDual, times d: T) {
        if x.hasTangents {
            self.init(value, lanes: ChunkedDual.scaledLanes(d, x.lanes), hasTangents: true)
        } else {
            self.init(value)
        }
    }

    /// The chain rule of two arguments: `value` with tangents dx·ẋₖ + dy·ẏₖ; an operand
    /// without tangents contributes no term (most operations of a chunked sweep involve one:
    /// only N inputs are seeded).
    ///
    /// Measured alternatives (`Benchmarks/README.md`, instruction counts): both terms in every
    /// lane whenever either operand has tangents, as a hand-written N-lane dual does, was 21 %
    /// slower on the chunked Jacobian of tanh(Wx + b) and 4–8 % on chunked gradients, though
    /// 30 % faster on a sweep where every input carries all N tangents (that gap closed when
    /// the lanes became one SIMD vector, `Forward/ChunkedDual+Lanes.swift`); asking the optimizer
    /// whether a flag or the lanes are compile-time constants, as ``Dual`` does, left the flag
    /// tests in place (+17 % on a chunked gradient). A plain `T` constant (`x * c`) takes
    /// ``evaluate(_:_:constant:)``.
    /// - Complexity: Up to 2N multiplications and N additions.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: ChunkedDual, times dx: T, plus y: ChunkedDual, times dy: T) {
        if _fastPath(x.hasTangents && y.hasTangents) {
            self.init(value, lanes: ChunkedDual.combinedLanes(dx, x.lanes, dy, y.lanes), hasTangents: true)
        } else if x.hasTangents {
            self.init(value, lanes: ChunkedDual.scaledLanes(dx, x.lanes), hasTangents: true)
        } else if y.hasTangents {
            self.init(value, lanes: ChunkedDual.scaledLanes(dy, y.lanes), hasTangents: true)
        } else {
            self.init(value)
        }
    }

    /// f(x) with every tangent multiplied by f′(x) from the rule table.
    /// - Complexity: One evaluation of f and f′, N multiplications (f alone without tangents).
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: ChunkedDual) -> ChunkedDual {
        guard x.hasTangents else { return ChunkedDual(T.evaluate(function, x.value)) }
        let r = function.rule(at: x.value)
        return ChunkedDual(r.value, derivativeOf: x, times: r.derivative)
    }

    /// f(x, y) with tangents ∂f/∂x·ẋₖ + ∂f/∂y·ẏₖ from the rule table; the value alone when
    /// neither operand has tangents.
    ///
    /// Sums and differences (partials ±1) branch once, on the right operand: without tangents
    /// the result keeps x's lanes (the accumulator of `s += term`, where most terms of a
    /// chunked sweep carry none), otherwise ẋₖ ± ẏₖ — exact also when x has none, since its
    /// lanes are then −0 (``init(_:)``), and −0 + ẏ is ẏ, −0 − ẏ is −ẏ, which the optimizer
    /// folds when x is a literal (`1 - x`). One branch and one merge of lanes instead of four
    /// (measured, `Benchmarks/README.md` session 9): the chunked Jacobian of tanh(Wx + b)
    /// −18 % instructions, chunked Rosenbrock gradients −18 % · −25 %.
    /// - Complexity: One evaluation of f and its partials, 2N multiplications (none without
    ///   tangents; N additions for a sum or difference whose right operand has tangents).
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: ChunkedDual, _ y: ChunkedDual) -> ChunkedDual {
        switch function {
        case .add, .subtract:   // a compile-time constant after inlining: the switch folds
            let r = function.rule(at: x.value, y.value)
            if y.hasTangents {
                return ChunkedDual(r.value, lanes: combinedLanes(r.dx, x.lanes, r.dy, y.lanes), hasTangents: true)
            }
            return ChunkedDual(r.value, derivativeOf: x)
        default:
            guard x.hasTangents || y.hasTangents else { return ChunkedDual(T.evaluate(function, x.value, y.value)) }
            let r = function.rule(at: x.value, y.value)
            return ChunkedDual(r.value, derivativeOf: x, times: r.dx, plus: y, times: r.dy)
        }
    }

    /// f(x, c) with tangents ∂f/∂x·ẋₖ for a constant c: no term from c.
    /// - Complexity: One evaluation of f and its partials, N multiplications (f alone without
    ///   tangents).
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: ChunkedDual, constant c: T) -> ChunkedDual {
        guard x.hasTangents else { return ChunkedDual(T.evaluate(function, x.value, c)) }
        let r = function.rule(at: x.value, c)
        return ChunkedDual(r.value, derivativeOf: x, times: r.dx)
    }

    /// f(c, y) with tangents ∂f/∂y·ẏₖ for a constant c: no term from c.
    /// - Complexity: One evaluation of f and its partials, N multiplications (f alone without
    ///   tangents).
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, constant c: T, _ y: ChunkedDual) -> ChunkedDual {
        guard y.hasTangents else { return ChunkedDual(T.evaluate(function, c, y.value)) }
        let r = function.rule(at: c, y.value)
        return ChunkedDual(r.value, derivativeOf: y, times: r.dy)
    }

    /// A user's f(x): as ``DifferentiableScalar``'s default, except that without tangents
    /// the derivative is not evaluated (as for a built-in function: in a chunked sweep most
    /// inputs carry none of the chunk's seeds).
    /// - Complexity: One value and one derivative of f, N multiplications (the value alone
    ///   without tangents).
    @inlinable @inline(__always)
    public static func evaluate<F: DifferentiableFunction>(_ function: F, _ x: ChunkedDual) -> ChunkedDual {
        // Tested before the value is computed, as for a built-in: otherwise the lanes are kept
        // (spilled) across the value's call even when there are none (measured: +4.6 %
        // instructions on a chunked gradient whose every term calls the rule).
        guard x.hasTangents else { return ChunkedDual(T.evaluate(function, x.value)) }
        let v = T.evaluate(function, x.value)
        return ChunkedDual(v, derivativeOf: x, times: function.derivative(at: x.value, value: v))
    }

    /// A user's f(x, y): as ``DifferentiableScalar``'s default, except that without tangents
    /// the partials are not evaluated (as for a built-in function).
    /// - Complexity: One value and both partials of f, up to 2N multiplications.
    @inlinable @inline(__always)
    public static func evaluate<F: BinaryDifferentiableFunction>(_ function: F, _ x: ChunkedDual, _ y: ChunkedDual) -> ChunkedDual {
        guard x.hasTangents || y.hasTangents else { return ChunkedDual(T.evaluate(function, x.value, y.value)) }
        let v = T.evaluate(function, x.value, y.value)
        let d = function.partials(at: x.value, y.value, value: v)
        return ChunkedDual(v, derivativeOf: x, times: d.dx, plus: y, times: d.dy)
    }

    /// xⁿ with tangents n·xⁿ⁻¹·ẋₖ.
    /// - Complexity: Two integer powers, N multiplications.
    @inlinable @inline(__always)
    public static func power(_ x: ChunkedDual, _ n: Int) -> ChunkedDual {
        guard x.hasTangents else { return ChunkedDual(T.power(x.value, n)) }
        let r = integerPowerRule(at: x.value, n)
        return ChunkedDual(r.value, derivativeOf: x, times: r.derivative)
    }
}
