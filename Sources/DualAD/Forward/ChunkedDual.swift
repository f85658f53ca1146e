/// A dual number that carries N tangents at once: x + Σₖ εₖ·ẋₖ, with every εₖεₗ = 0.
///
/// One evaluation of a function on `ChunkedDual<N, T>` gives N directional derivatives — N
/// columns of a Jacobian, or N entries of a gradient — for the price of one value computation
/// plus N tangent updates. The gradient and Jacobian drivers use it for `.chunked(N)`, which
/// needs ⌈n/N⌉ sweeps instead of n. N is fixed at compile time, so the tangents live inline
/// (no heap allocation) and their loops unroll.
///
///     let x = ChunkedDual<2, Double>(3.0, tangents: [1, 0])
///     let y = ChunkedDual<2, Double>(4.0, tangents: [0, 1])
///     (x * y).tangents   // [4.0, 3.0]: ∂(xy)/∂x and ∂(xy)/∂y in one evaluation
///
/// Equality and ordering look at the value only, as for ``Dual``.
///
/// **Sparsity.** A chunked dual knows when all its tangents are zero (a constant, or an input
/// outside the current chunk), and operations whose operands carry no tangents do the value
/// work only. In a chunked sweep most inputs are outside the chunk, so most operations skip
/// their N-lane tangent work. As for a constant factor of ``Dual``, an operand without
/// tangents contributes no term, so 0·∞ never turns into NaN through it.
/// - Complexity: N + 1 scalars and a flag of storage; an operation with tangents costs about N
///   times the tangent work of a ``Dual``; one without costs the value work only.
@frozen
public struct ChunkedDual<let N: Int, T: ADScalar> {
    /// The primal value x.
    public var value: T
    /// The tangent lanes.
    @usableFromInline var lanes: InlineArray<N, T>
    /// False only when every tangent is exactly zero. Operations then skip the lanes, and the
    /// lanes hold −0: the additive identity, so that `+` and `−` can add them rather than
    /// branch on the left operand — −0 + ẏ is ẏ and −0 − ẏ is −ẏ exactly, which the optimizer
    /// folds (+0 + ẏ is not ẏ when ẏ is −0). The public ``tangents`` read them as +0.
    @usableFromInline var hasTangents: Bool

    /// The N tangents ẋ₁ … ẋ_N, one per seeded direction.
    public var tangents: InlineArray<N, T> {
        @inlinable @inline(__always) get { hasTangents ? lanes : InlineArray(repeating: 0) }
        @inlinable @inline(__always) set {
            lanes = newValue
            hasTangents = true
        }
    }

    /// A chunked dual with the given value and tangents.
    /// - Complexity: O(N).
    @inlinable @inline(__always)
    public init(_ value: T, tangents: InlineArray<N, T>) {
        self.value = value
        self.lanes = tangents
        self.hasTangents = true
    }

    /// A chunked dual from lanes and a flag that the caller guarantees.
    @inlinable @inline(__always)
    init(_ value: T, lanes: InlineArray<N, T>, hasTangents: Bool) {
        self.value = value
        self.lanes = lanes
        self.hasTangents = hasTangents
    }

    /// A constant: the given value with all N tangents 0.
    /// - Complexity: O(N).
    @inlinable @inline(__always)
    public init(_ value: T) {
        self.value = value
        self.lanes = InlineArray(repeating: -T.zero)
        self.hasTangents = false
    }

    /// The value seeded along direction `k` of the chunk: tangent k is 1, the others 0.
    /// - Complexity: O(N).
    @inlinable @inline(__always)
    public init(_ value: T, seed k: Int) {
        self.init(value)
        self.tangents[k] = 1
    }

    /// The tangents as an array.
    /// - Complexity: O(N); allocates.
    public var tangentArray: [T] {
        let t = tangents
        return (0..<N).map { t[$0] }
    }
}

extension ChunkedDual: Sendable {}

/// Hashes the value only (``DifferentiableScalar``), consistent with `==`.
extension ChunkedDual: Hashable where T: Hashable {}

/// `FloatingPoint` where the primal type is (``DifferentiableScalar``'s defaults, written once).
extension ChunkedDual: Strideable, FloatingPoint where T: FloatingPoint {}
