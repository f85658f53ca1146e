/// A point x ∈ Rⁿ together with one tangent direction v: the vector form of a dual number,
/// x + ε·v.
///
/// Indexing gives ``Dual`` values, so scalar code works unchanged inside a closure:
///
///     jacobian(at: [1.0, 2.0]) { x in [x[0] * x[1], sin(x[0])] }
///
/// and vector-level operations (elementwise arithmetic, `tanh(W * x + b)`, `dot`, `sum`,
/// norms) propagate the tangent as whole-vector loops over two contiguous arrays, ``value``
/// and ``tangent``. A `DualVector` is an array-literal of `Dual<T>`, and a random-access,
/// mutable collection of them.
///
/// - Complexity: Two arrays of n scalars. Elementwise operations cost O(n) and allocate the
///   two result arrays.
@frozen
public struct DualVector<T: ADScalar> {
    /// The point x.
    public var value: [T]
    /// The tangent direction v: the derivative of ``value`` along the seeded direction.
    public var tangent: [T]

    /// A dual vector with the given point and tangent, which must have the same length.
    /// - Complexity: O(1).
    @inlinable
    public init(value: [T], tangent: [T]) {
        if value.count != tangent.count {
            usageFailure("DualVector(value:tangent:)",
                         "`tangent` must have one component per value (\(value.count)), got \(tangent.count).")
        }
        self.value = value
        self.tangent = tangent
    }

    /// A constant dual vector: the given point with a zero tangent.
    /// - Complexity: O(n).
    @inlinable
    public init(_ value: [T]) {
        self.value = value
        self.tangent = [T](repeating: 0, count: value.count)
    }

    /// A dual vector from a sequence of dual numbers.
    /// - Complexity: O(n).
    @inlinable
    public init<S: Sequence>(_ elements: S) where S.Element == Dual<T> {
        var value: [T] = [], tangent: [T] = []
        value.reserveCapacity(elements.underestimatedCount)
        tangent.reserveCapacity(elements.underestimatedCount)
        for element in elements {
            value.append(element.value)
            tangent.append(element.tangent)
        }
        self.value = value
        self.tangent = tangent
    }

    /// The n-vector x seeded along the basis direction eⱼ: tangent 1 at `j`, 0 elsewhere.
    /// - Complexity: O(n).
    @inlinable
    public init(_ value: [T], seed j: Int) {
        self.init(value)
        self.tangent[j] = 1
    }
}

extension DualVector: Sendable {}

extension DualVector: ExpressibleByArrayLiteral {
    /// A dual vector from dual numbers: `[x[0] * x[1], sin(x[0])]`.
    @inlinable
    public init(arrayLiteral elements: Dual<T>...) {
        self.init(elements)
    }
}

extension DualVector: RandomAccessCollection, MutableCollection {
    /// 0.
    @inlinable public var startIndex: Int { 0 }
    /// The number of components, n.
    @inlinable public var endIndex: Int { value.count }

    /// The i-th component as a dual number `value[i] + ε·tangent[i]`.
    /// - Complexity: O(1).
    @inlinable
    public subscript(i: Int) -> Dual<T> {
        get { Dual(value[i], tangent: tangent[i]) }
        set {
            value[i] = newValue.value
            tangent[i] = newValue.tangent
        }
    }
}

extension DualVector: Equatable {
    /// Whether values and tangents are both equal, component by component.
    @inlinable
    public static func == (lhs: DualVector, rhs: DualVector) -> Bool {
        lhs.value == rhs.value && lhs.tangent == rhs.tangent
    }
}

extension DualVector: CustomStringConvertible {
    /// The components as duals: `[1.0 + 0.0ε, 2.0 + 1.0ε]`.
    public var description: String {
        "[" + indices.map { self[$0].description }.joined(separator: ", ") + "]"
    }
}
