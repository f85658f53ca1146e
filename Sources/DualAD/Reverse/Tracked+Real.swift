// `Tracked` conforms to swift-numerics' `Real` where its primal type does (the trait `Numerics`);
// every requirement is written once, in `Scalar/DifferentiableScalar+Real.swift`, except
// AlgebraicField's restated `/` and `/=`, answered here by the type's own `_divide` (see
// `+Operators.swift`: its arithmetic is witnessed under other names).

#if Numerics
import RealModule

/// `Real` (swift-numerics), where the primal type is: every function reads the rule table.
extension Tracked: ElementaryFunctions, RealFunctions, AlgebraicField, Real where T: Real {
    /// AlgebraicField's `/` (restated from `ADScalar`): `_divide(lhs:rhs:)`.
    /// - Complexity: As `/`.
    @inlinable @inline(__always) @_implements(AlgebraicField, /(_:_:))
    public static func _algebraicFieldDivide(lhs: Self, rhs: Self) -> Self { _divide(lhs: lhs, rhs: rhs) }
    /// AlgebraicField's `/=`: `_divideInPlace(lhs:rhs:)`.
    /// - Complexity: As `/=`.
    @inlinable @inline(__always) @_implements(AlgebraicField, /=(_:_:))
    public static func _algebraicFieldDivideInPlace(lhs: inout Self, rhs: Self) { _divideInPlace(lhs: &lhs, rhs: rhs) }
}
#endif
