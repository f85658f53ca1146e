import DualAD
let ts: [Double] = [0, 1, 2, 3], ys: [Double] = [2.0, 1.2, 0.7, 0.4]
let fit = gradient(at: [2.0, 0.5]) { p in
    var s: Dual<Double> = 0
    for i in 0..<ts.count {
        let r = p[0] * exp(-p[1] * ts[i]) - ys[i]
        s += r * r
    }
    return s
}
