import Testing
@testable import IdeaModel

/// The CSV spreadsheets write: byte order marks, three separators, quoted cells with
/// line breaks and quotes, blank lines, and the two ways a file can fail.
@Suite struct CSVReaderTests {
    func read(_ text: String) throws -> CSVReader.Table { try CSVReader.read(Array(text.utf8)) }

    @Test func commaFileWithQuotesAndCRLF() throws {
        let t = try read("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,,\r\n")
        #expect(t.separator == ",")
        #expect(t.header == ["a", "b", "c"])
        #expect(t.rows.map(\.cells) == [["1", "x, y", "say \"hi\""], ["2", "", ""]])
        #expect(t.rows.map(\.number) == [2, 3])
    }

    @Test func semicolonsWithABOMAndQuotedLineBreaks() throws {
        let t = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("Pavadinimas;Santrauka\r\n\"Kinas\";\"Vakarais.\r\nAtneškite pledus; kėdes.\"\r\nSuolai;Daugiau, prašom\r\n".utf8))
        #expect(t.separator == ";")
        #expect(t.header == ["Pavadinimas", "Santrauka"])
        #expect(t.rows.map(\.cells) == [["Kinas", "Vakarais.\nAtneškite pledus; kėdes."], ["Suolai", "Daugiau, prašom"]])
        // Row numbers count records, as a spreadsheet does; lines count the file's lines.
        #expect(t.rows.map(\.number) == [2, 3])
        #expect(t.rows.map(\.line) == [2, 4])
    }

    @Test func tabsAndBareCRAndNoFinalNewline() throws {
        let t = try read("a\tb\r1\t2\r3\t4")
        #expect(t.separator == "\t")
        #expect(t.rows.map(\.cells) == [["1", "2"], ["3", "4"]])
    }

    @Test func blankRowsAreSkippedButCounted() throws {
        let t = try read("\n\na,b\n1,2\n\n , \n,\n3,4\n")
        #expect(t.header == ["a", "b"])
        #expect(t.rows.map(\.cells) == [["1", "2"], ["3", "4"]])
        #expect(t.rows.map(\.number) == [2, 6])
    }

    @Test func aSeparatorInsideQuotesDoesNotDecideTheSeparator() throws {
        #expect(try read("\"a;b;c\",d\n1,2\n").separator == ",")
        #expect(try read("a;b,c;d\n").separator == ";")
    }

    @Test func anUnendedQuoteNamesTheLineItStartsOn() {
        #expect(throws: CSVReader.Failure(line: 3, message: "a quoted cell starting here never ends (a closing \" is missing)")) {
            try read("a,b\n1,2\n3,\"four\n5,6\n")
        }
    }

    @Test func textThatIsNotUTF8NamesItsLine() {
        // "Kavinė" in Windows-1257: ė is 0xEB.
        #expect(throws: CSVReader.Failure(line: 2, message: "the text is not UTF-8 (it may be Windows-1257); save the spreadsheet as “CSV UTF-8” and try again")) {
            try CSVReader.read(Array("a,b\nKavin".utf8) + [0xEB] + Array(",x\n".utf8))
        }
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(throws: CSVReader.Failure(line: 1, message: "the file has no header row (it is empty)")) { try read("") }
        #expect(throws: CSVReader.Failure.self) { try CSVReader.read([0xEF, 0xBB, 0xBF, 0x0A]) }
    }
}
