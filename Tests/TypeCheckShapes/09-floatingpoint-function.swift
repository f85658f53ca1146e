import DualAD
func response<T: FloatingPoint>(_ x: T) -> T { (x * x + 1).squareRoot() * .pi - x.rounded(.down) }
let dr = derivative(at: 1.3) { response($0) }
