extension ChunkedDual: CustomStringConvertible {
    /// The value and its tangents, `3.0 + [1.0, 0.0]ε`.
    /// - Complexity: O(N); allocates the text.
    public var description: String { "\(value) + \(tangentArray)ε" }
}
