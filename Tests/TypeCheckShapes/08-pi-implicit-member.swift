import DualAD
let dp = derivative(at: 0.25) { x in sin(.pi * x) }
