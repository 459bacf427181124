import Testing

@testable import TerrapinDemo

@Suite struct DemoSizesTests {
    @Test func aMillionTracksScaleTheOtherTables() {
        let sizes = DemoSizes(tracks: 1_000_000)
        #expect(sizes.tracks == 1_000_000)
        #expect(sizes.albums == 100_000)
        #expect(sizes.artists == 20_000)
        #expect(sizes.genres == 25)
        #expect(sizes.customers == 5_000)
        #expect(sizes.invoices == 50_000)
        #expect(sizes.invoiceLines == 250_000)
        #expect(sizes.total == 1_425_025)
    }

    @Test func tinySizesKeepOneRowPerTable() {
        let sizes = DemoSizes(tracks: 0)
        #expect(sizes.tracks == 1)
        #expect(
            [sizes.albums, sizes.artists, sizes.genres, sizes.customers, sizes.invoices]
                .allSatisfy { $0 == 1 })
        #expect(sizes.invoiceLines >= sizes.invoices)
    }
}
