// Rematerialization (checkpointing) for a chain of layers: instead of one tape for all L
// layers, keep only the states at the heads of S segments (plain numbers), then walk the
// segments backwards, re-recording each from its head and pulling the cotangent through it.
// With S = √L the peak tape holds about √L layers instead of L, for one extra forward pass.

/// A computation that is a chain of L layers followed by a scalar loss:
/// x₀ = x, xₖ₊₁ = layer(k, xₖ), f(x) = loss(x_L), each written once, generic over the scalar.
///
/// The chain form lets ``gradient(of:at:checkpointing:)`` trade memory for recomputation.
public protocol LayerChain {
    /// The number of layers L.
    var layerCount: Int { get }
    /// Layer k (0-based) applied to a state.
    func layer<S: ADScalar>(_ k: Int, _ state: [S]) -> [S]
    /// The loss of the final state.
    func loss<S: ADScalar>(_ state: [S]) -> S
}

/// How ``gradient(of:at:checkpointing:)`` stores the chain for the backward sweep.
public enum Checkpointing: Sendable, Hashable {
    /// One tape for the whole chain: peak memory O(L), no recomputation.
    case none
    /// S segments: only their head states are kept; each segment is re-recorded during the
    /// backward sweep. Peak tape about L/S layers plus one loss; L extra layer evaluations.
    case segments(Int)
    /// ⌈√L⌉ segments: peak tape about √L layers.
    case squareRoot
}

/// What a checkpointed gradient cost.
public struct CheckpointReport: Sendable, Hashable, CustomStringConvertible {
    /// The number of segments used (1 for `.none`).
    public let segments: Int
    /// The largest number of tape entries alive at once.
    public let peakTapeEntries: Int
    /// `peakTapeEntries` in bytes.
    public let peakTapeBytes: Int
    /// Layer evaluations performed: L without checkpointing, 2L with it.
    public let layerEvaluations: Int

    /// A report with the given counts.
    @inlinable
    public init(segments: Int, peakTapeEntries: Int, peakTapeBytes: Int, layerEvaluations: Int) {
        self.segments = segments
        self.peakTapeEntries = peakTapeEntries
        self.peakTapeBytes = peakTapeBytes
        self.layerEvaluations = layerEvaluations
    }

    /// `segments 8, peak tape 1234 entries (29616 B), 128 layer evaluations`.
    public var description: String {
        "segments \(segments), peak tape \(peakTapeEntries) entries (\(peakTapeBytes) B), \(layerEvaluations) layer evaluations"
    }
}

/// The loss of `chain` at x and its gradient by reverse mode in `segmentCount` segments (1: one
/// tape for the whole chain), with the cost report.
/// - Complexity: See ``gradient(of:at:checkpointing:)``.
@inlinable
func checkpointedGradient<C: LayerChain, T: ADScalar>(
    of chain: C, at x: [T], segmentCount: Int, call: StaticString
) -> (value: T, gradient: [T], report: CheckpointReport) {
    let layers = chain.layerCount
    let length = layers == 0 ? 0 : (layers + segmentCount - 1) / segmentCount
    let entryBytes = Tape<T>.entryByteCount

    if segmentCount == 1 {
        // One tape for everything.
        let (tape, y) = record(x, call: call, { inputs -> Tracked<T> in
            var state = inputs
            for k in 0..<layers { state = chain.layer(k, state) }
            return chain.loss(state)
        })
        var adjoints: [T] = []
        tape.backward(seeds: [y.backwardSeed(1)], into: &adjoints)
        let report = CheckpointReport(segments: 1, peakTapeEntries: tape.count,
                                      peakTapeBytes: tape.count * entryBytes, layerEvaluations: layers)
        return (y.value, Array(adjoints[0..<x.count]), report)
    }

    // Forward on plain numbers, keeping the head state of every segment.
    var heads: [[T]] = []
    var state = x
    for k in 0..<layers {
        if k % length == 0 { heads.append(state) }
        state = chain.layer(k, state)
    }
    // The loss, recorded on its own tape: its gradient is the cotangent of the final state.
    let (lossTape, lossValue) = record(state, call: call, { chain.loss($0) })
    var adjoints: [T] = []
    lossTape.backward(seeds: [lossValue.backwardSeed(1)], into: &adjoints)
    var cotangent = Array(adjoints[0..<state.count])
    var peak = lossTape.count
    // Segments last to first: re-record from the head, pull the cotangent back to the head.
    for s in stride(from: heads.count - 1, through: 0, by: -1) {
        let start = s * length, end = Swift.min(start + length, layers)
        let (tape, outputs) = record(heads[s], call: call, { inputs -> [Tracked<T>] in
            var state = inputs
            for k in start..<end { state = chain.layer(k, state) }
            return state
        })
        if outputs.count != cotangent.count {
            usageFailure("\(call)", "layer \(end - 1) returned \(outputs.count) components, but the next layer or the loss took \(cotangent.count); re-recording must give the same shapes.")
        }
        peak = Swift.max(peak, tape.count)
        var seeds: [(index: Int32, cotangent: T)] = []
        for (y, u) in zip(outputs, cotangent) where !y.isConstant { seeds.append(y.backwardSeed(u)) }
        tape.backward(seeds: seeds, into: &adjoints)
        cotangent = Array(adjoints[0..<heads[s].count])
    }
    let report = CheckpointReport(segments: heads.count, peakTapeEntries: peak,
                                  peakTapeBytes: peak * entryBytes, layerEvaluations: 2 * layers)
    return (lossValue.value, cotangent, report)
}
