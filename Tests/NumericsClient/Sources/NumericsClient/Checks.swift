// Checks the numbers of API-next.md section 1's Numerics block against closed forms.
// Exits non-zero on any mismatch, naming the call.

import Foundation
import DualAD

func runChecks() {
    let sigma = 1 / (1 + Foundation.exp(-0.3))
    var failures = 0
    let checks: [(String, Double, Double)] = [
        ("dl", dl, sigma * (1 - sigma)),
        ("dg", dg, Foundation.tgamma(2.5) * 0.7031566406452431872257),   // Γ(2.5)·ψ(2.5); ψ from mpmath
        ("dz", dz, Foundation.exp(0.8) * Foundation.cos(0.5)),
    ]
    for (name, got, expected) in checks {
        let ok = Swift.abs(got - expected) <= 1e-14 * Swift.max(1, Swift.abs(expected))
        print("\(ok ? "ok  " : "FAIL") \(name): \(got)  (expected \(expected))")
        if !ok { failures += 1 }
    }
    if failures > 0 {
        print("\(failures) API-next.md Numerics check(s) failed")
        exit(1)
    }
    print("All API-next.md Numerics checks passed.")
}
