import XCTest
import DualAD

/// Asserts two vectors agree entrywise to a relative tolerance (scaled by max(1, |expected|)).
func assertClose(_ got: [Double], _ expected: [Double], tolerance: Double, _ message: String = "",
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(got.count, expected.count, "length \(message)", file: file, line: line)
    for (i, (a, b)) in zip(got, expected).enumerated() {
        XCTAssertLessThanOrEqual(Swift.abs(a - b), tolerance * Swift.max(1, Swift.abs(b)),
                                 "[\(i)]: \(a) vs \(b) \(message)", file: file, line: line)
    }
}

/// Asserts two matrices have the same shape and agree entrywise to a relative tolerance.
func assertClose(_ got: Matrix<Double>, _ expected: Matrix<Double>, tolerance: Double, _ message: String = "",
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(got.rows, expected.rows, "rows \(message)", file: file, line: line)
    XCTAssertEqual(got.columns, expected.columns, "columns \(message)", file: file, line: line)
    if got.rows == expected.rows && got.columns == expected.columns {
        assertClose(got.storage, expected.storage, tolerance: tolerance, message, file: file, line: line)
    }
}
