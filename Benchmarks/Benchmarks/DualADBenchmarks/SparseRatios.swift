import Benchmark
import DualAD
import Formulations

// Issue 17: sparse Jacobians and Hessians, interleaved against the primal and against the
// dense chunked(8) Jacobian. The colors and detection costs are printed by `ratios.py` from the
// benchmark names.

func registerSparseRatios() {
    // Allocation gates (`Thresholds/`): a traced evaluation allocates per call — the input
    // tracers, the outputs, the run's lists growing by doubling, the pattern — never per
    // operation (Gray–Scott 32²: ≈ 25,000 operations; Rosenbrock n = 2000: ≈ 16,000).
    do {
        let f = GrayScott(side: 32), z = GrayScott.samplePoint(side: 32)
        Benchmark("Sparse Gray-Scott n=2048 detection (allocations)", configuration: standardConfiguration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(jacobianSparsity(of: f, at: z)) }
        }
        let x = (0..<2000).map { 0.5 + 0.0005 * Double($0) }
        Benchmark("Sparse Hessian Rosenbrock n=2000 detection (allocations)", configuration: standardConfiguration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(hessianSparsity(of: RosenbrockPow(), at: x)) }
        }
    }
    for side in [32, 122] {
        let f = GrayScott(side: side), z = GrayScott.samplePoint(side: side), n = z.count
        let plan = SparseJacobianPlan(of: f, at: z)
        let name = "Gray-Scott n=\(n) (\(plan.colorCount) colors, \(plan.coloring.order))"
        let batch = side == 32 ? 20 : 2
        interleavedRatio("Sparse \(name): plan sweeps / primal", batch: batch,
                         primal: { blackHole(f(z)) }, derivative: { blackHole(sparseJacobian(of: f, at: z, plan: plan)) })
        interleavedRatio("Sparse \(name): one-off (detect, color, sweep) / primal", batch: batch, large: true,
                         primal: { blackHole(f(z)) }, derivative: { blackHole(sparseJacobian(of: f, at: z)) })
        interleavedRatio("Sparse \(name): detection / primal", batch: batch, large: true,
                         primal: { blackHole(f(z)) }, derivative: { blackHole(jacobianSparsity(of: f, at: z)) })
        if side == 32 {
            interleavedRatio("Sparse \(name): dense chunked(8) / plan sweeps", batch: 1, large: true,
                             primal: { blackHole(sparseJacobian(of: f, at: z, plan: plan)) },
                             derivative: { blackHole(jacobian(of: f, at: z, strategy: .chunked(8))) })
        }
    }
    let x = (0..<2000).map { 0.5 + 0.0005 * Double($0) }
    let heatPlan = SparseJacobianPlan(of: Heat1D(), at: x)
    let heat = "Heat1D n=2000 (\(heatPlan.colorCount) colors)"
    interleavedRatio("Sparse \(heat): plan sweeps / primal", batch: 20,
                     primal: { blackHole(Heat1D()(x)) }, derivative: { blackHole(sparseJacobian(of: Heat1D(), at: x, plan: heatPlan)) })
    interleavedRatio("Sparse \(heat): one-off / primal", batch: 20, large: true,
                     primal: { blackHole(Heat1D()(x)) }, derivative: { blackHole(sparseJacobian(of: Heat1D(), at: x)) })
    interleavedRatio("Sparse \(heat): dense chunked(8) / plan sweeps", batch: 1, large: true,
                     primal: { blackHole(sparseJacobian(of: Heat1D(), at: x, plan: heatPlan)) },
                     derivative: { blackHole(jacobian(of: Heat1D(), at: x, strategy: .chunked(8))) })
    let rosenbrock = RosenbrockPow()
    let hessianPlan = SparseHessianPlan(of: rosenbrock, at: x)
    let banded = "Hessian Rosenbrock n=2000 (\(hessianPlan.colorCount) colors)"
    interleavedRatio("Sparse \(banded): plan / primal", batch: 10, large: true,
                     primal: { blackHole(rosenbrock(x)) }, derivative: { blackHole(sparseHessian(of: rosenbrock, at: x, plan: hessianPlan)) })
    interleavedRatio("Sparse \(banded): one-off / primal", batch: 10, large: true,
                     primal: { blackHole(rosenbrock(x)) }, derivative: { blackHole(sparseHessian(of: rosenbrock, at: x)) })
    // Few dense rows (m = 8, n = 2000): the plan sweeps rows in reverse; forced forward, it
    // needs 2000 column colors (250 chunked sweeps).
    let few = FewDenseOutputs(outputs: 8)
    let reversePlan = SparseJacobianPlan(of: few, at: x)
    let forwardPlan = SparseJacobianPlan(of: few, at: x, strategy: .forward)
    let fewName = "Sparse few outputs m=8 n=2000 (\(reversePlan.strategy), \(reversePlan.colorCount) row colors)"
    interleavedRatio("\(fewName): plan / primal", batch: 10, large: true,
                     primal: { blackHole(few(x)) }, derivative: { blackHole(sparseJacobian(of: few, at: x, plan: reversePlan)) })
    interleavedRatio("\(fewName): forward plan (\(forwardPlan.colorCount) column colors) / reverse plan", batch: 1, large: true,
                     primal: { blackHole(sparseJacobian(of: few, at: x, plan: reversePlan)) },
                     derivative: { blackHole(sparseJacobian(of: few, at: x, plan: forwardPlan)) })
}
