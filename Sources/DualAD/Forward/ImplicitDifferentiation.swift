// The derivative of an implicit function, level by level. At a differentiable scalar type S
// over `Primal`:
//   1. the root x* on `Primal` (the level below: a Newton solve on plain numbers at the bottom,
//      this same step at every level between), so x* carries every lower-level derivative;
//   2. A = ∂g/∂x at (x*, p) on `Primal`: k forward sweeps of g over `Dual<Primal>`;
//   3. r = g(x*, p) on S with x* a constant of this level: r's value is the residual (≈ 0),
//      its derivative parts are ∂g/∂p times p's;
//   4. the implicit function theorem, ∂x* = −A⁻¹ ∂g/∂p · ∂p: each xⱼ gets the value x*ⱼ and
//      the derivative parts of −Σᵢ (A⁻¹)ⱼᵢ rᵢ through this type's chain rule
//      (`init(_:derivativeOf:times:)`, as for every function).
// One evaluation of g on S and k sweeps for A per level; the iterations are never
// differentiated. Because A and x* carry the lower levels' derivatives, nesting gives second
// derivatives of x*(p) right.

extension DifferentiableScalar {
    /// The root of `problem` with its derivatives in the parameters, by the implicit function
    /// theorem (see ``solveRoot(of:near:parameters:)->S``).
    /// - Complexity: The solve on `Primal`, one evaluation of g on `Self`, k forward sweeps of
    ///   g on `Dual<Primal>`, an O(k³) inverse and k(k − 1) chain-rule combinations.
    @inlinable
    public static func solution<P: ImplicitProblem>(of problem: P, parameters: [Self]) -> [Self] {
        let values = parameters.map(\.value)
        let root = Primal.solution(of: problem, parameters: values)
        let k = root.count
        if root.contains(where: { $0.isNaN }) { return root.map { Self($0) } }     // NaN parameters
        let constants = values.map { Dual<Primal>($0) }
        if k == 1 {
            // The same steps without arrays per evaluation.
            let a = problem.residual(scalar: Dual(root[0], tangent: 1), parameters: constants).tangent
            if a == 0 || !a.isFinite { singularAtRoot(problem, root, [a]) }
            let r = problem.residual(scalar: Self(root[0]), parameters: parameters)
            return [Self(root[0], derivativeOf: r, times: -1 / a)]
        }
        // A = ∂g/∂x at the root, on the level below.
        var a = [Primal](repeating: 0, count: k * k)
        for j in 0..<k {
            let g = problem.residual((0..<k).map { Dual(root[$0], tangent: $0 == j ? 1 : 0) }, parameters: constants)
            for i in 0..<k { a[i * k + j] = g[i].tangent }
        }
        // r = g(x*, p) with x* constant here: its derivative parts are ∂g/∂p · (p's).
        let r = problem.residual(root.map { Self($0) }, parameters: parameters)
        guard let inverse = solveLinearSystem(a, identityMatrix(k), size: k, columns: k),
              inverse.allSatisfy({ $0.isFinite }) else { singularAtRoot(problem, root, a) }
        return (0..<k).map { j in
            var y = Self(root[j], derivativeOf: r[0], times: -inverse[j * k])
            for i in 1..<k { y = Self(root[j], derivativeOf: y, times: 1, plus: r[i], times: -inverse[j * k + i]) }
            return y
        }
    }
}

/// Stops: ∂g/∂x is singular at the root, where x*(p) has no derivative.
@usableFromInline
func singularAtRoot<P: ImplicitProblem, T>(_ problem: P, _ root: [T], _ a: [T], along largest: T? = nil) -> Never {
    let k = root.count
    let at = k == 1 ? "x = \(root[0])" : "x = \(root)"
    let jacobian = k == 1 ? "∂g/∂x = \(a[0])" : "∂g/∂x = \(a) (row-major)"
    let scale = largest.map { ", against entries up to \($0) along Newton's path" } ?? ""
    usageFailure(problem.call, "∂g/∂x is singular at the root \(at) (\(jacobian)\(scale)): a multiple root, where the implicit function theorem does not apply, so the root has no derivative in the parameters there.")
}
