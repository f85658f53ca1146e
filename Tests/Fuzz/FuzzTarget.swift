// A libFuzzer target for DualAD (Linux): each input is decoded into a small straight-line
// program — every rule-table function behind a domain guard, a user's rule and an implicit
// function included — and a point, and every mode must agree on its Jacobian: forward,
// chunked, reverse, JVP and VJP (the dot-product identity). A disagreement, a trap or a
// sanitizer report is a finding. Built by `Scripts/fuzz.sh` together with DualAD's sources into
// one module (so this file uses no `import DualAD`), with `-sanitize=fuzzer,address`.

import Foundation

/// Softplus as a user's rule.
struct FuzzSoftplus: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T {
        let d = Double(x)
        return T(d > 0 ? d + Foundation.log1p(Foundation.exp(-d)) : Foundation.log1p(Foundation.exp(d)))
    }
    func derivative<S: ADScalar>(at x: S, value: S) -> S { 1 / (1 + exp(-x)) }
}

/// Kepler's equation, for the implicit-function node.
struct FuzzKepler: ImplicitFunction {
    func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
}

/// Reads bytes one at a time, 0 past the end.
struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    mutating func next() -> Int {
        defer { position += 1 }
        return position < bytes.count ? Int(bytes[position]) : 0
    }
    var atEnd: Bool { position >= bytes.count }
}

/// One node of a decoded program.
enum FuzzNode {
    case input(Int), constant(Double), unary(UnaryFunction, Int), binary(BinaryFunction, Int, Int)
    case power(Int, Int), userRule(Int), implicitRoot(Int, Int)
}

/// A decoded program, evaluated by one generic function on every scalar type.
struct FuzzProgram: VectorFunction {
    let nodes: [FuzzNode], outputs: [Int]

    func outputCount(forInputCount n: Int) -> Int? { outputs.count }

    static func squash<S: ADScalar>(_ t: S) -> S { t / sqrt(1 + t * t) }

    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        var v: [S] = []
        for node in nodes {
            switch node {
            case .input(let i): v.append(x[i])
            case .constant(let c): v.append(S(c))
            case .unary(let f, let a):
                let t = v[a]
                switch f {
                case .log, .log2, .log10, .sqrt, .cbrt, .logGamma, .digamma: v.append(S.evaluate(f, 1 + t * t))
                case .log1p: v.append(log1p(t * t))
                case .acosh: v.append(acosh(2 + t * t))
                case .asin, .acos, .atanh: v.append(S.evaluate(f, S(0.9) * Self.squash(t)))
                case .tan: v.append(tan(S(1.2) * Self.squash(t)))
                case .exp, .exp2, .expm1, .sinh, .cosh, .exp10: v.append(S.evaluate(f, 2 * Self.squash(t)))
                case .gamma: v.append(S.evaluate(f, S(1.5) + Self.squash(t)))
                default: v.append(S.evaluate(f, t))
                }
            case .binary(let f, let a, let b):
                let (p, q) = (v[a], v[b])
                switch f {
                case .divide: v.append(p / (1 + q * q))
                case .pow: v.append(pow(1 + p * p, Self.squash(q)))
                case .hypot: v.append(hypot(p, 1 + q * q))
                case .atan2: v.append(atan2(p, 1 + q * q))
                case .multiply: v.append(2 * Self.squash(p * q))
                default: v.append(S.evaluate(f, p, q))
                }
            case .power(let a, let k): v.append(k < 0 ? pow(1 + v[a] * v[a], k) : pow(2 * Self.squash(v[a]), k))
            case .userRule(let a): v.append(FuzzSoftplus()(v[a]))
            case .implicitRoot(let a, let b):
                guard v[a].isFinite && v[b].isFinite else { v.append(S.nan); break }
                v.append(solveRoot(of: FuzzKepler(), near: 1.0, parameters: [S(0.5) * Self.squash(v[a]), 4 * Self.squash(v[b])]))
            }
        }
        return outputs.map { v[$0] }
    }

    /// Decodes a program with 1–4 inputs, 1–3 outputs and up to 24 operations, and its point.
    static func decode(_ reader: inout ByteReader) -> (FuzzProgram, [Double]) {
        let n = 1 + reader.next() % 4, m = 1 + reader.next() % 3
        let x = (0..<n).map { _ in Double(reader.next() * 256 + reader.next()) / 65536 * 4 - 2 }
        var nodes: [FuzzNode] = (0..<n).map { .input($0) }
        let unaries = UnaryFunction.allCases, binaries = BinaryFunction.allCases
        while !reader.atEnd && nodes.count < n + 24 {
            let op = reader.next(), a = reader.next() % nodes.count, b = reader.next() % nodes.count
            switch op % 8 {
            case 0: nodes.append(.constant(Double(op) / 64 - 2))
            case 1, 2: nodes.append(.unary(unaries[(op / 8) % unaries.count], a))
            case 3, 4: nodes.append(.binary(binaries[(op / 8) % binaries.count], a, b))
            case 5: nodes.append(.power(a, (op / 8) % 7 - 2))
            case 6: nodes.append(.userRule(a))
            default: nodes.append(.implicitRoot(a, b))
            }
        }
        let outputs = (0..<m).map { nodes.count - 1 - $0 % nodes.count }
        return (FuzzProgram(nodes: nodes, outputs: outputs), x)
    }
}

/// Stops the fuzzer with a finding.
func finding(_ what: String, _ got: [Double], _ expected: [Double], _ program: FuzzProgram, _ x: [Double]) -> Never {
    fatalError("DualAD fuzz finding: \(what) disagrees\n got \(got)\n expected \(expected)\n at x = \(x)\n program \(program.nodes) outputs \(program.outputs)")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var reader = ByteReader(bytes: UnsafeBufferPointer(start: data, count: size))
    let (program, x) = FuzzProgram.decode(&reader)
    let (value, J) = valueWithJacobian(of: program, at: x, strategy: .forward)
    guard value.allSatisfy(\.isFinite), J.storage.allSatisfy(\.isFinite) else { return 0 }
    let scale = Swift.max(1, J.storage.map(Swift.abs).max() ?? 1)
    // The tolerance: 256 ulps of the scale, or 8× the error Double itself makes on this
    // program (against the same forward Jacobian in Float80), as the differential tests allow.
    let wide = jacobian(of: program, at: x.map { Float80($0) }, strategy: .forward).storage
    let ownError = zip(J.storage, wide).map { Swift.abs($0 - Double($1)) }.max() ?? 0
    let tolerance = Swift.max(256 * Double.ulpOfOne, 8 * ownError / scale)
    if tolerance > 1e-6 { return 0 }   // too ill-conditioned to compare modes on
    func agree(_ a: [Double], _ b: [Double], _ s: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || Swift.abs($0 - $1) <= tolerance * Swift.max(1, s) }
    }
    for strategy in [Strategy.chunked(3), .reverse] {
        let other = jacobian(of: program, at: x, strategy: strategy).storage
        if !agree(other, J.storage, scale) { finding("\(strategy)", other, J.storage, program, x) }
    }
    // JVP and VJP along directions from the remaining bytes, and ⟨Jv, w⟩ = ⟨v, Jᵀw⟩.
    let v = x.indices.map { _ in Double(reader.next()) / 128 - 1 }, w = program.outputs.indices.map { _ in Double(reader.next()) / 128 - 1 }
    let jv = jvp(of: program, at: x, along: v).tangent
    if !agree(jv, J * v, scale * Double(x.count)) { finding("JVP", jv, J * v, program, x) }
    let (_, pullback) = vjp(of: program, at: x)
    let wj = pullback(w)
    if !agree(wj, w * J, scale * Double(w.count)) { finding("VJP", wj, w * J, program, x) }
    return 0
}
