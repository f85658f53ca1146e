// The checkpointing driver: checks its arguments and chooses the segment count; the recording
// and the backward sweeps per segment are the reverse layer's (`Reverse/Checkpointing.swift`).

/// The gradient of a layer chain's loss by reverse mode, optionally with checkpointing.
///
///     let (value, g, report) = gradient(of: chain, at: x, checkpointing: .squareRoot)
///     report.peakTapeEntries   // ≈ √L layers' worth instead of L
///
/// The gradient is the same as without checkpointing (the same operations are recorded, in
/// segments).
///
/// - Parameters:
///   - chain: The layers and the loss.
///   - x: The input state; n ≥ 1 components.
///   - checkpointing: `.none`, `.segments(S)` (S ≥ 1) or `.squareRoot`.
/// - Returns: The loss, its gradient with respect to x, and the cost report.
/// - Complexity: `.none`: one recording of L layers and one backward sweep; with S segments:
///   L plain layer evaluations, then L re-recorded ones in S pieces, and a backward sweep per
///   piece; peak tape ≈ ⌈L/S⌉ layers.
@inlinable
public func gradient<C: LayerChain, T: ADScalar>(
    of chain: C, at x: [T], checkpointing: Checkpointing
) -> (value: T, gradient: [T], report: CheckpointReport) {
    let call: StaticString = "gradient(of:at:checkpointing:)"
    checkNonEmpty(x.count, call)
    let layers = chain.layerCount
    let segmentCount: Int
    switch checkpointing {
    case .none: segmentCount = 1
    case .segments(let s):
        if s < 1 { usageFailure("\(call)", "the segment count of .segments(S) must be at least 1, got \(s).") }
        segmentCount = Swift.min(s, Swift.max(layers, 1))
    case .squareRoot:
        var s = 1
        while s * s < layers { s += 1 }
        segmentCount = s
    }
    return checkpointedGradient(of: chain, at: x, segmentCount: segmentCount, call: call)
}
