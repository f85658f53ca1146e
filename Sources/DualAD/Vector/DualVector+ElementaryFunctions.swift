// Every unary elementary function mapped over a dual vector, as one loop over contiguous
// storage that reads the rule table. Binary elementwise operations are spelled as methods
// (`raised(to:)`, `maximum(with:)`): a binary free function over vectors, such as
// `pow(DualVector, Int)`, makes ordinary scalar lines take seconds to type-check.

extension DualVector {
    /// f applied to every component: value f(xᵢ), tangent f′(xᵢ)·vᵢ.
    /// - Complexity: O(n) evaluations of f and f′; allocates the result.
    @inlinable
    public consuming func applying(_ f: UnaryFunction) -> DualVector {
        var result = self   // a temporary's buffers are reused in place
        result.updateComponents("DualVector elementwise function") { v, t in
            for i in 0..<v.count {
                let r = f.rule(at: v[i])
                v[i] = r.value
                t[i] = r.derivative * t[i]
            }
        }
        return result
    }

    /// A user's function applied to every component: value f(xᵢ), tangent f′(xᵢ)·vᵢ, with
    /// f′ from its ``DifferentiableFunction/derivative(at:value:)`` (as `f(x)` does, or as
    /// ``applying(_:)-(UnaryFunction)`` does for a built-in function).
    /// - Complexity: O(n) evaluations of f and f′; allocates the result.
    @inlinable
    public consuming func applying<F: DifferentiableFunction>(_ f: F) -> DualVector {
        var result = self
        for i in result.value.indices {
            let x = result.value[i]
            let v = T.evaluate(f, x)
            result.value[i] = v
            result.tangent[i] = f.derivative(at: x, value: v) * result.tangent[i]
        }
        return result
    }

    /// Every component raised to the integer power n: value xᵢⁿ, tangent n·xᵢⁿ⁻¹·vᵢ.
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public consuming func raised(to n: Int) -> DualVector {
        var result = self
        for i in result.value.indices {
            let r = integerPowerRule(at: result.value[i], n)
            result.value[i] = r.value
            result.tangent[i] = r.derivative * result.tangent[i]
        }
        return result
    }

    /// The componentwise maximum with another dual vector (ties split the tangent, as
    /// ``max(_:_:)``).
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public func maximum(with other: DualVector) -> DualVector {
        DualVector.combine(.max, self, other, "DualVector.maximum(with:)")
    }

    /// The componentwise minimum with another dual vector (ties split the tangent, as
    /// ``min(_:_:)``).
    /// - Complexity: O(n); allocates the result.
    @inlinable
    public func minimum(with other: DualVector) -> DualVector {
        DualVector.combine(.min, self, other, "DualVector.minimum(with:)")
    }
}

/// `exp` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func exp<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.exp) }

/// `exp2` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func exp2<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.exp2) }

/// `log` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func log<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.log) }

/// `log2` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func log2<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.log2) }

/// `log10` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func log10<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.log10) }

/// `log1p` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func log1p<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.log1p) }

/// `expm1` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func expm1<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.expm1) }

/// `sqrt` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func sqrt<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.sqrt) }

/// `cbrt` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func cbrt<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.cbrt) }

/// `sin` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func sin<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.sin) }

/// `cos` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func cos<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.cos) }

/// `tan` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func tan<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.tan) }

/// `asin` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func asin<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.asin) }

/// `acos` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func acos<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.acos) }

/// `atan` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func atan<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.atan) }

/// `sinh` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func sinh<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.sinh) }

/// `cosh` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func cosh<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.cosh) }

/// `tanh` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func tanh<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.tanh) }

/// `asinh` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func asinh<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.asinh) }

/// `acosh` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func acosh<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.acosh) }

/// `atanh` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func atanh<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.atanh) }

/// `erf` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func erf<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.erf) }

/// `erfc` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func erfc<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.erfc) }

/// `abs` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func abs<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.abs) }

/// `relu` of every component of a dual vector.
/// - Complexity: O(n); allocates the result.
@inlinable
public func relu<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(.relu) }

extension DifferentiableFunction {
    /// The function applied to every component of a dual vector (see
    /// ``DualVector/applying(_:)-(F)``).
    /// - Complexity: O(n) evaluations of the value and the derivative; allocates the result.
    @inlinable
    public func callAsFunction<T>(_ x: consuming DualVector<T>) -> DualVector<T> { x.applying(self) }
}
