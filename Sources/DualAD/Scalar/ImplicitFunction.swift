// Implicit functions: x*(p) defined by g(x*, p) = 0. The root is found on primal numbers
// (Newton's method, `Forward/RootFinding.swift`); its derivatives in p come from the implicit
// function theorem, ∂x*/∂p = −(∂g/∂x)⁻¹ ∂g/∂p, level by level
// (`Forward/ImplicitDifferentiation.swift`). The solver's iterations are never differentiated.

/// An equation g(x, p) = 0 in one unknown x with parameters p, whose root
/// ``solveRoot(of:near:parameters:)->S`` finds and differentiates in p.
///
///     struct Kepler: ImplicitFunction {     // E − e·sin E − M = 0, solved for E
///         func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
///     }
///
/// Write g generically with DualAD's operations: the solver evaluates it on duals for
/// ∂g/∂x, and the derivative of the root on the caller's scalar type for ∂g/∂p.
public protocol ImplicitFunction {
    /// g(x, p).
    func callAsFunction<S: ADScalar>(_ x: S, parameters p: [S]) -> S
}

/// A system g(x, p) = 0 of k equations in k unknowns x with parameters p, whose solution
/// ``solveRoot(of:near:parameters:)->[S]`` finds and differentiates in p.
public protocol ImplicitSystem {
    /// g(x, p): as many outputs as `x` has components.
    func callAsFunction<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S]
}

/// A map h(x, p) from k unknowns (and parameters p) to k values, whose fixed point x = h(x, p)
/// ``solveFixedPoint(of:near:parameters:)`` finds and differentiates in p.
public protocol FixedPointMap {
    /// h(x, p): as many outputs as `x` has components.
    func callAsFunction<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S]
}

/// The problem behind every implicit function: k equations g(x, p) = 0 in k unknowns, a
/// starting point, and the name of the user's call for messages. The scalar types answer it
/// through ``ADScalar/solution(of:parameters:)``; user code calls
/// ``solveRoot(of:near:parameters:)->S``, ``solveRoot(of:near:parameters:)->[S]``
/// or ``solveFixedPoint(of:near:parameters:)`` instead of conforming to this.
public protocol ImplicitProblem {
    /// The user's call, named in messages (`solveRoot(of:near:parameters:)`).
    var call: String { get }
    /// Where Newton's method starts; its count is the number of unknowns k.
    var start: [Double] { get }
    /// The residuals g(x, p), k of them.
    func residual<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S]

    /// For one unknown: g(x, p) without arrays (the default wraps
    /// ``residual(_:parameters:)``). The solvers use it when k = 1, where an array per
    /// evaluation made the solve 17× slower than a hand-written Newton loop.
    func residual<S: ADScalar>(scalar x: S, parameters p: [S]) -> S
}

extension ImplicitProblem {
    /// g(x, p) for one unknown, through the array form.
    /// - Complexity: One evaluation of g and two small arrays.
    @inlinable
    public func residual<S: ADScalar>(scalar x: S, parameters p: [S]) -> S { residual([x], parameters: p)[0] }
}

/// One equation in one unknown, as an ``ImplicitProblem``.
@usableFromInline
struct ScalarRootProblem<G: ImplicitFunction>: ImplicitProblem {
    @usableFromInline let g: G
    @usableFromInline let start: [Double]
    @usableFromInline var call: String { "solveRoot(of:near:parameters:)" }
    @inlinable init(_ g: G, near guess: Double) { self.g = g; self.start = [guess] }
    @inlinable func residual<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S] { [g(x[0], parameters: p)] }
    @inlinable func residual<S: ADScalar>(scalar x: S, parameters p: [S]) -> S { g(x, parameters: p) }
}

/// A system, as an ``ImplicitProblem``.
@usableFromInline
struct SystemRootProblem<G: ImplicitSystem>: ImplicitProblem {
    @usableFromInline let g: G
    @usableFromInline let start: [Double]
    @usableFromInline var call: String { "solveRoot(of:near:parameters:)" }
    @inlinable init(_ g: G, near guess: [Double]) { self.g = g; self.start = guess }
    @inlinable func residual<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S] { g(x, parameters: p) }
}

/// A fixed point x = h(x, p), as the root of x − h(x, p).
@usableFromInline
struct FixedPointProblem<H: FixedPointMap>: ImplicitProblem {
    @usableFromInline let h: H
    @usableFromInline let start: [Double]
    @usableFromInline var call: String { "solveFixedPoint(of:near:parameters:)" }
    @inlinable init(_ h: H, near guess: [Double]) { self.h = h; self.start = guess }
    @inlinable func residual<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S] {
        let hx = h(x, parameters: p)
        if hx.count != x.count {
            usageFailure(call, "h returned \(hx.count) values for \(x.count) unknowns; a fixed-point map needs one per unknown.")
        }
        return (0..<x.count).map { x[$0] - hx[$0] }
    }
}

/// The root x*(p) of g(x, p) = 0 near `guess`, differentiable in the parameters `p` in
/// every mode by the implicit function theorem: ∂x*/∂p = −(∂g/∂p)/(∂g/∂x).
///
///     func eccentricAnomaly<S: ADScalar>(_ p: [S]) -> S { solveRoot(of: Kepler(), near: 1.0, parameters: p) }
///     gradient(at: [0.3, 1.2]) { eccentricAnomaly(Array($0)) }     // [1.01930…, 1.02192…]
///
/// The root is found on plain numbers by Newton's method (∂g/∂x from a forward sweep of g,
/// steps halved until |g| decreases) to full precision; if Newton's method fails, by
/// bisection on a sign change found by searching outward from `guess`. It stops with a
/// message naming the call, the last iterate, the residual and the iteration count when no
/// root is found, and when ∂g/∂x is singular at the root (a multiple root: x*(p) has no
/// derivative there). A NaN parameter gives a NaN root instead of a stop.
/// - Complexity: The Newton solve (typically 3–8 iterations, each one forward sweep of g and
///   one evaluation for the step), then, per nesting level of `S`, one evaluation of g on `S`
///   and one forward sweep of g for ∂g/∂x: no differentiation through the iterations.
@inlinable
public func solveRoot<G: ImplicitFunction, S: ADScalar>(of g: G, near guess: Double, parameters p: [S]) -> S {
    S.solution(of: ScalarRootProblem(g, near: guess), parameters: p)[0]
}

/// The solution x*(p) ∈ Rᵏ of the system g(x, p) = 0 near `guess`, differentiable in `p` in
/// every mode by the implicit function theorem: ∂x*/∂p = −(∂g/∂x)⁻¹ ∂g/∂p (a k × k solve).
///
/// Found by Newton's method with halved steps; stops with a message naming the call, the
/// residual and the iterations when it does not converge, and when ∂g/∂x is singular at the
/// solution.
/// - Complexity: The Newton solve (k forward sweeps of g and an O(k³) solve per iteration),
///   then, per nesting level of `S`, one evaluation of g on `S`, k forward sweeps for ∂g/∂x,
///   an O(k³) inverse and k(k − 1) chain-rule combinations.
@inlinable
public func solveRoot<G: ImplicitSystem, S: ADScalar>(of g: G, near guess: [Double], parameters p: [S]) -> [S] {
    if guess.isEmpty { usageFailure("solveRoot(of:near:parameters:)", "the guess must have at least one component (one per unknown), got an empty array.") }
    return S.solution(of: SystemRootProblem(g, near: guess), parameters: p)
}

/// The fixed point x*(p) = h(x*, p) near `guess`, differentiable in `p` in every mode: the
/// root of x − h(x, p), found by Newton's method (not by iterating h) and differentiated by
/// the implicit function theorem, ∂x*/∂p = (I − ∂h/∂x)⁻¹ ∂h/∂p.
/// - Complexity: As ``solveRoot(of:near:parameters:)->[S]``.
@inlinable
public func solveFixedPoint<H: FixedPointMap, S: ADScalar>(of h: H, near guess: [Double], parameters p: [S]) -> [S] {
    if guess.isEmpty { usageFailure("solveFixedPoint(of:near:parameters:)", "the guess must have at least one component (one per unknown), got an empty array.") }
    return S.solution(of: FixedPointProblem(h, near: guess), parameters: p)
}
