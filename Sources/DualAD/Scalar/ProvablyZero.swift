// Which zeros the compiler can see. A constant in user code — a literal in `100 * x`, `S(c)`,
// `Dual(c)` — is a dual number whose tangent is the literal 0; after inlining, the optimizer
// knows that 0. Forward mode asks `isProvablyZero` before computing a product-rule term:
// for such a constant the answer is a compile-time `true` and the term (and the test) vanish
// from the compiled code; for a value computed at run time it is a compile-time `false`, so
// the test costs nothing either. That is how a dual multiplication costs what a hand-written
// one does — no runtime test of the tangent — while `100 * x` still costs one multiplication
// (`Benchmarks/README.md`, "Forward mode at the hand-written limit").
//
// The question is LLVM's `llvm.is.constant` intrinsic, reached through the `Builtin` module
// (the package enables the `BuiltinModule` feature for this file's target). It answers
// `false` in unoptimized builds, so there every term is computed; the result is the same
// number except where the other factor is ±∞ or NaN (0·∞ is NaN) or in the sign of a zero
// tangent. Code that needs a constant's term dropped in every build writes the constant as a
// plain `T` (`x * c`, `c * x`), which takes the one-term rule (`evaluate(_:_:constant:)`).

import Builtin

extension Double {
    /// Whether the optimizer has proved this to be exactly zero at compile time (see
    /// ``ADScalar/isProvablyZero``).
    /// - Complexity: Free: a compile-time constant in optimized code.
    @inlinable @inline(__always)
    public var isProvablyZero: Bool { Bool(Builtin.int_is_constant_FPIEEE64(_value)) && self == 0 }
}

extension Float {
    /// Whether the optimizer has proved this to be exactly zero at compile time (see
    /// ``ADScalar/isProvablyZero``).
    /// - Complexity: Free: a compile-time constant in optimized code.
    @inlinable @inline(__always)
    public var isProvablyZero: Bool { Bool(Builtin.int_is_constant_FPIEEE32(_value)) && self == 0 }
}

#if arch(x86_64) || arch(i386)
extension Float80 {
    /// Whether the optimizer has proved this to be exactly zero at compile time (see
    /// ``ADScalar/isProvablyZero``).
    /// - Complexity: Free: a compile-time constant in optimized code.
    @inlinable @inline(__always)
    public var isProvablyZero: Bool { Bool(Builtin.int_is_constant_FPIEEE80(_value)) && self == 0 }
}
#endif
