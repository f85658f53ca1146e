import XCTest
import Foundation
import DualAD

/// Every mode must agree on random programs, and agree with a Float80 Richardson difference.
///
/// Tolerances: modes agree within 256 ε relative to the largest Jacobian entry (in practice
/// ≤ 4e-14, chunked and automatic to the bit); finite differences within 1e-8. Where they
/// disagree most (5e-10 at seed 20286213, a 12th power of an atan2), a 50-digit mpmath
/// derivative agrees with DualAD's to an ulp: the error is the difference's.
///
/// `swift test` runs `DUALAD_DIFFERENTIAL_COUNT` programs (default 2000) from seed
/// `DUALAD_DIFFERENTIAL_SEED` (default 20261125); program k uses seed + k, and a failure
/// prints that seed and the program, so `DUALAD_DIFFERENTIAL_SEED=<seed>
/// DUALAD_DIFFERENTIAL_COUNT=1 swift test --filter DifferentialTests` replays it.
final class DifferentialTests: XCTestCase {
    static let environment = ProcessInfo.processInfo.environment
    static let count = Int(environment["DUALAD_DIFFERENTIAL_COUNT"] ?? "") ?? 2000
    static let seed = UInt64(environment["DUALAD_DIFFERENTIAL_SEED"] ?? "") ?? 20_261_125

    /// The largest relative difference seen per comparison, printed at the end.
    var largest: [String: Double] = [:]

    /// |a − b| / max(1, scale): differences scaled by the magnitude of the Jacobian.
    func record(_ name: String, _ a: [Double], _ b: [Double], scale: Double, tolerance: Double,
                context: @autoclosure () -> String) -> Bool {
        var worst = 0.0
        for (u, v) in zip(a, b) {
            let d: Double
            if u == v || (u.isNaN && v.isNaN) { d = 0 } else { d = Swift.abs(u - v) / Swift.max(1, scale) }
            worst = Swift.max(worst, d.isNaN ? .infinity : d)
        }
        largest[name] = Swift.max(largest[name] ?? 0, worst)
        if worst > tolerance || a.count != b.count {
            XCTFail("\(name): relative difference \(worst) > \(tolerance)\n\(context())")
            return false
        }
        return true
    }

    func testEveryModeAgreesOnRandomPrograms() {
        let baseTolerance = 256 * Double.ulpOfOne
        var checked = 0, compared = 0, refinedReferences = 0, illConditioned = 0, unresolvable = 0
        for k in 0..<Self.count {
            let programSeed = Self.seed &+ UInt64(k)
            var rng = SplitMix64(state: programSeed)
            let n = 1 + Int(rng.next() % 8), m = 1 + Int(rng.next() % 4)
            let program = RandomProgram(inputs: n, outputs: m, size: 4 + Int(rng.next() % 21), rng: &rng)
            let x = rng.vector(n, -1.5, 1.5)
            let context = { "seed \(programSeed) at x = \(x)\n\(program)" }

            let (value, J) = valueWithJacobian(of: program, at: x, strategy: .forward)
            guard value.allSatisfy(\.isFinite) else { continue }
            let scale = J.storage.map(Swift.abs).max() ?? 1
            // Modes may round differently, and an ill-conditioned program (a difference of two
            // nearly equal, large derivatives) amplifies that: seed 20281485 has an entry that
            // forward and reverse mode both get wrong by about 1e-8 relative, in Double, against
            // the same forward Jacobian in Float80. So modes must agree to 256 ulps of the scale
            // or to 8× the error Double itself makes on this program, whichever is larger (8: two
            // modes, each with about that error, summed over a dot product in the identity test).
            let wide = jacobian(of: program, at: x.map { Wide($0) }, strategy: .forward).storage
            let doubleError = zip(J.storage, wide).map { Swift.abs($0 - Double($1)) }.max() ?? 0
            let modeTolerance = Swift.max(baseTolerance, 8 * doubleError / Swift.max(1, scale))
            if modeTolerance > baseTolerance { illConditioned += 1 }
            // A program whose Double Jacobian is off by more than 1e-6 of its scale is too
            // ill-conditioned to compare modes on: skip it (it counts as not checked).
            if modeTolerance > 1e-6 { continue }
            var ok = true
            for chunk in [1, 2, 3, 4, 8] {
                ok = ok && record("chunked(\(chunk))", jacobian(of: program, at: x, strategy: .chunked(chunk)).storage,
                                  J.storage, scale: scale, tolerance: modeTolerance, context: context())
            }
            ok = ok && record("reverse Jacobian", jacobian(of: program, at: x, strategy: .reverse).storage, J.storage,
                              scale: scale, tolerance: modeTolerance, context: context())
            ok = ok && record("automatic", jacobian(of: program, at: x, strategy: .automatic).storage, J.storage,
                              scale: scale, tolerance: modeTolerance, context: context())
            // The sparse Jacobian (pattern by the tracer, colored, compressed chunked sweeps)
            // equals the dense one exactly: every entry, as `==` on Double. Swept in reverse
            // (rows colored, one backward sweep per color), it equals the dense reverse one.
            let sparse = Matrix(sparseJacobian(of: program, at: x, strategy: .forward))
            ok = ok && record("sparse Jacobian", sparse.storage, J.storage, scale: scale, tolerance: 0, context: context())
            let reverseDense = jacobian(of: program, at: x, strategy: .reverse).storage
            let sparseReverse = Matrix(sparseJacobian(of: program, at: x, strategy: .reverse))
            ok = ok && record("sparse Jacobian, reverse", sparseReverse.storage, reverseDense, scale: scale, tolerance: 0, context: context())
            let automaticPlan = SparseJacobianPlan(of: program, at: x)
            let automatic = Matrix(sparseJacobian(of: program, at: x, plan: automaticPlan)).storage
            let chosen = automaticPlan.strategy == .reverse ? reverseDense : J.storage
            ok = ok && record("sparse Jacobian, automatic", automatic, chosen, scale: scale, tolerance: 0, context: context())
            ok = ok && record("closure jacobian(at:of:)", jacobian(at: x) { v in DualVector(program(Array(v))) }.storage,
                              J.storage, scale: scale, tolerance: modeTolerance, context: context())
            // Reverse gradients of each output are the rows.
            for i in 0..<m {
                ok = ok && record("reverse gradient", gradient(of: ProgramOutput(program: program, k: i), at: x, strategy: .reverse),
                                  J.row(i), scale: scale, tolerance: modeTolerance, context: context())
            }
            // JVP along v and VJP along w, and the dot-product identity ⟨Jv, w⟩ = ⟨v, Jᵀw⟩.
            let v = rng.vector(n), w = rng.vector(m)
            let jv = jvp(of: program, at: x, along: v).tangent
            ok = ok && record("JVP", jv, J * v, scale: scale * Double(n), tolerance: modeTolerance, context: context())
            let (_, pullback) = vjp(of: program, at: x)
            let wj = pullback(w)
            ok = ok && record("VJP", wj, w * J, scale: scale * Double(m), tolerance: modeTolerance, context: context())
            let lhs = zip(jv, w).map { $0 * $1 }.reduce(0, +), rhs = zip(v, wj).map { $0 * $1 }.reduce(0, +)
            ok = ok && record("dot-product test", [lhs], [rhs], scale: scale * Double(n * m), tolerance: modeTolerance, context: context())
            // JVP is linear in its direction.
            let u = rng.vector(n)
            let combined = jvp(of: program, at: x, along: zip(u, v).map { 2 * $0 - $1 }).tangent
            let separate = zip(jvp(of: program, at: x, along: u).tangent, jv).map { 2 * $0 - $1 }
            ok = ok && record("JVP linearity", combined, separate, scale: 3 * scale * Double(n), tolerance: modeTolerance, context: context())
            // Second order on output 0 for small programs: forward-over-forward vs forward-over-reverse.
            if n <= 4 && k % 2 == 0 {
                let f = ProgramOutput(program: program, k: 0)
                let hf = hessian(of: f, at: x, strategy: .forward), hr = hessian(of: f, at: x, strategy: .reverse)
                let hscale = hf.storage.map(Swift.abs).max() ?? 1
                // The same conditioning allowance, from the second-order error Double makes here.
                let hwide = hessian(of: f, at: x.map { Wide($0) }, strategy: .forward).storage
                let hError = zip(hf.storage, hwide).map { Swift.abs($0 - Double($1)) }.max() ?? 0
                let hTolerance = Swift.max(4 * modeTolerance, 8 * hError / Swift.max(1, hscale))
                ok = ok && record("Hessian fwd-over-rev", hr.storage, hf.storage, scale: hscale, tolerance: hTolerance, context: context())
                // The sparse Hessian reads each entry from one Hessian-vector product: it equals,
                // exactly, the unsymmetrized dense entry at (i, j) or at (j, i); and every entry
                // outside its pattern is exactly zero in the dense one too.
                let hs = sparseHessian(of: f, at: x)
                let raw = (0..<n).map { j in hessianVectorProduct(of: f, at: x, along: (0..<n).map { $0 == j ? 1.0 : 0.0 }) }
                for i in 0..<n {
                    for j in 0..<n {
                        let entry = hs[i, j], upper = raw[j][i], lower = raw[i][j]
                        let same = entry == upper || entry == lower || (entry.isNaN && (upper.isNaN || lower.isNaN))
                        if !same || (!hs.pattern.contains(row: i, column: j) && (upper != 0 || lower != 0)) {
                            XCTFail("sparse Hessian (\(i), \(j)): \(entry), dense \(upper) / \(lower)\n\(context())")
                            ok = false
                        }
                    }
                }
                ok = ok && record("Hessian symmetry", hf.storage, hf.transposed().storage, scale: hscale, tolerance: 4 * modeTolerance, context: context())
            }
            // Against finite differences, where the program is smooth. Ridders' table from a
            // first step of 0.01 can be thrown off by a wiggly program (seed 20315293: 1e-4 off,
            // while a 50-digit mpmath derivative agrees with DualAD to 2e-14; seed 20298750:
            // sin(hypot(c, 1 + v²)) oscillates about 6700 radians per unit of x, so even a first
            // step of 0.001 spans a radian, while mpmath agrees with DualAD to 2e-13), so an
            // entry that disagrees is checked again from first steps of 1e-3 down to 1e-7;
            // it fails only if every one does.
            if !program.hasKinks {
                func reference(_ i: Int, _ j: Int, step: Wide) -> Double {
                    Double(richardsonDerivative(at: Wide(x[j]), initialStep: step) { t -> Wide in
                        var p = x.map { Wide($0) }
                        p[j] = t
                        return program(p)[i]
                    })
                }
                var coarse = [Double](repeating: 0, count: m * n)
                for j in 0..<n { for i in 0..<m { coarse[i * n + j] = reference(i, j, step: 0.01) } }
                var best = coarse
                for e in 0..<(m * n) where Swift.abs(J.storage[e] - coarse[e]) > 1e-8 * Swift.max(1, scale) {
                    var references: [Double] = []
                    for step: Wide in [1e-3, 1e-4, 1e-5, 1e-6, 1e-7] {
                        best[e] = reference(e / n, e % n, step: step)
                        references.append(best[e])
                        refinedReferences += 1
                        if Swift.abs(J.storage[e] - best[e]) <= 1e-8 * Swift.max(1, scale) { break }
                    }
                    // No agreement at any step: if the differences do not agree with each other
                    // either (seed 20316060: cos of a hypot near 10⁷ oscillates ~10⁷ radians per
                    // unit of x, so every step from 1e-2 to 1e-7 gives a different number, while
                    // the Float80 forward Jacobian agrees with Double's to 4e-8), the function
                    // is not resolvable by differences there: the entry is left out and counted.
                    if Swift.abs(J.storage[e] - best[e]) > 1e-8 * Swift.max(1, scale), references.count == 5 {
                        let last = references.suffix(3), spread = last.max()! - last.min()!
                        if spread > 1e-4 * Swift.max(1, Swift.abs(last.max()!)) {
                            unresolvable += 1
                            best[e] = J.storage[e]
                        }
                    }
                }
                ok = ok && record("Float80 Richardson difference", J.storage, best, scale: scale, tolerance: 1e-8, context: context())
                compared += 1
            }
            checked += 1
            if !ok { break }
        }
        print("DifferentialTests: \(checked) programs from seed \(Self.seed) (\(compared) also against finite differences, \(refinedReferences) entries re-differenced with a smaller step, \(illConditioned) ill-conditioned enough that Double's own error set the tolerance, \(unresolvable) entries left out as unresolvable by differences); largest relative differences:")
        for (name, value) in largest.sorted(by: { $0.key < $1.key }) { print("  \(name): \(value)") }
        XCTAssertGreaterThan(checked, Self.count / 2, "too many programs had non-finite values")
        // Leaving entries out must stay rare: one in 10⁴ programs at most.
        XCTAssertLessThanOrEqual(unresolvable, Swift.max(1, Self.count / 10_000), "too many entries unresolvable by differences")
    }
}
