import DualAD

// tanh(Wx + b), W stored row-major, in two formulations: the write-once function over
// `[S]` (each weight wrapped as `S(w)`) and the closure form `tanh(W * x + b)` on a
// `DualVector`; and on the minimal dual.

/// The weights and bias of a layer with n inputs and m outputs.
public struct LayerWeights: Sendable {
    public let weights: [Double], bias: [Double], inputs: Int

    public init(inputs n: Int, outputs m: Int) {
        inputs = n
        weights = (0..<(m * n)).map { Double(($0 * 7919) % 23) / 23 - 0.5 }
        bias = (0..<m).map { Double($0 % 5) / 5 - 0.4 }
    }

    /// The point every layer benchmark evaluates at.
    public static func samplePoint(inputs n: Int) -> [Double] { (0..<n).map { Double($0 % 9) / 9 - 0.5 } }

    /// W as a DualAD matrix, for the `DualVector` closure form `tanh(W * x + b)`.
    public var matrix: Matrix<Double> { Matrix(rows: bias.count, columns: inputs, storage: weights) }

    /// The analytic Jacobian diag(1 − tanh²(Wx + b))·W, written by hand.
    public func analyticJacobian(at x: [Double]) -> Matrix<Double> {
        let n = inputs, m = bias.count
        var entries = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            var z = bias[i]
            for j in 0..<n { z += weights[i * n + j] * x[j] }
            let t = tanh(z), d = 1 - t * t
            for j in 0..<n { entries[i * n + j] = d * weights[i * n + j] }
        }
        return Matrix(rows: m, columns: n, storage: entries)
    }
}

/// tanh(Wx + b) with each weight wrapped as `S(w)`.
public struct TanhLayer: VectorFunction {
    public let layer: LayerWeights
    public init(inputs n: Int, outputs m: Int) { layer = LayerWeights(inputs: n, outputs: m) }

    /// m, known without evaluating: `.automatic` needs no probing evaluation.
    public func outputCount(forInputCount n: Int) -> Int? { layer.bias.count }

    @inlinable public func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] { tanhLayerWrapped(layer, x) }

    /// W as a DualAD matrix.
    public var matrix: Matrix<Double> { layer.matrix }
    /// b.
    public var bias: [Double] { layer.bias }
    /// The point every layer benchmark evaluates at.
    public static func samplePoint(inputs n: Int) -> [Double] { LayerWeights.samplePoint(inputs: n) }
    /// The analytic Jacobian, written by hand: the bar for the Jacobian drivers.
    public func analyticJacobian(at x: [Double]) -> Matrix<Double> { layer.analyticJacobian(at: x) }
}

/// The same layer without the output-count declaration: `.automatic` evaluates it once to
/// learn m.
public struct UndeclaredTanhLayer: VectorFunction {
    public let layer: TanhLayer
    public init(layer: TanhLayer) { self.layer = layer }
    @inlinable public func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] { layer(x) }
}

/// The wrapped-weights form.
@inlinable @inline(never)
public func tanhLayerWrapped<S: ADScalar>(_ l: LayerWeights, _ x: [S]) -> [S] {
    let n = l.inputs
    return (0..<l.bias.count).map { i -> S in
        var z = S(l.bias[i])
        for j in 0..<n { z += S(l.weights[i * n + j]) * x[j] }
        return tanh(z)
    }
}

/// The vector form a closure writes: `tanh(W * x + b)` on a ``DualVector`` (or on `[Double]`
/// through DualAD's matrix operators).
@inlinable @inline(never)
public func tanhLayerVector(_ w: Matrix<Double>, _ b: [Double], _ x: DualVector<Double>) -> DualVector<Double> {
    tanh(w * x + b)
}

/// The wrapped-weights form on the minimal dual.
@inlinable @inline(never)
public func tanhLayerWrapped(_ l: LayerWeights, _ x: [MinimalDual]) -> [MinimalDual] {
    let n = l.inputs
    return (0..<l.bias.count).map { i -> MinimalDual in
        var z = MinimalDual(l.bias[i])
        for j in 0..<n { z += l.weights[i * n + j] * x[j] }
        return tanh(z)
    }
}
