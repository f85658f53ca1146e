import DualAD

// The calls of API.md, exactly as written there (after `import DualAD` and nothing else).

// Scalar forward mode: a dual number is a value and a tangent, x + ε·ẋ with ε² = 0.
let x = Dual(3.0, tangent: 1.0)
let y = x * x + sin(x)                    // y.value == 9 + sin(3), y.tangent == 6 + cos(3)

let d  = derivative(at: 2.0) { x in x * x + sin(x) }                  // 4 + cos(2)
let vd = valueWithDerivative(at: 2.0) { x in exp(x) / x }             // (value:, derivative:)
let d2 = derivative(at: 2.0) { x in derivative(at: x) { y in y * y * y } }   // 12, by nesting

runChecks()
