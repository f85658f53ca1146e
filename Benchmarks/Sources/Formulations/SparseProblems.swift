import DualAD

// The sparse benchmark problems (issue 17): a 2-D reaction–diffusion system, a banded
// (tridiagonal) system, and a banded scalar function for Hessians.

/// Gray–Scott on a periodic side × side grid: u and v, 5-point Laplacians, n = 2·side².
public struct GrayScott: VectorFunction {
    public let side: Int
    public init(side: Int) { self.side = side }
    public func outputCount(forInputCount n: Int) -> Int? { n }

    @inlinable public func callAsFunction<S: ADScalar>(_ z: [S]) -> [S] { grayScott(side, z) }

    /// A point with both fields away from their fixed points.
    public static func samplePoint(side: Int) -> [Double] {
        (0..<(2 * side * side)).map { k -> Double in 0.2 + 0.6 * Double((k * 37) % 101) / 101 }
    }
}

/// The Gray–Scott right-hand side (F = 0.035, k = 0.06, Du = 0.16, Dv = 0.08).
@inlinable @inline(never)
public func grayScott<S: ADScalar>(_ side: Int, _ z: [S]) -> [S] {
    let cells = side * side
    var out = [S]()
    out.reserveCapacity(2 * cells)
    for field in 0..<2 {
        let offset = field * cells
        for k in 0..<cells {
            let (i, j) = (k / side, k % side)
            let up = z[offset + ((i + side - 1) % side) * side + j], down = z[offset + ((i + 1) % side) * side + j]
            let left = z[offset + i * side + (j + side - 1) % side], right = z[offset + i * side + (j + 1) % side]
            let laplacian = up + down + left + right - 4 * z[offset + k]
            let u = z[k], v = z[cells + k], uvv = u * v * v
            out.append(field == 0 ? 0.16 * laplacian - uvv + 0.035 * (1 - u)
                                  : 0.08 * laplacian + uvv - 0.095 * v)
        }
    }
    return out
}

/// u″ − u³ with zero boundary values, by second differences: a tridiagonal Jacobian.
public struct Heat1D: VectorFunction {
    public init() {}
    public func outputCount(forInputCount n: Int) -> Int? { n }
    @inlinable public func callAsFunction<S: ADScalar>(_ u: [S]) -> [S] { heat1D(u) }
}

/// Heat1D's right-hand side.
@inlinable @inline(never)
public func heat1D<S: ADScalar>(_ u: [S]) -> [S] {
    let n = u.count
    return (0..<n).map { i in
        let left = i > 0 ? u[i - 1] : 0, right = i < n - 1 ? u[i + 1] : 0
        return left - 2 * u[i] + right - u[i] * u[i] * u[i]
    }
}

/// A few outputs that each read every input (weighted sums of elementwise terms, as in a
/// handful of constraints over a long state): n column colors, m row colors — the case for
/// reverse sweeps over rows.
public struct FewDenseOutputs: VectorFunction {
    public let outputs: Int
    public init(outputs: Int) { self.outputs = outputs }
    public func outputCount(forInputCount n: Int) -> Int? { outputs }

    @inlinable public func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        (0..<outputs).map { k in
            var s: S = 0
            let w = S(Double(k + 1))
            for v in x { s += w * sin(v) + v * v }
            return s
        }
    }
}
