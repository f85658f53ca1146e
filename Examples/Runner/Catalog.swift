/// One worked example: a name to run it by, the lecture it comes from, and its body.
struct Example: Sendable {
    let name: String
    let title: String
    let source: String
    let run: @Sendable (ExampleContext) -> Void
}

/// The runner's table of examples, in the order of the lectures: data, not a chain of ifs.
let catalog: [Example] = [
    Example(name: "rules", title: "The derivative rules table", source: "seed 000", run: rulesTable),
    Example(name: "sum-times", title: "f(x, y, z) = (x + y)·z at (−2, 5, −4)", source: "seeds 002, 004", run: sumTimes),
    Example(name: "sigmoid-neuron", title: "The sigmoid neuron σ(w₀x₀ + w₁x₁ + w₂)", source: "seed 002", run: sigmoidNeuron),
    Example(name: "tanh-trace", title: "The tanh network: evaluation and tangent traces", source: "seed 003", run: tanhTrace),
    Example(name: "sqrt-cos", title: "f(x) = √(x² + e^{x²}) + cos(x² + e^{x²})", source: "seed 003", run: sqrtCos),
    Example(name: "linear-regression", title: "Linear regression: normal equations and gradient descent", source: "seed 003", run: linearRegression),
    Example(name: "two-layer-network", title: "A two-layer network: backprop formulas and training", source: "seed 004", run: twoLayerNetwork),
    Example(name: "matrix-calculus", title: "Matrix calculus identities", source: "seeds 002, 004", run: matrixCalculus),
    Example(name: "finite-differences", title: "Finite differences against the dual number", source: "seed 002", run: finiteDifferences),
    Example(name: "forward-vs-reverse", title: "Forward versus reverse by shape", source: "seeds 000, 002", run: forwardVersusReverse),
    Example(name: "rematerialization", title: "Rematerialization: √L checkpoints", source: "seed 000", run: rematerialization),
    Example(name: "higher-order", title: "Higher order: f″, f‴, Hessians, perturbation confusion", source: "DualAD", run: higherOrder),
    Example(name: "your-own-functions", title: "Your own functions: Lambert's W and Kepler's equation", source: "DualAD", run: yourOwnFunctions),
]
