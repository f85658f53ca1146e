/// A point x ∈ Rⁿ together with one tangent direction v: the vector form of a dual number,
/// x + ε·v.
///
/// Indexing gives ``Dual`` values, so scalar code works unchanged inside a closure:
///
///     jacobian(at: [1.0, 2.0]) { x in [x[0] * x[1], sin(x[0])] }
///
/// and vector-level operations (elementwise arithmetic, `tanh(W * x + b)`, `dot`, `sum`,
/// norms) propagate the tangent as whole-vector loops over two contiguous arrays, ``value``
/// and ``tangent``. A `DualVector` is an array-literal of `Dual<T>`, and a sequence of them
/// with an `Int` subscript (get and set), `count` and `indices`.
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

// `DualVector` is a `Sequence` with an `Int` subscript, `count` and `indices`, but not a
// `Collection`: the standard library's eight generic `Collection` and `MutableCollection`
// subscripts (ranges, `RangeSet`, `UnboundedRange`, …) would be candidates for every `x[0]` in
// a user's closure, and the solver tried them 2310 times for the one line
// `let r = p[0] * exp(-p[1] * ts[i]) - ys[i]` (159 ms; an `Array` gets its `Int` subscript
// favoured by the solver, a custom collection does not). A slice is `subvector(_:)`.
extension DualVector: Sequence {
    /// The number of components, n.
    /// - Complexity: O(1).
    @inlinable public var count: Int { value.count }

    /// Whether the vector has no components.
    /// - Complexity: O(1).
    @inlinable public var isEmpty: Bool { value.isEmpty }

    /// The valid indices, `0..<count`.
    /// - Complexity: O(1).
    @inlinable public var indices: Range<Int> { value.indices }

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

    /// The components in order, as dual numbers.
    /// - Complexity: O(1) to make; O(1) per component.
    @inlinable public func makeIterator() -> Iterator { Iterator(vector: self) }

    /// Iterates over the components of a ``DualVector`` as dual numbers.
    @frozen
    public struct Iterator: IteratorProtocol {
        @usableFromInline let vector: DualVector
        @usableFromInline var position = 0
        @inlinable init(vector: DualVector) { self.vector = vector }

        /// The next component, or nil after the last.
        /// - Complexity: O(1).
        @inlinable
        public mutating func next() -> Dual<T>? {
            guard position < vector.count else { return nil }
            defer { position += 1 }
            return vector[position]
        }
    }

    /// The number of components (exact).
    /// - Complexity: O(1).
    @inlinable public var underestimatedCount: Int { value.count }
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
