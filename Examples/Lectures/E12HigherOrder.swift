import Foundation
import DualAD

// Higher derivatives by nesting duals: f″ and f‴, a Hessian by forward-over-forward and by
// forward-over-reverse, and Siskind & Pearlmutter's perturbation-confusion example.
struct SmallFunction: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ v: [S]) -> S { v[0] * v[0] * v[1] + sin(v[0] * v[1]) }
}

func higherOrder(_ ctx: ExampleContext) {
    let x = 1.5
    let second = derivative(at: x) { u in derivative(at: u) { pow($0, 5) } }
    let third = derivative(at: x) { u in derivative(at: u) { w in derivative(at: w) { pow($0, 5) } } }
    ctx.check("(x⁵)″ at 1.5 = 20x³", second, exact: 20 * x * x * x, tolerance: 1e-15)
    ctx.check("(x⁵)‴ at 1.5 = 60x²", third, exact: 60 * x * x, tolerance: 1e-15)
    let sinThird = derivative(at: x) { u in derivative(at: u) { w in derivative(at: w) { sin($0) } } }
    ctx.check("sin‴(1.5) = −cos(1.5)", sinThird, exact: -Foundation.cos(x), tolerance: 1e-15)

    let p = [0.7, -1.3]
    let (a, b) = (p[0], p[1])
    let s = Foundation.sin(a * b), c = Foundation.cos(a * b)
    let exact = [2 * b - b * b * s, 2 * a + c - a * b * s, 2 * a + c - a * b * s, -a * a * s]
    let forward = hessian(of: SmallFunction(), at: p, strategy: .forward)
    let reverse = hessian(of: SmallFunction(), at: p, strategy: .reverse)
    ctx.say("  Hessian of x²y + sin(xy) at (0.7, −1.3), forward-over-forward:")
    ctx.say(forward.description.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
    ctx.check("Hessian forward-over-forward", forward.storage, exact: exact, tolerance: 1e-15)
    ctx.check("Hessian forward-over-reverse", reverse.storage, exact: exact, tolerance: 1e-15)

    let confusion = derivative(at: 1.0) { x in x * derivative(at: Dual(1.0)) { y in Dual(x) + y } }
    ctx.say("  d/dx [x · d/dy (x + y)|y=1] at x = 1: \(confusion)  (a tagless implementation gets 2)")
    ctx.check("perturbation confusion example = 1", confusion, exact: 1, tolerance: 0)
}
