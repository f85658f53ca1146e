import DualAD
let k = 3.0
let d = derivative(at: 2.0) { x in k * x * x }
