// Equality, hashing and ordering of duals look at the value only, so that user code that
// branches on comparisons takes the same path as on plain numbers (ForwardDiff.jl does the
// same). The tangent never influences control flow.

extension Dual: Equatable {
    /// Whether the two values are equal; tangents are ignored.
    @inlinable @inline(__always)
    public static func == (lhs: Dual, rhs: Dual) -> Bool { lhs.value == rhs.value }
}

extension Dual: Comparable {
    /// Whether `lhs.value < rhs.value`; tangents are ignored.
    @inlinable @inline(__always)
    public static func < (lhs: Dual, rhs: Dual) -> Bool { lhs.value < rhs.value }
}

extension Dual: Hashable where T: Hashable {
    /// Hashes the value only, consistent with `==`.
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
