import DualAD
let n = 4
let J3 = jacobian(at: [1.0, 2.0, 0.5, 3.0]) { x in
    (0..<n).map { i in x[i] * x[i] - 1 }
}
let J4 = jacobian(at: [1.0, 2.0]) { x in
    var out: [Dual<Double>] = []
    out.append(x[0] * x[1])
    out.append(sin(x[0]))
    return out
}
let J5 = jacobian(at: [1.0, 2.0]) { x in x.map { $0 * $0 } }
