import Foundation
import DualAD

// Seeds 002 and 004: y = Wx and z = vᵀy, so ∂z/∂W = (∂z/∂y)ᵀxᵀ = v xᵀ and ∂z/∂x = vᵀW; and the
// elementwise activation ŷ = σ(y), z = vᵀŷ, whose VJP is ∂z/∂y = ∂z/∂ŷ ⊙ σ(y)(1 − σ(y)).
struct BilinearInW: ScalarFunction {
    let x: [Double], v: [Double]
    func callAsFunction<S: ADScalar>(_ w: [S]) -> S {
        var z: S = 0
        for i in 0..<v.count {
            var yi: S = 0
            for j in 0..<x.count { yi += w[i * x.count + j] * S(x[j]) }
            z += S(v[i]) * yi
        }
        return z
    }
}

struct Sigmoids: VectorFunction {
    func callAsFunction<S: ADScalar>(_ y: [S]) -> [S] { y.map { 1 / (1 + exp(-$0)) } }
}

func matrixCalculus(_ ctx: ExampleContext) {
    let W = Matrix([[0.5, -1.0, 2.0, 0.25], [1.5, 0.0, -0.5, 1.0], [-2.0, 0.75, 1.0, -1.25]])
    let x = [1.0, -2.0, 0.5, 3.0], v = [2.0, -1.0, 0.5]
    // ∂z/∂W, as a gradient over W's 12 entries (reverse: one backward sweep).
    let dW = gradient(of: BilinearInW(x: x, v: v), at: W.storage, strategy: .reverse)
    var outer = [Double]()
    for i in 0..<3 { for j in 0..<4 { outer.append(v[i] * x[j]) } }
    ctx.say("  ∂z/∂W (3×4) by DualAD:")
    ctx.say(Matrix(rows: 3, columns: 4, storage: dW).description.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
    ctx.check("∂z/∂W = v xᵀ", dW, exact: outer, tolerance: 0)
    // ∂z/∂x = vᵀW, by a forward gradient of the closure form.
    let dx = gradient(at: x) { u in (W * u).dot(v) }
    ctx.check("∂z/∂x = vᵀW", dx, exact: v * W, tolerance: 1e-15)
    // The elementwise activation's VJP: one backward sweep with cotangent v.
    let y = W * x
    let (_, pullback) = vjp(of: Sigmoids(), at: y)
    let sigma = y.map { 1 / (1 + Foundation.exp(-$0)) }
    var formula = [Double](repeating: 0, count: 3)
    for i in 0..<3 { formula[i] = v[i] * sigma[i] * (1 - sigma[i]) }
    ctx.check("∂z/∂y = v ⊙ σ(y)(1 − σ(y))", pullback(v), exact: formula, tolerance: 1e-15)
    ctx.say("  The Jacobian of σ is diagonal: DualAD's forward Jacobian has \(jacobian(of: Sigmoids(), at: y, strategy: .forward).storage.filter { $0 != 0 }.count) nonzero entries of 9.")
}
