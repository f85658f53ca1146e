import DualAD
func poly<S: ADScalar>(_ x: S) -> S {
    let c: [Double] = [1.5, 2.25, -0.5, 3.75, -1.125, 0.25, -2, 0.75, -1.5, 0.125, -3, 0.0625, 4.5]
    var p: S = 0
    for k in c.indices.reversed() { p = p * x + S(c[k]) }
    return p
}
