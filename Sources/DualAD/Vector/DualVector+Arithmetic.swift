// Elementwise arithmetic on dual vectors, with each other, with constant vectors `[T]` and
// with a dual scalar (broadcast). Every operator reads its partials from the rule table
// (`BinaryFunction.add`, `.multiply`, …) through the three loops below, so no derivative is
// written here. A constant operand has a zero tangent and contributes no term.

extension DualVector {
    /// f applied componentwise to two dual vectors of equal length.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: DualVector, _ rhs: DualVector, _ call: StaticString) -> DualVector {
        lhs.checkSameCount(rhs, call)
        var value = lhs.value, tangent = lhs.tangent
        for i in value.indices {
            let r = f.rule(at: lhs.value[i], rhs.value[i])
            value[i] = r.value
            tangent[i] = r.dx * lhs.tangent[i] + r.dy * rhs.tangent[i]
        }
        return DualVector(value: value, tangent: tangent)
    }

    /// f applied componentwise to a dual vector and a constant vector.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: DualVector, _ rhs: [T], _ call: StaticString) -> DualVector {
        lhs.checkSameCount(rhs.count, call)
        var value = lhs.value, tangent = lhs.tangent
        for i in value.indices {
            let r = f.rule(at: lhs.value[i], rhs[i])
            value[i] = r.value
            tangent[i] = r.dx * lhs.tangent[i]
        }
        return DualVector(value: value, tangent: tangent)
    }

    /// f applied componentwise to a constant vector and a dual vector.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: [T], _ rhs: DualVector, _ call: StaticString) -> DualVector {
        rhs.checkSameCount(lhs.count, call)
        var value = rhs.value, tangent = rhs.tangent
        for i in value.indices {
            let r = f.rule(at: lhs[i], rhs.value[i])
            value[i] = r.value
            tangent[i] = r.dy * rhs.tangent[i]
        }
        return DualVector(value: value, tangent: tangent)
    }

    /// f applied to every component with a dual scalar on the given side.
    @inlinable
    static func combine(_ f: BinaryFunction, _ vector: DualVector, scalar: Dual<T>, scalarOnLeft: Bool) -> DualVector {
        var value = vector.value, tangent = vector.tangent
        for i in value.indices {
            let (x, y) = scalarOnLeft ? (scalar, vector[i]) : (vector[i], scalar)
            let r = f.rule(at: x.value, y.value)
            value[i] = r.value
            tangent[i] = r.dx * x.tangent + r.dy * y.tangent
        }
        return DualVector(value: value, tangent: tangent)
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
    public static func + (lhs: DualVector, rhs: DualVector) -> DualVector {
        combine(.add, lhs, rhs, "DualVector + DualVector")
    }

    /// The componentwise sum of a dual vector and a constant vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: DualVector, rhs: [T]) -> DualVector {
        combine(.add, lhs, rhs, "DualVector + [T]")
    }

    /// The componentwise sum of a constant vector and a dual vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: [T], rhs: DualVector) -> DualVector {
        combine(.add, lhs, rhs, "[T] + DualVector")
    }

    /// The sum of every component with a dual scalar.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: DualVector, rhs: Dual<T>) -> DualVector {
        combine(.add, lhs, scalar: rhs, scalarOnLeft: false)
    }

    /// The sum of a dual scalar with every component.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func + (lhs: Dual<T>, rhs: DualVector) -> DualVector {
        combine(.add, rhs, scalar: lhs, scalarOnLeft: true)
    }

    /// Replaces `lhs` by the componentwise sum `lhs + rhs`.
    @inlinable
    public static func += (lhs: inout DualVector, rhs: DualVector) { lhs = lhs + rhs }

    /// The componentwise difference of two dual vectors of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: DualVector, rhs: DualVector) -> DualVector {
        combine(.subtract, lhs, rhs, "DualVector - DualVector")
    }

    /// The componentwise difference of a dual vector and a constant vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: DualVector, rhs: [T]) -> DualVector {
        combine(.subtract, lhs, rhs, "DualVector - [T]")
    }

    /// The componentwise difference of a constant vector and a dual vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: [T], rhs: DualVector) -> DualVector {
        combine(.subtract, lhs, rhs, "[T] - DualVector")
    }

    /// The difference of every component with a dual scalar.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: DualVector, rhs: Dual<T>) -> DualVector {
        combine(.subtract, lhs, scalar: rhs, scalarOnLeft: false)
    }

    /// The difference of a dual scalar with every component.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func - (lhs: Dual<T>, rhs: DualVector) -> DualVector {
        combine(.subtract, rhs, scalar: lhs, scalarOnLeft: true)
    }

    /// Replaces `lhs` by the componentwise difference `lhs - rhs`.
    @inlinable
    public static func -= (lhs: inout DualVector, rhs: DualVector) { lhs = lhs - rhs }

    /// The componentwise product of two dual vectors of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: DualVector, rhs: DualVector) -> DualVector {
        combine(.multiply, lhs, rhs, "DualVector * DualVector")
    }

    /// The componentwise product of a dual vector and a constant vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: DualVector, rhs: [T]) -> DualVector {
        combine(.multiply, lhs, rhs, "DualVector * [T]")
    }

    /// The componentwise product of a constant vector and a dual vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: [T], rhs: DualVector) -> DualVector {
        combine(.multiply, lhs, rhs, "[T] * DualVector")
    }

    /// The product of every component with a dual scalar.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: DualVector, rhs: Dual<T>) -> DualVector {
        combine(.multiply, lhs, scalar: rhs, scalarOnLeft: false)
    }

    /// The product of a dual scalar with every component.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func * (lhs: Dual<T>, rhs: DualVector) -> DualVector {
        combine(.multiply, rhs, scalar: lhs, scalarOnLeft: true)
    }

    /// Replaces `lhs` by the componentwise product `lhs * rhs`.
    @inlinable
    public static func *= (lhs: inout DualVector, rhs: DualVector) { lhs = lhs * rhs }

    /// The componentwise quotient of two dual vectors of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: DualVector, rhs: DualVector) -> DualVector {
        combine(.divide, lhs, rhs, "DualVector / DualVector")
    }

    /// The componentwise quotient of a dual vector and a constant vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: DualVector, rhs: [T]) -> DualVector {
        combine(.divide, lhs, rhs, "DualVector / [T]")
    }

    /// The componentwise quotient of a constant vector and a dual vector of equal length.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: [T], rhs: DualVector) -> DualVector {
        combine(.divide, lhs, rhs, "[T] / DualVector")
    }

    /// The quotient of every component with a dual scalar.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: DualVector, rhs: Dual<T>) -> DualVector {
        combine(.divide, lhs, scalar: rhs, scalarOnLeft: false)
    }

    /// The quotient of a dual scalar with every component.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public static func / (lhs: Dual<T>, rhs: DualVector) -> DualVector {
        combine(.divide, rhs, scalar: lhs, scalarOnLeft: true)
    }

    /// Replaces `lhs` by the componentwise quotient `lhs / rhs`.
    @inlinable
    public static func /= (lhs: inout DualVector, rhs: DualVector) { lhs = lhs / rhs }
}
