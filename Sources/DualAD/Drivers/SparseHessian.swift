// Sparse Hessians: the pattern from one evaluation on `HessianTracer`, a star coloring of the
// pattern's adjacency graph, one Hessian-vector product per color (forward-over-reverse: one
// recording on `Tracked<Dual<T>>` seeded with the color's indicator vector, one backward
// sweep), and direct recovery of each entry from the product that holds it alone.

/// The sparsity pattern of the Hessian of a scalar function f at x (symmetric, n × n), from
/// one evaluation of f on ``HessianTracer`` values.
/// - Complexity: One evaluation of f on tracers (see ``HessianTracer`` for the cost of an
///   operation); O(p + n) to assemble the p pairs its nonlinear operations recorded.
@inlinable
public func hessianSparsity<F: ScalarFunction, T: ADScalar>(of f: F, at x: [T]) -> SparsityPattern {
    checkNonEmpty(x.count, "hessianSparsity(of:at:)")
    return hessianSparsity(at: x) { f($0) }
}

/// The sparsity pattern of the Hessian of the closure f at x (symmetric, n × n), from one
/// evaluation of f on ``HessianTracer`` values: the form for a function written for one
/// scalar type, and for trying a rule's second-order structure.
///
///     let p = hessianSparsity(at: [0.5, 1.5]) { x in x[0] * x[1] }
///     p.contains(row: 0, column: 1)   // true
///     p.contains(row: 0, column: 0)   // false: ∂²(xy)/∂x² = 0
///
/// The tracers are valid only inside this call: a nonlinear operation on one kept past it
/// stops with a message.
/// - Complexity: One evaluation of f on tracers; O(p + n) for the p pairs recorded.
@inlinable
public func hessianSparsity<T: ADScalar>(at x: [T], of f: ([HessianTracer<T>]) throws -> HessianTracer<T>) rethrows -> SparsityPattern {
    checkNonEmpty(x.count, "hessianSparsity(at:of:)")
    if x.count > Int(UInt32.max) {
        usageFailure("hessianSparsity(at:of:)", "at most \(UInt32.max) inputs, got \(x.count).")
    }
    return try withTracerRun { id, run in
        run.pointee.pairs.reserveCapacity(4 * x.count)
        let y = try f(x.indices.map { HessianTracer(x[$0], inputs: SparseIndexSet(UInt32($0)), run: id) })
        if y.run != 0 && y.run != id { mixedRunsFailure("hessianSparsity(at:of:)") }
        return symmetricPattern(recorded: run, size: x.count)
    }
}

/// The sparsity pattern and star coloring of a scalar function's Hessian, made once and used
/// for every ``sparseHessian(of:at:plan:)`` of that function at points of the same size.
///
/// Valid while f takes the branches it took where the plan was made (see
/// ``SparseJacobianPlan``).
public struct SparseHessianPlan: Sendable {
    /// The structural nonzeros (symmetric).
    public let pattern: SparsityPattern
    /// The star coloring of the pattern's adjacency graph: one Hessian-vector product per color.
    public let coloring: Coloring
    /// For each nonzero, the row of the product that holds it alone, and the product's color.
    @usableFromInline let sourceRow: [Int], sourceColor: [Int]
    @usableFromInline let function: PlanFunction

    /// The plan for f's Hessian at points of x's size.
    /// - Complexity: One evaluation of f on ``HessianTracer``, and the star coloring,
    ///   O(n·d³) for a maximum of d nonzeros per row.
    @inlinable
    public init<F: ScalarFunction, T: ADScalar>(of f: F, at x: [T]) {
        self.init(pattern: hessianSparsity(of: f, at: x), function: PlanFunction(F.self))
    }

    @usableFromInline
    init(pattern: SparsityPattern, function: PlanFunction) {
        self.pattern = pattern
        self.function = function
        let graph = AdjacencyGraph.adjacency(ofSymmetric: pattern)
        let coloring = Coloring.best(of: graph, lowerBound: pattern.maximumRowCount) { $0.starColoring(order: $1) }
        self.coloring = coloring
        // Direct recovery: H[i, j] is (H·s_c(j))[i] when j is the only neighbor of i with its
        // color, else (H·s_c(i))[j]; a star coloring makes one of the two true.
        var rows = [Int](repeating: 0, count: pattern.nonzeroCount), colors = rows
        var perColor = [Int](repeating: 0, count: Swift.max(coloring.colorCount, 1))
        for i in 0..<pattern.rows {
            let entries = pattern.rowStarts[i]..<pattern.rowStarts[i + 1]
            for p in entries where pattern.columnIndices[p] != i { perColor[coloring.colors[pattern.columnIndices[p]]] += 1 }
            for p in entries {
                let j = pattern.columnIndices[p]
                if j == i || perColor[coloring.colors[j]] == 1 {
                    (rows[p], colors[p]) = (i, coloring.colors[j])
                } else {
                    (rows[p], colors[p]) = (j, coloring.colors[i])
                }
            }
            for p in entries where pattern.columnIndices[p] != i { perColor[coloring.colors[pattern.columnIndices[p]]] = 0 }
        }
        sourceRow = rows
        sourceColor = colors
    }

    /// The number of colors: Hessian-vector products needed.
    public var colorCount: Int { coloring.colorCount }

    /// Stops unless the plan was made for `F` with n inputs.
    @usableFromInline
    func check<F>(_: F.Type, inputs n: Int, _ call: StaticString) {
        function.check(F.self, call)
        if n != pattern.columns {
            usageFailure("\(call)", "the plan was made for \(pattern.columns) inputs; got \(n).")
        }
    }
}

/// The Hessian of a scalar function at x from a plan: one Hessian-vector product per color
/// (forward-over-reverse, up to eight colors per recording in `ChunkedDual` lanes), each entry
/// read from the product that holds it alone.
/// - Complexity: ⌈colors/8⌉ recordings of f on `Tracked<ChunkedDual<min(colors, 8), T>>`,
///   each with one backward sweep; O(nonzeros) to recover.
@inlinable
public func sparseHessian<F: ScalarFunction, T: ADScalar & Sendable>(
    of f: F, at x: [T], plan: SparseHessianPlan
) -> SparseMatrix<T> {
    plan.check(F.self, inputs: x.count, "sparseHessian(of:at:plan:)")
    let width = Swift.max(1, Swift.min(plan.colorCount, maximumChunkSize))
    let values = SparseHessianJob(f: f, x: x, plan: plan).run(.chunked(width))
    return SparseMatrix(pattern: plan.pattern, values: values)
}

/// The Hessian-vector products of a plan, up to eight at once: f recorded on
/// `Tracked<ChunkedDual<k, T>>` with lane c of input j set when j has color c, one backward
/// sweep, and lane c of each adjoint is (H·s_c) at that input — so 3 colors cost one
/// recording and one sweep, not three.
@usableFromInline
struct SparseHessianJob<F: ScalarFunction, Primal: ADScalar & Sendable>: ForwardJob {
    @usableFromInline let f: F
    @usableFromInline let x: [Primal]
    @usableFromInline let plan: SparseHessianPlan

    @inlinable init(f: F, x: [Primal], plan: SparseHessianPlan) {
        self.f = f
        self.x = x
        self.plan = plan
    }

    @inlinable
    func run<D: SeedableDual>(_: D.Type) -> [Primal] where D.Primal == Primal {
        let colors = plan.coloring.colors, width = D.directionCount
        var values = [Primal](repeating: 0, count: plan.pattern.nonzeroCount)
        var input = x.map { D.constant($0) }
        var adjoints: [D] = []
        var first = 0
        while first < plan.colorCount {
            let count = Swift.min(width, plan.colorCount - first)
            for j in input.indices {
                let lane = colors[j] - first
                for k in 0..<width { input[j].setTangent(k, to: k == lane ? 1 : 0) }
            }
            let (tape, y) = record(input, call: "sparseHessian(of:at:plan:)", { f($0) })
            if !y.isConstant {
                tape.backward(seeds: [y.backwardSeed(1)], into: &adjoints)
                for p in values.indices {
                    let lane = plan.sourceColor[p] - first
                    if lane >= 0 && lane < count { values[p] = adjoints[plan.sourceRow[p]].tangent(lane) }
                }
            }
            first += count
        }
        return values
    }
}

/// The Hessian of a scalar function at x as a symmetric ``SparseMatrix``, in one call: detect
/// the pattern, star-color it, one Hessian-vector product per color.
///
///     let H = sparseHessian(of: Chain(), at: x)   // tridiagonal: 3 colors, 2998 nonzeros
///
/// - Complexity: One evaluation on ``HessianTracer``, the coloring, and ⌈colors/8⌉
///   forward-over-reverse recordings on `ChunkedDual`, each with one backward sweep.
@inlinable
public func sparseHessian<F: ScalarFunction, T: ADScalar & Sendable>(of f: F, at x: [T]) -> SparseMatrix<T> {
    sparseHessian(of: f, at: x, plan: SparseHessianPlan(of: f, at: x))
}
