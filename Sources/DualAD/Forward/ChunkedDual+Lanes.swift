// The lane arithmetic of `ChunkedDual`: d·ẋₖ and dx·ẋₖ + dy·ẏₖ for k = 1 … N, the only code that
// computes on all N tangents (`Forward/ChunkedDual+ADScalar.swift` decides when to call it).
//
// For `Double` with N = 2, 4 or 8 (the chunk sizes the drivers use most) the lanes are taken as
// one standard-library SIMD vector, so the compiler sees a single vector operation per rule.
// Written as a loop over N scalars, LLVM's SLP vectorizer re-packed them per basic block, and the
// branches of a chunked operation (skip the lanes of an operand without tangents) made it pack
// them differently in each block: pairs of a value with a lane, 6-wide vectors, shuffles and
// spills where the paths met (`Benchmarks/README.md`, session 9). Other types and sizes take the
// loop, which is exact and specializes, but is left to the vectorizer.

extension ChunkedDual {
    /// The N tangents.
    @usableFromInline typealias Lanes = InlineArray<N, T>

    // The lanes as one SIMD vector and back, for T == Double and N = 8, 4, 2. The generic lanes
    // become concrete ones by `as!` (the identity once specialized; a checked cast in
    // unspecialized code), and `unsafeBitCast` then works on concrete types, which the compiler
    // copies through storage aligned for both (cast in place between generic types, a SIMD
    // vector — aligned more strictly than an array of `Double`s — faulted in a debug build).
    // Safety (all six): the same N `Double`s in a row without padding on both sides, and every
    // bit pattern is a valid `Double`.

    @inlinable @inline(__always)
    static func vector8(_ x: Lanes) -> SIMD8<Double> { unsafeBitCast(x as! InlineArray<8, Double>, to: SIMD8<Double>.self) }   // Safety: above
    @inlinable @inline(__always)
    static func vector4(_ x: Lanes) -> SIMD4<Double> { unsafeBitCast(x as! InlineArray<4, Double>, to: SIMD4<Double>.self) }   // Safety: above
    @inlinable @inline(__always)
    static func vector2(_ x: Lanes) -> SIMD2<Double> { unsafeBitCast(x as! InlineArray<2, Double>, to: SIMD2<Double>.self) }   // Safety: above
    @inlinable @inline(__always)
    static func lanes(_ v: SIMD8<Double>) -> Lanes { unsafeBitCast(v, to: InlineArray<8, Double>.self) as! Lanes }   // Safety: above
    @inlinable @inline(__always)
    static func lanes(_ v: SIMD4<Double>) -> Lanes { unsafeBitCast(v, to: InlineArray<4, Double>.self) as! Lanes }   // Safety: above
    @inlinable @inline(__always)
    static func lanes(_ v: SIMD2<Double>) -> Lanes { unsafeBitCast(v, to: InlineArray<2, Double>.self) as! Lanes }   // Safety: above

    /// d · ẋₖ in every lane.
    ///
    /// The loop runs over a `var` array rather than `InlineArray { d * lanes[$0] }`: the closure
    /// initializer is a generic call that the optimizer inlined in one client and not in another
    /// (the benchmark package: the product-form chunked gradient ran 3.4× slower there, with the
    /// same source, than in the instruction-count client).
    /// - Complexity: N multiplications.
    @inlinable @inline(__always)
    static func scaledLanes(_ d: T, _ x: Lanes) -> Lanes {
        if T.self == Double.self {
            let d = d as! Double
            switch N {
            case 8: return lanes(SIMD8(repeating: d) * vector8(x))
            case 4: return lanes(SIMD4(repeating: d) * vector4(x))
            case 2: return lanes(SIMD2(repeating: d) * vector2(x))
            default: break
            }
        }
        var result = Lanes(repeating: 0)
        for k in 0..<N { result[k] = d * x[k] }
        return result
    }

    /// dx · ẋₖ + dy · ẏₖ in every lane (vectors or a loop, as ``scaledLanes(_:_:)``).
    /// - Complexity: 2N multiplications and N additions.
    @inlinable @inline(__always)
    static func combinedLanes(_ dx: T, _ x: Lanes, _ dy: T, _ y: Lanes) -> Lanes {
        if T.self == Double.self {
            let a = dx as! Double, b = dy as! Double
            switch N {
            case 8: return lanes(SIMD8(repeating: a) * vector8(x) + SIMD8(repeating: b) * vector8(y))
            case 4: return lanes(SIMD4(repeating: a) * vector4(x) + SIMD4(repeating: b) * vector4(y))
            case 2: return lanes(SIMD2(repeating: a) * vector2(x) + SIMD2(repeating: b) * vector2(y))
            default: break
            }
        }
        var result = Lanes(repeating: 0)
        for k in 0..<N { result[k] = dx * x[k] + dy * y[k] }
        return result
    }
}
