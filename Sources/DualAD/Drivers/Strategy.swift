/// How a write-once function (``ScalarFunction``, ``VectorFunction``) is differentiated.
///
/// | strategy | sweeps for f: Rⁿ → Rᵐ | memory | exact |
/// |---|---|---|---|
/// | `.forward` | n, one per seed eⱼ | O(1) per sweep | yes |
/// | `.chunked(N)` | ⌈n/N⌉, each carrying N tangents | O(N) per value | yes |
/// | `.reverse` | 1 recording + m backward sweeps | O(#operations) tape | yes |
/// | `.automatic` | the cheaper of `.chunked` and `.reverse` for n and m | | yes |
/// | `.centralDifference` | 2n + 1 evaluations of f | O(n) | no: ≈ 2/3 of the digits |
///
/// `.centralDifference` is a reference for checking, not for use in an optimizer.
/// ``resolved(inputs:outputs:)`` tells which strategy `.automatic` picks.
public enum Strategy: Sendable, Hashable {
    /// Forward mode with one tangent per sweep: n sweeps for n inputs.
    case forward
    /// Forward mode carrying N tangents per sweep (``ChunkedDual``): ⌈n/N⌉ sweeps.
    ///
    /// N must be at least 1; it is capped at ``maximumChunkSize`` (8) and at n. See
    /// ``defaultChunkSize(forInputCount:)`` for a good choice.
    case chunked(Int)
    /// Central finite differences with step ∛ε·max(1, |xⱼ|): 2n + 1 evaluations (f(x) and two
    /// per input), about 10 correct
    /// digits in `Double`. A reference, not a derivative.
    case centralDifference
    /// Reverse mode: one recording of f on ``Tracked`` values (a tape of one entry per two-operand
    /// operation), then one backward sweep per output.
    case reverse
    /// Forward (chunked) or reverse, whichever the cost model of
    /// ``resolved(inputs:outputs:)`` expects to be cheaper for n inputs and m outputs.
    case automatic

    /// The concrete strategy this one stands for with n inputs and m outputs: itself, except
    /// `.automatic`, which becomes `.reverse` when one recording plus m backward sweeps is
    /// expected to cost less than ⌈n/N⌉ chunked forward sweeps, and
    /// `.chunked(defaultChunkSize(forInputCount: n))` otherwise.
    ///
    /// The model, in units of one evaluation of f, fitted to the Jacobian of tanh(Wx + b) at 25
    /// shapes from (10, 1) to (400, 4) and (4, 400), timed in two runs
    /// (`Benchmarks/Sources/StrategyCheck`, refitted in session 9 after chunked sweeps got
    /// 20–30 % cheaper): a chunked sweep of N directions costs about 1.4 + 0.1·N (lanes of
    /// operands without tangents are skipped, so lanes are cheap); reverse mode about 3 + 1.2·m
    /// (a recording, then one backward sweep per row, each starting at its output and skipping
    /// entries whose adjoint is zero). So gradients (m = 1) go reverse from n = 15, and for
    /// large n a Jacobian goes reverse when 3 + 1.2·m < 0.275·n, roughly m < 0.23·n − 2.5. In
    /// those measurements the model's pick was within 1.2× of the faster strategy at every
    /// shape (the model it replaced: up to 3.7×, at (200, 80)).
    /// - Complexity: O(1).
    public func resolved(inputs n: Int, outputs m: Int) -> Strategy {
        guard case .automatic = self else { return self }
        return CostModel.cheaper(inputs: n, outputs: m).strategy
    }

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
        case .reverse: return "reverse"
        case .automatic: return "automatic"
        }
    }
}
