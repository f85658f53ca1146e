/// A scalar recorded on a reverse-mode ``Tape``: its value, and how it depends on one entry
/// of the tape.
///
/// `Tracked` conforms to ``ADScalar``, so every generic user function runs on it unchanged.
/// Only operations that combine two recorded values append an entry (parents and local
/// partials from the rule table). An operation with one recorded operand — `exp(x)`,
/// `100 * x`, `1 - x`, `x * x` — appends nothing: the result refers to its operand's entry
/// with a scale, the chain-rule product of the local derivatives since that entry
/// (v = g(entry), `scale` = ∂v/∂entry). This halves the tape of typical code; see
/// `Guides/HowItWorks.md`. Constants — literals, `S(c)` — are on no tape.
///
/// Drivers make tracked values for you (``gradient(of:at:strategy:)`` with `.reverse`,
/// ``vjp(of:at:)``); a tracked value belongs to the call that made it:
/// - combining values from two different recordings stops with
///   "a Tracked value from another tape was used; tapes cannot be mixed";
/// - using one after its recording has finished stops with
///   "a Tracked value was used after its recording finished".
///
/// Equality and ordering compare values only, as for ``Dual``.
/// - Complexity: 32 bytes (for `Double`); no reference counting. An operation with one
///   recorded operand is one evaluation of its rule and one multiplication; one with two is
///   that plus an amortized O(1) append.
@frozen
public struct Tracked<T: ADScalar>: @unchecked Sendable {
    // @unchecked: the tape pointer is only dereferenced while its recording is live, and a
    // recording is confined to the call (and task) that made it.

    /// The primal value.
    public let value: T
    /// ∂value/∂(entry `index`): 1 for the value an entry was made for, the product of the
    /// local derivatives since then for a value derived from it by one-operand operations.
    @usableFromInline let scale: T
    /// The entry this value depends on (−1 for a constant).
    @usableFromInline let index: Int32
    /// The key of the recording this value belongs to (0 for a constant), with the low bit set
    /// when this value is the one its entry was made for (see ``tapeIndex``).
    @usableFromInline let key: UInt32
    /// The tape, or nil for a constant.
    @usableFromInline let header: UnsafeMutablePointer<TapeHeader>?

    @inlinable @inline(__always)
    init(_ value: T, scale: T, index: Int32, key: UInt32, header: UnsafeMutablePointer<TapeHeader>?) {
        self.value = value
        self.scale = scale
        self.index = index
        self.key = key
        self.header = header
    }

    /// A constant: on no tape, zero derivative.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T) {
        self.init(value, scale: 0, index: -1, key: 0, header: nil)
    }

    /// Whether this value is a constant (recorded on no tape).
    @inlinable public var isConstant: Bool { header == nil }

    /// The tape entry whose adjoint is ∂f/∂(this value): set for the inputs, the results of
    /// operations on two recorded values and the values passed through ``Tape/node(_:)``;
    /// nil for a constant and for a value that a one-operand operation produced (it shares its
    /// operand's entry — give it one with ``Tape/node(_:)`` to read its adjoint).
    @inlinable public var tapeIndex: Int? {
        header != nil && key & ownsEntryBit != 0 ? Int(index) : nil
    }

    /// The recording's key, without the entry-ownership bit.
    @inlinable @inline(__always)
    var recordingKey: UInt32 { key & ~ownsEntryBit }
}

/// The low bit of `Tracked.key`: set when the value owns its entry. Recording keys are even.
@usableFromInline let ownsEntryBit: UInt32 = 1

extension Tracked {
    /// f(x) with local derivative `d`: refers to x's entry with scale d · x.scale, appending
    /// nothing (a constant `x` gives a constant).
    @inlinable @inline(__always)
    static func record(_ value: T, parent x: Tracked, partial d: T) -> Tracked {
        guard let header = x.header else { return Tracked(value) }
        let key = x.recordingKey
        checkLive(header, key)
        return Tracked(value, scale: d * x.scale, index: x.index, key: key, header: header)
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
        checkLive(hx, key)
        if _slowPath(x.index == y.index) {
            return Tracked(value, scale: dx * x.scale + dy * y.scale, index: x.index, key: key, header: hx)
        }
        let index = hx.pointee.append(TapeEntry(lhs: x.index, dlhs: dx * x.scale, rhs: y.index, drhs: dy * y.scale))
        return Tracked(value, scale: 1, index: index, key: key | ownsEntryBit, header: hx)
    }

    /// Stops unless the tape is still recording under this key (the tape's key is reset to
    /// 0 when the recording finishes).
    @inlinable @inline(__always)
    static func checkLive(_ header: UnsafeMutablePointer<TapeHeader>, _ key: UInt32) {
        if _slowPath(header.pointee.key != key) { usedAfterRecording() }
    }

    /// The backward-sweep seed for cotangent `u` on this value: its entry and scale · u.
    @inlinable @inline(__always)
    func seed(_ u: T) -> (index: Int32, cotangent: T) { (index, scale * u) }
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

extension Tracked: CustomStringConvertible {
    /// `1.5 (tape #3)` for a value with its own entry, `1.5 (2.0 × tape #3)` for one derived
    /// from entry 3 with scale 2, or `1.5 (constant)`.
    public var description: String {
        if header == nil { return "\(value) (constant)" }
        if key & ownsEntryBit != 0 { return "\(value) (tape #\(index))" }
        return "\(value) (\(scale) × tape #\(index))"
    }
}
