// Misuse of DualAD stops the program with a message that names the call, what was expected
// and what was given, e.g.
//   jvp(at:along:of:): `along` must have one component per input (2), got 3.
// The reporting is out of line (`@inline(never)`, cold) so that checks cost one compare on
// the hot path.

/// Stops with "`call`: `message`". Used for every misuse DualAD detects.
@inline(never) @usableFromInline
func usageFailure(_ call: String, _ message: String, file: StaticString = #file, line: UInt = #line) -> Never {
    fatalError("\(call): \(message)", file: file, line: line)
}

/// Stops if x is empty.
@inlinable
func checkNonEmpty(_ count: Int, _ call: StaticString) {
    if count == 0 { usageFailure("\(call)", "the point x must have at least one component, got an empty array.") }
}

/// Stops if a direction's length differs from x's.
@inlinable
func checkDirection(_ count: Int, inputs n: Int, label: String, _ call: StaticString) {
    if count != n {
        usageFailure("\(call)", "`\(label)` must have one component per input (\(n)), got \(count).")
    }
}

/// Stops: f's output count changed between sweeps.
@inline(never) @usableFromInline
func outputCountChanged(_ call: StaticString, first: Int, sweep: Int, now: Int) -> Never {
    usageFailure("\(call)", "f returned \(first) outputs on sweep 1 but \(now) on sweep \(sweep); outputs must not change size.")
}
