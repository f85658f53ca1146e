/// A scalar recorded on a reverse-mode ``Tape``: its value, and the index of the operation
/// that produced it.
///
/// `Tracked` conforms to ``ADScalar``, so every generic user function runs on it unchanged;
/// each operation appends one entry (parents and local partials from the rule table) to the
/// tape of its operands. Constants — literals, `S(c)` — are on no tape and record nothing.
///
/// Drivers make tracked values for you (``gradient(of:at:strategy:)`` with `.reverse`,
/// ``vjp(of:at:)``); a tracked value belongs to the call that made it:
/// - combining values from two different recordings stops with
///   "a Tracked value from another tape was used; tapes cannot be mixed";
/// - using one after its recording has finished stops with
///   "a Tracked value was used after its recording finished".
///
/// Equality and ordering compare values only, as for ``Dual``.
/// - Complexity: 24 bytes (for `Double`); no reference counting. Each operation is one
///   evaluation of the rule and one amortized O(1) append.
@frozen
public struct Tracked<T: ADScalar>: @unchecked Sendable {
    // @unchecked: the tape pointer is only dereferenced while its recording is live, and a
    // recording is confined to the call (and task) that made it.

    /// The primal value.
    public let value: T
    /// The entry that produced this value, or −1 for a constant.
    @usableFromInline let index: Int32
    /// The key of the recording this value belongs to (0 for a constant).
    @usableFromInline let key: UInt32
    /// The tape, or nil for a constant.
    @usableFromInline let header: UnsafeMutablePointer<TapeHeader<T>>?

    @inlinable @inline(__always)
    init(_ value: T, index: Int32, key: UInt32, header: UnsafeMutablePointer<TapeHeader<T>>?) {
        self.value = value
        self.index = index
        self.key = key
        self.header = header
    }

    /// A constant: on no tape, zero derivative.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T) {
        self.init(value, index: -1, key: 0, header: nil)
    }

    /// Whether this value is a constant (recorded on no tape).
    @inlinable public var isConstant: Bool { header == nil }

    /// The tape entry index of this value, or nil for a constant.
    @inlinable public var tapeIndex: Int? { header == nil ? nil : Int(index) }
}

extension Tracked {
    /// Records f(x) with local derivative `d` as a child of `x` (nothing for a constant `x`).
    @inlinable @inline(__always)
    static func record(_ value: T, parent x: Tracked, partial d: T) -> Tracked {
        guard let header = x.header else { return Tracked(value) }
        checkLive(header, x.key)
        let index = header.pointee.append(TapeEntry(lhs: x.index, dlhs: d, rhs: -1, drhs: 0))
        return Tracked(value, index: index, key: x.key, header: header)
    }

    /// Records f(x, y) with partials `dx`, `dy`; a constant operand contributes no parent.
    @inlinable @inline(__always)
    static func record(_ value: T, _ x: Tracked, _ dx: T, _ y: Tracked, _ dy: T) -> Tracked {
        guard let hx = x.header else { return record(value, parent: y, partial: dy) }
        guard let hy = y.header else { return record(value, parent: x, partial: dx) }
        if _slowPath(hx != hy || x.key != y.key) { mixedTapes() }
        checkLive(hx, x.key)
        let index = hx.pointee.append(TapeEntry(lhs: x.index, dlhs: dx, rhs: y.index, drhs: dy))
        return Tracked(value, index: index, key: x.key, header: hx)
    }

    /// Stops unless the tape is still recording under this value's key (its key is reset to
    /// 0 when the recording finishes).
    @inlinable @inline(__always)
    static func checkLive(_ header: UnsafeMutablePointer<TapeHeader<T>>, _ key: UInt32) {
        if _slowPath(header.pointee.key != key) { usedAfterRecording() }
    }
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
    /// `1.5 (tape #3)`, or `1.5 (constant)`.
    public var description: String {
        header == nil ? "\(value) (constant)" : "\(value) (tape #\(index))"
    }
}
