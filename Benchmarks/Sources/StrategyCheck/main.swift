// Checks `.automatic`'s cost model (`Strategy.resolved(inputs:outputs:)`) against measurement:
// the Jacobian of tanh(Wx + b) at shapes around the forward/reverse crossover, by `.chunked(N)`
// (N = `Strategy.defaultChunkSize(forInputCount: n)`) and by `.reverse`. Each round times a
// batch of one, then of the other, seven times, and keeps each side's fastest batch; the
// ratio is the median of five rounds. Prints which is faster, what `.automatic` picks, and what
// its pick costs over the faster one.
//
//     cd Benchmarks && swift run -c release StrategyCheck
import Dispatch
import DualAD
import Formulations

nonisolated(unsafe) var sink = 0.0

func nanoseconds(_ repetitions: Int, _ body: () -> Double) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<repetitions { sink += body() }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(repetitions)
}

let shapes = [(10, 1), (16, 1), (17, 1), (24, 1), (32, 1), (30, 3), (40, 5), (40, 8), (40, 10), (40, 12),
              (60, 15), (60, 25), (100, 10), (100, 25), (100, 35), (100, 50), (200, 20), (200, 50),
              (200, 80), (8, 8), (16, 16), (50, 50), (100, 100), (400, 4), (4, 400)]
print("    n     m  chunked/reverse  faster   .automatic  its pick / faster  chunked / f  reverse / f")
var worst = 1.0
for (n, m) in shapes {
    let layer = TanhLayer(inputs: n, outputs: m)
    let x = TanhLayer.samplePoint(inputs: n)
    let repetitions = max(2, 100_000 / (n * m))
    let chunk = Strategy.defaultChunkSize(forInputCount: n)
    var ratios: [Double] = [], chunkedCosts: [Double] = [], reverseCosts: [Double] = []
    for _ in 0..<5 {
        var chunked = Double.infinity, reverse = Double.infinity, primal = Double.infinity
        for _ in 0..<7 {
            primal = min(primal, nanoseconds(repetitions * 10) { layer(x)[0] })
            chunked = min(chunked, nanoseconds(repetitions) { jacobian(of: layer, at: x, strategy: .chunked(chunk))[0, 0] })
            reverse = min(reverse, nanoseconds(repetitions) { jacobian(of: layer, at: x, strategy: .reverse)[0, 0] })
        }
        ratios.append(chunked / reverse)
        chunkedCosts.append(chunked / primal)
        reverseCosts.append(reverse / primal)
    }
    let ratio = ratios.sorted()[2]
    let pick = Strategy.automatic.resolved(inputs: n, outputs: m)
    let pickIsReverse = pick == .reverse
    let cost = pickIsReverse ? max(1, 1 / ratio) : max(1, ratio)
    worst = max(worst, cost)
    let faster = ratio < 1 ? "chunked" : "reverse"
    print(String(n).leftPad(5), String(m).leftPad(5), String(format: "%15.2f", ratio), faster.leftPad(8),
          "\(pick)".leftPad(12), String(format: "%17.2f", cost),
          String(format: "%14.2f %13.2f", chunkedCosts.sorted()[2], reverseCosts.sorted()[2]))
}
print(String(format: "worst pick of .automatic / faster strategy: %.2f", worst), sink > 0 ? "" : " ")

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
