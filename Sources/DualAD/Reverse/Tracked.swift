/// A scalar recorded on a reverse-mode ``Tape``: its value, and how it depends on one entry
/// of the tape.
///
/// `Tracked` conforms to ``ADScalar``, so every generic user function runs on it unchanged.
/// Only operations that combine two recorded values append an entry (parents and local
/// partials from the rule table). An operation with one recorded operand — `exp(x)`,
/// `100 * x`, `1 - x`, `x * x` — appends nothing: the result refers to its operand's entry
/// with a scale, the chain-rule product of the local derivatives since that entry
/// (v = g(entry), `scale` = ∂v/∂entry). This halves the tape of typical code; see
/// <doc:HowItWorks>. Constants — literals, `S(c)` — are on no tape.
///
/// Drivers make tracked values for you (``gradient(of:at:strategy:)`` with `.reverse`,
/// ``vjp(of:at:)->([T],_)``); a tracked value belongs to the call that made it:
/// - combining values from two different recordings stops with
///   "a Tracked value from another tape was used; tapes cannot be mixed";
/// - using one after its recording has finished stops with
///   "a Tracked value was used after its recording finished" where it meets another recorded
///   value of another entry, a driver or ``Tape/node(_:)``; an operation on it alone
///   (`exp(x)`, `2 * x`, `x * x`) writes nothing and gives an equally stale value. No check
///   reads freed memory: tape headers are recycled, never freed, and their key is atomic
///   (`Reverse/Tape.swift`).
///
/// Equality and ordering compare values only, as for ``Dual``.
/// - Complexity: 32 bytes (for `Double`); no reference counting. An operation with one
///   recorded operand is one evaluation of its rule and one multiplication; one with two is
///   that plus an amortized O(1) append.
@frozen
public struct Tracked<T: ADScalar>: @unchecked Sendable {
    // @unchecked (it holds a pointer): the header it points to is never freed, the only field
    // read before the liveness check is the atomic key, and everything past the check belongs
    // to a recording confined to the call (and task) that made it (see `Tape.swift`).

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

/// Hashes the value only (``DifferentiableScalar``), consistent with `==`.
extension Tracked: Hashable where T: Hashable {}

/// `FloatingPoint` where the primal type is (``DifferentiableScalar``'s defaults, written once).
extension Tracked: Strideable, FloatingPoint where T: FloatingPoint {}
