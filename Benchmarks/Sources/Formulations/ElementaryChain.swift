import DualAD

// A chain of elementary functions, `rounds` times, in two formulations.

/// One expression per round, the square written three times.
@inlinable @inline(never)
public func elementaryChain<S: ADScalar>(_ x: S, rounds: Int) -> S {
    var y = x
    for _ in 0..<rounds {
        y = tanh(sin(y) * exp(-y * y) + log1p(y * y)) + sqrt(1 + y * y) / 4
    }
    return y
}

/// Named temporaries: the square once, a scale instead of a division.
@inlinable @inline(never)
public func elementaryChainNamed<S: ADScalar>(_ x: S, rounds: Int) -> S {
    var y = x
    for _ in 0..<rounds {
        let square = y * y
        let damped = sin(y) * exp(-square)
        y = tanh(damped + log1p(square)) + 0.25 * sqrt(1 + square)
    }
    return y
}

/// The one-expression chain on the minimal dual.
@inlinable @inline(never)
public func elementaryChain(_ x: MinimalDual, rounds: Int) -> MinimalDual {
    var y = x
    for _ in 0..<rounds {
        y = tanh(sin(y) * exp(-y * y) + log1p(y * y)) + sqrt(1 + y * y) / 4
    }
    return y
}

/// The named-temporaries chain on the minimal dual.
@inlinable @inline(never)
public func elementaryChainNamed(_ x: MinimalDual, rounds: Int) -> MinimalDual {
    var y = x
    for _ in 0..<rounds {
        let square = y * y
        let damped = sin(y) * exp(-square)
        y = tanh(damped + log1p(square)) + 0.25 * sqrt(1 + square)
    }
    return y
}
