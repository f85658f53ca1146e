import Foundation

// The bar forward mode is measured against: the dual number a user writes by hand in ten
// minutes — a value and a tangent, the four operators, the same with a plain `Double` constant
// (so `100 * a` costs one multiplication on the tangent), and the elementary functions the
// benchmarks call. No protocol, no rule table, no zero tests.

/// A minimal hand-written dual number over `Double`.
@frozen public struct MinimalDual {
    public var value: Double
    public var tangent: Double
    @inlinable @inline(__always) public init(_ value: Double, _ tangent: Double = 0) {
        self.value = value
        self.tangent = tangent
    }

    @inlinable @inline(__always) public static func + (a: MinimalDual, b: MinimalDual) -> MinimalDual {
        MinimalDual(a.value + b.value, a.tangent + b.tangent)
    }
    @inlinable @inline(__always) public static func - (a: MinimalDual, b: MinimalDual) -> MinimalDual {
        MinimalDual(a.value - b.value, a.tangent - b.tangent)
    }
    @inlinable @inline(__always) public static func * (a: MinimalDual, b: MinimalDual) -> MinimalDual {
        MinimalDual(a.value * b.value, a.tangent * b.value + a.value * b.tangent)
    }
    @inlinable @inline(__always) public static func / (a: MinimalDual, b: MinimalDual) -> MinimalDual {
        let q = a.value / b.value
        return MinimalDual(q, (a.tangent - q * b.tangent) / b.value)
    }
    @inlinable @inline(__always) public static prefix func - (a: MinimalDual) -> MinimalDual {
        MinimalDual(-a.value, -a.tangent)
    }
    @inlinable @inline(__always) public static func += (a: inout MinimalDual, b: MinimalDual) { a = a + b }

    // A plain constant on either side: one operation on the tangent, as anyone writing a dual
    // by hand would give `100 * a`.
    @inlinable @inline(__always) public static func + (c: Double, b: MinimalDual) -> MinimalDual {
        MinimalDual(c + b.value, b.tangent)
    }
    @inlinable @inline(__always) public static func - (c: Double, b: MinimalDual) -> MinimalDual {
        MinimalDual(c - b.value, -b.tangent)
    }
    @inlinable @inline(__always) public static func * (c: Double, b: MinimalDual) -> MinimalDual {
        MinimalDual(c * b.value, c * b.tangent)
    }
    @inlinable @inline(__always) public static func * (a: MinimalDual, c: Double) -> MinimalDual {
        MinimalDual(a.value * c, a.tangent * c)
    }
    @inlinable @inline(__always) public static func - (a: MinimalDual, c: Double) -> MinimalDual {
        MinimalDual(a.value - c, a.tangent)
    }
    @inlinable @inline(__always) public static func / (a: MinimalDual, c: Double) -> MinimalDual {
        MinimalDual(a.value / c, a.tangent / c)
    }
}

/// xⁿ, with the square as a product (as DualAD's `pow(_:_: Int)` does: a fair bar).
@inlinable @inline(__always) public func pow(_ x: MinimalDual, _ n: Int) -> MinimalDual {
    if n == 2 { return MinimalDual(x.value * x.value, 2 * x.value * x.tangent) }
    let d = Double(n)
    return MinimalDual(Foundation.pow(x.value, d), d * Foundation.pow(x.value, d - 1) * x.tangent)
}
@inlinable @inline(__always) public func sin(_ x: MinimalDual) -> MinimalDual {
    MinimalDual(Foundation.sin(x.value), Foundation.cos(x.value) * x.tangent)
}
@inlinable @inline(__always) public func exp(_ x: MinimalDual) -> MinimalDual {
    let e = Foundation.exp(x.value)
    return MinimalDual(e, e * x.tangent)
}
@inlinable @inline(__always) public func log1p(_ x: MinimalDual) -> MinimalDual {
    MinimalDual(Foundation.log1p(x.value), x.tangent / (1 + x.value))
}
@inlinable @inline(__always) public func sqrt(_ x: MinimalDual) -> MinimalDual {
    let r = x.value.squareRoot()
    return MinimalDual(r, x.tangent / (2 * r))
}
@inlinable @inline(__always) public func tanh(_ x: MinimalDual) -> MinimalDual {
    let t = Foundation.tanh(x.value)
    return MinimalDual(t, (1 - t * t) * x.tangent)
}
