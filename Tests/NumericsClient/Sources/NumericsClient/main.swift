import DualAD
import RealModule
import ComplexModule

func logistic<T: Real>(_ x: T) -> T { 1 / (1 + T.exp(-x)) }
let dl = derivative(at: 0.3) { logistic($0) }                        // σ(1 − σ)
let dg = derivative(at: 2.5) { Dual<Double>.gamma($0) }              // Γ′(2.5) = 0.93473…
let dz = derivative(at: 0.8) { x in Complex.exp(Complex(x, Dual(0.5))).real }   // e^0.8 · cos 0.5

// Not part of API-next.md: check the numbers the calls above gave (Checks.swift).
runChecks()
