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
/// (forward-over-reverse), each entry read from the product that holds it alone.
/// - Complexity: `colorCount` recordings of f on `Tracked<Dual<T>>` and backward sweeps;
///   O(nonzeros) to recover.
@inlinable
public func sparseHessian<F: ScalarFunction, T: ADScalar & Sendable>(
    of f: F, at x: [T], plan: SparseHessianPlan
) -> SparseMatrix<T> {
    plan.check(F.self, inputs: x.count, "sparseHessian(of:at:plan:)")
    let products = (0..<plan.colorCount).map { color in
        reverseHessianVectorProduct(f, at: x, along: plan.coloring.colors.map { $0 == color ? T(1) : T(0) }).hessianVector
    }
    let values = (0..<plan.pattern.nonzeroCount).map { products[plan.sourceColor[$0]][plan.sourceRow[$0]] }
    return SparseMatrix(pattern: plan.pattern, values: values)
}

/// The Hessian of a scalar function at x as a symmetric ``SparseMatrix``, in one call: detect
/// the pattern, star-color it, one Hessian-vector product per color.
///
///     let H = sparseHessian(of: Chain(), at: x)   // tridiagonal: 3 colors, 2998 nonzeros
///
/// - Complexity: One evaluation on ``HessianTracer``, the coloring, and `colorCount`
///   forward-over-reverse products.
@inlinable
public func sparseHessian<F: ScalarFunction, T: ADScalar & Sendable>(of f: F, at x: [T]) -> SparseMatrix<T> {
    sparseHessian(of: f, at: x, plan: SparseHessianPlan(of: f, at: x))
}
