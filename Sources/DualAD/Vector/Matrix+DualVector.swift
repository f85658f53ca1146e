// A constant matrix acting on a dual vector: the tangent is transformed by the same linear
// map, A(x + εv) = Ax + ε·Av, so the Jacobian of x ↦ Ax is A itself.

extension Matrix where T: ADScalar {
    /// The product Ax of a constant matrix and a dual vector, with tangent Av.
    /// - Complexity: O(rows · columns); allocates the result.
    @inlinable
    public static func * (lhs: Matrix, rhs: DualVector<T>) -> DualVector<T> {
        DualVector(value: lhs * rhs.value, tangent: lhs * rhs.tangent)
    }

    /// The product xᵀA of a dual vector and a constant matrix, with tangent vᵀA.
    /// - Complexity: O(rows · columns); allocates the result.
    @inlinable
    public static func * (lhs: DualVector<T>, rhs: Matrix) -> DualVector<T> {
        DualVector(value: lhs.value * rhs, tangent: lhs.tangent * rhs)
    }
}
