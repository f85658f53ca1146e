// What the forward drivers need of a dual type: how many directions it carries, how to seed
// direction k, how to read tangent k. `Dual` carries one, `ChunkedDual<N, T>` carries N; one
// sweep engine (Drivers/ForwardSweeps.swift) serves both `.forward` and `.chunked(N)`.

@usableFromInline
protocol SeedableDual: ADScalar {
    associatedtype Primal: ADScalar
    /// How many directions one value carries.
    static var directionCount: Int { get }
    /// A constant with value `value`.
    static func constant(_ value: Primal) -> Self
    /// The primal value.
    var primal: Primal { get }
    /// Tangent k.
    func tangent(_ k: Int) -> Primal
    /// Sets tangent k.
    mutating func setTangent(_ k: Int, to t: Primal)
}

extension Dual: SeedableDual {
    @inlinable static var directionCount: Int { 1 }
    @inlinable static func constant(_ value: T) -> Dual { Dual(value) }
    @inlinable var primal: T { value }
    @inlinable func tangent(_ k: Int) -> T { tangent }
    @inlinable mutating func setTangent(_ k: Int, to t: T) { tangent = t }
}

extension ChunkedDual {
    /// Whether every lane is exactly zero (ignoring the flag).
    @inlinable var isExactlyZeroTangentLanes: Bool {
        for k in 0..<N where !lanes[k].isExactlyZero { return false }
        return true
    }
}

extension ChunkedDual: SeedableDual {
    @inlinable static var directionCount: Int { N }
    @inlinable static func constant(_ value: T) -> ChunkedDual { ChunkedDual(value) }
    @inlinable var primal: T { value }
    @inlinable func tangent(_ k: Int) -> T { lanes[k] + 0 }   // the −0 lanes of "none" read as +0
    @inlinable mutating func setTangent(_ k: Int, to t: T) {
        if !hasTangents { lanes = InlineArray(repeating: 0) }   // +0, not the −0 of "none"
        lanes[k] = t
        // Unseeding an input restores its "no tangents" state, so later sweeps skip it again.
        hasTangents = !t.isExactlyZero || !isExactlyZeroTangentLanes
        if !hasTangents { self = ChunkedDual(value) }   // the constant's lanes (`init(_:)`)
    }
}
