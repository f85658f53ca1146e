import DualAD
let k = 2.5
let H = hessian(at: [1.0, 2.0]) { x in k * x[0] * x[1] + x[1] * x[1] - k }
