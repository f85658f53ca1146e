// Reductions, slicing and concatenation of dual vectors. Each reads both arrays in one pass.

extension DualVector {
    /// Σᵢ xᵢ, with tangent Σᵢ vᵢ.
    /// - Complexity: O(n), no allocation.
    @inlinable
    public func sum() -> Dual<T> {
        var s: T = 0, t: T = 0
        for i in value.indices {
            s += value[i]
            t += tangent[i]
        }
        return Dual(s, tangent: t)
    }

    /// The inner product ⟨x, y⟩ = Σᵢ xᵢyᵢ, with the product rule on the tangent.
    /// - Complexity: O(n), no allocation.
    @inlinable
    public func dot(_ other: DualVector) -> Dual<T> {
        checkSameCount(other, "DualVector.dot(_:)")
        var s: T = 0, t: T = 0
        for i in value.indices {
            s += value[i] * other.value[i]
            t += tangent[i] * other.value[i] + value[i] * other.tangent[i]
        }
        return Dual(s, tangent: t)
    }

    /// The inner product ⟨x, w⟩ with a constant vector w.
    /// - Complexity: O(n), no allocation.
    @inlinable
    public func dot(_ other: [T]) -> Dual<T> {
        checkSameCount(other.count, "DualVector.dot(_:)")
        var s: T = 0, t: T = 0
        for i in value.indices {
            s += value[i] * other[i]
            t += tangent[i] * other[i]
        }
        return Dual(s, tangent: t)
    }

    /// The squared Euclidean norm ‖x‖² = ⟨x, x⟩, with tangent 2⟨x, v⟩.
    /// - Complexity: O(n), no allocation.
    @inlinable
    public func squaredNorm() -> Dual<T> {
        var s: T = 0, t: T = 0
        for i in value.indices {
            s += value[i] * value[i]
            t += value[i] * tangent[i]
        }
        return Dual(s, tangent: 2 * t)
    }

    /// The Euclidean norm ‖x‖ = √⟨x, x⟩.
    ///
    /// **Edge case:** at x = 0 the tangent is NaN (0/0), as the chain rule through `sqrt` gives.
    /// - Complexity: O(n), no allocation.
    @inlinable
    public func norm() -> Dual<T> {
        sqrt(squaredNorm())
    }

    /// The components in `range`, as a new dual vector.
    /// - Complexity: O(range.count).
    @inlinable
    public func subvector(_ range: Range<Int>) -> DualVector {
        DualVector(value: Array(value[range]), tangent: Array(tangent[range]))
    }

    /// This vector followed by `other`: the concatenation (x, y) ∈ Rⁿ⁺ᵐ.
    /// - Complexity: O(n + m).
    @inlinable
    public func concatenated(with other: DualVector) -> DualVector {
        DualVector(value: value + other.value, tangent: tangent + other.tangent)
    }

    @inlinable
    func checkSameCount(_ other: DualVector, _ call: StaticString) {
        checkSameCount(other.count, call)
    }

    @inlinable
    func checkSameCount(_ otherCount: Int, _ call: StaticString) {
        if otherCount != value.count {
            usageFailure("\(call)", "the operands must have the same length; got \(value.count) and \(otherCount).")
        }
    }
}
