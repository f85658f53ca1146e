extension Dual: Codable where T: Codable {
    @usableFromInline
    enum CodingKeys: String, CodingKey {
        case value, tangent
    }

    /// Decodes a dual from a keyed container `{"value": …, "tangent": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(T.self, forKey: .value),
                  tangent: try container.decode(T.self, forKey: .tangent))
    }

    /// Encodes the dual as a keyed container `{"value": …, "tangent": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(tangent, forKey: .tangent)
    }
}
