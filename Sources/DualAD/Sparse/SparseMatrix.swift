/// An m × n matrix stored by its structural nonzeros in compressed-row form: what
/// ``sparseJacobian(of:at:plan:)`` and ``sparseHessian(of:at:)`` return.
///
///     J[0, 1]            // an entry (0 where the pattern has none)
///     J.nonzeroCount     // stored entries
///     Matrix(J)          // a dense copy
///
/// The entries of row i are `values[rowStarts[i] ..< rowStarts[i + 1]]`, in the columns
/// `columnIndices[…]` of the same range, increasing.
public struct SparseMatrix<T: Sendable>: Sendable {
    /// Which entries are stored.
    public let pattern: SparsityPattern
    /// The stored entries, in the pattern's order.
    public var values: [T]

    /// A sparse matrix from a pattern and one value per structural nonzero.
    /// - Complexity: O(1).
    public init(pattern: SparsityPattern, values: [T]) {
        if values.count != pattern.nonzeroCount {
            usageFailure("SparseMatrix(pattern:values:)", "the pattern has \(pattern.nonzeroCount) nonzeros, got \(values.count) values.")
        }
        self.pattern = pattern
        self.values = values
    }

    /// m.
    public var rows: Int { pattern.rows }
    /// n.
    public var columns: Int { pattern.columns }
    /// The number of stored entries.
    /// - Complexity: O(1).
    public var nonzeroCount: Int { values.count }
    /// Where each row's entries start in ``values``; m + 1 entries.
    public var rowStarts: [Int] { pattern.rowStarts }
    /// The column of each stored entry.
    public var columnIndices: [Int] { pattern.columnIndices }
}

extension SparseMatrix where T: ExpressibleByIntegerLiteral {
    /// Entry (i, j); 0 where the pattern stores none.
    /// - Complexity: O(log(nonzeros in row i)).
    public subscript(i: Int, j: Int) -> T {
        if i < 0 || i >= rows || j < 0 || j >= columns {
            usageFailure("SparseMatrix subscript", "index (\(i), \(j)) is outside a \(rows) × \(columns) matrix.")
        }
        guard let p = pattern.position(row: i, column: j) else { return 0 }
        return values[p]
    }
}

extension Matrix where T: ExpressibleByIntegerLiteral & Sendable {
    /// The dense copy of a sparse matrix.
    /// - Complexity: O(m·n); allocates m·n entries.
    public init(_ sparse: SparseMatrix<T>) {
        var dense = Matrix(rows: sparse.rows, columns: sparse.columns, repeating: 0)
        for i in 0..<sparse.rows {
            for p in sparse.pattern.rowStarts[i]..<sparse.pattern.rowStarts[i + 1] {
                dense.entries[i * sparse.columns + sparse.pattern.columnIndices[p]] = sparse.values[p]
            }
        }
        self = dense
    }
}

extension SparseMatrix: CustomStringConvertible {
    /// The size, the nonzero count, and for a small matrix its dense rows.
    public var description: String {
        var text = "\(rows) × \(columns) sparse matrix, \(nonzeroCount) nonzeros"
        if rows <= 12 && columns <= 12 {
            for i in 0..<rows {
                var row = [String](repeating: "·", count: columns)
                for p in pattern.rowStarts[i]..<pattern.rowStarts[i + 1] { row[pattern.columnIndices[p]] = "\(values[p])" }
                text += "\n[ " + row.joined(separator: "  ") + " ]"
            }
        }
        return text
    }
}
