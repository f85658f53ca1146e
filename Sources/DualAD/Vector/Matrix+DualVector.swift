// A constant matrix acting on a dual vector: the tangent is transformed by the same linear
// map, A(x + εv) = Ax + ε·Av, so the Jacobian of x ↦ Ax is A itself.

extension Matrix where T: ADScalar {
    /// The product Ax of a constant matrix and a dual vector, with tangent Av.
    ///
    /// Both products in one pass over A (each entry loaded once, as a hand-written dual's
    /// `w * x[j]` does), each row's sums accumulated in the order j = 0, 1, 2, … so that the
    /// value equals `A * x.value` on `[T]` to the bit. The loop reads
    /// through buffer pointers, two columns per step: with array subscripts it cost 1.33× a
    /// hand-written dual's wrapped-weights loop in time (a bounds check and a loop test per
    /// entry on a loop that is limited by instruction throughput; `Benchmarks/README.md`).
    /// - Complexity: O(rows · columns); allocates the result.
    @inlinable
    public static func * (lhs: Matrix, rhs: DualVector<T>) -> DualVector<T> {
        let (m, n) = (lhs.rows, lhs.columns)
        if rhs.value.count != n || rhs.tangent.count != n {
            usageFailure("Matrix * DualVector", "a \(m) × \(n) matrix needs a vector of \(n), got \(rhs.value.count).")
        }
        var result = DualVector(value: [T](repeating: 0, count: m), tangent: [T](repeating: 0, count: m))
        // Safety: `entries` holds m · n values (Matrix's invariant: its initializers check it
        // and `entries` is set only by them), `rhs.value` and `rhs.tangent` n (checked above),
        // the result's buffers m; every index below is within those counts.
        lhs.entries.withUnsafeBufferPointer { a in
            rhs.value.withUnsafeBufferPointer { x in
                rhs.tangent.withUnsafeBufferPointer { v in   // Safety: n tangents (checked above)
                    result.updateComponents("Matrix * DualVector") { values, tangents in
                        for i in 0..<m {
                            let row = i &* n
                            var s: T = 0, t: T = 0, j = 0
                            while j &+ 1 < n {
                                let w0 = a[row &+ j], w1 = a[row &+ j &+ 1]
                                s += w0 * x[j]
                                t += w0 * v[j]
                                s += w1 * x[j &+ 1]
                                t += w1 * v[j &+ 1]
                                j &+= 2
                            }
                            if j < n {
                                s += a[row &+ j] * x[j]
                                t += a[row &+ j] * v[j]
                            }
                            values[i] = s
                            tangents[i] = t
                        }
                    }
                }
            }
        }
        return result
    }

    /// The product xᵀA of a dual vector and a constant matrix, with tangent vᵀA.
    /// - Complexity: O(rows · columns); allocates the result.
    @inlinable
    public static func * (lhs: DualVector<T>, rhs: Matrix) -> DualVector<T> {
        DualVector(value: lhs.value * rhs, tangent: lhs.tangent * rhs)
    }
}
