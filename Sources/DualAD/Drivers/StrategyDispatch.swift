// The one strategy dispatcher. Every driver that takes a `Strategy` (gradient, Jacobian,
// Hessian) and `compareStrategies` hand it here first: it checks the strategy's arguments
// once, resolves `.automatic` with the one cost model (probing f for its output count only
// when the answer depends on it), and hands back a `ResolvedStrategy`, which has no
// `.automatic` case — so no switch anywhere else sees it. Forward strategies then pick their
// dual type in one place, `ForwardJob.run(_:)`.

/// The largest chunk size DualAD compiles a sweep for: `.chunked(N)` with N > 8 runs with 8.
public let maximumChunkSize = 8

/// The dual type a forward strategy sweeps with.
@usableFromInline
enum ForwardDualType: Equatable, Sendable {
    /// `Dual<T>`: one direction per sweep.
    case dual
    /// `ChunkedDual<N, T>` with N in 1 … ``maximumChunkSize``.
    case chunked(Int)

    /// Directions per sweep.
    @inlinable var width: Int {
        switch self {
        case .dual: return 1
        case .chunked(let size): return size
        }
    }
}

/// A strategy after the dispatcher: checked, capped, never `.automatic`.
@usableFromInline
enum ResolvedStrategy: Equatable, Sendable {
    case forward(ForwardDualType)
    case reverse
    case centralDifference

    /// The public spelling of this strategy.
    @usableFromInline var strategy: Strategy {
        switch self {
        case .forward(.dual): return .forward
        case .forward(.chunked(let size)): return .chunked(size)
        case .reverse: return .reverse
        case .centralDifference: return .centralDifference
        }
    }

    /// Sweeps for f: Rⁿ → Rᵐ: forward ⌈n/width⌉, reverse 1 recording + m backward sweeps,
    /// central differences 2n + 1 evaluations.
    @usableFromInline func sweeps(inputs n: Int, outputs m: Int) -> Int {
        switch self {
        case .forward(let type): return (n + type.width - 1) / type.width
        case .reverse: return 1 + m
        case .centralDifference: return 2 * n + 1
        }
    }
}

/// The cost model behind `.automatic`, in units of one evaluation of f; see
/// ``Strategy/resolved(inputs:outputs:)`` for how it was fitted.
@usableFromInline
enum CostModel {
    /// The expected cost of `strategy` for n inputs and m outputs.
    @usableFromInline static func cost(of strategy: ResolvedStrategy, inputs n: Int, outputs m: Int) -> Double {
        switch strategy {
        case .forward(let type):
            return Double(strategy.sweeps(inputs: n, outputs: m)) * (1.4 + 0.1 * Double(type.width))
        case .reverse:
            return 3 + 1.2 * Double(m)
        case .centralDifference:
            return Double(strategy.sweeps(inputs: n, outputs: m))
        }
    }

    /// The cheaper of reverse mode and chunked forward mode with the default chunk.
    @usableFromInline static func cheaper(inputs n: Int, outputs m: Int) -> ResolvedStrategy {
        let chunked = ResolvedStrategy.forward(.chunked(Strategy.defaultChunkSize(forInputCount: n)))
        return cost(of: .reverse, inputs: n, outputs: m) < cost(of: chunked, inputs: n, outputs: m)
            ? .reverse : chunked
    }
}

extension Strategy {
    /// Checks this strategy for n inputs and resolves it: `.chunked(N)` needs N ≥ 1 and is
    /// capped at ``maximumChunkSize`` and at n; `.automatic` becomes the cheaper of reverse
    /// and chunked forward mode. Reverse mode's cost grows with m, so when forward wins even
    /// at m = 1 it wins for any m and `outputs` is not called; otherwise `outputs()` gives m
    /// (a declared count, or one plain evaluation of f).
    /// - Complexity: O(1), plus one call of `outputs` at most.
    @inlinable
    func dispatch(inputs n: Int, call: StaticString, outputs: () -> Int) -> ResolvedStrategy {
        checkNonEmpty(n, call)
        switch self {
        case .forward: return .forward(.dual)
        case .chunked(let requested):
            if requested < 1 {
                usageFailure("\(call)", "the chunk size of .chunked(N) must be at least 1, got \(requested).")
            }
            return .forward(.chunked(Swift.min(requested, maximumChunkSize, n)))
        case .reverse: return .reverse
        case .centralDifference: return .centralDifference
        case .automatic:
            let anyOutputs = CostModel.cheaper(inputs: n, outputs: 1)
            if anyOutputs != .reverse { return anyOutputs }
            return CostModel.cheaper(inputs: n, outputs: outputs())
        }
    }
}

/// A forward-mode computation that runs with whichever dual type its strategy chose: the
/// gradient, Jacobian and Hessian drivers each describe theirs once, generically.
@usableFromInline
protocol ForwardJob {
    associatedtype Primal: ADScalar
    associatedtype Result
    /// The computation with dual type `D`.
    func run<D: SeedableDual>(_ dual: D.Type) -> Result where D.Primal == Primal
}

extension ForwardJob {
    /// Runs the job with `Dual<Primal>` or `ChunkedDual<N, Primal>`: the one place where a
    /// run-time chunk size becomes a compile-time one.
    @inlinable
    func run(_ type: ForwardDualType) -> Result {
        switch type {
        case .dual: return run(Dual<Primal>.self)
        case .chunked(1): return run(ChunkedDual<1, Primal>.self)
        case .chunked(2): return run(ChunkedDual<2, Primal>.self)
        case .chunked(3): return run(ChunkedDual<3, Primal>.self)
        case .chunked(4): return run(ChunkedDual<4, Primal>.self)
        case .chunked(5): return run(ChunkedDual<5, Primal>.self)
        case .chunked(6): return run(ChunkedDual<6, Primal>.self)
        case .chunked(7): return run(ChunkedDual<7, Primal>.self)
        case .chunked: return run(ChunkedDual<8, Primal>.self)
        }
    }
}
