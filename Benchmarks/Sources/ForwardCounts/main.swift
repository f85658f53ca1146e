// Instruction counts for forward mode against minimal hand-written duals and hand-written
// sweeps (issue 16), run under callgrind by `bash Benchmarks/instruction-counts.sh`. Each
// mode runs one workload a fixed number of times with an input perturbed between calls (so
// nothing is hoisted) and adds the result to an accumulator that is printed (so nothing is
// dead). `none` is the start-up cost the script subtracts.

import DualAD
import Formulations

nonisolated(unsafe) var acc = 0.0

/// Runs `body` `reps` times.
func repeated(_ reps: Int, _ body: (Int) -> Double) { for r in 0..<reps { acc += body(r) } }

/// A point of n values and a direction, as plain, `Dual` and `MinimalDual` arrays.
struct Inputs {
    var primal: [Double], dual: [Dual<Double>], minimal: [MinimalDual], direction: [Double]
    init(_ point: [Double]) {
        let v = point.indices.map { Double($0 % 7) - 3 }
        primal = point
        direction = v
        dual = point.indices.map { Dual(point[$0], tangent: v[$0]) }
        minimal = point.indices.map { MinimalDual(point[$0], v[$0]) }
    }
    mutating func perturb(_ r: Int) {
        let i = r % primal.count
        primal[i] += 1e-9; dual[i].value += 1e-9; minimal[i].value += 1e-9
    }
}

let mode = CommandLine.arguments[1]
var big = Inputs(rosenbrockPoint(count: 1000))
var small = Inputs((0..<100).map { 0.5 + 0.01 * Double($0) })
var mlp = Inputs(MLPShape.sampleParameters)
var layerPoint = Inputs(LayerWeights.samplePoint(inputs: 100))
let layer = TanhLayer(inputs: 100, outputs: 100)
let W = layer.layer.matrix, b = layer.layer.bias
let (product, powForm) = (RosenbrockProduct(), RosenbrockPow())
/// n = 100 inputs with all 8 lanes set: a sweep where every operation does lane work.
let denseLanes = InlineArray<8, Double> { Double($0) - 3.5 }
var denseChunked = small.primal.map { ChunkedDual<8, Double>($0, tangents: denseLanes) }
var denseMinimal = small.primal.map { MinimalDual8($0, lanes: denseLanes) }

let modes: [String: () -> Void] = [
    "none": {},
    // One JVP sweep against the primal and the minimal dual, per formulation.
    "productPrimal": { repeated(200) { big.perturb($0); return rosenbrockProduct(big.primal) } },
    "productDual": { repeated(200) { big.perturb($0); return rosenbrockProduct(big.dual).tangent } },
    "productMinimal": { repeated(200) { big.perturb($0); return rosenbrockProduct(big.minimal).tangent } },
    "powPrimal": { repeated(200) { big.perturb($0); return rosenbrockPow(big.primal) } },
    "powDual": { repeated(200) { big.perturb($0); return rosenbrockPow(big.dual).tangent } },
    "powMinimal": { repeated(200) { big.perturb($0); return rosenbrockPow(big.minimal).tangent } },
    "chainPrimal": { repeated(20) { elementaryChain(0.3 + 1e-9 * Double($0), rounds: 1000) } },
    "chainDual": { repeated(20) { elementaryChain(Dual(0.3 + 1e-9 * Double($0), tangent: 1), rounds: 1000).tangent } },
    "chainMinimal": { repeated(20) { elementaryChain(MinimalDual(0.3 + 1e-9 * Double($0), 1), rounds: 1000).tangent } },
    "namedPrimal": { repeated(20) { elementaryChainNamed(0.3 + 1e-9 * Double($0), rounds: 1000) } },
    "namedDual": { repeated(20) { elementaryChainNamed(Dual(0.3 + 1e-9 * Double($0), tangent: 1), rounds: 1000).tangent } },
    "namedMinimal": { repeated(20) { elementaryChainNamed(MinimalDual(0.3 + 1e-9 * Double($0), 1), rounds: 1000).tangent } },
    "mlpPrimal": { repeated(200) { mlp.perturb($0); return mlpLossHiddenArray(mlp.primal) } },
    "mlpDual": { repeated(200) { mlp.perturb($0); return mlpLossHiddenArray(mlp.dual).tangent } },
    "mlpMinimal": { repeated(200) { mlp.perturb($0); return mlpLossHiddenArray(mlp.minimal).tangent } },
    "streamPrimal": { repeated(200) { mlp.perturb($0); return mlpLossStreaming(mlp.primal) } },
    "streamDual": { repeated(200) { mlp.perturb($0); return mlpLossStreaming(mlp.dual).tangent } },
    "streamMinimal": { repeated(200) { mlp.perturb($0); return mlpLossStreaming(mlp.minimal).tangent } },
    "layerPrimal": { repeated(50) { layerPoint.perturb($0); return tanhLayerWrapped(layer.layer, layerPoint.primal)[7] } },
    "layerDual": { repeated(50) { layerPoint.perturb($0); return tanhLayerWrapped(layer.layer, layerPoint.dual)[7].tangent } },
    "layerMinimal": { repeated(50) { layerPoint.perturb($0); return tanhLayerWrapped(layer.layer, layerPoint.minimal)[7].tangent } },
    "layerVector": { repeated(50) { layerPoint.perturb($0)
        return tanhLayerVector(W, b, DualVector(value: layerPoint.primal, tangent: layerPoint.direction)).tangent[7] } },
    // Chunked sweeps: a gradient (8 seeded inputs per sweep) against the minimal 8-lane dual.
    "chunkProduct": { repeated(50) { small.perturb($0); return gradient(of: product, at: small.primal, strategy: .chunked(8))[3] } },
    "chunkProductBare": { repeated(50) { small.perturb($0); return bareChunkedGradient(product, at: small.primal)[3] } },
    "chunkProductMinimal": { repeated(50) { small.perturb($0); return minimalChunkedGradient(at: small.primal, rosenbrockProduct)[3] } },
    "chunkPow": { repeated(50) { small.perturb($0); return gradient(of: powForm, at: small.primal, strategy: .chunked(8))[3] } },
    "chunkPowBare": { repeated(50) { small.perturb($0); return bareChunkedGradient(powForm, at: small.primal)[3] } },
    "chunkPowMinimal": { repeated(50) { small.perturb($0); return minimalChunkedGradient(at: small.primal, rosenbrockPow)[3] } },
    "denseProduct": { repeated(200) { denseChunked[$0 % 100].value += 1e-9; return rosenbrockProduct(denseChunked).tangents[3] } },
    "denseProductMinimal": { repeated(200) { denseMinimal[$0 % 100].value += 1e-9; return rosenbrockProduct(denseMinimal).lanes[3] } },
    "densePow": { repeated(200) { denseChunked[$0 % 100].value += 1e-9; return rosenbrockPow(denseChunked).tangents[3] } },
    "densePowMinimal": { repeated(200) { denseMinimal[$0 % 100].value += 1e-9; return rosenbrockPow(denseMinimal).lanes[3] } },
    // Reverse mode, both formulations.
    "revProduct": { repeated(50) { big.perturb($0); return gradient(of: product, at: big.primal, strategy: .reverse)[3] } },
    "revPow": { repeated(50) { big.perturb($0); return gradient(of: powForm, at: big.primal, strategy: .reverse)[3] } },
    "revTerms": { repeated(50) { big.perturb($0); return gradient(of: RosenbrockByTerms(), at: big.primal, strategy: .reverse)[3] } },
    "termsPrimal": { repeated(200) { big.perturb($0); return rosenbrockByTerms(big.primal) } },
    "revMLP": { repeated(200) { mlp.perturb($0); return gradient(of: MLPLoss(), at: mlp.primal, strategy: .reverse)[3] } },
    "revStatementsProduct": { repeated(50) { big.perturb($0); return rosenbrockGradientByStatements(RosenbrockProductBody(), big.primal).gradient[3] } },
    "revStatementsPow": { repeated(50) { big.perturb($0); return rosenbrockGradientByStatements(RosenbrockPowBody(), big.primal).gradient[3] } },
    "revSumTermsProduct": { repeated(50) { big.perturb($0); return rosenbrockGradientBySumTerms(RosenbrockProductTerm(), big.primal).gradient[3] } },
    "revSumTermsPow": { repeated(50) { big.perturb($0); return rosenbrockGradientBySumTerms(RosenbrockPowTerm(), big.primal).gradient[3] } },
    "revVectorTape": { repeated(200) { mlp.perturb($0); return mlpGradientByVectorTape(mlp.primal).gradient[3] } },
    "revStream": { repeated(200) { mlp.perturb($0); return gradient(of: MLPLossStreaming(), at: mlp.primal, strategy: .reverse)[3] } },
    "hessianDetect": { repeated(1) { _ in Double(hessianSparsity(of: RosenbrockPow(), at: rosenbrockPoint(count: 2000)).nonzeroCount) } },
    "hessianPlan": { repeated(1) { _ in Double(SparseHessianPlan(of: RosenbrockPow(), at: rosenbrockPoint(count: 2000)).colorCount) } },
    // Drivers against the sweeps they run, written by hand.
    "fwdgradProduct": { repeated(20) { small.perturb($0); return gradient(of: product, at: small.primal, strategy: .forward)[3] } },
    "fwdgradProductBare": { repeated(20) { small.perturb($0); return bareForwardGradient(product, at: small.primal)[3] } },
    "fwdgradPow": { repeated(20) { small.perturb($0); return gradient(of: powForm, at: small.primal, strategy: .forward)[3] } },
    "fwdgradPaired": { repeated(20) { small.perturb($0); return pairedForwardGradient(at: small.primal, rosenbrockProduct)[3] } },
    "fwdgradPairedPow": { repeated(20) { small.perturb($0); return pairedForwardGradient(at: small.primal, rosenbrockPow)[3] } },
    "fwdgradMinimal": { repeated(20) { small.perturb($0); return minimalForwardGradient(at: small.primal, rosenbrockProduct)[3] } },
    "fwdgradMinimalPow": { repeated(20) { small.perturb($0); return minimalForwardGradient(at: small.primal, rosenbrockPow)[3] } },
    "fwdgradPowBare": { repeated(20) { small.perturb($0); return bareForwardGradient(powForm, at: small.primal)[3] } },
    "chunk1Product": { repeated(20) { small.perturb($0); return gradient(of: product, at: small.primal, strategy: .chunked(1))[3] } },
    "chunk1Pow": { repeated(20) { small.perturb($0); return gradient(of: powForm, at: small.primal, strategy: .chunked(1))[3] } },
    "smallProductPrimal": { repeated(2000) { small.perturb($0); return rosenbrockProduct(small.primal) } },
    "smallPowPrimal": { repeated(2000) { small.perturb($0); return rosenbrockPow(small.primal) } },
    "fwdgradMLP": { repeated(2) { mlp.perturb($0); return gradient(of: MLPLoss(), at: mlp.primal, strategy: .forward)[3] } },
    "chunk1MLP": { repeated(2) { mlp.perturb($0); return gradient(of: MLPLoss(), at: mlp.primal, strategy: .chunked(1))[3] } },
    "jvpDriver": { repeated(200) { big.perturb($0); return jvp(of: product, at: big.primal, along: big.direction).tangent } },
    "jvpBare": { repeated(200) { big.perturb($0); return bareJVP(product, at: big.primal, along: big.direction).tangent } },
    "jvpDriverSmall": { repeated(2000) { small.perturb($0); return jvp(of: product, at: small.primal, along: small.direction).tangent } },
    "jvpBareSmall": { repeated(2000) { small.perturb($0); return bareJVP(product, at: small.primal, along: small.direction).tangent } },
    "jvpRepeatingSmall": { repeated(2000) { small.perturb($0); return bareJVPRepeating(product, at: small.primal, along: small.direction).tangent } },
    "jvpUninitializedSmall": { repeated(2000) { small.perturb($0); return bareJVPUninitialized(product, at: small.primal, along: small.direction).tangent } },
    "jvpPreparedSmall": { repeated(2000) { small.perturb($0); return rosenbrockProduct(small.dual).tangent } },
    "derivativeDriver": { repeated(20) { derivative(at: 0.3 + 1e-9 * Double($0)) { elementaryChain($0, rounds: 1000) } } },
    "jacFwd": { repeated(5) { layerPoint.perturb($0); return jacobian(of: layer, at: layerPoint.primal, strategy: .forward)[3, 4] } },
    "jacFwdBare": { repeated(5) { layerPoint.perturb($0); return bareForwardJacobian(layer, at: layerPoint.primal, outputs: 100)[3, 4] } },
    "jacChunk": { repeated(20) { layerPoint.perturb($0); return jacobian(of: layer, at: layerPoint.primal, strategy: .chunked(8))[3, 4] } },
    "jacChunkBare": { repeated(20) { layerPoint.perturb($0); return bareChunkedJacobian(layer, at: layerPoint.primal, outputs: 100)[3, 4] } },
]

guard let workload = modes[mode] else { fatalError("unknown mode \(mode); modes: \(modes.keys.sorted())") }
workload()
print(acc)
