// A prototype for reverse mode beyond the scalar tape (issue 16): vector-level tape entries.
// DualAD's tape records one entry per scalar operation on two recorded values, so an
// m × n layer `W · x + b` costs m·n entries, each an append behind its checks, and a backward
// step per entry. Here one entry records the whole layer (where W, b, x and the result live in
// one value buffer) and the backward sweep reads it as two loops: W̄ += ȳ xᵀ, x̄ += Wᵀ ȳ. The
// MLP's loss is three such entries and an elementwise tanh. Not part of DualAD: it measures
// what the design could reach (`Benchmarks/README.md`, "Reverse mode").

import Foundation

/// One vector-level operation: its operands and result are ranges of the tape's value buffer.
public enum VectorTapeEntry {
    /// out = W · x + b, W an m × n block (row-major) at `weights`, b at `bias`, x at `input`
    /// (n values; a constant when `inputIsConstant`), out at `output` (m values).
    case affine(weights: Int, bias: Int, input: Int, rows: Int, columns: Int, inputIsConstant: Bool, output: Int)
    /// out = tanh(x), n values.
    case tanh(input: Int, count: Int, output: Int)
    /// out = Σ (xᵢ − tᵢ)², x at `input`, the constant targets t at `target`.
    case squaredError(input: Int, target: Int, count: Int, output: Int)
}

/// A recording of vector-level operations over one value buffer, and its backward sweep.
public struct VectorTape {
    /// Every value: the parameters first, then constants and intermediate results.
    public var values: [Double]
    public var entries: [VectorTapeEntry] = []

    /// A tape whose first values are `parameters`, with room for `extra` more.
    public init(parameters: [Double], extra: Int) {
        values = parameters
        values.reserveCapacity(parameters.count + extra)
        entries.reserveCapacity(4)
    }

    /// Appends constants and returns where they start.
    public mutating func constant(_ c: [Double]) -> Int {
        let start = values.count
        values.append(contentsOf: c)
        return start
    }

    /// Records and evaluates W · x + b; returns where the result starts.
    public mutating func affine(weights: Int, bias: Int, input: Int, rows m: Int, columns n: Int, inputIsConstant: Bool) -> Int {
        let out = values.count
        values.append(contentsOf: repeatElement(0, count: m))
        values.withUnsafeMutableBufferPointer { v in
            for i in 0..<m {
                var s = v[bias + i]
                for j in 0..<n { s += v[weights + i * n + j] * v[input + j] }
                v[out + i] = s
            }
        }
        entries.append(.affine(weights: weights, bias: bias, input: input, rows: m, columns: n,
                               inputIsConstant: inputIsConstant, output: out))
        return out
    }

    /// Records and evaluates tanh elementwise; returns where the result starts.
    public mutating func tanh(_ input: Int, count n: Int) -> Int {
        let out = values.count
        values.append(contentsOf: repeatElement(0, count: n))
        values.withUnsafeMutableBufferPointer { v in
            for i in 0..<n { v[out + i] = Foundation.tanh(v[input + i]) }
        }
        entries.append(.tanh(input: input, count: n, output: out))
        return out
    }

    /// Records and evaluates Σ (xᵢ − tᵢ)²; returns where the result is.
    public mutating func squaredError(_ input: Int, target: Int, count n: Int) -> Int {
        var s = 0.0
        for i in 0..<n { let r = values[input + i] - values[target + i]; s += r * r }
        values.append(s)
        entries.append(.squaredError(input: input, target: target, count: n, output: values.count - 1))
        return values.count - 1
    }

    /// The gradient of the value at `output` with respect to the first `parameterCount` values.
    public func gradient(of output: Int, parameterCount: Int) -> [Double] {
        var adjoint = [Double](repeating: 0, count: values.count)
        adjoint[output] = 1
        values.withUnsafeBufferPointer { v in
            adjoint.withUnsafeMutableBufferPointer { a in
                for entry in entries.reversed() {
                    switch entry {
                    case let .squaredError(input, target, n, out):
                        let outBar = a[out]
                        for i in 0..<n { a[input + i] += outBar * 2 * (v[input + i] - v[target + i]) }
                    case let .tanh(input, n, out):
                        for i in 0..<n { let y = v[out + i]; a[input + i] += a[out + i] * (1 - y * y) }
                    case let .affine(w, b, x, m, n, inputIsConstant, out):
                        for i in 0..<m {
                            let yBar = a[out + i]
                            a[b + i] += yBar
                            for j in 0..<n { a[w + i * n + j] += yBar * v[x + j] }
                            if !inputIsConstant {
                                for j in 0..<n { a[x + j] += v[w + i * n + j] * yBar }
                            }
                        }
                    }
                }
            }
        }
        return Array(adjoint[0..<parameterCount])
    }
}

/// The MLP's loss and gradient by the vector-level tape: three layer entries and a tanh.
public func mlpGradientByVectorTape(_ p: [Double]) -> (value: Double, gradient: [Double]) {
    let (d, h, o) = (MLPShape.d, MLPShape.h, MLPShape.o)
    var tape = VectorTape(parameters: p, extra: d + o + 2 * h + 2 * o + 1)
    let input = tape.constant(MLPShape.input), target = tape.constant(MLPShape.target)
    let w2 = h * d + h, b2 = w2 + o * h
    let z1 = tape.affine(weights: 0, bias: h * d, input: input, rows: h, columns: d, inputIsConstant: true)
    let hidden = tape.tanh(z1, count: h)
    let z2 = tape.affine(weights: w2, bias: b2, input: hidden, rows: o, columns: h, inputIsConstant: false)
    let loss = tape.squaredError(z2, target: target, count: o)
    return (tape.values[loss], tape.gradient(of: loss, parameterCount: p.count))
}
