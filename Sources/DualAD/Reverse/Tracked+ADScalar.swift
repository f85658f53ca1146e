// `Tracked` as a differentiable scalar: every operation reads its local partials from the rule
// table (the operators through `Scalar/DifferentiableScalar.swift`, sums and differences
// included) and records them (`Tracked+Recording.swift`). No derivative formula is written here.

extension Tracked: DifferentiableScalar {
    /// The value rounded by `rule`, as a constant (derivative 0; see ``DifferentiableScalar``).
    /// - Complexity: O(1).
    @inlinable public func rounded(_ rule: FloatingPointRoundingRule) -> Tracked { roundedConstant(rule) }

    /// `value` with the recording of `other`: the same entry and scale.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf other: Tracked) {
        self.init(value, scale: other.scale, index: other.index, key: other.key, header: other.header)
    }

    /// Whether this is a constant zero (a recorded value may depend on the inputs even
    /// where its value is zero).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public var isExactlyZero: Bool { header == nil && value.isExactlyZero }

    /// The chain rule of one argument: `value`, referring to x's entry with scale d · x's
    /// scale (no entry; a constant x gives a constant).
    /// - Complexity: One multiplication and a liveness check.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: Tracked, times d: T) {
        self = Tracked.record(value, parent: x, partial: d)
    }

    /// The chain rule of two arguments: `value` with partials dx and dy, one entry when x and
    /// y depend on different entries (see `Tracked+Recording.swift`).
    /// - Complexity: At most one amortized O(1) append.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: Tracked, times dx: T, plus y: Tracked, times dy: T) {
        self = Tracked.record(value, x, dx, y, dy)
    }

    /// f(x), recorded with f′(x) from the rule table.
    /// - Complexity: One evaluation of f and f′; no entry (a scaled reference to x's entry).
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: Tracked) -> Tracked {
        let r = function.rule(at: x.value)
        return Tracked(r.value, derivativeOf: x, times: r.derivative)
    }

    /// f(x, y), recorded with both partials from the rule table.
    /// - Complexity: One evaluation of f and its partials; at most one amortized O(1) append.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: Tracked, _ y: Tracked) -> Tracked {
        let r = function.rule(at: x.value, y.value)
        return Tracked(r.value, derivativeOf: x, times: r.dx, plus: y, times: r.dy)
    }

    /// xⁿ, recorded with n·xⁿ⁻¹.
    /// - Complexity: Two integer powers; no entry.
    @inlinable @inline(__always)
    public static func power(_ x: Tracked, _ n: Int) -> Tracked {
        let r = integerPowerRule(at: x.value, n)
        return Tracked(r.value, derivativeOf: x, times: r.derivative)
    }
}
