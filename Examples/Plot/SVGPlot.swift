import Foundation

// A small SVG line-plot writer: axes with ticks, linear or log-10 scales, several labelled
// series. Written here because the root package takes no dependencies.

/// One plotted series: points in data coordinates, a colour and a legend label.
struct Series {
    var label: String
    var points: [(x: Double, y: Double)]
    var color: String
    var dashed = false
}

/// A line plot that renders itself as a standalone SVG document.
struct SVGPlot {
    var title: String
    var xLabel: String
    var yLabel: String
    var logX = false
    var logY = false
    var series: [Series] = []

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"]

    let width = 640.0, height = 420.0
    let left = 70.0, right = 160.0, top = 40.0, bottom = 55.0

    private func transform(_ v: Double, log: Bool) -> Double? {
        if log { return v > 0 && v.isFinite ? log10(v) : nil }
        return v.isFinite ? v : nil
    }

    /// The SVG document.
    func render() -> String {
        let mapped = series.map { s in
            s.points.compactMap { p -> (Double, Double)? in
                guard let x = transform(p.x, log: logX), let y = transform(p.y, log: logY) else { return nil }
                return (x, y)
            }
        }
        let all = mapped.flatMap { $0 }
        var (xMin, xMax) = (all.map(\.0).min() ?? 0, all.map(\.0).max() ?? 1)
        var (yMin, yMax) = (all.map(\.1).min() ?? 0, all.map(\.1).max() ?? 1)
        if xMax == xMin { xMin -= 1; xMax += 1 }
        if yMax == yMin { yMin -= 1; yMax += 1 }
        let pad = (yMax - yMin) * 0.05
        yMin -= pad; yMax += pad
        let plotW = width - left - right, plotH = height - top - bottom
        func px(_ x: Double) -> Double { left + (x - xMin) / (xMax - xMin) * plotW }
        func py(_ y: Double) -> Double { top + (1 - (y - yMin) / (yMax - yMin)) * plotH }

        var svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(fmt(left + plotW / 2))" y="22" text-anchor="middle" font-size="15">\(escape(title))</text>
        <rect x="\(fmt(left))" y="\(fmt(top))" width="\(fmt(plotW))" height="\(fmt(plotH))" fill="none" stroke="#333"/>

        """
        for tick in ticks(xMin, xMax, log: logX) {
            let x = px(tick)
            svg += "<line x1=\"\(fmt(x))\" y1=\"\(fmt(top + plotH))\" x2=\"\(fmt(x))\" y2=\"\(fmt(top + plotH + 5))\" stroke=\"#333\"/>\n"
            svg += "<line x1=\"\(fmt(x))\" y1=\"\(fmt(top))\" x2=\"\(fmt(x))\" y2=\"\(fmt(top + plotH))\" stroke=\"#eee\"/>\n"
            svg += "<text x=\"\(fmt(x))\" y=\"\(fmt(top + plotH + 18))\" text-anchor=\"middle\">\(tickLabel(tick, log: logX))</text>\n"
        }
        for tick in ticks(yMin, yMax, log: logY) {
            let y = py(tick)
            svg += "<line x1=\"\(fmt(left - 5))\" y1=\"\(fmt(y))\" x2=\"\(fmt(left))\" y2=\"\(fmt(y))\" stroke=\"#333\"/>\n"
            svg += "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y))\" x2=\"\(fmt(left + plotW))\" y2=\"\(fmt(y))\" stroke=\"#eee\"/>\n"
            svg += "<text x=\"\(fmt(left - 8))\" y=\"\(fmt(y + 4))\" text-anchor=\"end\">\(tickLabel(tick, log: logY))</text>\n"
        }
        svg += "<text x=\"\(fmt(left + plotW / 2))\" y=\"\(fmt(height - 12))\" text-anchor=\"middle\">\(escape(xLabel))</text>\n"
        svg += "<text x=\"18\" y=\"\(fmt(top + plotH / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(fmt(top + plotH / 2)))\">\(escape(yLabel))</text>\n"
        for (k, s) in series.enumerated() {
            let points = mapped[k].map { "\(fmt(px($0.0))),\(fmt(py($0.1)))" }.joined(separator: " ")
            let dash = s.dashed ? " stroke-dasharray=\"6 4\"" : ""
            svg += "<polyline class=\"series\" data-label=\"\(escape(s.label))\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"\(dash) points=\"\(points)\"/>\n"
            let ly = top + 14 + Double(k) * 18
            svg += "<line x1=\"\(fmt(left + plotW + 12))\" y1=\"\(fmt(ly - 4))\" x2=\"\(fmt(left + plotW + 32))\" y2=\"\(fmt(ly - 4))\" stroke=\"\(s.color)\" stroke-width=\"2\"\(dash)/>\n"
            svg += "<text x=\"\(fmt(left + plotW + 36))\" y=\"\(fmt(ly))\">\(escape(s.label))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    private func ticks(_ low: Double, _ high: Double, log: Bool) -> [Double] {
        if log {
            let first = low.rounded(.up), last = high.rounded(.down)
            let stepCount = Swift.max(1, Int(((last - first) / 8).rounded(.up)))
            return Swift.stride(from: first, through: last, by: Double(stepCount)).map { $0 }
        }
        let raw = (high - low) / 6
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        let first = (low / step).rounded(.up) * step
        return Swift.stride(from: first, through: high + step * 1e-9, by: step).map { $0 }
    }

    private func tickLabel(_ v: Double, log: Bool) -> String {
        if log { return "1e\(Int(v.rounded()))" }
        let r = (v * 1000).rounded() / 1000
        return r == r.rounded() ? "\(Int(r))" : "\(r)"
    }
}

func fmt(_ v: Double) -> String { "\((v * 10).rounded() / 10)" }

func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}
