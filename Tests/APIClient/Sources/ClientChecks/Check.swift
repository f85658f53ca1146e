// The comparisons both clients use: each prints its line and counts a failure, and
// `finishChecks` exits non-zero if any failed.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DualAD

/// The number of failed checks so far (the clients are single-threaded scripts).
nonisolated(unsafe) public var failures = 0

/// Compares `got` with `expected` to a relative tolerance and prints the result.
public func check(_ name: String, _ got: Double, _ expected: Double, tolerance: Double = 1e-14) {
    let ok = got == expected || Swift.abs(got - expected) <= tolerance * Swift.max(1, Swift.abs(expected))
    print("\(ok ? "ok  " : "FAIL") \(name): \(got)  (expected \(expected))")
    if !ok { failures += 1 }
}

/// Compares a matrix entry by entry.
public func checkMatrix(_ name: String, _ got: Matrix<Double>, _ expected: [[Double]], tolerance: Double = 1e-14) {
    if got.rows != expected.count || got.columns != expected[0].count {
        print("FAIL \(name): shape \(got.rows) × \(got.columns), expected \(expected.count) × \(expected[0].count)")
        failures += 1
        return
    }
    for i in 0..<got.rows {
        for j in 0..<got.columns { check("\(name)[\(i), \(j)]", got[i, j], expected[i][j], tolerance: tolerance) }
    }
}

/// Prints the summary and exits non-zero if any check failed.
public func finishChecks(_ what: String) {
    if failures > 0 {
        print("\(failures) \(what) check(s) failed")
        exit(1)
    }
    print("All \(what) checks passed.")
}
