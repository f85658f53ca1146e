import DualAD

// The mean squared loss of a tanh MLP 8 → 32 → 4 over a batch of one, as a function of its
// 420 parameters (W₁ 32×8, b₁ 32, W₂ 4×32, b₂ 4), in two formulations: with a hidden-layer
// array built per call, and streaming each hidden unit into the four output sums.

/// The data and shapes of the MLP benchmarks.
public enum MLPShape {
    public static let (d, h, o) = (8, 32, 4)
    public static let input: [Double] = (0..<d).map { Double($0) / 8 - 0.4 }
    public static let target: [Double] = (0..<o).map { Double($0) / 4 }
    public static var parameterCount: Int { h * d + h + o * h + o }
    /// The parameters every MLP benchmark evaluates at.
    public static var sampleParameters: [Double] { (0..<parameterCount).map { Double(($0 * 37) % 17) / 17 - 0.5 } }
}

/// The loss with a hidden-layer array.
public struct MLPLoss: ScalarFunction {
    public init() {}
    @inlinable public func callAsFunction<S: ADScalar>(_ p: [S]) -> S { mlpLossHiddenArray(p) }
    /// The parameters every MLP benchmark evaluates at.
    public static var sampleParameters: [Double] { MLPShape.sampleParameters }
}

/// The loss streaming each hidden unit into the output sums (no hidden-layer array).
public struct MLPLossStreaming: ScalarFunction {
    public init() {}
    @inlinable public func callAsFunction<S: ADScalar>(_ p: [S]) -> S { mlpLossStreaming(p) }
}

/// Hidden layer into an array, then the output layer.
@inlinable @inline(never)
public func mlpLossHiddenArray<S: ADScalar>(_ p: [S]) -> S {
    let (d, h, o) = (MLPShape.d, MLPShape.h, MLPShape.o)
    let input = MLPShape.input, target = MLPShape.target
    var hidden = [S](repeating: 0, count: h)
    for i in 0..<h {
        var z = p[h * d + i]
        for j in 0..<d { z += p[i * d + j] * S(input[j]) }
        hidden[i] = tanh(z)
    }
    let w2 = h * d + h, b2 = w2 + o * h
    var loss: S = 0
    for k in 0..<o {
        var z = p[b2 + k]
        for i in 0..<h { z += p[w2 + k * h + i] * hidden[i] }
        let r = z - S(target[k])
        loss += r * r
    }
    return loss
}

/// Each hidden unit added into the four output sums as soon as it is computed.
@inlinable @inline(never)
public func mlpLossStreaming<S: ADScalar>(_ p: [S]) -> S {
    let (d, h) = (MLPShape.d, MLPShape.h)
    let input = MLPShape.input, target = MLPShape.target
    let w2 = h * d + h, b2 = w2 + 4 * h
    var z0 = p[b2], z1 = p[b2 + 1], z2 = p[b2 + 2], z3 = p[b2 + 3]
    for i in 0..<h {
        var z = p[h * d + i]
        for j in 0..<d { z += p[i * d + j] * S(input[j]) }
        let a = tanh(z)
        z0 += p[w2 + i] * a
        z1 += p[w2 + h + i] * a
        z2 += p[w2 + 2 * h + i] * a
        z3 += p[w2 + 3 * h + i] * a
    }
    let r0 = z0 - S(target[0]), r1 = z1 - S(target[1]), r2 = z2 - S(target[2]), r3 = z3 - S(target[3])
    return r0 * r0 + r1 * r1 + r2 * r2 + r3 * r3
}

/// The hidden-array form on the minimal dual.
@inlinable @inline(never)
public func mlpLossHiddenArray(_ p: [MinimalDual]) -> MinimalDual {
    let (d, h, o) = (MLPShape.d, MLPShape.h, MLPShape.o)
    let input = MLPShape.input, target = MLPShape.target
    var hidden = [MinimalDual](repeating: MinimalDual(0), count: h)
    for i in 0..<h {
        var z = p[h * d + i]
        for j in 0..<d { z += p[i * d + j] * input[j] }
        hidden[i] = tanh(z)
    }
    let w2 = h * d + h, b2 = w2 + o * h
    var loss = MinimalDual(0)
    for k in 0..<o {
        var z = p[b2 + k]
        for i in 0..<h { z += p[w2 + k * h + i] * hidden[i] }
        let r = z - target[k]
        loss += r * r
    }
    return loss
}

/// The streaming form on the minimal dual.
@inlinable @inline(never)
public func mlpLossStreaming(_ p: [MinimalDual]) -> MinimalDual {
    let (d, h) = (MLPShape.d, MLPShape.h)
    let input = MLPShape.input, target = MLPShape.target
    let w2 = h * d + h, b2 = w2 + 4 * h
    var z0 = p[b2], z1 = p[b2 + 1], z2 = p[b2 + 2], z3 = p[b2 + 3]
    for i in 0..<h {
        var z = p[h * d + i]
        for j in 0..<d { z += p[i * d + j] * input[j] }
        let a = tanh(z)
        z0 += p[w2 + i] * a
        z1 += p[w2 + h + i] * a
        z2 += p[w2 + 2 * h + i] * a
        z3 += p[w2 + 3 * h + i] * a
    }
    let r0 = z0 - target[0], r1 = z1 - target[1], r2 = z2 - target[2], r3 = z3 - target[3]
    return r0 * r0 + r1 * r1 + r2 * r2 + r3 * r3
}
