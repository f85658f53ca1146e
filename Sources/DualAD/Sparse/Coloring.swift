// Graph coloring for compressed derivatives (Curtis, Powell & Reid 1974; Coleman & Moré 1983;
// Gebremedhin, Manne & Pothen, "What color is your Jacobian?", SIAM Review 2005).
//
// Jacobians: columns that share no row may be seeded together — one forward sweep per color
// gives every entry of those columns, each row seeing at most one of them. That is a distance-1
// coloring of the column intersection graph (columns adjacent when they share a row). Greedy
// coloring in three orders — largest-first (by degree), smallest-last (repeatedly remove a
// vertex of smallest remaining degree, color in reverse) and DSATUR (dynamic: most distinct
// neighbor colors first) — and the one with the fewest colors kept; a coloring that reaches
// the lower bound (the most nonzeros in a row) is optimal and ends the search. On a periodic
// 5-point stencil (optimum 5) the static orders gave 8–10 colors, DSATUR 5 (`ColoringTests`).
//
// Hessians: H is symmetric, so fewer colors suffice with a star coloring of its adjacency
// graph (a distance-1 coloring in which every path on four vertices uses at least three
// colors): each off-diagonal entry H[i, j] is then read directly from H·s for the color of j
// at row i, or for the color of i at row j, whichever color is unique among the neighbours of
// the row (GMP 2005, §4.3, "star coloring algorithm 1" and direct recovery).

/// An undirected graph as adjacency lists in compressed form.
@usableFromInline
struct AdjacencyGraph: Sendable {
    @usableFromInline let starts: [Int]
    @usableFromInline let neighbors: [Int]

    @usableFromInline var vertexCount: Int { starts.count - 1 }

    @inlinable func degree(_ v: Int) -> Int { starts[v + 1] - starts[v] }

    /// The column intersection graph of a pattern: columns j ≠ k adjacent when some row has both.
    /// - Complexity: O(Σ over rows of (nonzeros in the row)²).
    @usableFromInline
    static func columnIntersection(of pattern: SparsityPattern) -> AdjacencyGraph {
        let byColumn = pattern.transposed
        var starts = [0], neighbors = [Int]()
        var mark = [Int](repeating: -1, count: pattern.columns)
        for j in 0..<pattern.columns {
            for p in byColumn.rowStarts[j]..<byColumn.rowStarts[j + 1] {
                let i = byColumn.columnIndices[p]
                for q in pattern.rowStarts[i]..<pattern.rowStarts[i + 1] {
                    let k = pattern.columnIndices[q]
                    if k != j && mark[k] != j {
                        mark[k] = j
                        neighbors.append(k)
                    }
                }
            }
            starts.append(neighbors.count)
        }
        return AdjacencyGraph(starts: starts, neighbors: neighbors)
    }

    /// The adjacency graph of a symmetric pattern: i ≠ j adjacent when (i, j) is a nonzero.
    /// - Complexity: O(n + nonzeros).
    @usableFromInline
    static func adjacency(ofSymmetric pattern: SparsityPattern) -> AdjacencyGraph {
        var starts = [0], neighbors = [Int]()
        neighbors.reserveCapacity(pattern.nonzeroCount)
        for i in 0..<pattern.rows {
            for p in pattern.rowStarts[i]..<pattern.rowStarts[i + 1] where pattern.columnIndices[p] != i {
                neighbors.append(pattern.columnIndices[p])
            }
            starts.append(neighbors.count)
        }
        return AdjacencyGraph(starts: starts, neighbors: neighbors)
    }

    /// Vertices by decreasing degree (ties by index).
    /// - Complexity: O(V log V).
    @usableFromInline
    var largestFirstOrder: [Int] {
        (0..<vertexCount).sorted { (degree($0), $1) > (degree($1), $0) }
    }

    /// Smallest-last: repeatedly remove a vertex of smallest remaining degree; the order is the
    /// reverse of removal.
    /// - Complexity: O(V + E) with degree buckets.
    @usableFromInline
    var smallestLastOrder: [Int] {
        let n = vertexCount
        if n == 0 { return [] }
        var current = (0..<n).map { degree($0) }
        let maxDegree = current.max() ?? 0
        var buckets = [[Int]](repeating: [], count: maxDegree + 1)
        for v in 0..<n { buckets[current[v]].append(v) }
        var removed = [Bool](repeating: false, count: n)
        var order = [Int]()
        order.reserveCapacity(n)
        var smallest = 0
        while order.count < n {
            smallest = Swift.max(0, smallest - 1)
            while buckets[smallest].isEmpty { smallest += 1 }
            let v = buckets[smallest].removeLast()
            if removed[v] || current[v] != smallest { continue }     // a stale bucket entry
            removed[v] = true
            order.append(v)
            for p in starts[v]..<starts[v + 1] {
                let w = neighbors[p]
                if !removed[w] {
                    current[w] -= 1
                    buckets[current[w]].append(w)
                    smallest = Swift.min(smallest, current[w])
                }
            }
        }
        return order.reversed()
    }

    /// A greedy distance-1 coloring in the given order: each vertex takes the smallest color
    /// none of its neighbors has.
    /// - Complexity: O(V + E).
    @usableFromInline
    func greedyColoring(order: [Int]) -> [Int] {
        var color = [Int](repeating: -1, count: vertexCount)
        var forbidden = [Int](repeating: -1, count: vertexCount + 1)
        for v in order {
            for p in starts[v]..<starts[v + 1] where color[neighbors[p]] >= 0 { forbidden[color[neighbors[p]]] = v }
            var c = 0
            while forbidden[c] == v { c += 1 }
            color[v] = c
        }
        return color
    }

    /// DSATUR (Brélaz 1979): repeatedly color the uncolored vertex whose neighbors already use
    /// the most distinct colors, with the smallest color they do not use. The order is dynamic;
    /// on stencils it comes closest to the optimum of the three orders tried.
    /// - Complexity: O(V + E·⌈colors/64⌉) with saturation buckets.
    @usableFromInline
    func saturationColoring() -> [Int] {
        let n = vertexCount
        var color = [Int](repeating: -1, count: n)
        if n == 0 { return color }
        let maxDegree = (0..<n).map(degree).max() ?? 0
        let words = maxDegree / 64 + 1                  // greedy never needs more than Δ + 1 colors
        var seen = [UInt64](repeating: 0, count: n * words)
        var saturation = [Int](repeating: 0, count: n)
        var buckets = [[Int]](repeating: [], count: maxDegree + 2)
        buckets[0] = Array((0..<n).reversed())           // ties: the lowest index first
        var top = 0, colored = 0
        while colored < n {
            while buckets[top].isEmpty { top -= 1 }
            let v = buckets[top].removeLast()
            if color[v] >= 0 || saturation[v] != top { continue }      // a stale entry
            var c = 0
            while seen[v * words + c / 64] & (1 << UInt64(c % 64)) != 0 { c += 1 }
            color[v] = c
            colored += 1
            for p in starts[v]..<starts[v + 1] {
                let w = neighbors[p]
                if color[w] >= 0 { continue }
                let bit: UInt64 = 1 << UInt64(c % 64)
                if seen[w * words + c / 64] & bit == 0 {
                    seen[w * words + c / 64] |= bit
                    saturation[w] += 1
                    buckets[saturation[w]].append(w)
                    top = Swift.max(top, saturation[w])
                }
            }
        }
        return color
    }

    /// A greedy star coloring in the given order (GMP 2005, star coloring algorithm 1).
    /// - Complexity: O(Σᵥ Σ over paths v–w–x–y) = O(V·d³) for maximum degree d.
    @usableFromInline
    func starColoring(order: [Int]) -> [Int] {
        var color = [Int](repeating: -1, count: vertexCount)
        var forbidden = [Int](repeating: -1, count: vertexCount + 1)
        for v in order {
            for p in starts[v]..<starts[v + 1] {
                let w = neighbors[p]
                if color[w] >= 0 { forbidden[color[w]] = v }
                for q in starts[w]..<starts[w + 1] {
                    let x = neighbors[q]
                    if x == v || color[x] < 0 { continue }
                    if color[w] < 0 {
                        forbidden[color[x]] = v
                    } else {
                        for r in starts[x]..<starts[x + 1] {
                            let y = neighbors[r]
                            if y != w && color[y] >= 0 && color[y] == color[w] {
                                forbidden[color[x]] = v
                                break
                            }
                        }
                    }
                }
            }
            var c = 0
            while forbidden[c] == v { c += 1 }
            color[v] = c
        }
        return color
    }
}

/// A coloring and the order that produced it.
public struct Coloring: Sendable, Equatable {
    /// The color of each column (Jacobian) or variable (Hessian), from 0.
    public let colors: [Int]
    /// How many colors: one compressed sweep each.
    public let colorCount: Int
    /// The vertex order that gave the fewest colors: `"natural"` (0, 1, 2, …),
    /// `"saturation (DSATUR)"`, `"smallest-last"` or `"largest-first"`.
    public let order: String

    /// The best of the colorings by `color` in the natural order, by `dynamic` (DSATUR for
    /// Jacobian columns) and by `color` in the smallest-last and largest-first orders, tried in
    /// that order (ties keep the earlier); a coloring that reaches
    /// `lowerBound` (the most nonzeros in a row: no coloring can use fewer) ends the search.
    @usableFromInline
    static func best(of graph: AdjacencyGraph, lowerBound: Int, dynamic: (() -> [Int])? = nil,
                     _ color: (AdjacencyGraph, [Int]) -> [Int]) -> Coloring {
        var best: Coloring?
        func consider(_ colors: [Int], _ name: String) -> Bool {
            let candidate = Coloring(colors: colors, order: name)
            if best == nil || candidate.colorCount < best!.colorCount { best = candidate }
            return best!.colorCount <= lowerBound
        }
        // The natural order first: free to compute, and on banded patterns (a tridiagonal
        // Jacobian or Hessian) it reaches the lower bound, so no other order is tried.
        if consider(color(graph, Array(0..<graph.vertexCount)), "natural") { return best! }
        if let dynamic, consider(dynamic(), "saturation (DSATUR)") { return best! }
        if consider(color(graph, graph.smallestLastOrder), "smallest-last") { return best! }
        _ = consider(color(graph, graph.largestFirstOrder), "largest-first")
        return best!
    }

    /// The best distance-1 coloring of a pattern's columns (columns that share a row differ):
    /// greedy in the natural, DSATUR, smallest-last and largest-first orders (see `best`).
    /// - Complexity: O(Σ over rows of their nonzero count squared) for the graph, then
    ///   O(V + E) per order tried.
    @usableFromInline
    static func ofColumns(_ pattern: SparsityPattern) -> Coloring {
        let graph = AdjacencyGraph.columnIntersection(of: pattern)
        return best(of: graph, lowerBound: pattern.maximumRowCount, dynamic: { graph.saturationColoring() }) { $0.greedyColoring(order: $1) }
    }

    /// The vertices of each color, color by color, each in increasing order.
    /// - Complexity: O(V); allocates.
    @usableFromInline
    var groups: [[Int]] {
        var groups = [[Int]](repeating: [], count: colorCount)
        for (v, c) in colors.enumerated() { groups[c].append(v) }
        return groups
    }

    init(colors: [Int], order: String) {
        self.colors = colors
        self.colorCount = (colors.max() ?? -1) + 1
        self.order = order
    }
}
