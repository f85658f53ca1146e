// How a tracked value records an operation: one operand folds into a scaled reference to its
// entry; two operands on different entries append one entry with both partials. Every check
// that a value belongs to a live recording is here.

extension Tracked {
    /// f(x) with local derivative `d`: refers to x's entry with scale d · x.scale, appending
    /// nothing (a constant `x` gives a constant).
    ///
    /// No liveness check: nothing is written to the tape, and the result is exactly as stale
    /// as `x` — it stops where it meets another recorded value (the append below), a driver
    /// or `Tape.node(_:)`. Checking here cost 9 % of a reverse gradient: the key is atomic,
    /// and atomic loads are not merged the way the plain ones were.
    @inlinable @inline(__always)
    static func record(_ value: T, parent x: Tracked, partial d: T) -> Tracked {
        guard let header = x.header else { return Tracked(value) }
        return Tracked(value, scale: d * x.scale, index: x.index, key: x.recordingKey, header: header)
    }

    /// f(x, y) with partials `dx`, `dy`: one entry when x and y depend on different entries;
    /// otherwise (a constant operand, or both from one entry, as in `x * x`) a scaled
    /// reference as for one operand.
    @inlinable @inline(__always)
    static func record(_ value: T, _ x: Tracked, _ dx: T, _ y: Tracked, _ dy: T) -> Tracked {
        guard let hx = x.header else { return record(value, parent: y, partial: dy) }
        guard let hy = y.header else { return record(value, parent: x, partial: dx) }
        let key = x.recordingKey
        if _slowPath(hx != hy || key != y.recordingKey) { mixedTapes() }
        // Both from one entry (`x * x`): a scaled reference, written nowhere, so no liveness
        // check — as for one operand above.
        if _slowPath(x.index == y.index) {
            return Tracked(value, scale: dx * x.scale + dy * y.scale, index: x.index, key: key, header: hx)
        }
        checkLive(hx, key)
        let index = hx.pointee.append(TapeEntry(lhs: x.index, dlhs: dx * x.scale, rhs: y.index, drhs: dy * y.scale))
        return Tracked(value, scale: 1, index: index, key: key | ownsEntryBit, header: hx)
    }

    /// Stops unless the tape is still recording under this key (the tape's key is reset to
    /// 0 when the recording finishes). Safe for a stale value: headers are never freed, and
    /// the key is read atomically (see `Tape.swift`).
    @inlinable @inline(__always)
    static func checkLive(_ header: UnsafeMutablePointer<TapeHeader>, _ key: UInt32) {
        if _slowPath(header.pointee.currentKey != key) { usedAfterRecording() }
    }

    /// The backward-sweep seed for cotangent `u` on this value: its entry and scale · u.
    @inlinable @inline(__always)
    func backwardSeed(_ u: T) -> (index: Int32, cotangent: T) { (index, scale * u) }
}

/// Stops: two tracked operands come from different recordings.
@inline(never) @usableFromInline
func mixedTapes() -> Never {
    usageFailure("Tracked", "a Tracked value from another tape was used; tapes cannot be mixed (each gradient, VJP or Jacobian call records its own).")
}

/// Stops: a tracked value outlived its recording.
@inline(never) @usableFromInline
func usedAfterRecording() -> Never {
    usageFailure("Tracked", "a Tracked value was used after its recording finished; values of one reverse-mode call cannot be reused in a later computation.")
}
