// Products of matrices and vectors of plain numbers (no derivatives involved).

extension Matrix where T: Numeric {
    /// The identity matrix of size n × n.
    /// - Complexity: O(n²).
    @inlinable
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n, repeating: 0)
        for i in 0..<n { m.entries[i * n + i] = 1 }
        return m
    }

    /// The matrix–vector product Ax.
    /// - Complexity: O(rows · columns).
    @inlinable
    public static func * (lhs: Matrix, rhs: [T]) -> [T] {
        if rhs.count != lhs.columns {
            usageFailure("Matrix * [T]", "a \(lhs.rows) × \(lhs.columns) matrix needs a vector of \(lhs.columns), got \(rhs.count).")
        }
        var result = [T](repeating: 0, count: lhs.rows)
        for i in 0..<lhs.rows {
            var s: T = 0
            for j in 0..<lhs.columns { s += lhs.entries[i * lhs.columns + j] * rhs[j] }
            result[i] = s
        }
        return result
    }

    /// The vector–matrix product xᵀA.
    /// - Complexity: O(rows · columns).
    @inlinable
    public static func * (lhs: [T], rhs: Matrix) -> [T] {
        if lhs.count != rhs.rows {
            usageFailure("[T] * Matrix", "a \(rhs.rows) × \(rhs.columns) matrix needs a vector of \(rhs.rows), got \(lhs.count).")
        }
        var result = [T](repeating: 0, count: rhs.columns)
        for i in 0..<rhs.rows {
            for j in 0..<rhs.columns { result[j] += lhs[i] * rhs.entries[i * rhs.columns + j] }
        }
        return result
    }

    /// The matrix product AB.
    /// - Complexity: O(rows · inner · columns).
    @inlinable
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        if lhs.columns != rhs.rows {
            usageFailure("Matrix * Matrix", "inner sizes must agree; got \(lhs.rows) × \(lhs.columns) times \(rhs.rows) × \(rhs.columns).")
        }
        var result = Matrix(rows: lhs.rows, columns: rhs.columns, repeating: 0)
        for i in 0..<lhs.rows {
            for k in 0..<lhs.columns {
                let a = lhs.entries[i * lhs.columns + k]
                for j in 0..<rhs.columns { result.entries[i * rhs.columns + j] += a * rhs.entries[k * rhs.columns + j] }
            }
        }
        return result
    }
}

extension Matrix where T: ADScalar {
    /// (A + Aᵀ)/2 of a square matrix: how the Hessian drivers return an exactly symmetric
    /// matrix whatever order their sweeps computed the two triangles in.
    /// - Complexity: O(n²).
    @inlinable
    func symmetrized() -> Matrix {
        var result = self
        for i in 0..<rows {
            for j in (i + 1)..<Swift.max(i + 1, columns) {
                let mean = (entries[i * columns + j] + entries[j * columns + i]) / 2
                result.entries[i * columns + j] = mean
                result.entries[j * columns + i] = mean
            }
        }
        return result
    }
}
