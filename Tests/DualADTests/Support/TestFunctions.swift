import Foundation
import DualAD

// Write-once test functions from the lecture notes, with their hand-derived derivatives.

/// z = (⟨x, w⟩ − y)² as a function of w (seed 001): ∂z/∂w = 2(⟨x, w⟩ − y)·xᵀ.
struct InnerProductLoss: ScalarFunction {
    let x: [Double], y: Double
    func callAsFunction<S: ADScalar>(_ w: [S]) -> S {
        var a: S = 0
        for j in 0..<w.count { a += S(x[j]) * w[j] }
        let b = a - S(y)
        return b * b
    }
    func gradient(at w: [Double]) -> [Double] {
        let a = dotProduct(x, w)
        return x.map { 2 * (a - y) * $0 }
    }
}

/// z = ‖Xw − y‖² (seed 001): ∂z/∂w = 2(Xw − y)ᵀX.
struct ResidualNorm: ScalarFunction {
    let X: [[Double]], y: [Double]
    func callAsFunction<S: ADScalar>(_ w: [S]) -> S {
        var loss: S = 0
        for i in 0..<X.count {
            var r = S(-y[i])
            for j in 0..<w.count { r += S(X[i][j]) * w[j] }
            loss += r * r
        }
        return loss
    }
    func gradient(at w: [Double]) -> [Double] {
        var g = [Double](repeating: 0, count: w.count)
        for i in 0..<X.count {
            let r = dotProduct(X[i], w) - y[i]
            for j in 0..<w.count { g[j] += 2 * r * X[i][j] }
        }
        return g
    }
}

/// The sigmoid neuron f(w) = σ(w₀x₀ + w₁x₁ + w₂) (seed 002): ∂f/∂w = σ(1 − σ)·(x₀, x₁, 1).
struct SigmoidNeuron: ScalarFunction {
    let x: [Double]
    func callAsFunction<S: ADScalar>(_ w: [S]) -> S {
        1 / (1 + exp(-(w[0] * S(x[0]) + w[1] * S(x[1]) + w[2])))
    }
    func gradient(at w: [Double]) -> [Double] {
        let s = 1 / (1 + exp(-(w[0] * x[0] + w[1] * x[1] + w[2])))
        return [x[0], x[1], 1].map { s * (1 - s) * $0 }
    }
}

/// A 2-layer tanh network's output as a function of its input: f(x) = W₂ tanh(W₁x + b₁) + b₂.
/// Its Jacobian is W₂ · diag(1 − tanh²(W₁x + b₁)) · W₁.
struct TwoLayerTanh: VectorFunction {
    let w1: [[Double]], b1: [Double], w2: [[Double]], b2: [Double]
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        let hidden = (0..<w1.count).map { i -> S in
            var z = S(b1[i])
            for j in 0..<x.count { z += S(w1[i][j]) * x[j] }
            return tanh(z)
        }
        return (0..<w2.count).map { i -> S in
            var z = S(b2[i])
            for j in 0..<hidden.count { z += S(w2[i][j]) * hidden[j] }
            return z
        }
    }
    func jacobian(at x: [Double]) -> Matrix<Double> {
        var scaledRows: [[Double]] = []
        for i in 0..<w1.count {
            let t = tanh(b1[i] + dotProduct(w1[i], x))
            let d = 1 - t * t
            scaledRows.append(w1[i].map { d * $0 })
        }
        let scaled = Matrix(scaledRows)
        return Matrix(w2) * scaled
    }
}

/// Σᵢ aᵢbᵢ in plain Double.
func dotProduct(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in 0..<Swift.min(a.count, b.count) { s += a[i] * b[i] }
    return s
}

/// A small deterministic generator (SplitMix64) for reproducible test data.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A uniform Double in [a, b).
    mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * Double(next() >> 11) / Double(1 << 53)
    }
    mutating func vector(_ n: Int, _ a: Double = -1, _ b: Double = 1) -> [Double] {
        (0..<n).map { _ in uniform(a, b) }
    }
    mutating func matrix(_ m: Int, _ n: Int) -> [[Double]] { (0..<m).map { _ in vector(n) } }
}

/// The extended Rosenbrock function and its analytic gradient.
struct ExtendedRosenbrock: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        var s: S = 0
        for i in 0..<(x.count - 1) {
            s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
        }
        return s
    }
    func gradient(at p: [Double]) -> [Double] {
        (0..<p.count).map { i -> Double in
            var gi = 0.0
            if i + 1 < p.count { gi += -400 * p[i] * (p[i + 1] - p[i] * p[i]) - 2 * (1 - p[i]) }
            if i > 0 { gi += 200 * (p[i] - p[i - 1] * p[i - 1]) }
            return gi
        }
    }
}

/// f(x, y, z) = (x + y)·z (seeds 002, 004): at (−2, 5, −4) the gradient is (−4, −4, 3).
struct SumTimes: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ v: [S]) -> S { (v[0] + v[1]) * v[2] }
}

/// f(x) = √(x² + e^{x²}) + cos(x² + e^{x²}) (seed 003), and its derivative by hand:
/// with u = x² + e^{x²}, u′ = 2x(1 + e^{x²}), f′ = u′·(1/(2√u) − sin u).
struct SqrtCosComposite: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ v: [S]) -> S {
        let x2 = v[0] * v[0]
        let u = x2 + exp(x2)
        return sqrt(u) + cos(u)
    }
    func derivative(at x: Double) -> Double {
        let u = x * x + Foundation.exp(x * x)
        let du = 2 * x * (1 + Foundation.exp(x * x))
        return du * (0.5 / u.squareRoot() - Foundation.sin(u))
    }
}

/// The mean squared loss of a 2-layer tanh network over a small batch, as a function of its
/// flattened parameters (W₁ h×d, b₁ h, W₂ o×h, b₂ o) — and its gradient by hand-derived
/// backpropagation (seed 004): δ₂ = 2(z₂ − y)/N, ∂W₂ = δ₂a₁ᵀ, ∂b₂ = δ₂,
/// δ₁ = (W₂ᵀδ₂) ⊙ (1 − a₁²), ∂W₁ = δ₁xᵀ, ∂b₁ = δ₁, summed over the batch.
struct TwoLayerLoss: ScalarFunction {
    let d: Int, h: Int, o: Int
    let inputs: [[Double]], targets: [[Double]]
    var parameterCount: Int { h * d + h + o * h + o }

    func callAsFunction<S: ADScalar>(_ p: [S]) -> S {
        var loss: S = 0
        for (x, y) in zip(inputs, targets) {
            var a1: [S] = []
            for i in 0..<h {
                var z = p[h * d + i]
                for j in 0..<d { z += p[i * d + j] * S(x[j]) }
                a1.append(tanh(z))
            }
            let w2 = h * d + h, b2 = w2 + o * h
            for k in 0..<o {
                var z = p[b2 + k]
                for i in 0..<h { z += p[w2 + k * h + i] * a1[i] }
                let r = z - S(y[k])
                loss += r * r
            }
        }
        return loss / S(Double(inputs.count))
    }

    func backpropGradient(_ p: [Double]) -> [Double] {
        var g = [Double](repeating: 0, count: parameterCount)
        let w2 = h * d + h, b2 = w2 + o * h, n = Double(inputs.count)
        for (x, y) in zip(inputs, targets) {
            var a1 = [Double](repeating: 0, count: h)
            for i in 0..<h { a1[i] = Foundation.tanh(p[h * d + i] + dotProduct(Array(p[(i * d)..<(i * d + d)]), x)) }
            var delta2 = [Double](repeating: 0, count: o)
            for k in 0..<o {
                let z2 = p[b2 + k] + dotProduct(Array(p[(w2 + k * h)..<(w2 + k * h + h)]), a1)
                delta2[k] = 2 * (z2 - y[k]) / n
            }
            for k in 0..<o {
                g[b2 + k] += delta2[k]
                for i in 0..<h { g[w2 + k * h + i] += delta2[k] * a1[i] }
            }
            var delta1 = [Double](repeating: 0, count: h)
            for i in 0..<h {
                var back = 0.0
                for k in 0..<o { back += p[w2 + k * h + i] * delta2[k] }
                delta1[i] = back * (1 - a1[i] * a1[i])
            }
            for i in 0..<h {
                g[h * d + i] += delta1[i]
                for j in 0..<d { g[i * d + j] += delta1[i] * x[j] }
            }
        }
        return g
    }
}

/// A chain of L tanh layers xₖ₊₁ = tanh(Wₖxₖ + bₖ) on a state of width w, with loss ‖x_L‖²:
/// the rematerialization example (seed 000).
struct TanhChain: LayerChain {
    let layerCount: Int
    let width: Int
    let weights: [[[Double]]], biases: [[Double]]

    init(layers: Int, width: Int, seed: UInt64 = 99) {
        var rng = SplitMix64(state: seed)
        layerCount = layers
        self.width = width
        weights = (0..<layers).map { _ in rng.matrix(width, width).map { $0.map { $0 * 0.9 } } }
        biases = (0..<layers).map { _ in rng.vector(width, -0.1, 0.1) }
    }

    func layer<S: ADScalar>(_ k: Int, _ state: [S]) -> [S] {
        (0..<width).map { i -> S in
            var z = S(biases[k][i])
            for j in 0..<width { z += S(weights[k][i][j]) * state[j] }
            return tanh(z)
        }
    }

    func loss<S: ADScalar>(_ state: [S]) -> S {
        var s: S = 0
        for v in state { s += v * v }
        return s
    }
}

/// The same chain as one write-once function, for the other strategies.
struct ChainAsFunction: ScalarFunction {
    let chain: TanhChain
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        var state = x
        for k in 0..<chain.layerCount { state = chain.layer(k, state) }
        return chain.loss(state)
    }
}
