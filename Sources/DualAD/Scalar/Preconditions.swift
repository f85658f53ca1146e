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
