import DualAD

let x = Dual(3.0, tangent: 1.0)
let y = x * x + sin(x)
print("y =", y)
let d  = derivative(at: 2.0) { x in x * x + sin(x) }
let vd = valueWithDerivative(at: 2.0) { x in exp(x) / x }
let d2 = derivative(at: 2.0) { x in derivative(at: x) { y in y * y * y } }
print(d, vd, d2)
