import Foundation
import DualAD

// Seeds 000 and 002: forward mode costs one sweep per input, reverse mode one sweep per output
// (plus a tape). Layers f(x) = tanh(Wx + b): Rⁿ → Rᵐ at several shapes, every strategy measured
// by compareStrategies, and the crossover in time as n/m grows.
struct DenseTanh: VectorFunction {
    let n: Int, m: Int
    func weight(_ i: Int, _ j: Int) -> Double {
        let code: Int = (7919 * i + 104_729 * j) % 23
        return Double(code) / 23 - 0.5
    }
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        (0..<m).map { i -> S in
            var z = S(Double(i % 5) / 5 - 0.4)
            for j in 0..<n { z += S(weight(i, j)) * x[j] }
            return tanh(z)
        }
    }
}

/// A deterministic point in Rⁿ with coordinates in [−0.5, 0.4].
func samplePoint(_ n: Int) -> [Double] {
    (0..<n).map { (j: Int) -> Double in
        let step = Double(j % 9) / 9
        return step - 0.5
    }
}

func forwardVersusReverse(_ ctx: ExampleContext) {
    for (n, m) in [(4, 100), (20, 20), (100, 4)] {
        let f = DenseTanh(n: n, m: m)
        let x = samplePoint(n)
        let report = compareStrategies(of: f, at: x, repetitions: 1)
        ctx.say(report.description.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        let exact = report.measurements.filter { $0.strategy != .centralDifference }
        ctx.check("(\(n), \(m)): exact strategies agree", exact.map(\.maxDifference).max()!, exact: 0, tolerance: 1e-14)
        let fd = report.measurements.first { $0.strategy == .centralDifference }!
        ctx.check("(\(n), \(m)): central difference within 1e-8", fd.maxDifference < 1e-8 ? 1 : 0, exact: 1)
        ctx.say("    fastest here: \(report.fastest!.strategy); .automatic picks \(report.automaticChoice)\n")
    }
    // The crossover: time of a full Jacobian against n/m, with n·m = 400.
    let clock = ContinuousClock()
    func seconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<2 {
            let start = clock.now
            body()
            let d = clock.now - start
            best = Swift.min(best, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        return best
    }
    var forwardPoints: [(x: Double, y: Double)] = [], reversePoints: [(x: Double, y: Double)] = []
    var rows: [[String]] = []
    for (n, m) in [(2, 200), (4, 100), (10, 40), (20, 20), (40, 10), (100, 4), (200, 2)] {
        let f = DenseTanh(n: n, m: m)
        let x = samplePoint(n)
        let forward = seconds { _ = jacobian(of: f, at: x, strategy: .chunked(Strategy.defaultChunkSize(forInputCount: n))) }
        let reverse = seconds { _ = jacobian(of: f, at: x, strategy: .reverse) }
        let ratio = Double(n) / Double(m)
        forwardPoints.append((ratio, forward * 1e6))
        reversePoints.append((ratio, reverse * 1e6))
        rows.append(["\(n) × \(m)", show(ratio, digits: 3), String(format: "%.1f", forward * 1e6), String(format: "%.1f", reverse * 1e6),
                     forward < reverse ? "forward" : "reverse", "\(Strategy.automatic.resolved(inputs: n, outputs: m))"])
    }
    ctx.table(["n × m", "n/m", "forward (µs)", "reverse (µs)", "faster", ".automatic"], rows)
    ctx.say("  (times from this build; a debug build inflates both, the crossover stays near n ≈ m)")
    var plot = SVGPlot(title: "Jacobian of tanh(Wx + b), n·m = 400: forward vs reverse", xLabel: "n / m (inputs per output)", yLabel: "time (µs)")
    plot.logX = true
    plot.logY = true
    plot.series = [Series(label: "forward (chunked)", points: forwardPoints, color: SVGPlot.palette[0]),
                   Series(label: "reverse", points: reversePoints, color: SVGPlot.palette[1])]
    ctx.plot(plot, file: "forward-reverse-crossover.svg")
}
