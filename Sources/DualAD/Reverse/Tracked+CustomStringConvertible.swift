extension Tracked: CustomStringConvertible {
    /// `1.5 (tape #3)` for a value with its own entry, `1.5 (2.0 × tape #3)` for one derived
    /// from entry 3 with scale 2, or `1.5 (constant)`.
    /// - Complexity: O(1); allocates the text.
    public var description: String {
        if header == nil { return "\(value) (constant)" }
        if key & ownsEntryBit != 0 { return "\(value) (tape #\(index))" }
        return "\(value) (\(scale) × tape #\(index))"
    }
}
