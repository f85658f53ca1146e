// The primal solve behind `solveRoot` and `solveFixedPoint`: Newton's method on plain numbers,
// with ∂g/∂x from forward sweeps of g on `Dual` (DualAD differentiating the user's g), steps
// halved until the largest residual decreases, and — for one unknown — bisection on a sign
// change when Newton's method fails. Nothing here is differentiated: the derivatives of the
// root come from the implicit function theorem (`ImplicitDifferentiation.swift`).

extension ADScalar where Self: BinaryFloatingPoint {
    /// The root of `problem` on this primal type, by Newton's method (see
    /// ``solveRoot(of:near:parameters:)->S``).
    /// - Complexity: Per iteration k forward sweeps of g, an O(k³) solve and one or more
    ///   evaluations of g.
    @inlinable
    public static func solution<P: ImplicitProblem>(of problem: P, parameters: [Self]) -> [Self] {
        var solver = NewtonSolver<P, Self>(problem, parameters: parameters)
        return solver.solve()
    }
}

/// Newton's method for g(x, p) = 0 on a primal type, with a bracketing fall-back for one unknown.
@usableFromInline
struct NewtonSolver<Problem: ImplicitProblem, P: ADScalar & BinaryFloatingPoint> {
    @usableFromInline let problem: Problem
    @usableFromInline let parameters: [P]
    @usableFromInline let k: Int
    /// Iterations taken, for messages.
    @usableFromInline var iterations = 0
    /// The largest |∂gᵢ/∂xⱼ| seen along the way: the scale against which ∂g/∂x at the root
    /// counts as singular.
    @usableFromInline var largestJacobianEntry: P = 0
    /// Why Newton's method stopped without a root, for messages.
    @usableFromInline var stopReason = "the iteration limit was reached"

    /// The most Newton iterations before the fall-back or a stop.
    @usableFromInline static var iterationLimit: Int { 100 }

    @inlinable
    init(_ problem: Problem, parameters: [P]) {
        self.problem = problem
        self.parameters = parameters
        self.k = problem.start.count
    }

    /// g(x, p), checked to have k components.
    @inlinable
    func residual(_ x: [P]) -> [P] {
        let r = problem.residual(x, parameters: parameters)
        if r.count != k { residualCountMismatch(r.count) }
        return r
    }

    /// g(x, p) and ∂g/∂x (row-major), from k forward sweeps of g.
    @inlinable
    mutating func linearization(_ x: [P]) -> (residual: [P], jacobian: [P]) {
        let constants = parameters.map { Dual<P>($0) }
        var residual = [P](), jacobian = [P](repeating: 0, count: k * k)
        for j in 0..<k {
            let seeded = (0..<k).map { Dual(x[$0], tangent: $0 == j ? 1 : 0) }
            let g = problem.residual(seeded, parameters: constants)
            if g.count != k { residualCountMismatch(g.count) }
            if j == 0 { residual = g.map(\.value) }
            for i in 0..<k {
                jacobian[i * k + j] = g[i].tangent
                if g[i].tangent.isFinite { largestJacobianEntry = Swift.max(largestJacobianEntry, Swift.abs(g[i].tangent)) }
            }
        }
        return (residual, jacobian)
    }

    /// The largest |gᵢ| (+∞ when one is NaN).
    @inlinable
    static func size(_ r: [P]) -> P {
        var m: P = 0
        for v in r { if v.isNaN { return .infinity }; m = Swift.max(m, Swift.abs(v)) }
        return m
    }

    /// The solution, checked to be a regular root, or a stop with a message.
    @inlinable
    mutating func solve() -> [P] {
        // NaN parameters give NaN, as IEEE arithmetic would (an optimizer's line search may
        // try them), rather than a stop.
        if parameters.contains(where: { $0.isNaN }) { return [P](repeating: .nan, count: k) }
        if k == 1 {
            let (root, derivative) = scalarSolution()
            checkRegular(root: root, derivative: derivative)
            return [root]
        }
        let x = unverifiedSolution()
        checkRegular(at: x)
        return x
    }

    /// Stops unless ∂g/∂x at the root is regular: not singular in its values and not tiny
    /// against the largest ∂g/∂x seen along the way (relative size √ε for one unknown,
    /// reciprocal condition √ε for a system). At a multiple root Newton's method converges
    /// only linearly, the root is determined to about half the digits, and x*(p) has no
    /// derivative.
    @inlinable
    mutating func checkRegular(at x: [P]) {
        let threshold = P.ulpOfOne.squareRoot()
        let a = linearization(x).jacobian
        if let inverse = solveLinearSystem(a, identityMatrix(k), size: k, columns: k) {
            let largestInverse = inverse.reduce(P(0)) { Swift.max($0, Swift.abs($1)) }
            if largestInverse.isFinite && largestInverse * largestJacobianEntry * threshold < 1 { return }
        }
        singularAtRoot(problem, x, a, along: largestJacobianEntry)
    }

    /// g(x, p) and ∂g/∂x for one unknown, from one forward sweep of g.
    @inlinable
    mutating func scalarLinearization(_ x: P, _ constants: [Dual<P>]) -> (residual: P, derivative: P) {
        let g = problem.residual(scalar: Dual(x, tangent: 1), parameters: constants)
        if g.tangent.isFinite { largestJacobianEntry = Swift.max(largestJacobianEntry, Swift.abs(g.tangent)) }
        return (g.value, g.tangent)
    }

    /// Newton's method for one unknown, on scalars: the same steps, line search and stopping
    /// rules as the general case below, without an array per evaluation, and with each trial
    /// point evaluated by one forward sweep, so that an accepted trial's ∂g/∂x is the next
    /// step's (one sweep per iteration, no separate evaluation). Returns the root and ∂g/∂x there.
    @inlinable
    mutating func scalarSolution() -> (root: P, derivative: P) {
        // A local, not a stored property of the solver: stored, it cost 15 % more instructions
        // per Kepler solve (callgrind, `keplerPrimal`).
        let constants = parameters.map { Dual<P>($0) }
        var x = P(problem.start[0])
        var (r, a) = scalarLinearization(x, constants)
        var norm = r.isNaN ? P.infinity : Swift.abs(r)
        let eps = P.ulpOfOne
        while norm != 0 && iterations < Self.iterationLimit {
            iterations += 1
            let step = -r / a
            guard step.isFinite else { stopReason = "∂g/∂x is singular there"; break }
            var t: P = 1, accepted = false
            var trial = x, trialResidual = r, trialDerivative = a, trialNorm = norm
            for _ in 0..<40 {
                trial = x + t * step
                (trialResidual, trialDerivative) = scalarLinearization(trial, constants)
                trialNorm = trialResidual.isNaN ? P.infinity : Swift.abs(trialResidual)
                if trialNorm < norm { accepted = true; break }
                t /= 2
            }
            if !accepted {
                if Swift.abs(step) <= eps.squareRoot() * Swift.max(Swift.abs(x), eps.squareRoot()) { return (x, a) }
                stopReason = "no step along Newton's direction decreased |g|"
                break
            }
            let previous = x
            (x, r, a, norm) = (trial, trialResidual, trialDerivative, trialNorm)
            if norm == 0 || (t == 1 && Swift.abs(step) <= 4 * eps * Swift.abs(previous)) { return (x, a) }
        }
        if norm == 0 { return (x, a) }
        if let root = bracketedRoot() { return (root, scalarLinearization(root, constants).derivative) }
        noConvergence([x], [r], [a])
    }

    /// ``checkRegular(at:)`` for one unknown, with ∂g/∂x at the root already known.
    @inlinable
    func checkRegular(root: P, derivative a: P) {
        if a != 0 && a.isFinite && Swift.abs(a) > P.ulpOfOne.squareRoot() * largestJacobianEntry { return }
        singularAtRoot(problem, [root], [a], along: largestJacobianEntry)
    }

    /// The root of a system (k > 1) by Newton's method, or a stop with a message.
    @inlinable
    mutating func unverifiedSolution() -> [P] {
        var x = problem.start.map { P($0) }
        var (r, a) = linearization(x)
        var norm = Self.size(r)
        let eps = P.ulpOfOne
        while norm != 0 && iterations < Self.iterationLimit {
            iterations += 1
            guard let step = solveLinearSystem(a, r.map { -$0 }, size: k, columns: 1),
                  step.allSatisfy({ $0.isFinite }) else {
                stopReason = "∂g/∂x is singular there"
                break
            }
            let largestStep = step.reduce(P(0)) { Swift.max($0, Swift.abs($1)) }
            let scale = x.reduce(P(0)) { Swift.max($0, Swift.abs($1)) }
            var t: P = 1, accepted = false
            var trial = x, trialResidual = r, trialNorm = norm
            for _ in 0..<40 {
                trial = (0..<k).map { x[$0] + t * step[$0] }
                trialResidual = residual(trial)
                trialNorm = Self.size(trialResidual)
                if trialNorm < norm { accepted = true; break }
                t /= 2
            }
            if !accepted {
                // No decrease even for tiny steps: at the rounding floor of g (converged, if the
                // Newton step is tiny) or at a local minimum of |g| that is not a root.
                if largestStep <= eps.squareRoot() * Swift.max(scale, eps.squareRoot()) { return x }
                stopReason = "no step along Newton's direction decreased |g|"
                break
            }
            x = trial; r = trialResidual; norm = trialNorm
            if norm == 0 || (t == 1 && largestStep <= 4 * eps * scale) { return x }
            (r, a) = linearization(x)
        }
        if norm == 0 { return x }
        noConvergence(x, r, a)
    }

    /// For one unknown: a sign change of g found by stepping outward from the guess in
    /// doubling steps, then bisection to adjacent floating-point numbers; nil when no sign
    /// change is found or the sign change is a pole (|g| grows as the bracket shrinks).
    @inlinable
    func bracketedRoot() -> P? {
        let x0 = P(problem.start[0])
        let g0 = problem.residual(scalar: x0, parameters: parameters)
        if g0 == 0 { return x0 }
        guard g0.isFinite else { return nil }
        var h = Swift.max(Swift.abs(x0), 1) / 100
        var inner = (left: x0, right: x0)
        var bracket: (P, P, P, P)? = nil        // (a, g(a), b, g(b)) with a sign change
        for _ in 0..<64 where bracket == nil {
            for side in [P(-1), P(1)] {
                let candidate = x0 + side * h
                let g = problem.residual(scalar: candidate, parameters: parameters)
                if g.isFinite && (g < 0) != (g0 < 0) || g == 0 {
                    let previous = side < 0 ? inner.left : inner.right
                    let gPrevious = previous == x0 ? g0 : problem.residual(scalar: previous, parameters: parameters)
                    bracket = (previous, gPrevious, candidate, g)
                    break
                }
                if side < 0 { inner.left = candidate } else { inner.right = candidate }
            }
            h *= 2
        }
        guard var (a, ga, b, gb) = bracket else { return nil }
        if gb == 0 { return b }
        let endSize = Swift.min(Swift.abs(ga), Swift.abs(gb))
        while true {
            let mid = a + (b - a) / 2
            if mid == a || mid == b { break }
            let gm = problem.residual(scalar: mid, parameters: parameters)
            if gm == 0 { return mid }
            if (gm < 0) == (ga < 0) { (a, ga) = (mid, gm) } else { (b, gb) = (mid, gm) }
        }
        let (root, gRoot) = Swift.abs(ga) <= Swift.abs(gb) ? (a, ga) : (b, gb)
        return Swift.abs(gRoot) <= endSize ? root : nil
    }

    /// Stops: g returned the wrong number of residuals.
    @usableFromInline
    func residualCountMismatch(_ count: Int) -> Never {
        usageFailure(problem.call, "g returned \(count) residuals for \(k) unknowns; it must return one per unknown (the guess has \(k) components).")
    }

    /// Stops: neither Newton's method nor (for one unknown) bisection found a root.
    @usableFromInline
    func noConvergence(_ x: [P], _ r: [P], _ a: [P]) -> Never {
        let point = k == 1 ? "x = \(x[0])" : "x = \(x)"
        let residuals = k == 1 ? "residual g = \(r[0]), ∂g/∂x = \(a[0])" : "largest residual |g| = \(Self.size(r))"
        var message = "no root found near \(k == 1 ? "\(problem.start[0])" : "\(problem.start)"): Newton's method stopped after \(iterations) iteration\(iterations == 1 ? "" : "s") at \(point) with \(residuals) (\(stopReason))"
        if k == 1 {
            let x0 = problem.start[0], reach = Swift.max(Swift.abs(x0), 1) / 100 * 0x1p63
            message += "; no sign change of g within [\(x0 - reach), \(x0 + reach)] either"
        }
        usageFailure(problem.call, message + ".")
    }
}
