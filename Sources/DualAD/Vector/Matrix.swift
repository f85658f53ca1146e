/// A small dense matrix, stored row-major: DualAD's Jacobian and Hessian type.
///
/// Jacobians use numerator layout, as the lecture notes do: `J[i, j]` is ∂fᵢ/∂xⱼ, one row per
/// output and one column per input, so f: Rⁿ → Rᵐ has an m × n Jacobian.
///
///     let W = Matrix([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])   // 3 × 2
///     W[2, 1]                                              // 6.0
///
/// - Complexity: rows · columns scalars in one contiguous array.
@frozen
public struct Matrix<T> {
    /// The number of rows (outputs, for a Jacobian).
    public let rows: Int
    /// The number of columns (inputs, for a Jacobian).
    public let columns: Int
    /// The entries row after row: entry (i, j) is at `i * columns + j`. Read-only, so that
    /// `storage.count == rows * columns` always holds; write entries through the subscript.
    /// - Complexity: O(1).
    public var storage: [T] {
        @inlinable get { entries }
    }
    /// The entries, for DualAD's own drivers (which fill a matrix of the right size in place).
    @usableFromInline var entries: [T]

    /// A matrix from its rows, which must all have the same length.
    /// - Complexity: O(rows · columns).
    @inlinable
    public init(_ rows: [[T]]) {
        let columns = rows.first?.count ?? 0
        for (i, row) in rows.enumerated() where row.count != columns {
            usageFailure("Matrix(_:)", "every row must have \(columns) entries, like row 0; row \(i) has \(row.count).")
        }
        self.rows = rows.count
        self.columns = columns
        self.entries = rows.flatMap { $0 }
    }

    /// A `rows × columns` matrix with every entry `value`.
    /// - Complexity: O(rows · columns).
    @inlinable
    public init(rows: Int, columns: Int, repeating value: T) {
        if rows < 0 || columns < 0 {
            usageFailure("Matrix(rows:columns:repeating:)", "sizes must be non-negative; got \(rows) × \(columns).")
        }
        self.rows = rows
        self.columns = columns
        self.entries = [T](repeating: value, count: rows * columns)
    }

    /// A `rows × columns` matrix from its row-major entries.
    /// - Complexity: O(1).
    @inlinable
    public init(rows: Int, columns: Int, storage: [T]) {
        if rows < 0 || columns < 0 || storage.count != rows * columns {
            usageFailure("Matrix(rows:columns:storage:)",
                         "expected \(rows) × \(columns) = \(rows * columns) entries, got \(storage.count).")
        }
        self.rows = rows
        self.columns = columns
        self.entries = storage
    }

    /// The entry in row `i`, column `j`.
    /// - Complexity: O(1).
    @inlinable
    public subscript(i: Int, j: Int) -> T {
        get {
            checkIndex(i, j)
            return entries[i * columns + j]
        }
        set {
            checkIndex(i, j)
            entries[i * columns + j] = newValue
        }
    }

    /// Row `i` as an array.
    /// - Complexity: O(columns).
    @inlinable
    public func row(_ i: Int) -> [T] {
        checkRow(i)
        return Array(storage[(i * columns)..<((i + 1) * columns)])
    }

    /// Column `j` as an array.
    /// - Complexity: O(rows).
    @inlinable
    public func column(_ j: Int) -> [T] {
        if j < 0 || j >= columns {
            usageFailure("Matrix.column(_:)", "column \(j) is outside a \(rows) × \(columns) matrix.")
        }
        return (0..<rows).map { self[$0, j] }
    }

    /// The transpose Aᵀ, with `Aᵀ[j, i] == A[i, j]`.
    /// - Complexity: O(rows · columns).
    @inlinable
    public func transposed() -> Matrix {
        var result = storage
        for i in 0..<rows {
            for j in 0..<columns { result[j * rows + i] = storage[i * columns + j] }
        }
        return Matrix(rows: columns, columns: rows, storage: result)
    }

    @inlinable
    func checkIndex(_ i: Int, _ j: Int) {
        if i < 0 || i >= rows || j < 0 || j >= columns {
            usageFailure("Matrix subscript", "index (\(i), \(j)) is outside a \(rows) × \(columns) matrix.")
        }
    }

    @inlinable
    func checkRow(_ i: Int) {
        if i < 0 || i >= rows {
            usageFailure("Matrix.row(_:)", "row \(i) is outside a \(rows) × \(columns) matrix.")
        }
    }
}

extension Matrix: Sendable where T: Sendable {}
extension Matrix: Equatable where T: Equatable {}
extension Matrix: Hashable where T: Hashable {}
extension Matrix: Codable where T: Codable {}

extension Array {
    /// The rows of a matrix as nested arrays: `[[T]](J)`.
    /// - Complexity: O(rows · columns).
    @inlinable
    public init<T>(_ matrix: Matrix<T>) where Element == [T] {
        self = (0..<matrix.rows).map { matrix.row($0) }
    }
}

extension Matrix: CustomStringConvertible {
    /// The matrix as aligned rows, one per line:
    ///
    ///     [ 1.0  2.0 ]
    ///     [ 3.0  4.0 ]
    public var description: String {
        let cells = storage.map { "\($0)" }
        let width = cells.map(\.count).max() ?? 0
        if rows == 0 || columns == 0 { return "[] (\(rows) × \(columns))" }
        return (0..<rows).map { i in
            "[ " + (0..<columns).map { j in
                let cell = cells[i * columns + j]
                return String(repeating: " ", count: width - cell.count) + cell
            }.joined(separator: "  ") + " ]"
        }.joined(separator: "\n")
    }
}
