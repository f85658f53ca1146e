import DualAD

// A minimal tour of the scalar API until the full examples runner (the lecture notes' worked
// examples, self-checking) arrives. Run with `swift run Examples`.

print("DualAD examples — scalar forward mode\n")

let x = Dual(3.0, tangent: 1.0)
let y = x * x + sin(x)
print("x = Dual(3.0, tangent: 1.0);  x * x + sin(x) =", y)
print("   value 9 + sin 3, tangent 6 + cos 3\n")

let d = derivative(at: 2.0) { x in x * x + sin(x) }
print("derivative(at: 2) of x² + sin x        =", d, "  (4 + cos 2)")

let vd = valueWithDerivative(at: 2.0) { x in exp(x) / x }
print("valueWithDerivative(at: 2) of eˣ/x      =", vd, "  (e²/2, e²/4)")

let d2 = derivative(at: 2.0) { x in derivative(at: x) { y in y * y * y } }
print("second derivative of x³ at 2, nested   =", d2, "  (6x = 12)")

let confusion = derivative(at: 1.0) { x in x * derivative(at: Dual(1.0)) { y in Dual(x) + y } }
print("d/dx [x · d/dy (x + y)] at x = 1        =", confusion, "  (1: no perturbation confusion)")
