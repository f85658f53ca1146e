import DualAD
let g = gradient(at: [1.0, 2.0, 3.0]) { x in 3 * x[0] * x[0] - 2 * x[0] * x[1] + 0.5 * x[1] * x[1] + 4 * x[2] - 1.5 * x[0] * x[2] }
