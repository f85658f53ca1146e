import Benchmark
import DualAD
import Formulations

// Issue 16: forward mode against minimal hand-written duals, drivers against the sweeps they
// run, reverse mode against the primal — every function in at least two formulations, each
// ratio measured interleaved (see `InterleavedRatios.swift`). The README's headline quotes the
// worst formulation of each row.

func registerForwardLimitRatios() {
    let big = rosenbrockPoint(count: 1000)
    let v: [Double] = big.indices.map { Double($0 % 7) - 3 }
    let dual = big.indices.map { Dual(big[$0], tangent: v[$0]) }
    let minimal = big.indices.map { MinimalDual(big[$0], v[$0]) }

    // One JVP sweep: Dual against the minimal dual, and each against the primal.
    for (name, onPrimal, onDual, onMinimal) in [
        ("Rosenbrock product n=1000", { blackHole(rosenbrockProduct(big)) }, { blackHole(rosenbrockProduct(dual)) }, { blackHole(rosenbrockProduct(minimal)) }),
        ("Rosenbrock pow n=1000", { blackHole(rosenbrockPow(big)) }, { blackHole(rosenbrockPow(dual)) }, { blackHole(rosenbrockPow(minimal)) }),
    ] as [(String, () -> Void, () -> Void, () -> Void)] {
        interleavedRatio("Limit \(name): Dual / minimal dual", batch: 50, primal: onMinimal, derivative: onDual)
        interleavedRatio("Limit \(name): Dual / primal", batch: 50, primal: onPrimal, derivative: onDual)
        interleavedRatio("Limit \(name): minimal dual / primal", batch: 50, primal: onPrimal, derivative: onMinimal)
    }
    for (name, chain) in [("chain", 0), ("chain named", 1)] {
        let onPrimal = { blackHole(chain == 0 ? elementaryChain(0.3, rounds: 1000) : elementaryChainNamed(0.3, rounds: 1000)) }
        let onDual = { blackHole(chain == 0 ? elementaryChain(Dual(0.3, tangent: 1), rounds: 1000) : elementaryChainNamed(Dual(0.3, tangent: 1), rounds: 1000)) }
        let onMinimal = { blackHole(chain == 0 ? elementaryChain(MinimalDual(0.3, 1), rounds: 1000) : elementaryChainNamed(MinimalDual(0.3, 1), rounds: 1000)) }
        interleavedRatio("Limit elementary \(name) x1000: Dual / minimal dual", batch: 5, primal: onMinimal, derivative: onDual)
        interleavedRatio("Limit elementary \(name) x1000: Dual / primal", batch: 5, primal: onPrimal, derivative: onDual)
    }
    let p = MLPShape.sampleParameters
    let pv = p.indices.map { Double($0 % 5) - 2 }
    let pDual = p.indices.map { Dual(p[$0], tangent: pv[$0]) }, pMinimal = p.indices.map { MinimalDual(p[$0], pv[$0]) }
    interleavedRatio("Limit MLP hidden array: Dual / minimal dual", batch: 100,
                     primal: { blackHole(mlpLossHiddenArray(pMinimal)) }, derivative: { blackHole(mlpLossHiddenArray(pDual)) })
    interleavedRatio("Limit MLP streaming: Dual / minimal dual", batch: 100,
                     primal: { blackHole(mlpLossStreaming(pMinimal)) }, derivative: { blackHole(mlpLossStreaming(pDual)) })
    let layer = TanhLayer(inputs: 100, outputs: 100)
    let lx = TanhLayer.samplePoint(inputs: 100), lv = lx.indices.map { Double($0 % 3) - 1 }
    let lDual = lx.indices.map { Dual(lx[$0], tangent: lv[$0]) }, lMinimal = lx.indices.map { MinimalDual(lx[$0], lv[$0]) }
    let W = layer.matrix, b = layer.bias
    interleavedRatio("Limit tanh(Wx+b) 100x100 [S]: Dual / minimal dual", batch: 20,
                     primal: { blackHole(tanhLayerWrapped(layer.layer, lMinimal)) }, derivative: { blackHole(tanhLayerWrapped(layer.layer, lDual)) })
    interleavedRatio("Limit tanh(Wx+b) 100x100 DualVector: Dual / minimal dual", batch: 20,
                     primal: { blackHole(tanhLayerWrapped(layer.layer, lMinimal)) },
                     derivative: { blackHole(tanhLayerVector(W, b, DualVector(value: lx, tangent: lv))) })

    // ChunkedDual<8, Double> against the minimal 8-lane dual: a dense sweep (all lanes set on
    // every input) and the chunked gradient (8 seeded inputs per sweep).
    let small = (0..<100).map { 0.5 + 0.01 * Double($0) }
    let lanes = InlineArray<8, Double> { Double($0) - 3.5 }
    let denseChunked = small.map { ChunkedDual<8, Double>($0, tangents: lanes) }
    let denseMinimal = small.map { MinimalDual8($0, lanes: lanes) }
    interleavedRatio("Limit chunked(8) dense sweep product: ChunkedDual / minimal 8-lane", batch: 200,
                     primal: { blackHole(rosenbrockProduct(denseMinimal)) }, derivative: { blackHole(rosenbrockProduct(denseChunked)) })
    interleavedRatio("Limit chunked(8) dense sweep pow: ChunkedDual / minimal 8-lane", batch: 200,
                     primal: { blackHole(rosenbrockPow(denseMinimal)) }, derivative: { blackHole(rosenbrockPow(denseChunked)) })
    let (product, powForm) = (RosenbrockProduct(), RosenbrockPow())
    interleavedRatio("Limit chunked(8) gradient n=100 product: driver / minimal 8-lane sweeps", batch: 20,
                     primal: { blackHole(minimalChunkedGradient(at: small, rosenbrockProduct)) },
                     derivative: { blackHole(gradient(of: product, at: small, strategy: .chunked(8))) })
    interleavedRatio("Limit chunked(8) gradient n=100 pow: driver / minimal 8-lane sweeps", batch: 20,
                     primal: { blackHole(minimalChunkedGradient(at: small, rosenbrockPow)) },
                     derivative: { blackHole(gradient(of: powForm, at: small, strategy: .chunked(8))) })
    registerGradientOverPrimal("product", product, small)
    registerGradientOverPrimal("pow", powForm, small)
    interleavedRatio("Limit gradient(.forward) n=100 product: minimal dual n sweeps / primal", batch: 5, large: true,
                     primal: { blackHole(rosenbrockProduct(small)) },
                     derivative: { blackHole(minimalForwardGradient(at: small, rosenbrockProduct)) })
    interleavedRatio("Limit gradient(.forward) n=100 pow: minimal dual n sweeps / primal", batch: 5, large: true,
                     primal: { blackHole(rosenbrockPow(small)) },
                     derivative: { blackHole(minimalForwardGradient(at: small, rosenbrockPow)) })
    // Value and tangent in one SIMD register (`PairedDual.swift`), checked against `.forward`.
    for (u, v) in zip(pairedForwardGradient(at: small, rosenbrockProduct) + pairedForwardGradient(at: small, rosenbrockPow),
                      gradient(of: product, at: small, strategy: .forward) + gradient(of: powForm, at: small, strategy: .forward))
    where u != v {
        fatalError("paired dual: gradient \(u) differs from .forward's \(v)")
    }
    interleavedRatio("Limit gradient(.forward) n=100 product: paired SIMD2 dual n sweeps / primal", batch: 5, large: true,
                     primal: { blackHole(rosenbrockProduct(small)) },
                     derivative: { blackHole(pairedForwardGradient(at: small, rosenbrockProduct)) })
    interleavedRatio("Limit gradient(.forward) n=100 pow: paired SIMD2 dual n sweeps / primal", batch: 5, large: true,
                     primal: { blackHole(rosenbrockPow(small)) },
                     derivative: { blackHole(pairedForwardGradient(at: small, rosenbrockPow)) })

    // Drivers against the sweeps they run, written by hand (`BareSweeps.swift`).
    for n in [100, 1000] {
        let x = rosenbrockPoint(count: n), d = x.indices.map { Double($0 % 7) - 3 }
        let prepared = x.indices.map { Dual(x[$0], tangent: d[$0]) }
        let batch = n == 100 ? 200 : 20
        interleavedRatio("Driver jvp(of:at:along:) n=\(n): driver / hand-written sweep", batch: batch,
                         primal: { blackHole(bareJVP(product, at: x, along: d)) }, derivative: { blackHole(jvp(of: product, at: x, along: d)) })
        interleavedRatio("Driver jvp(of:at:along:) n=\(n): driver / sweep on a prepared input", batch: batch,
                         primal: { blackHole(rosenbrockProduct(prepared)) }, derivative: { blackHole(jvp(of: product, at: x, along: d)) })
        let gradientBatch = n == 100 ? 5 : 1
        if n == 100 {
            interleavedRatio("Driver gradient(.forward) n=\(n): driver / hand-written sweeps", batch: gradientBatch,
                             primal: { blackHole(bareForwardGradient(product, at: x)) },
                             derivative: { blackHole(gradient(of: product, at: x, strategy: .forward)) })
        }
        interleavedRatio("Driver gradient(.chunked(8)) n=\(n): driver / hand-written sweeps", batch: gradientBatch * 4,
                         primal: { blackHole(bareChunkedGradient(product, at: x)) },
                         derivative: { blackHole(gradient(of: product, at: x, strategy: .chunked(8))) })
    }
    interleavedRatio("Driver derivative(at:of:) chain x1000: driver / hand-written sweep", batch: 5,
                     primal: { blackHole(elementaryChain(Dual(0.3, tangent: 1), rounds: 1000).tangent) },
                     derivative: { blackHole(derivative(at: 0.3) { elementaryChain($0, rounds: 1000) }) })
    interleavedRatio("Driver jacobian(.forward) 100x100: driver / hand-written sweeps", batch: 2,
                     primal: { blackHole(bareForwardJacobian(layer, at: lx, outputs: 100)) },
                     derivative: { blackHole(jacobian(of: layer, at: lx, strategy: .forward)) })
    interleavedRatio("Driver jacobian(.chunked(8)) 100x100: driver / hand-written sweeps", batch: 5,
                     primal: { blackHole(bareChunkedJacobian(layer, at: lx, outputs: 100)) },
                     derivative: { blackHole(jacobian(of: layer, at: lx, strategy: .chunked(8))) })

    // Reverse mode against the primal, both formulations of each function.
    interleavedRatio("Reverse Rosenbrock product n=1000: gradient / primal", batch: 20,
                     primal: { blackHole(rosenbrockProduct(big)) }, derivative: { blackHole(gradient(of: product, at: big, strategy: .reverse)) })
    interleavedRatio("Reverse Rosenbrock pow n=1000: gradient / primal", batch: 20,
                     primal: { blackHole(rosenbrockPow(big)) }, derivative: { blackHole(gradient(of: powForm, at: big, strategy: .reverse)) })
    // The prototype beyond the scalar tape: the loop body as one statement-level rule
    // (`StatementRules.swift`), against the product form's primal.
    interleavedRatio("Reverse Rosenbrock statement rule n=1000: gradient / primal (product form)", batch: 20,
                     primal: { blackHole(rosenbrockProduct(big)) },
                     derivative: { blackHole(gradient(of: RosenbrockByTerms(), at: big, strategy: .reverse)) })
    // The prototypes of k-parent entries (`StatementTapePrototype.swift`): the whole loop body,
    // carried sum included, or the sum's term alone, one entry whose partials come from a
    // ChunkedDual sweep.
    let productGradient = gradient(of: product, at: big, strategy: .reverse)
    let powGradient = gradient(of: powForm, at: big, strategy: .reverse)
    registerReversePrototype("Reverse Rosenbrock product statement-tape prototype n=1000: gradient / primal", batch: 20, at: big,
                             primal: rosenbrockProduct, dualAD: productGradient) { rosenbrockGradientByStatements(RosenbrockProductBody(), $0).gradient }
    registerReversePrototype("Reverse Rosenbrock pow statement-tape prototype n=1000: gradient / primal", batch: 20, at: big,
                             primal: rosenbrockPow, dualAD: powGradient) { rosenbrockGradientByStatements(RosenbrockPowBody(), $0).gradient }
    registerReversePrototype("Reverse Rosenbrock product sum-term prototype n=1000: gradient / primal", batch: 20, at: big,
                             primal: rosenbrockProduct, dualAD: productGradient) { rosenbrockGradientBySumTerms(RosenbrockProductTerm(), $0).gradient }
    registerReversePrototype("Reverse Rosenbrock pow sum-term prototype n=1000: gradient / primal", batch: 20, at: big,
                             primal: rosenbrockPow, dualAD: powGradient) { rosenbrockGradientBySumTerms(RosenbrockPowTerm(), $0).gradient }
    interleavedRatio("Reverse MLP hidden array: gradient / primal", batch: 50,
                     primal: { blackHole(mlpLossHiddenArray(p)) }, derivative: { blackHole(gradient(of: MLPLoss(), at: p, strategy: .reverse)) })
    interleavedRatio("Reverse MLP streaming: gradient / primal", batch: 50,
                     primal: { blackHole(mlpLossStreaming(p)) }, derivative: { blackHole(gradient(of: MLPLossStreaming(), at: p, strategy: .reverse)) })
    // The prototype of vector-level tape entries (`VectorTapePrototype.swift`): one entry per
    // layer.
    registerReversePrototype("Reverse MLP vector-level tape prototype: gradient / primal (hidden array)", batch: 50, at: p,
                             primal: mlpLossHiddenArray, dualAD: gradient(of: MLPLoss(), at: p, strategy: .reverse)) {
        mlpGradientByVectorTape($0).gradient
    }
}

/// The chunked and one-direction forward gradients over the primal, n = 100.
private func registerGradientOverPrimal<F: ScalarFunction>(_ name: String, _ f: F, _ x: [Double]) {
    interleavedRatio("Limit gradient(.forward) n=100 \(name): gradient / primal", batch: 5, large: true,
                     primal: { blackHole(f(x)) }, derivative: { blackHole(gradient(of: f, at: x, strategy: .forward)) })
    interleavedRatio("Limit gradient(.chunked(8)) n=100 \(name): gradient / primal", batch: 20,
                     primal: { blackHole(f(x)) }, derivative: { blackHole(gradient(of: f, at: x, strategy: .chunked(8))) })
}

/// Times a reverse-mode prototype against the primal (benchmark `name`), after checking that
/// its gradient agrees with DualAD's reverse gradient `dualAD` (1e-13 relative).
private func registerReversePrototype(_ name: String, batch: Int, at x: [Double], primal: @escaping ([Double]) -> Double,
                                      dualAD: [Double], prototype: @escaping ([Double]) -> [Double]) {
    for (u, v) in zip(prototype(x), dualAD) where abs(u - v) > 1e-13 * max(1, abs(v)) {
        fatalError("\(name): gradient \(u) differs from DualAD's \(v)")
    }
    interleavedRatio(name, batch: batch, primal: { blackHole(primal(x)) }, derivative: { blackHole(prototype(x)) })
}
