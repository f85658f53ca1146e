import XCTest
import DualAD

final class MatrixTests: XCTestCase {
    let a = Matrix([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])

    func testShapeIndexingRowsAndColumns() {
        XCTAssertEqual(a.rows, 3)
        XCTAssertEqual(a.columns, 2)
        XCTAssertEqual(a[2, 1], 6)
        XCTAssertEqual(a.row(1), [3, 4])
        XCTAssertEqual(a.column(0), [1, 3, 5])
        XCTAssertEqual([[Double]](a), [[1, 2], [3, 4], [5, 6]])
        var b = a
        b[0, 0] = 9
        XCTAssertEqual(b.storage[0], 9)
        XCTAssertNotEqual(a, b)
    }

    func testTransposeAndProducts() {
        XCTAssertEqual(a.transposed(), Matrix([[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]]))
        XCTAssertEqual(a.transposed().transposed(), a)
        XCTAssertEqual(a * [1.0, -1.0], [-1, -1, -1])
        XCTAssertEqual([1.0, 0.0, -1.0] * a, [-4, -4])
        XCTAssertEqual(a.transposed() * a, Matrix([[35.0, 44.0], [44.0, 56.0]]))
        XCTAssertEqual(Matrix<Double>.identity(2) * a.transposed(), a.transposed())
    }

    func testDescriptionIsAlignedRows() {
        XCTAssertEqual(Matrix([[1.0, -2.5], [10.0, 4.0]]).description,
                       "[  1.0  -2.5 ]\n[ 10.0   4.0 ]")
    }
}

extension MatrixTests {
    func testEmptyShapesAreConsistent() {
        let empty = Matrix<Double>(rows: 2, columns: 0, repeating: 0)
        XCTAssertEqual(empty.row(1), [])
        XCTAssertEqual([[Double]](empty), [[], []])
        XCTAssertEqual(empty.transposed().rows, 0)
        XCTAssertEqual(Matrix<Double>([]).rows, 0)
    }
}
