// Checks the numbers API.md states, against closed forms computed here in plain Double.
// Exits non-zero on any mismatch, naming the call.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

nonisolated(unsafe) var failures = 0

func check(_ name: String, _ got: Double, _ expected: Double, tolerance: Double = 1e-14) {
    let ok = got == expected || Swift.abs(got - expected) <= tolerance * Swift.max(1, Swift.abs(expected))
    print("\(ok ? "ok  " : "FAIL") \(name): \(got)  (expected \(expected))")
    if !ok { failures += 1 }
}

func runChecks() {
    check("y.value", y.value, 9 + sin(3.0))
    check("y.tangent", y.tangent, 6 + cos(3.0))
    check("d", d, 4 + cos(2.0))
    check("vd.value", vd.value, exp(2.0) / 2)
    check("vd.derivative", vd.derivative, exp(2.0) / 4)
    check("d2", d2, 12)
    if failures > 0 {
        print("\(failures) API.md check(s) failed")
        exit(1)
    }
    print("All API.md checks passed.")
}
