/// How a write-once function (``ScalarFunction``, ``VectorFunction``) is differentiated.
///
/// | strategy | sweeps for f: Rⁿ → Rᵐ | memory | exact |
/// |---|---|---|---|
/// | `.forward` | n, one per seed eⱼ | O(1) per sweep | yes |
/// | `.chunked(N)` | ⌈n/N⌉, each carrying N tangents | O(N) per value | yes |
/// | `.centralDifference` | 2n evaluations of f | O(n) | no: ≈ 2/3 of the digits |
///
/// `.centralDifference` is a reference for checking, not for use in an optimizer.
public enum Strategy: Sendable, Hashable {
    /// Forward mode with one tangent per sweep: n sweeps for n inputs.
    case forward
    /// Forward mode carrying N tangents per sweep (``ChunkedDual``): ⌈n/N⌉ sweeps.
    ///
    /// N must be at least 1; it is capped at ``maximumChunkSize`` (8) and at n. See
    /// ``defaultChunkSize(forInputCount:)`` for a good choice.
    case chunked(Int)
    /// Central finite differences with step ∛ε·max(1, |xⱼ|): 2n evaluations, about 10 correct
    /// digits in `Double`. A reference, not a derivative.
    case centralDifference

    /// The chunk size DualAD picks for n inputs, as ForwardDiff.jl does: n itself up to the
    /// maximum of 8; beyond that, the chunk that splits n into ⌈n/8⌉ equal-as-possible sweeps
    /// (n = 10 → 5, two sweeps of 5 rather than 8 + 2).
    /// - Complexity: O(1).
    public static func defaultChunkSize(forInputCount n: Int) -> Int {
        if n <= maximumChunkSize { return Swift.max(n, 1) }
        let chunks = (n + maximumChunkSize - 1) / maximumChunkSize
        return (n + chunks - 1) / chunks
    }
}

extension Strategy: CustomStringConvertible {
    /// `forward`, `chunked(4)`, `centralDifference`.
    public var description: String {
        switch self {
        case .forward: return "forward"
        case .chunked(let n): return "chunked(\(n))"
        case .centralDifference: return "centralDifference"
        }
    }
}

/// The effective chunk size for a request of `requested` with n inputs: checked ≥ 1, capped
/// at 8 and at n.
@inlinable
func effectiveChunkSize(_ requested: Int, inputs n: Int, call: StaticString) -> Int {
    if requested < 1 {
        usageFailure("\(call)", "the chunk size of .chunked(N) must be at least 1, got \(requested).")
    }
    return Swift.min(requested, maximumChunkSize, Swift.max(n, 1))
}

/// Stops if x is empty.
@inlinable
func checkNonEmpty(_ count: Int, _ call: StaticString) {
    if count == 0 { usageFailure("\(call)", "the point x must have at least one component, got an empty array.") }
}

/// Stops if a direction's length differs from x's.
@inlinable
func checkDirection(_ count: Int, inputs n: Int, label: String, _ call: StaticString) {
    if count != n {
        usageFailure("\(call)", "`\(label)` must have one component per input (\(n)), got \(count).")
    }
}
