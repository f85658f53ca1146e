import Foundation
import DualAD

// The examples runner: the lecture notes' worked examples, reproduced and checked.
//   swift run Examples                 index, then every example
//   swift run Examples NAME…           some (by name or number)
//   swift run Examples --list          the index only
//   swift run Examples --check         exit non-zero if any number differs from its exact value
//   swift run Examples --plots DIR     also write the figures as SVG files into DIR

let usage = """
usage: swift run Examples [--list] [--check] [--plots DIR] [--help] [NAME|NUMBER …]

Runs the worked examples of the lecture notes with DualAD. Each example prints the notes'
numbers beside DualAD's (and says why where the notes' rounding or arithmetic differs), and
checks DualAD's numbers against exact independent values: closed forms, hand-derived
formulas, the other differentiation mode.

  --list        list the examples and exit
  --check       exit with status 1 if any checked number differs from its exact value
  --plots DIR   write the figures (finite-difference errors, f and f′, the forward/reverse
                crossover, rematerialization memory, the training loss) as SVG files in DIR
  --help        this text
  NAME|NUMBER   run only these examples, e.g. `tanh-trace` or `4`
"""

var arguments = Array(CommandLine.arguments.dropFirst())
var listOnly = false, checkMode = false, plotsDirectory: String? = nil
var selected: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--help", "-h": print(usage); exit(0)
    case "--list": listOnly = true
    case "--check": checkMode = true
    case "--plots":
        guard !arguments.isEmpty else { print("--plots needs a directory\n\n\(usage)"); exit(2) }
        plotsDirectory = arguments.removeFirst()
    default:
        if argument.hasPrefix("-") { print("unknown option \(argument)\n\n\(usage)"); exit(2) }
        selected.append(argument)
    }
}

func index() {
    print("DualAD examples — the lecture notes' worked examples, computed and checked\n")
    for (i, example) in catalog.enumerated() {
        print("  \(leftPad("\(i + 1)", 2)). \(pad(example.name, 20)) \(example.title)  (\(example.source))")
    }
    print()
}

var toRun: [(Int, Example)] = []
for name in selected {
    if let number = Int(name), (1...catalog.count).contains(number) {
        toRun.append((number, catalog[number - 1]))
    } else if let i = catalog.firstIndex(where: { $0.name == name }) {
        toRun.append((i + 1, catalog[i]))
    } else {
        print("no example named \(name); --list shows them"); exit(2)
    }
}
if toRun.isEmpty { toRun = catalog.enumerated().map { ($0.offset + 1, $0.element) } }

index()
if listOnly { exit(0) }

let context = ExampleContext(plotsDirectory: plotsDirectory,
                             perturbedLabel: ProcessInfo.processInfo.environment["DUALAD_EXAMPLES_PERTURB"])
let clock = ContinuousClock()
let start = clock.now
for (number, example) in toRun {
    print("── \(number). \(example.title) (\(example.source)) ──")
    let began = clock.now
    example.run(context)
    print("  [\(example.name): \(clock.now - began)]\n")
}
print("\(toRun.count) examples, \(context.checkCount) checks against exact values, \(context.failures.count) failed, in \(clock.now - start).")
if !context.failures.isEmpty {
    print("Failures:")
    for failure in context.failures { print("  \(failure)") }
    if checkMode { exit(1) }
}
