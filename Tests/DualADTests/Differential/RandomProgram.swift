import DualAD

/// A random straight-line program: data (a small expression graph) with one generic
/// evaluator, so the same program runs on `Double`, `Dual`, `ChunkedDual`, nested duals and
/// `Tracked`. Every elementary function of the rule table appears, behind a domain guard that
/// keeps its argument where the function is smooth (e.g. `log(1 + t²)`, `acosh(2 + t²)`), and
/// so do users' own rules (Lambert W, softplus, log-add-exp) and an implicit function (Kepler's
/// E(e, M) by `solveRoot`).
struct RandomProgram: VectorFunction, CustomStringConvertible {
    enum Node {
        case input(Int)
        case constant(Double)
        case unary(UnaryFunction, Int)
        case binary(BinaryFunction, Int, Int)
        case power(Int, Int)            // pow(node, k), integer k
        case userRule(Int, Int)         // a user's one-argument rule (0: Lambert W, 1: softplus)
        case userBinaryRule(Int, Int)   // a user's two-argument rule (log-add-exp)
        case implicitRoot(Int, Int)     // Kepler's E(e, M) with e = ½·squash(a), M = 4·squash(b)
    }

    let inputCount: Int
    let nodes: [Node]
    let outputs: [Int]
    /// Whether a kinked function (abs, relu, min, max) appears: such programs are compared
    /// across modes but not against finite differences.
    let hasKinks: Bool

    /// A program with n inputs, m outputs and about `size` operations, from `rng`.
    init(inputs n: Int, outputs m: Int, size: Int, rng: inout SplitMix64) {
        var nodes: [Node] = (0..<n).map { .input($0) }
        var kinks = false
        // Half the programs are smooth (no abs, relu, min, max), so that they can also be
        // checked against finite differences; the other half exercise the kinks in every mode.
        let smooth = rng.next() % 2 == 0
        let unaries = UnaryFunction.allCases.filter { !smooth || ($0 != .abs && $0 != .relu) }
        let binaries = BinaryFunction.allCases.filter { !smooth || ($0 != .min && $0 != .max) }
        func pick(_ count: Int, _ rng: inout SplitMix64) -> Int { Int(rng.next() % UInt64(count)) }
        for _ in 0..<size {
            // Prefer recent nodes, so programs are deep rather than wide.
            let a = Swift.max(0, nodes.count - 1 - pick(Swift.min(nodes.count, 6), &rng))
            let b = pick(nodes.count, &rng)
            switch pick(13, &rng) {
            case 0:
                nodes.append(.constant(rng.uniform(-2, 2)))
            case 1...4:
                let f = unaries[pick(unaries.count, &rng)]
                if f == .abs || f == .relu { kinks = true }
                nodes.append(.unary(f, a))
            case 5...8:
                let f = binaries[pick(binaries.count, &rng)]
                if f == .min || f == .max { kinks = true }
                nodes.append(.binary(f, a, b))
            case 9:
                nodes.append(.power(a, Int(pick(7, &rng)) - 2))
            case 10:
                nodes.append(.userRule(pick(2, &rng), a))
            case 11:
                nodes.append(.userBinaryRule(a, b))
            default:
                nodes.append(.implicitRoot(a, b))
            }
        }
        // Outputs: the last m nodes that are not bare inputs or constants, else the last ones.
        let candidates = nodes.indices.filter { if case .input = nodes[$0] { return false }; if case .constant = nodes[$0] { return false }; return true }
        let pool = candidates.isEmpty ? Array(nodes.indices) : candidates
        outputs = (0..<m).map { pool[pool.count - 1 - ($0 % pool.count)] }
        self.inputCount = n
        self.nodes = nodes
        self.hasKinks = kinks
    }

    /// Squashes t into (−1, 1) smoothly: t / √(1 + t²).
    @inline(__always)
    static func squash<S: ADScalar>(_ t: S) -> S { t / sqrt(1 + t * t) }

    /// f(t) with its argument guarded into the smooth part of f's domain.
    static func guarded<S: ADScalar>(_ f: UnaryFunction, _ t: S) -> S {
        switch f {
        case .log, .log2, .log10, .sqrt, .cbrt: return S.evaluate(f, 1 + t * t)
        case .log1p: return log1p(t * t)
        case .acosh: return acosh(2 + t * t)
        case .asin, .acos, .atanh: return S.evaluate(f, S(0.9) * squash(t))
        case .tan: return tan(S(1.2) * squash(t))
        case .exp, .exp2, .expm1, .sinh, .cosh, .exp10: return S.evaluate(f, S(2) * squash(t))
        case .gamma: return S.evaluate(f, S(1.5) + squash(t))         // Γ on (0.5, 2.5)
        case .logGamma, .digamma: return S.evaluate(f, 1 + t * t)     // clear of the poles
        default: return S.evaluate(f, t)
        }
    }

    static func guarded<S: ADScalar>(_ f: BinaryFunction, _ a: S, _ b: S) -> S {
        switch f {
        case .divide: return a / (1 + b * b)
        case .pow: return pow(1 + a * a, squash(b))
        case .hypot: return hypot(a, 1 + b * b)
        case .atan2: return atan2(a, 1 + b * b)
        case .multiply: return squash(a * b) * 2
        default: return S.evaluate(f, a, b)
        }
    }

    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        var values: [S] = []
        values.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .input(let i): values.append(x[i])
            case .constant(let c): values.append(S(c))
            case .unary(let f, let a): values.append(RandomProgram.guarded(f, values[a]))
            case .binary(let f, let a, let b): values.append(RandomProgram.guarded(f, values[a], values[b]))
            case .power(let a, let k):
                values.append(k < 0 ? pow(1 + values[a] * values[a], k) : pow(RandomProgram.squash(values[a]) * 2, k))
            case .userRule(let which, let a):
                let t = values[a]
                values.append(which == 0 ? PreciseLambertW()(S(0.5) + t * t) : PreciseSoftplus()(t))
            case .userBinaryRule(let a, let b):
                values.append(PreciseLogAddExp()(values[a], values[b]))
            case .implicitRoot(let a, let b):
                let (e, m) = (values[a], values[b])
                guard e.isFinite && m.isFinite else { values.append(S.nan); break }
                values.append(solveRoot(of: Kepler(), near: 1.0, parameters: [S(0.5) * RandomProgram.squash(e), 4 * RandomProgram.squash(m)]))
            }
        }
        return outputs.map { values[$0] }
    }

    var description: String {
        var lines = ["program with \(inputCount) inputs, outputs \(outputs):"]
        for (i, node) in nodes.enumerated() { lines.append("  v\(i) = \(node)") }
        return lines.joined(separator: "\n")
    }
}

/// Output `k` of a program as a scalar function.
struct ProgramOutput: ScalarFunction {
    let program: RandomProgram, k: Int
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S { program(x)[k] }
}
