// A constant matrix acting on a dual vector: the tangent is transformed by the same linear
// map, A(x + εv) = Ax + ε·Av, so the Jacobian of x ↦ Ax is A itself.

extension Matrix where T: ADScalar {
    /// The product Ax of a constant matrix and a dual vector, with tangent Av.
    ///
    /// Both products in one pass over A (each entry loaded once, as a hand-written dual's
    /// `w * x[j]` does): two separate products cost 10 % more on tanh(Wx + b), 100 × 100
    /// (`Benchmarks/README.md`).
    /// - Complexity: O(rows · columns); allocates the result.
    @inlinable
    public static func * (lhs: Matrix, rhs: DualVector<T>) -> DualVector<T> {
        let (m, n) = (lhs.rows, lhs.columns)
        if rhs.value.count != n || rhs.tangent.count != n {
            usageFailure("Matrix * DualVector", "a \(m) × \(n) matrix needs a vector of \(n), got \(rhs.value.count).")
        }
        var value = [T](repeating: 0, count: m), tangent = [T](repeating: 0, count: m)
        for i in 0..<m {
            var s: T = 0, t: T = 0
            let row = i * n
            for j in 0..<n {
                let w = lhs.entries[row + j]
                s += w * rhs.value[j]
                t += w * rhs.tangent[j]
            }
            value[i] = s
            tangent[i] = t
        }
        return DualVector(value: value, tangent: tangent)
    }

    /// The product xᵀA of a dual vector and a constant matrix, with tangent vᵀA.
    /// - Complexity: O(rows · columns); allocates the result.
    @inlinable
    public static func * (lhs: DualVector<T>, rhs: Matrix) -> DualVector<T> {
        DualVector(value: lhs.value * rhs, tangent: lhs.tangent * rhs)
    }
}
