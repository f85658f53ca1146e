/// Which entries of an m × n matrix may be nonzero, in compressed-row form: the columns of row
/// i are `columnIndices[rowStarts[i] ..< rowStarts[i + 1]]`, in increasing order.
///
/// ``jacobianSparsity(of:at:)`` and ``hessianSparsity(of:at:)`` find it by running the
/// function once on a tracer scalar; ``SparseJacobianPlan`` colors its columns.
public struct SparsityPattern: Sendable, Equatable, CustomStringConvertible {
    /// m.
    public let rows: Int
    /// n.
    public let columns: Int
    /// Where each row's columns start in ``columnIndices``; m + 1 entries, the last one the
    /// number of nonzeros.
    public let rowStarts: [Int]
    /// The column of each structural nonzero, row by row, increasing within a row.
    public let columnIndices: [Int]

    /// A pattern from its compressed rows; the columns of each row must be increasing and in
    /// `0..<columns`.
    /// - Complexity: O(m + nonzeros) to check.
    public init(rows: Int, columns: Int, rowStarts: [Int], columnIndices: [Int]) {
        if rows < 0 || columns < 0 || rowStarts.count != rows + 1 || rowStarts.first != 0
            || rowStarts.last != columnIndices.count {
            usageFailure("SparsityPattern(rows:columns:rowStarts:columnIndices:)",
                         "expected \(rows) + 1 row starts from 0 to \(columnIndices.count) for \(rows) × \(columns), got \(rowStarts.count) starts.")
        }
        for i in 0..<rows {
            var previous = -1
            for p in rowStarts[i]..<rowStarts[i + 1] {
                let j = columnIndices[p]
                if j <= previous || j >= columns {
                    usageFailure("SparsityPattern(rows:columns:rowStarts:columnIndices:)",
                                 "row \(i): columns must increase within 0..<\(columns), got \(j) after \(previous).")
                }
                previous = j
            }
        }
        self.rows = rows
        self.columns = columns
        self.rowStarts = rowStarts
        self.columnIndices = columnIndices
    }

    /// A pattern from sorted rows the caller guarantees.
    @usableFromInline
    init(checkedRows rows: Int, columns: Int, rowStarts: [Int], columnIndices: [Int]) {
        self.rows = rows
        self.columns = columns
        self.rowStarts = rowStarts
        self.columnIndices = columnIndices
    }

    /// The number of structural nonzeros.
    /// - Complexity: O(1).
    public var nonzeroCount: Int { columnIndices.count }

    /// The columns of row i, in increasing order.
    /// - Complexity: O(1).
    public func columns(inRow i: Int) -> ArraySlice<Int> {
        checkRow(i, "SparsityPattern.columns(inRow:)")
        return columnIndices[rowStarts[i]..<rowStarts[i + 1]]
    }

    /// Whether entry (i, j) may be nonzero.
    /// - Complexity: O(log(nonzeros in row i)).
    public func contains(row i: Int, column j: Int) -> Bool { position(row: i, column: j) != nil }

    /// The index of entry (i, j) in ``columnIndices`` (and in a ``SparseMatrix``'s values), or
    /// nil if it is structurally zero.
    /// - Complexity: O(log(nonzeros in row i)).
    public func position(row i: Int, column j: Int) -> Int? {
        checkRow(i, "SparsityPattern.contains(row:column:)")
        if j < 0 || j >= columns {
            usageFailure("SparsityPattern.contains(row:column:)", "column \(j) is outside a \(rows) × \(columns) pattern.")
        }
        var low = rowStarts[i], high = rowStarts[i + 1]
        while low < high {
            let mid = (low + high) / 2
            if columnIndices[mid] == j { return mid }
            if columnIndices[mid] < j { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// The largest number of nonzeros in a row: a lower bound on the colors any column
    /// coloring needs (the columns of one row must all differ).
    /// - Complexity: O(m).
    public var maximumRowCount: Int { (0..<rows).map { rowStarts[$0 + 1] - rowStarts[$0] }.max() ?? 0 }

    /// The pattern of the transpose.
    /// - Complexity: O(m + n + nonzeros).
    public var transposed: SparsityPattern {
        var counts = [Int](repeating: 0, count: columns + 1)
        for j in columnIndices { counts[j + 1] += 1 }
        for j in 0..<columns { counts[j + 1] += counts[j] }
        var next = counts
        var rowsOfColumns = [Int](repeating: 0, count: columnIndices.count)
        for i in 0..<rows {
            for p in rowStarts[i]..<rowStarts[i + 1] {
                let j = columnIndices[p]
                rowsOfColumns[next[j]] = i
                next[j] += 1
            }
        }
        return SparsityPattern(checkedRows: columns, columns: rows, rowStarts: counts, columnIndices: rowsOfColumns)
    }

    /// "m × n, k nonzeros" and, for small patterns, a picture (● nonzero, · zero).
    public var description: String {
        var text = "\(rows) × \(columns) sparsity pattern, \(nonzeroCount) nonzeros"
        if rows <= 20 && columns <= 40 {
            for i in 0..<rows {
                let row = Set(columnIndices[rowStarts[i]..<rowStarts[i + 1]])
                text += "\n" + (0..<columns).map { row.contains($0) ? "●" : "·" }.joined()
            }
        }
        return text
    }

    func checkRow(_ i: Int, _ call: StaticString) {
        if i < 0 || i >= rows { usageFailure("\(call)", "row \(i) is outside a \(rows) × \(columns) pattern.") }
    }
}
