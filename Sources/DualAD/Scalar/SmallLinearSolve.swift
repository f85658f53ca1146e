// The k × k solves of implicit differentiation and of Newton's method: Gaussian elimination
// with partial pivoting on row-major arrays, generic over the scalar type so that the same
// code solves on plain numbers and on duals (whose pivots compare by value).

/// X with A·X = B, for A k × k and B k × m (both row-major), or nil when a pivot is exactly
/// zero (A singular in its values).
/// - Complexity: O(k³ + k²m) operations on `T`; allocates the copies it eliminates in.
@inlinable
func solveLinearSystem<T: ADScalar>(_ a: [T], _ b: [T], size k: Int, columns m: Int) -> [T]? {
    var a = a, b = b
    for column in 0..<k {
        var pivot = column
        for row in (column + 1)..<max(k, column + 1) where a[row * k + column].magnitude > a[pivot * k + column].magnitude {
            pivot = row
        }
        if a[pivot * k + column] == 0 { return nil }
        if pivot != column {
            for j in 0..<k { a.swapAt(pivot * k + j, column * k + j) }
            for j in 0..<m { b.swapAt(pivot * m + j, column * m + j) }
        }
        for row in (column + 1)..<max(k, column + 1) {
            let factor = a[row * k + column] / a[column * k + column]
            if factor == 0 { continue }
            for j in column..<k { a[row * k + j] -= factor * a[column * k + j] }
            for j in 0..<m { b[row * m + j] -= factor * b[column * m + j] }
        }
    }
    for column in stride(from: k - 1, through: 0, by: -1) {
        for j in 0..<m {
            var s = b[column * m + j]
            for i in (column + 1)..<max(k, column + 1) { s -= a[column * k + i] * b[i * m + j] }
            b[column * m + j] = s / a[column * k + column]
        }
    }
    return b
}

/// The k × k identity, row-major.
@inlinable
func identityMatrix<T: ADScalar>(_ k: Int) -> [T] {
    var e = [T](repeating: 0, count: k * k)
    for i in 0..<k { e[i * k + i] = 1 }
    return e
}
