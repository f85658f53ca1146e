import Foundation

/// What an example reports to: it prints the notes' numbers beside DualAD's, checks DualAD's
/// against exact independent values, and writes plots.
final class ExampleContext {
    /// Checks that failed, with their labels.
    private(set) var failures: [String] = []
    /// How many exact checks ran.
    private(set) var checkCount = 0
    /// Where to write SVG plots, if anywhere.
    let plotsDirectory: String?
    /// A label substring whose expected values are perturbed (to prove `--check` can fail).
    let perturbedLabel: String?

    init(plotsDirectory: String?, perturbedLabel: String?) {
        self.plotsDirectory = plotsDirectory
        self.perturbedLabel = perturbedLabel
    }

    func say(_ line: String = "") { print(line) }

    /// A number the lecture notes print, beside DualAD's. They agree when DualAD's value rounds
    /// to the notes' digits; otherwise `reason` must say why the notes differ (a rounded
    /// intermediate, a sign convention, an arithmetic slip) — an unexplained difference fails.
    func notes(_ label: String, printed: String, ours: Double, reason: String? = nil) {
        let notesValue = Double(printed)!
        let decimals = printed.split(separator: ".").dropFirst().first?.count ?? 0
        let halfUnit = 0.5 * pow(10, -Double(decimals)) * (1 + 1e-9)
        let agrees = Swift.abs(ours - notesValue) <= halfUnit
        var line = "  \(pad(label, 22)) notes \(pad(printed, 9)) DualAD \(pad(show(ours), 22)) Δ \(show(ours - notesValue, digits: 2))"
        if agrees {
            line += "  ✓ to the printed digits"
        } else if let reason {
            line += "  ← \(reason)"
        } else {
            line += "  ✗ differs beyond the printed digits, unexplained"
            failures.append("\(label): notes \(printed), DualAD \(ours), unexplained")
        }
        say(line)
    }

    /// DualAD's value against an exact independent one (closed form, hand-derived formula,
    /// the other mode). This is what `--check` counts.
    @discardableResult
    func check(_ label: String, _ ours: Double, exact: Double, tolerance: Double = 1e-14, quiet: Bool = false) -> Bool {
        checkCount += 1
        var expected = exact
        if let perturbedLabel, label.contains(perturbedLabel) { expected += 1e-3 * Swift.max(1, Swift.abs(exact)) }
        let error = Swift.abs(ours - expected) / Swift.max(1, Swift.abs(expected))
        let ok = ours == expected || error <= tolerance
        if !ok { failures.append("\(label): DualAD \(ours), exact \(expected), relative error \(error) > \(tolerance)") }
        if !quiet || !ok {
            say("  \(ok ? "✓" : "✗") \(pad(label, 34)) \(pad(show(ours), 24)) exact \(show(expected))")
        }
        return ok
    }

    /// Checks every entry of a vector, printing one summary line (and every failing entry).
    func check(_ label: String, _ ours: [Double], exact: [Double], tolerance: Double = 1e-14) {
        if ours.count != exact.count {
            checkCount += 1
            failures.append("\(label): \(ours.count) entries, expected \(exact.count)")
            return
        }
        var ok = true, worst = 0.0
        for i in ours.indices {
            ok = check("\(label)[\(i)]", ours[i], exact: exact[i], tolerance: tolerance, quiet: true) && ok
            worst = Swift.max(worst, Swift.abs(ours[i] - exact[i]) / Swift.max(1, Swift.abs(exact[i])))
        }
        say("  \(ok ? "✓" : "✗") \(pad(label, 34)) \(ours.count) entries, largest relative difference \(show(worst, digits: 2))")
    }

    /// A table with a header row; columns are right-aligned except the first.
    func table(_ header: [String], _ rows: [[String]]) {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        for (r, row) in all.enumerated() {
            let cells = row.indices.map { c in c == 0 ? pad(row[c], widths[c]) : leftPad(row[c], widths[c]) }
            say("  " + cells.joined(separator: "  "))
            if r == 0 { say("  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
        }
    }

    /// Writes a plot as `<plots>/<file>` when `--plots` was given.
    func plot(_ plot: SVGPlot, file: String) {
        guard let plotsDirectory else { return }
        let path = (plotsDirectory as NSString).appendingPathComponent(file)
        do {
            try FileManager.default.createDirectory(atPath: plotsDirectory, withIntermediateDirectories: true)
            try plot.render().write(toFile: path, atomically: true, encoding: .utf8)
            say("  plot written: \(path)")
        } catch {
            failures.append("could not write \(path): \(error)")
        }
    }
}

/// A number with enough digits to compare: 12 significant digits.
func show(_ x: Double, digits: Int = 12) -> String {
    if x == 0 { return "0" }
    if !x.isFinite { return "\(x)" }
    return String(format: "%.\(digits)g", x)
}

func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}

func leftPad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}
