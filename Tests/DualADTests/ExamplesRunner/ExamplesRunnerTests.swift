import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The examples runner (`swift run Examples`), run as a child process from the same build.
final class ExamplesRunnerTests: XCTestCase {
    /// The `Examples` executable beside this test bundle in the build directory.
    func examplesBinary() throws -> URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if url.lastPathComponent.hasSuffix(".xctest") || url.path.contains(".xctest/") {
            while url.path.contains(".xctest") { url.deleteLastPathComponent() }
        }
        let binary = url.appendingPathComponent("Examples")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            XCTFail("the Examples executable is not built at \(binary.path); `swift test` builds it with the package")
            throw CocoaError(.fileNoSuchFile)
        }
        return binary
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try examplesBinary()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testCheckPassesOnEveryExample() throws {
        let (status, output) = try run(["--check"])
        XCTAssertEqual(status, 0, output.suffix(2000).description)
        XCTAssertTrue(output.contains("13 examples"), output.suffix(500).description)
        XCTAssertTrue(output.contains(", 0 failed"))
    }

    func testCheckFailsWhenAnExpectedValueIsPerturbed() throws {
        let (status, output) = try run(["--check", "tanh-trace"], environment: ["DUALAD_EXAMPLES_PERTURB": "dL/dx reverse sweep"])
        XCTAssertNotEqual(status, 0, "a perturbed expected value must make --check fail")
        XCTAssertTrue(output.contains("dL/dx reverse sweep"), output.suffix(800).description)
        // Without --check the runner reports the failure but exits 0.
        let (plainStatus, _) = try run(["tanh-trace"], environment: ["DUALAD_EXAMPLES_PERTURB": "dL/dx reverse sweep"])
        XCTAssertEqual(plainStatus, 0)
    }

    func testListAndHelpAndUnknownNames() throws {
        let (listStatus, list) = try run(["--list"])
        XCTAssertEqual(listStatus, 0)
        XCTAssertTrue(list.contains("tanh-trace") && list.contains("rematerialization"))
        XCTAssertFalse(list.contains("──"), "--list runs nothing")
        let (helpStatus, help) = try run(["--help"])
        XCTAssertEqual(helpStatus, 0)
        XCTAssertTrue(help.contains("--plots DIR"))
        let (badStatus, bad) = try run(["no-such-example"])
        XCTAssertNotEqual(badStatus, 0)
        XCTAssertTrue(bad.contains("no example named no-such-example"))
    }

    /// Collects the `polyline` series labels of an SVG document, failing on malformed XML.
    final class SeriesCollector: NSObject, XMLParserDelegate {
        var labels: [String] = []
        var pointCounts: [Int] = []
        var sawSVG = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "svg" { sawSVG = true }
            if name == "polyline", let label = attributes["data-label"] {
                labels.append(label)
                pointCounts.append(attributes["points", default: ""].split(separator: " ").count)
            }
        }
    }

    func testPlotsAreWellFormedSVGWithTheirSeries() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dualad-plots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (status, output) = try run(["--plots", directory.path])
        XCTAssertEqual(status, 0, output.suffix(1000).description)
        let expected: [String: [String]] = [
            "finite-difference-error.svg": ["forward O(h)", "central O(h²)"],
            "f-and-derivative.svg": ["f(x)", "f′(x) (dual)"],
            "forward-reverse-crossover.svg": ["forward (chunked)", "reverse"],
            "rematerialization-memory.svg": ["one tape", "√L checkpoints"],
            "training-loss.svg": ["loss"],
        ]
        for (file, series) in expected {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let parser = XMLParser(data: data)
            let collector = SeriesCollector()
            parser.delegate = collector
            XCTAssertTrue(parser.parse(), "\(file) is not well-formed XML: \(String(describing: parser.parserError))")
            XCTAssertTrue(collector.sawSVG, file)
            for label in series {
                let index = collector.labels.firstIndex(of: label)
                XCTAssertNotNil(index, "\(file) lacks the series \(label); has \(collector.labels)")
                if let index { XCTAssertGreaterThan(collector.pointCounts[index], 3, "\(file): \(label) has points") }
            }
        }
    }
}
