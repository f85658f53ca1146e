import DualAD
func poly<S: ADScalar>(_ x: S) -> S {
    1.5 + 2.25 * x - 0.5 * x * x + 3.75 * x * x * x - 1.125 * pow(x, 4) + 0.25 * pow(x, 5) - 2 * pow(x, 6) + 0.75 * pow(x, 7) - 1.5 * pow(x, 8) + 0.125 * pow(x, 9) - 3 * pow(x, 10) + 0.0625 * pow(x, 11) + 4.5 * pow(x, 12)
}
