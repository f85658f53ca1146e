extension Dual: CustomStringConvertible {
    /// The dual as the math reads: `3.0 + 1.0ε`, `2.0 - 0.5ε`; a nested dual prints its
    /// parts in parentheses, `(2.0 + 1.0ε) + (1.0 + 0.0ε)ε`.
    public var description: String {
        let nested = !(T.self is any BinaryFloatingPoint.Type)
        let valueText = nested ? "(\(value))" : "\(value)"
        if nested { return "\(valueText) + (\(tangent))ε" }
        let tangentText = "\(tangent)"
        if tangentText.hasPrefix("-") {
            return "\(valueText) - \(tangentText.dropFirst())ε"
        }
        return "\(valueText) + \(tangentText)ε"
    }
}
