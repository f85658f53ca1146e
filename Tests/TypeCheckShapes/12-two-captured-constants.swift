import DualAD
let k = 2.5
let d = derivative(at: 2.0) { x in k * x * x + x * x - k }
