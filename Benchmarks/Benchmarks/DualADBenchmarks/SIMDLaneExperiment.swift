import Benchmark
import DualAD

// An experiment, not part of DualAD: the chunked dual with its 8 tangents in a SIMD8<Double>
// instead of an InlineArray<8, Double>, to measure which storage is faster (issue: "value
// generics, InlineArray or SIMD storage — measure which is fastest"). Every rule still comes
// from DualAD's rule table.
struct SIMD8Dual: ADScalar {
    var value: Double
    var tangents: SIMD8<Double>

    init(_ value: Double, tangents: SIMD8<Double> = .zero) {
        self.value = value
        self.tangents = tangents
    }
    // Each spells out `tangents:`: a bare `self.init(c)` would pick ADScalar's `init(_:)`,
    // which calls back here.
    init(constant c: Double) { self.init(c, tangents: .zero) }
    init(integerLiteral v: Int64) { self.init(Double(v), tangents: .zero) }
    init(floatLiteral v: Double) { self.init(v, tangents: .zero) }
    init?<B: BinaryInteger>(exactly source: B) {
        guard let v = Double(exactly: source) else { return nil }
        self.init(v, tangents: .zero)
    }
    var magnitude: SIMD8Dual { SIMD8Dual.evaluate(.abs, self) }
    var isExactlyZero: Bool { value == 0 && tangents == .zero }

    static func == (a: SIMD8Dual, b: SIMD8Dual) -> Bool { a.value == b.value }
    static func < (a: SIMD8Dual, b: SIMD8Dual) -> Bool { a.value < b.value }
    static func + (a: SIMD8Dual, b: SIMD8Dual) -> SIMD8Dual { SIMD8Dual(a.value + b.value, tangents: a.tangents + b.tangents) }
    static func - (a: SIMD8Dual, b: SIMD8Dual) -> SIMD8Dual { SIMD8Dual(a.value - b.value, tangents: a.tangents - b.tangents) }
    static prefix func - (a: SIMD8Dual) -> SIMD8Dual { SIMD8Dual(-a.value, tangents: -a.tangents) }
    static func * (a: SIMD8Dual, b: SIMD8Dual) -> SIMD8Dual { evaluate(.multiply, a, b) }
    static func / (a: SIMD8Dual, b: SIMD8Dual) -> SIMD8Dual { evaluate(.divide, a, b) }
    static func += (a: inout SIMD8Dual, b: SIMD8Dual) { a = a + b }
    static func -= (a: inout SIMD8Dual, b: SIMD8Dual) { a = a - b }
    static func *= (a: inout SIMD8Dual, b: SIMD8Dual) { a = a * b }
    static func /= (a: inout SIMD8Dual, b: SIMD8Dual) { a = a / b }

    static func evaluate(_ f: UnaryFunction, _ x: SIMD8Dual) -> SIMD8Dual {
        let r = f.rule(at: x.value)
        return SIMD8Dual(r.value, tangents: r.derivative * x.tangents)
    }
    static func evaluate(_ f: BinaryFunction, _ x: SIMD8Dual, _ y: SIMD8Dual) -> SIMD8Dual {
        let r = f.rule(at: x.value, y.value)
        return SIMD8Dual(r.value, tangents: r.dx * x.tangents + r.dy * y.tangents)
    }
    static func power(_ x: SIMD8Dual, _ n: Int) -> SIMD8Dual {
        let r = integerPowerRule(at: x.value, n)
        return SIMD8Dual(r.value, tangents: r.derivative * x.tangents)
    }
}

/// ∇f by ⌈n/8⌉ sweeps of SIMD8Dual, the same seeding scheme as DualAD's chunked driver.
@inline(never)
func simd8Gradient<F: ScalarFunction>(_ f: F, at x: [Double]) -> [Double] {
    var input = x.map { SIMD8Dual($0, tangents: .zero) }
    var gradient = [Double](repeating: 0, count: x.count)
    var start = 0
    while start < x.count {
        let count = Swift.min(8, x.count - start)
        for k in 0..<count { input[start + k].tangents[k] = 1 }
        let y = f(input)
        for k in 0..<count {
            gradient[start + k] = y.tangents[k]
            input[start + k].tangents[k] = 0
        }
        start += 8
    }
    return gradient
}

func registerSIMDLaneExperiment() {
    let point: [Double] = (0..<100).map { 0.5 + 0.01 * Double($0) }
    let f = RosenbrockFunction()
    // Correctness first: the experiment must give DualAD's gradient.
    precondition(simd8Gradient(f, at: point) == gradient(of: f, at: point, strategy: .chunked(8)),
                 "SIMD8Dual experiment disagrees with chunked(8)")
    Benchmark("Gradient n=100 SIMD8 lanes (experiment)", configuration: standardConfiguration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(simd8Gradient(f, at: point)) }
    }
}
