// Sparse Jacobians: the pattern from one evaluation on `SparsityTracer`, a coloring of the
// columns, and one forward sweep per color — colors packed into `ChunkedDual` lanes, so
// ⌈colors/8⌉ evaluations — decompressed straight into the compressed rows of a `SparseMatrix`.
// A plan keeps pattern and coloring for loops that differentiate the same f many times.

/// The sparsity pattern of the Jacobian of f at x, from one evaluation of f on
/// ``SparsityTracer`` values.
///
///     let pattern = jacobianSparsity(of: Heat1D(), at: x)   // 1000 × 1000, 2998 nonzeros
///
/// The pattern is the global one for the branches f takes at x (see ``SparsityTracer``).
/// - Complexity: One evaluation of f on tracers: each operation merges two sorted index sets,
///   inline up to three inputs.
@inlinable
public func jacobianSparsity<F: VectorFunction, T: ADScalar>(of f: F, at x: [T]) -> SparsityPattern {
    checkNonEmpty(x.count, "jacobianSparsity(of:at:)")
    return jacobianSparsity(at: x) { f($0) }
}

/// The sparsity pattern of the Jacobian of the closure f at x, from one evaluation of f on
/// ``SparsityTracer`` values: the form for a function written for one scalar type.
///
///     let p = jacobianSparsity(at: [2.0, 3.0]) { x in [x[0] * x[1] + 1, sin(x[1])] }
///     p.contains(row: 1, column: 0)   // false
///
/// The tracers are valid only inside this call (one kept past it stops with a message when
/// it needs its run).
/// - Complexity: One evaluation of f on tracers; O(m + nonzeros) to assemble.
@inlinable
public func jacobianSparsity<T: ADScalar>(at x: [T], of f: ([SparsityTracer<T>]) throws -> [SparsityTracer<T>]) rethrows -> SparsityPattern {
    checkNonEmpty(x.count, "jacobianSparsity(at:of:)")
    if x.count > Int(UInt32.max) {
        usageFailure("jacobianSparsity(at:of:)", "at most \(UInt32.max) inputs, got \(x.count).")
    }
    return try withTracerRun { id, run in
        let y = try f(x.indices.map { SparsityTracer(x[$0], input: $0, run: id) })
        var rowStarts = [0], columnIndices = [Int]()
        rowStarts.reserveCapacity(y.count + 1)
        for output in y {
            if output.run != 0 && output.run != id { mixedRunsFailure("jacobianSparsity(at:of:)") }
            output.inputs.forEach(in: run) { columnIndices.append(Int($0)) }
            rowStarts.append(columnIndices.count)
        }
        return SparsityPattern(checkedRows: y.count, columns: x.count, rowStarts: rowStarts, columnIndices: columnIndices)
    }
}

/// The sparsity pattern and coloring of a function's Jacobian, made once and used for every
/// ``sparseJacobian(of:at:plan:)`` of that function at points of the same size (Newton
/// iterations, implicit time steps).
///
///     let plan = SparseJacobianPlan(of: Heat1D(), at: x)   // plan.colorCount == 3
///     for _ in 0..<iterations { let J = sparseJacobian(of: Heat1D(), at: x, plan: plan) … }
///
/// Columns that share no row are swept together forward (one `ChunkedDual` lane per column
/// color); rows that share no column can be swept together in reverse (one recording, one
/// backward sweep per row color). With `.automatic` the plan colors both when there are fewer
/// rows than columns and takes the cheaper: a few dense rows (m ≪ n, every column in some
/// row) need n column colors but only m row colors.
///
/// The plan stays valid while f takes the branches it took at the point it was made at; a
/// function whose pattern changes with the point needs a new plan (or the one-off
/// ``sparseJacobian(of:at:strategy:)``) — the compressed sweeps cannot see an entry outside the
/// pattern. Checking that on every use would cost a traced evaluation (≈ 30× the primal, three times
/// the sweeps themselves), so it is not done.
public struct SparseJacobianPlan: Sendable {
    /// The structural nonzeros.
    public let pattern: SparsityPattern
    /// The column coloring: one forward direction per color (empty when the plan sweeps in
    /// reverse only).
    public let coloring: Coloring
    /// The row coloring, when made: one backward sweep per color.
    public let rowColoring: Coloring?
    /// How ``sparseJacobian(of:at:plan:)`` sweeps: `.chunked(k)` (forward, k ≤ 8 column
    /// colors per sweep) or `.reverse` (one backward sweep per row color).
    public let strategy: Strategy
    /// The columns of each color, color by color.
    @usableFromInline let columnsByColor: [[Int]]
    /// The rows of each row color.
    @usableFromInline let rowsByColor: [[Int]]
    /// The function type the plan was made for.
    @usableFromInline let function: PlanFunction

    /// The plan for f's Jacobian at points of x's size: the pattern at x, then the colorings.
    /// - Parameters:
    ///   - f: The function, traced once on ``SparsityTracer``.
    ///   - x: The point whose branches the pattern follows; the plan serves points of its size.
    ///   - strategy: `.automatic` (the default) picks forward columns or reverse rows by their
    ///     estimated cost; `.forward` or `.chunked` forces columns, `.reverse` rows.
    /// - Complexity: One evaluation of f on ``SparsityTracer``, and O(Σ over rows of their
    ///   nonzero count squared) for each coloring.
    @inlinable
    public init<F: VectorFunction, T: ADScalar>(of f: F, at x: [T], strategy: Strategy = .automatic) {
        self.init(pattern: jacobianSparsity(of: f, at: x), function: PlanFunction(F.self), strategy: strategy)
    }

    @usableFromInline
    init(pattern: SparsityPattern, function: PlanFunction, strategy requested: Strategy) {
        self.pattern = pattern
        self.function = function
        var columns = true, rows = false
        switch requested {
        case .forward, .chunked: break
        case .reverse: (columns, rows) = (false, true)
        case .automatic: rows = pattern.rows < pattern.columns
        case .centralDifference:
            usageFailure("SparseJacobianPlan(of:at:strategy:)", "a sparse Jacobian sweeps forward (.forward, .chunked) or in reverse (.reverse); got .centralDifference.")
        }
        coloring = columns ? .ofColumns(pattern) : Coloring(colors: [], order: "none")
        // Rows that share no column are the columns of the transposed pattern.
        rowColoring = rows ? .ofColumns(pattern.transposed) : nil
        // The dense drivers' cost model (`Drivers/StrategyDispatch.swift`), with colors for
        // inputs (forward: one direction per column color) and for outputs (reverse: one
        // backward sweep per row color).
        let width = Swift.max(1, Swift.min(coloring.colorCount, maximumChunkSize))
        let forwardCost = columns
            ? CostModel.cost(of: .forward(.chunked(width)), inputs: coloring.colorCount, outputs: pattern.rows) : .infinity
        let reverseCost = rowColoring.map { CostModel.cost(of: .reverse, inputs: pattern.columns, outputs: $0.colorCount) } ?? .infinity
        strategy = reverseCost < forwardCost ? .reverse : .chunked(width)
        columnsByColor = coloring.groups
        rowsByColor = rowColoring?.groups ?? []
    }

    /// The number of colors of the sweeps the plan runs: column colors (⌈colors/8⌉ forward
    /// evaluations) or, for `.reverse`, row colors (backward sweeps).
    public var colorCount: Int {
        if case .reverse = strategy { return rowColoring?.colorCount ?? 0 }
        return coloring.colorCount
    }

    /// Stops unless the plan was made for `F` with n inputs.
    @usableFromInline
    func check<F>(_: F.Type, inputs n: Int, _ call: StaticString) {
        function.check(F.self, call)
        if n != pattern.columns {
            usageFailure("\(call)", "the plan was made for \(pattern.columns) inputs and \(pattern.rows) outputs; got \(n) inputs.")
        }
    }
}

/// The function type a sparse plan was made for, checked when the plan is used (shared by
/// ``SparseJacobianPlan`` and ``SparseHessianPlan``).
@usableFromInline
struct PlanFunction: Sendable {
    @usableFromInline let type: ObjectIdentifier
    @usableFromInline let name: String

    @usableFromInline
    init<F>(_: F.Type) {
        type = ObjectIdentifier(F.self)
        name = "\(F.self)"
    }

    /// Stops unless `F` is the plan's function type.
    @usableFromInline
    func check<F>(_: F.Type, _ call: StaticString) {
        if ObjectIdentifier(F.self) != type {
            usageFailure("\(call)", "the plan was made for \(name), not \(F.self).")
        }
    }
}

/// The Jacobian of f at x from a plan: ⌈colors/8⌉ forward sweeps on `ChunkedDual`, one
/// direction per column color — or, for a plan with `.reverse`, one recording and one backward
/// sweep per row color — decompressed into a ``SparseMatrix`` with the plan's pattern.
///
///     let J = sparseJacobian(of: Heat1D(), at: x, plan: plan)   // 3 colors: one sweep
///     J[0, 1]                                                   // 1.0
///
/// Equals `jacobian(of: f, at: x, strategy: .forward)` (`.reverse` for a reverse plan) entry
/// for entry, to the last bit, while f takes the branches of the point the plan was made at.
/// - Complexity: ⌈colors/8⌉ evaluations of f on `ChunkedDual<min(colors, 8), T>`, or one
///   recording and one backward sweep per row color; O(nonzeros) to decompress.
@inlinable
public func sparseJacobian<F: VectorFunction, T: ADScalar & Sendable>(
    of f: F, at x: [T], plan: SparseJacobianPlan
) -> SparseMatrix<T> {
    plan.check(F.self, inputs: x.count, "sparseJacobian(of:at:plan:)")
    // The plan's strategy through the dispatcher: `.chunked(k)` becomes a dual type, `.reverse`
    // the row sweeps (the plan never holds another).
    switch plan.strategy.dispatch(inputs: Swift.max(1, plan.coloring.colorCount), call: "sparseJacobian(of:at:plan:)", outputs: { plan.pattern.rows }) {
    case .forward(let type): return SparseJacobianJob(f: f, x: x, plan: plan).run(type)
    case .reverse, .centralDifference: return reverseSparseJacobian(f, at: x, plan: plan)
    }
}

/// The reverse sweeps of a plan: one recording, then per row color one backward sweep seeded
/// with 1 on that color's rows; rows of one color share no column, so each adjoint holds one
/// row's entry alone.
@inlinable
func reverseSparseJacobian<F: VectorFunction, T: ADScalar>(_ f: F, at x: [T], plan: SparseJacobianPlan) -> SparseMatrix<T> {
    let pattern = plan.pattern
    let (tape, y) = record(x, call: "sparseJacobian(of:at:plan:)", { f($0) })
    if y.count != pattern.rows {
        usageFailure("sparseJacobian(of:at:plan:)", "the plan was made for \(pattern.rows) outputs, f returned \(y.count).")
    }
    var values = [T](repeating: 0, count: pattern.nonzeroCount)
    var adjoints: [T] = []
    var seeds: [(index: Int32, cotangent: T)] = []
    for rows in plan.rowsByColor {
        seeds.removeAll(keepingCapacity: true)
        for i in rows where !y[i].isConstant { seeds.append(y[i].backwardSeed(1)) }
        if seeds.isEmpty { continue }
        tape.backward(seeds: seeds, into: &adjoints)
        for i in rows {
            for p in pattern.rowStarts[i]..<pattern.rowStarts[i + 1] { values[p] = adjoints[pattern.columnIndices[p]] }
        }
    }
    return SparseMatrix(pattern: pattern, values: values)
}

/// The Jacobian of f at x as a ``SparseMatrix``, in one call: detect the pattern, color it,
/// sweep (``SparseJacobianPlan`` keeps the first two for loops).
/// - Parameters:
///   - f: The function.
///   - x: The point.
///   - strategy: As for ``SparseJacobianPlan/init(of:at:strategy:)``.
/// - Complexity: One evaluation on ``SparsityTracer``, the coloring(s), the sweeps.
@inlinable
public func sparseJacobian<F: VectorFunction, T: ADScalar & Sendable>(of f: F, at x: [T], strategy: Strategy = .automatic) -> SparseMatrix<T> {
    sparseJacobian(of: f, at: x, plan: SparseJacobianPlan(of: f, at: x, strategy: strategy))
}

/// The compressed sweeps, for whichever chunk width the color count chose.
@usableFromInline
struct SparseJacobianJob<F: VectorFunction, Primal: ADScalar & Sendable>: ForwardJob {
    @usableFromInline let f: F
    @usableFromInline let x: [Primal]
    @usableFromInline let plan: SparseJacobianPlan

    @inlinable init(f: F, x: [Primal], plan: SparseJacobianPlan) {
        self.f = f
        self.x = x
        self.plan = plan
    }

    @inlinable
    func run<D: SeedableDual>(_: D.Type) -> SparseMatrix<Primal> where D.Primal == Primal {
        let pattern = plan.pattern, colors = plan.coloring.colors, groups = plan.columnsByColor
        var input = x.map { D.constant($0) }
        var values = [Primal](repeating: 0, count: pattern.nonzeroCount)
        forwardSweeps(
            seeding: &input, into: &values, directions: 0..<plan.colorCount, width: D.directionCount,
            seed: { input, color, lane, on in
                for j in groups[color] { input[j].setTangent(lane, to: on ? 1 : 0) }
            },
            evaluate: { f($0) },
            harvest: { values, y, first, count, sweep in
                if y.count != pattern.rows {
                    usageFailure("sparseJacobian(of:at:plan:)", "the plan was made for \(pattern.rows) outputs, f returned \(y.count) on sweep \(sweep).")
                }
                for i in 0..<pattern.rows {
                    for p in pattern.rowStarts[i]..<pattern.rowStarts[i + 1] {
                        let lane = colors[pattern.columnIndices[p]] - first
                        if lane >= 0 && lane < count { values[p] = y[i].tangent(lane) }
                    }
                }
            })
        return SparseMatrix(pattern: pattern, values: values)
    }
}
