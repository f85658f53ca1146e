// Elementwise arithmetic on dual vectors, with each other, with constant vectors `[T]` and
// with a dual scalar (broadcast). Every operator reads its partials from the rule table
// (`BinaryFunction.add`, `.multiply`, …) through the three loops below, so no derivative is
// written here. A constant operand has a zero tangent and contributes no term. Dual-vector
// operands are `consuming`: when the caller passes a temporary (`tanh(W * x + b)`), its two
// buffers are updated in place instead of allocating new ones.

extension DualVector {
    /// f applied componentwise to two dual vectors of equal length.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: consuming DualVector, _ rhs: DualVector, _ call: StaticString) -> DualVector {
        lhs.checkSameCount(rhs, call)
        var result = lhs   // a temporary operand's buffers are reused in place
        for i in result.value.indices {
            let r = f.rule(at: result.value[i], rhs.value[i])
            result.value[i] = r.value
            result.tangent[i] = r.dx * result.tangent[i] + r.dy * rhs.tangent[i]
        }
        return result
    }

    /// f applied componentwise to a dual vector and a constant vector.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: consuming DualVector, _ rhs: [T], _ call: StaticString) -> DualVector {
        lhs.checkSameCount(rhs.count, call)
        var result = lhs
        for i in result.value.indices {
            let r = f.rule(at: result.value[i], rhs[i])
            result.value[i] = r.value
            result.tangent[i] = r.dx * result.tangent[i]
        }
        return result
    }

    /// f applied componentwise to a constant vector and a dual vector.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: [T], _ rhs: consuming DualVector, _ call: StaticString) -> DualVector {
        rhs.checkSameCount(lhs.count, call)
        var result = rhs
        for i in result.value.indices {
            let r = f.rule(at: lhs[i], result.value[i])
            result.value[i] = r.value
            result.tangent[i] = r.dy * result.tangent[i]
        }
        return result
    }

    /// f applied to every component with a dual scalar on the given side.
    @inlinable
    static func combine(_ f: BinaryFunction, _ vector: consuming DualVector, scalar: Dual<T>, scalarOnLeft: Bool) -> DualVector {
        var result = vector
        for i in result.value.indices {
            let (x, y) = scalarOnLeft ? (scalar, result[i]) : (result[i], scalar)
            let r = f.rule(at: x.value, y.value)
            result.value[i] = r.value
            result.tangent[i] = r.dx * x.tangent + r.dy * y.tangent
        }
        return result
    }

    /// The componentwise negation −x, with tangent −v.
    /// - Complexity: O(n).
    @inlinable
    public static prefix func - (operand: DualVector) -> DualVector {
        DualVector(value: operand.value.map { -$0 }, tangent: operand.tangent.map { -$0 })
    }

    /// The componentwise sum of two dual vectors of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: consuming DualVector, rhs: DualVector) -> DualVector {
        combine(.add, lhs, rhs, "DualVector + DualVector")
    }

    /// The componentwise sum of a dual vector and a constant vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: consuming DualVector, rhs: [T]) -> DualVector {
        combine(.add, lhs, rhs, "DualVector + [T]")
    }

    /// The componentwise sum of a constant vector and a dual vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: [T], rhs: consuming DualVector) -> DualVector {
        combine(.add, lhs, rhs, "[T] + DualVector")
    }

    /// The sum of every component with a dual scalar.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: consuming DualVector, rhs: Dual<T>) -> DualVector {
        combine(.add, lhs, scalar: rhs, scalarOnLeft: false)
    }

    /// The sum of a dual scalar with every component.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: Dual<T>, rhs: consuming DualVector) -> DualVector {
        combine(.add, rhs, scalar: lhs, scalarOnLeft: true)
    }

    /// Replaces `lhs` by the componentwise sum `lhs + rhs`.
    @inlinable
    public static func += (lhs: inout DualVector, rhs: DualVector) { lhs = lhs + rhs }

    /// The componentwise difference of two dual vectors of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: consuming DualVector, rhs: DualVector) -> DualVector {
        combine(.subtract, lhs, rhs, "DualVector - DualVector")
    }

    /// The componentwise difference of a dual vector and a constant vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: consuming DualVector, rhs: [T]) -> DualVector {
        combine(.subtract, lhs, rhs, "DualVector - [T]")
    }

    /// The componentwise difference of a constant vector and a dual vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: [T], rhs: consuming DualVector) -> DualVector {
        combine(.subtract, lhs, rhs, "[T] - DualVector")
    }

    /// The difference of every component with a dual scalar.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: consuming DualVector, rhs: Dual<T>) -> DualVector {
        combine(.subtract, lhs, scalar: rhs, scalarOnLeft: false)
    }

    /// The difference of a dual scalar with every component.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: Dual<T>, rhs: consuming DualVector) -> DualVector {
        combine(.subtract, rhs, scalar: lhs, scalarOnLeft: true)
    }

    /// Replaces `lhs` by the componentwise difference `lhs - rhs`.
    @inlinable
    public static func -= (lhs: inout DualVector, rhs: DualVector) { lhs = lhs - rhs }

    /// The componentwise product of two dual vectors of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: consuming DualVector, rhs: DualVector) -> DualVector {
        combine(.multiply, lhs, rhs, "DualVector * DualVector")
    }

    /// The componentwise product of a dual vector and a constant vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: consuming DualVector, rhs: [T]) -> DualVector {
        combine(.multiply, lhs, rhs, "DualVector * [T]")
    }

    /// The componentwise product of a constant vector and a dual vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: [T], rhs: consuming DualVector) -> DualVector {
        combine(.multiply, lhs, rhs, "[T] * DualVector")
    }

    /// The product of every component with a dual scalar.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: consuming DualVector, rhs: Dual<T>) -> DualVector {
        combine(.multiply, lhs, scalar: rhs, scalarOnLeft: false)
    }

    /// The product of a dual scalar with every component.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: Dual<T>, rhs: consuming DualVector) -> DualVector {
        combine(.multiply, rhs, scalar: lhs, scalarOnLeft: true)
    }

    /// Replaces `lhs` by the componentwise product `lhs * rhs`.
    @inlinable
    public static func *= (lhs: inout DualVector, rhs: DualVector) { lhs = lhs * rhs }

    /// The componentwise quotient of two dual vectors of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: consuming DualVector, rhs: DualVector) -> DualVector {
        combine(.divide, lhs, rhs, "DualVector / DualVector")
    }

    /// The componentwise quotient of a dual vector and a constant vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: consuming DualVector, rhs: [T]) -> DualVector {
        combine(.divide, lhs, rhs, "DualVector / [T]")
    }

    /// The componentwise quotient of a constant vector and a dual vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: [T], rhs: consuming DualVector) -> DualVector {
        combine(.divide, lhs, rhs, "[T] / DualVector")
    }

    /// The quotient of every component with a dual scalar.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: consuming DualVector, rhs: Dual<T>) -> DualVector {
        combine(.divide, lhs, scalar: rhs, scalarOnLeft: false)
    }

    /// The quotient of a dual scalar with every component.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: Dual<T>, rhs: consuming DualVector) -> DualVector {
        combine(.divide, rhs, scalar: lhs, scalarOnLeft: true)
    }

    /// Replaces `lhs` by the componentwise quotient `lhs / rhs`.
    @inlinable
    public static func /= (lhs: inout DualVector, rhs: DualVector) { lhs = lhs / rhs }
}
