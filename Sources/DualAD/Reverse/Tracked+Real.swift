// `Tracked` conforms to swift-numerics' `Real` where its primal type does (the trait `Numerics`);
// every requirement is written once, in `Scalar/DifferentiableScalar+Real.swift`.

#if Numerics
import RealModule

/// `Real` (swift-numerics), where the primal type is: every function reads the rule table.
extension Tracked: ElementaryFunctions, RealFunctions, AlgebraicField, Real where T: Real {}
#endif
