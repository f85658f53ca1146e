// Elementwise arithmetic on dual vectors, with each other and with constant vectors `[T]`
// on the right (`W * x + b`); scaling and shifting by a dual scalar are methods
// (`scaled(by:)`, `shifted(by:)`). Operators are kept to these few on purpose: every operator
// overload on `DualVector` is considered for every `+` and `*` in a user's closure, and the
// scalar-broadcast and constant-on-the-left forms doubled the type-check time of an ordinary
// line such as `v[0] * v[0] * v[1] + sin(v[1]) * v[2]` inside `hessian(at:) { v in … }`
// (155 → 82 ms). Every operator reads its partials from the rule table
// (`BinaryFunction.add`, `.multiply`, …) through the three loops below, so no derivative is
// written here. A constant operand has a zero tangent and contributes no term. Dual-vector
// operands are `consuming`: when the caller passes a temporary (`tanh(W * x + b)`), its two
// buffers are updated in place instead of allocating new ones.

extension DualVector {
    /// Runs `body` on this vector's value and tangent storage, each made unique once: a loop
    /// of `value[i] = …` whose body calls a function (`tanh`) re-checked the array's
    /// uniqueness on every element (a runtime call per component and array, seen in the
    /// disassembly of `tanh(W * x + b)`).
    ///
    /// Stops with a message naming `call` when `value` and `tangent` (public, settable) have
    /// different lengths.
    /// - Complexity: O(1) plus `body`; copies a buffer only when it is shared.
    @inlinable @inline(__always)
    mutating func updateComponents(_ call: StaticString,
                                   _ body: (UnsafeMutableBufferPointer<T>, UnsafeMutableBufferPointer<T>) -> Void) {
        checkConsistent(call)
        // Safety: both buffers have `count` elements (checked above) and are used only inside
        // `body`, which cannot keep them (non-escaping).
        value.withUnsafeMutableBufferPointer { v in
            tangent.withUnsafeMutableBufferPointer { t in body(v, t) }
        }
    }

    /// Stops with a message naming `call` unless `value` and `tangent` have the same length
    /// (both are public and settable).
    @inlinable
    func checkConsistent(_ call: StaticString) {
        if value.count != tangent.count {
            usageFailure("\(call)", "a dual vector's value and tangent must have the same length; got \(value.count) and \(tangent.count).")
        }
    }

    /// f applied componentwise to two dual vectors of equal length.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: consuming DualVector, _ rhs: DualVector, _ call: StaticString) -> DualVector {
        lhs.checkSameCount(rhs, call)
        var result = lhs   // a temporary operand's buffers are reused in place
        rhs.checkConsistent(call)
        let (y, w) = (rhs.value, rhs.tangent)
        result.updateComponents(call) { v, t in
            for i in 0..<v.count {
                let r = f.rule(at: v[i], y[i])
                v[i] = r.value
                t[i] = r.dx * t[i] + r.dy * w[i]
            }
        }
        return result
    }

    /// f applied componentwise to a dual vector and a constant vector.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: consuming DualVector, _ rhs: [T], _ call: StaticString) -> DualVector {
        lhs.checkSameCount(rhs.count, call)
        var result = lhs
        result.updateComponents(call) { v, t in
            for i in 0..<v.count {
                let r = f.rule(at: v[i], rhs[i])
                v[i] = r.value
                t[i] = r.dx * t[i]
            }
        }
        return result
    }

    /// f applied componentwise to a constant vector and a dual vector.
    @inlinable
    static func combine(_ f: BinaryFunction, _ lhs: [T], _ rhs: consuming DualVector, _ call: StaticString) -> DualVector {
        rhs.checkSameCount(lhs.count, call)
        var result = rhs
        result.updateComponents(call) { v, t in
            for i in 0..<v.count {
                let r = f.rule(at: lhs[i], v[i])
                v[i] = r.value
                t[i] = r.dy * t[i]
            }
        }
        return result
    }

    /// f applied to every component with a dual scalar on the given side.
    @inlinable
    static func combine(_ f: BinaryFunction, _ vector: consuming DualVector, scalar: Dual<T>, scalarOnLeft: Bool,
                        _ call: StaticString) -> DualVector {
        var result = vector
        result.updateComponents(call) { v, t in
            for i in 0..<v.count {
                let element = Dual(v[i], tangent: t[i])
                let (x, y) = scalarOnLeft ? (scalar, element) : (element, scalar)
                let r = f.rule(at: x.value, y.value)
                v[i] = r.value
                t[i] = r.dx * x.tangent + r.dy * y.tangent
            }
        }
        return result
    }

    /// Every component multiplied by the dual scalar `s`: (s·xᵢ), tangent ṡ·xᵢ + s·vᵢ.
    /// - Complexity: O(n); reuses a temporary's buffers.
    @inlinable
    public consuming func scaled(by s: Dual<T>) -> DualVector {
        DualVector.combine(.multiply, self, scalar: s, scalarOnLeft: true, "DualVector.scaled(by:)")
    }

    /// The dual scalar `s` added to every component.
    /// - Complexity: O(n); reuses a temporary's buffers.
    @inlinable
    public consuming func shifted(by s: Dual<T>) -> DualVector {
        DualVector.combine(.add, self, scalar: s, scalarOnLeft: false, "DualVector.shifted(by:)")
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

    /// Replaces `lhs` by the componentwise quotient `lhs / rhs`.
    @inlinable
    public static func /= (lhs: inout DualVector, rhs: DualVector) { lhs = lhs / rhs }
}
