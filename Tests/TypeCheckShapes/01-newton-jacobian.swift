import DualAD
let J = jacobian(at: [1.0, -1.7]) { x in [x[0] * x[0] + x[1] * x[1] - 4, exp(x[0]) + x[1] - 1] }
