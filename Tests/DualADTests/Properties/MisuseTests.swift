import XCTest
import Foundation
import DualAD

/// Misuse stops the program with a message naming the call, the expected and the given.
/// Each case runs in a child process (this test binary, re-run on one test with an
/// environment variable naming the probe), and the test reads the child's stderr.
final class MisuseTests: XCTestCase {
    static let probeVariable = "DUALAD_MISUSE_PROBE"

    /// Returns one output on its first call and two afterwards.
    final class ChangingOutputs: VectorFunction {
        var calls = 0
        func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
            calls += 1
            return calls == 1 ? [x[0]] : [x[0], x[1]]
        }
    }

    static let probes: [String: @Sendable () -> Void] = [
        "jvpDirection": { _ = jvp(at: [1.0, 2.0], along: [1.0, 0.0, 3.0]) { $0 } },
        "emptyGradient": { _ = gradient(at: [Double]()) { $0.sum() } },
        "chunkZero": { _ = gradient(of: ExtendedRosenbrock(), at: [1.0, 2.0], strategy: .chunked(0)) },
        "outputsChange": { _ = jacobian(of: ChangingOutputs(), at: [1.0, 2.0], strategy: .forward) },
        "closureOutputsChange": {
            _ = jacobian(at: [1.0, 2.0]) { x in x.tangent[0] == 1 ? [x[0], x[1], x[0]] : [x[0], x[1]] }
        },
        "matrixShape": { _ = Matrix([[1.0, 2.0], [3.0]]) },
        "vectorLengths": { _ = DualVector([1.0, 2.0]) + DualVector([1.0]) },
        "mixedTapes": {
            let first = Tape<Double>(), second = Tape<Double>()
            _ = first.variable(1) * second.variable(2)
        },
        "leakedTracked": {
            // A value smuggled out of a recording whose pullback keeps the tape alive.
            let box = LeakBox()
            let (_, pullback) = vjp(of: Leaker(box: box), at: [1.0, 2.0])
            _ = box.leaked! * box.other!
            _ = pullback
        },
        "hvpDirection": { _ = hessianVectorProduct(of: SumTimes(), at: [1.0, 2.0, 3.0], along: [1.0]) },
        "checkpointSegments": { _ = gradient(of: TanhChain(layers: 4, width: 2), at: [1.0, 2.0], checkpointing: .segments(0)) },
        "matrixIndex": { _ = Matrix([[1.0, 2.0]])[1, 0] },
        "matrixTimesDualVector": { _ = Matrix([[1.0, 2.0]]) * DualVector([1.0, 2.0, 3.0]) },
        "dualVectorInconsistent": {
            var x = DualVector(value: [1.0, 2.0], tangent: [0.0, 1.0])
            x.tangent = [1.0]   // public and settable: the pass must stop, not read past it
            _ = tanh(x)
        },
        "sparsePlanSize": {
            let plan = SparseJacobianPlan(of: ThreeOutputs(), at: [1.0, 2.0])
            _ = sparseJacobian(of: ThreeOutputs(), at: [1.0, 2.0, 3.0], plan: plan)
        },
        "sparsePlanFunction": {
            let plan = SparseJacobianPlan(of: ThreeOutputs(), at: [1.0, 2.0])
            _ = sparseJacobian(of: ChangingOutputs(), at: [1.0, 2.0], plan: plan)
        },
        "sparseHessianPlanSize": {
            let plan = SparseHessianPlan(of: SumTimes(), at: [1.0, 2.0, 3.0])
            _ = sparseHessian(of: SumTimes(), at: [1.0, 2.0], plan: plan)
        },
        "sparseIndex": { _ = sparseJacobian(of: ThreeOutputs(), at: [1.0, 2.0])[0, 5] },
        "hessianTracerKept": {
            var kept: [HessianTracer<Double>] = []
            _ = hessianSparsity(at: [1.0, 2.0]) { x in kept = x; return x[0] * x[1] }
            _ = kept[0] * kept[1]
        },
        "sparsePlanCentral": { _ = SparseJacobianPlan(of: ThreeOutputs(), at: [1.0, 2.0], strategy: .centralDifference) },
        "sparsityTracerKept": {
            var kept = SparsityTracer<Double>(0)
            _ = jacobianSparsity(at: [1.0, 2.0, 3.0, 4.0, 5.0]) { x in kept = x.reduce(0, +); return [kept] }
            _ = kept.dependencies
        },
        "tracerRunsMixed": {
            var kept: [SparsityTracer<Double>] = []
            _ = jacobianSparsity(at: [1.0, 2.0]) { x in kept = x; return x }
            _ = jacobianSparsity(at: [1.0, 2.0]) { x in [x[0] + kept[1]] }
        },
        "foreignOutput": {
            let other = Tape<Double>()
            let box = LeakBox()
            box.leaked = other.variable(1)
            _ = gradient(of: ForeignOutput(box: box), at: [1.0, 2.0], strategy: .reverse)
            _ = other
        },
        "declaredOutputCount": {
            _ = jacobian(of: DeclaredOutputs(declared: 3), at: Array(repeating: 1.0, count: 40), strategy: .automatic)
        },
        "foreignSeed": {
            let first = Tape<Double>(), second = Tape<Double>()
            let y = second.variable(2)
            var adjoints: [Double] = []
            first.backward(from: y, into: &adjoints)
        },
        "variableAfterFinish": {
            let tape = Tape<Double>()
            _ = tape.variable(1)
            tape.finishRecording()
            _ = tape.variable(2)
        },
        "pullbackLength": {
            let (_, pullback) = vjp(of: SumTimes(), at: [1.0, 2.0, 3.0])
            _ = pullback([1, 2])
        },
        // Escaped values (issue 15): each must stop with the message and, in the
        // AddressSanitizer build, without a sanitizer report (no read of freed memory).
        "escapedAfterCall": {
            let box = LeakBox()
            _ = gradient(of: Leaker(box: box), at: [1.0, 2.0], strategy: .reverse)
            _ = box.leaked! * box.other!
        },
        "escapedAfterManyCalls": {
            // The escaped value's header has been reused by later recordings in between.
            let box = LeakBox()
            _ = gradient(of: Leaker(box: box), at: [1.0, 2.0], strategy: .reverse)
            for k in 0..<100 { _ = gradient(of: SumTimes(), at: [Double(k), 1, 2], strategy: .reverse) }
            let (_, pullback) = vjp(of: SumTimes(), at: [1.0, 2.0, 3.0])   // a live tape, likely on that header
            _ = box.leaked! + box.other! * 3
            _ = pullback
        },
        "escapedFromLargeTape": {
            // 10⁶ entries: the entry buffer (≈ 24 MB) goes back to the kernel when freed.
            let box = LeakBox()
            _ = gradient(of: LongChainLeaker(box: box, length: 1_000_000), at: [1.0, 2.0], strategy: .reverse)
            _ = box.leaked! * box.other!
        },
        "escapedToAnotherTask": {
            let box = LeakBox()
            _ = gradient(of: Leaker(box: box), at: [1.0, 2.0], strategy: .reverse)
            let done = DispatchSemaphore(value: 0)
            Task.detached { _ = box.leaked! * box.other!; done.signal() }
            done.wait()
        },
        "escapedWhileHeadersRecycle": {
            // The stale value's check (an atomic read of its header's key) runs while other
            // threads finish and start recordings on the same pool of headers: under
            // ThreadSanitizer, no data race.
            let box = LeakBox()
            _ = gradient(of: Leaker(box: box), at: [1.0, 2.0], strategy: .reverse)
            for _ in 0..<2 {
                Thread.detachNewThread {
                    while true { _ = gradient(of: SumTimes(), at: [1.0, 2.0, 3.0], strategy: .reverse) }
                }
            }
            Thread.sleep(forTimeInterval: 0.05)
            _ = box.leaked! * box.other!
        },
        "mixedLiveCalls": {
            // A value of the outer recording used inside an inner recording, both live.
            _ = gradient(of: NestedReverse(), at: [1.0, 2.0], strategy: .reverse)
        },
        "noRoot": { _ = solveRoot(of: NoRealRoot(), near: 0.5, parameters: [1.0]) },
        "singularRoot": {
            _ = derivative(at: 0.0) { p in solveRoot(of: DoubleRoot(), near: 0.5, parameters: [p]) }
        },
        "residualCount": { _ = solveRoot(of: WrongResidualCount(), near: [1.0, 1.0], parameters: [2.0]) },
        "systemNoSolution": { _ = solveRoot(of: ParallelLines(), near: [1.0, 1.0], parameters: [2.0]) },
        "emptyGuess": { _ = solveRoot(of: WrongResidualCount(), near: [], parameters: [2.0]) },
    ]

    /// The entry point of the child process; does nothing in a normal run.
    func testMisuseProbeChild() {
        guard let name = ProcessInfo.processInfo.environment[Self.probeVariable] else { return }
        Self.probes[name]!()
    }

    func expectTrap(_ probe: String, message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["DualADTests.MisuseTests/testMisuseProbeChild"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.probeVariable] = probe
        // No crash backtrace from the Swift runtime: the message is all the test reads, and
        // under AddressSanitizer the backtracer can hang holding the child's pipes.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            + String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertNotEqual(process.terminationStatus, 0, "\(probe) did not stop", file: file, line: line)
        XCTAssertTrue(text.contains(message), "\(probe): expected “\(message)” in:\n\(text.suffix(600))", file: file, line: line)
        // Under a sanitizer build (CI runs one), the stop must be DualAD's own, not a report.
        XCTAssertFalse(text.contains("Sanitizer"), "\(probe): a sanitizer report:\n\(text.prefix(6000))", file: file, line: line)
    }

    func testImplicitFunctionMisuse() throws {
        try expectTrap("noRoot", message: "solveRoot(of:near:parameters:): no root found near 0.5: Newton's method stopped after")
        try expectTrap("noRoot", message: "; no sign change of g within [")
        try expectTrap("singularRoot", message: "solveRoot(of:near:parameters:): ∂g/∂x is singular at the root x = 0.99999")
        try expectTrap("singularRoot", message: "against entries up to 1.0 along Newton's path): a multiple root, where the implicit function theorem does not apply")
        try expectTrap("residualCount", message: "solveRoot(of:near:parameters:): g returned 1 residuals for 2 unknowns; it must return one per unknown (the guess has 2 components).")
        try expectTrap("systemNoSolution", message: "solveRoot(of:near:parameters:): no root found near [1.0, 1.0]: Newton's method stopped after 1 iteration at x = [1.0, 1.0] with largest residual |g| = ")
        try expectTrap("emptyGuess", message: "solveRoot(of:near:parameters:): the guess must have at least one component (one per unknown), got an empty array.")
    }

    func testJVPDirectionOfWrongLength() throws {
        try expectTrap("jvpDirection", message: "jvp(at:along:of:): `along` must have one component per input (2), got 3.")
    }

    func testEmptyInput() throws {
        try expectTrap("emptyGradient", message: "gradient(at:of:): the point x must have at least one component, got an empty array.")
    }

    func testChunkSizeZero() throws {
        try expectTrap("chunkZero", message: "gradient(of:at:strategy:): the chunk size of .chunked(N) must be at least 1, got 0.")
    }

    func testOutputCountChangesBetweenSweeps() throws {
        try expectTrap("outputsChange", message: "jacobian(of:at:strategy:): f returned 1 outputs on sweep 1 but 2 on sweep 2; outputs must not change size.")
        try expectTrap("closureOutputsChange", message: "jacobian(at:of:): f returned 3 outputs on sweep 1 but 2 on sweep 2; outputs must not change size.")
    }

    func testTrackedValuesFromTwoTapesCannotMix() throws {
        try expectTrap("mixedTapes", message: "Tracked: a Tracked value from another tape was used; tapes cannot be mixed")
    }

    func testFunctionReturningAnotherTapesValue() throws {
        try expectTrap("foreignOutput", message: "gradient(of:at:strategy:): f returned a Tracked value from another tape; tapes cannot be mixed")
    }

    func testEscapedTrackedValuesStopWithoutReadingFreedMemory() throws {
        let message = "Tracked: a Tracked value was used after its recording finished"
        try expectTrap("escapedAfterCall", message: message)
        try expectTrap("escapedAfterManyCalls", message: message)
        try expectTrap("escapedFromLargeTape", message: message)
        try expectTrap("escapedToAnotherTask", message: message)
        try expectTrap("escapedWhileHeadersRecycle", message: message)
        try expectTrap("mixedLiveCalls", message: "Tracked: a Tracked value from another tape was used; tapes cannot be mixed")
    }

    func testTrackedValueUsedAfterItsRecording() throws {
        try expectTrap("leakedTracked", message: "Tracked: a Tracked value was used after its recording finished")
    }

    func testWrongDeclaredOutputCount() throws {
        try expectTrap("declaredOutputCount", message: "jacobian(of:at:strategy:): f.outputCount(forInputCount: 40) declared 3 outputs, but f returned 2.")
    }

    func testInputAddedAfterTheRecordingFinished() throws {
        try expectTrap("variableAfterFinish", message: "Tape.variable(_:): the recording has finished; a new input needs a new tape.")
    }

    func testBackwardSweepFromAnotherTapesValue() throws {
        try expectTrap("foreignSeed", message: "Tape.backward(from:into:): the output value was recorded on another tape.")
    }

    func testPullbackCotangentOfWrongLength() throws {
        try expectTrap("pullbackLength", message: "vjp(of:at:) pullback: the cotangent must have one component per output (1), got 2.")
    }

    func testSecondOrderAndCheckpointingMisuse() throws {
        try expectTrap("hvpDirection", message: "hessianVectorProduct(of:at:along:): `along` must have one component per input (3), got 1.")
        try expectTrap("checkpointSegments", message: "gradient(of:at:checkpointing:): the segment count of .segments(S) must be at least 1, got 0.")
    }

    func testMatrixIndexOutOfRange() throws {
        try expectTrap("matrixIndex", message: "Matrix subscript: index (1, 0) is outside a 1 × 2 matrix.")
    }

    func testShapeMismatches() throws {
        try expectTrap("matrixShape", message: "Matrix(_:): every row must have 2 entries, like row 0; row 1 has 1.")
        try expectTrap("sparsePlanSize", message: "sparseJacobian(of:at:plan:): the plan was made for 2 inputs and 3 outputs; got 3 inputs.")
        try expectTrap("sparsePlanFunction", message: "sparseJacobian(of:at:plan:): the plan was made for ThreeOutputs, not ChangingOutputs.")
        try expectTrap("sparseHessianPlanSize", message: "sparseHessian(of:at:plan:): the plan was made for 3 inputs; got 2.")
        try expectTrap("sparseIndex", message: "SparseMatrix subscript: index (0, 5) is outside a 3 × 2 matrix.")
        try expectTrap("hessianTracerKept", message: "HessianTracer: a tracer used outside the jacobianSparsity or hessianSparsity call that made it (kept past the call, or on another thread); tracers are valid only inside that call.")
        try expectTrap("sparsePlanCentral", message: "SparseJacobianPlan(of:at:strategy:): a sparse Jacobian sweeps forward (.forward, .chunked) or in reverse (.reverse); got .centralDifference.")
        try expectTrap("sparsityTracerKept", message: "SparsityTracer.dependencies: a tracer used outside the jacobianSparsity or hessianSparsity call that made it (kept past the call, or on another thread); tracers are valid only inside that call.")
        try expectTrap("tracerRunsMixed", message: "SparsityTracer: an operation mixes tracers from different jacobianSparsity or hessianSparsity calls; tracers are valid only inside the call that made them.")
        try expectTrap("matrixTimesDualVector", message: "Matrix * DualVector: a 1 × 2 matrix needs a vector of 2, got 3.")
        try expectTrap("dualVectorInconsistent", message: "DualVector elementwise function: a dual vector's value and tangent must have the same length; got 2 and 1.")
        try expectTrap("vectorLengths", message: "DualVector + DualVector: the operands must have the same length; got 2 and 1.")
    }
}

final class LeakBox: @unchecked Sendable {
    var leaked: Tracked<Double>?, other: Tracked<Double>?
}

/// Stores its first two inputs in a box when run on the tracked type: misuse, for the tests.
struct Leaker: ScalarFunction {
    let box: LeakBox
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        if let t = x[0] as? Tracked<Double>, let u = x[1] as? Tracked<Double> { (box.leaked, box.other) = (t, u) }
        return x[0] * x[1]
    }
}

/// Returns two outputs (sums of the inputs) and declares `declared` of them.
/// (x₀x₁, sin x₁, x₀ + 1): three outputs of two inputs.
struct ThreeOutputs: VectorFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] { [x[0] * x[1], sin(x[1]), x[0] + 1] }
}

struct DeclaredOutputs: VectorFunction {
    let declared: Int
    var evaluations: LeakCounter? = nil
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        if S.self == Double.self { evaluations?.count += 1 }
        return [x.reduce(0, +), x.reduce(0, -)]
    }
    func outputCount(forInputCount n: Int) -> Int? { declared }
}

final class LeakCounter: @unchecked Sendable {
    var count = 0
}

/// Returns a tracked value recorded elsewhere when run on the tracked type: misuse, for the tests.
struct ForeignOutput: ScalarFunction {
    let box: LeakBox
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        if let foreign = box.leaked as? S { return foreign }
        return x[0] * x[1]
    }
}

/// x² + p = 0 with p > 0: no real root.
struct NoRealRoot: ImplicitFunction {
    func callAsFunction<S: ADScalar>(_ x: S, parameters p: [S]) -> S { x * x + p[0] }
}

/// (x − 1)² − p: a double root at p = 0, where ∂g/∂x = 0.
struct DoubleRoot: ImplicitFunction {
    func callAsFunction<S: ADScalar>(_ x: S, parameters p: [S]) -> S { (x - 1) * (x - 1) - p[0] }
}

/// Two unknowns, one residual: misuse.
struct WrongResidualCount: ImplicitSystem {
    func callAsFunction<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S] { [x[0] + x[1] - p[0]] }
}

/// x + y = p and x + y = p + 1: parallel lines, ∂g/∂x singular everywhere.
struct ParallelLines: ImplicitSystem {
    func callAsFunction<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S] { [x[0] + x[1] - p[0], x[0] + x[1] - p[0] - 1] }
}

/// Records a chain of `length` two-operand operations and leaks its two inputs: a large tape.
struct LongChainLeaker: ScalarFunction {
    let box: LeakBox, length: Int
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        if let t = x[0] as? Tracked<Double>, let u = x[1] as? Tracked<Double> { (box.leaked, box.other) = (t, u) }
        var s = x[0]
        for _ in 0..<length { s = s * x[1] + x[0] }
        return s
    }
}

/// Runs a reverse gradient inside a reverse gradient, closing over the outer input: the inner
/// recording meets a value of the outer one (both live), which must stop.
struct NestedReverse: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        if let outer = x[0] as? Tracked<Double> {
            _ = gradient(of: InnerUsingOuter(outer: outer), at: [3.0], strategy: .reverse)
        }
        return x[0] * x[1]
    }
}

/// The inner function of `NestedReverse`: multiplies its input by the outer recording's value.
struct InnerUsingOuter: ScalarFunction {
    let outer: Tracked<Double>
    func callAsFunction<U: ADScalar>(_ y: [U]) -> U {
        if let t = y[0] as? Tracked<Double> { return (t * outer) as! U }
        return y[0]
    }
}
