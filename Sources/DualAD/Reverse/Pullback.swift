/// The pullback of a recorded function: maps an output cotangent u to the input cotangent
/// uᵀJ (a vector-Jacobian product), by one backward sweep over the recording.
///
/// Apply it to as many cotangents as you like; the function is not evaluated again. It keeps
/// its recording alive for as long as it exists, and is safe to call from several tasks at
/// once (each call uses its own adjoint buffer).
///
/// - Complexity: Each call is one backward sweep: O(#recorded operations) time and memory.
public struct Pullback<T: ADScalar>: Sendable {
    @usableFromInline let tape: Tape<T>
    @usableFromInline let outputs: [Tracked<T>]
    @usableFromInline let inputCount: Int

    @inlinable
    init(tape: Tape<T>, outputs: [Tracked<T>], inputCount: Int) {
        self.tape = tape
        self.outputs = outputs
        self.inputCount = inputCount
    }

    /// The number of recorded operations, inputs included.
    @inlinable public var recordedOperations: Int { tape.count }

    /// uᵀJ(x): the input cotangent for the output cotangent `u` (one component per output).
    /// - Complexity: One backward sweep.
    @inlinable
    public func callAsFunction(_ u: [T]) -> [T] {
        if u.count != outputs.count {
            usageFailure("vjp(of:at:) pullback", "the cotangent must have one component per output (\(outputs.count)), got \(u.count).")
        }
        var seeds: [(index: Int32, cotangent: T)] = []
        seeds.reserveCapacity(u.count)
        for (y, ui) in zip(outputs, u) where !y.isConstant { seeds.append(y.backwardSeed(ui)) }
        var adjoints: [T] = []
        tape.backward(seeds: seeds, into: &adjoints)
        return Array(adjoints[0..<inputCount])
    }
}
