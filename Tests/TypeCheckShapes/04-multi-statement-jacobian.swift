import DualAD
let J2 = jacobian(at: [1.0, 2.0, 0.5]) { x in
    let a = x[0] * x[1] + sin(x[2])
    let b = exp(x[0]) - x[1] * x[2]
    return [a, b]
}
