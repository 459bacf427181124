import Foundation

/// Makes one demo record at a time from a seeded generator: names, prices, dates, NULLs and
/// long text, with no database involved (so tests can check the values directly).
struct DemoRecords {
    /// 1960-01-01 00:00:00 UTC.
    static let firstRelease = Date(timeIntervalSince1970: -315_619_200)
    /// 2009-01-01 00:00:00 UTC, when the store opened.
    static let storeOpening = Date(timeIntervalSince1970: 1_230_768_000)
    /// Seconds in a (non-leap) year.
    static let year: TimeInterval = 365 * 86_400

    var random: SeededGenerator

    mutating func title() -> String {
        if random.chance(0.04) { return random.pick(DemoVocabulary.internationalNames) }
        var title = random.pick(DemoVocabulary.adjectives) + " " + random.pick(DemoVocabulary.nouns)
        if random.chance(0.25) { title = "The " + title }
        if random.chance(0.1) { title += random.pick(DemoVocabulary.suffixes) }
        return title
    }

    mutating func personName() -> String {
        random.pick(DemoVocabulary.firstNames) + " " + random.pick(DemoVocabulary.lastNames)
    }

    mutating func artist() -> Artist {
        let name: String
        switch random.int(in: 0...9) {
        case 0: name = random.pick(DemoVocabulary.internationalNames)
        case 1...3:
            name =
                "The " + random.pick(DemoVocabulary.adjectives) + " "
                + random.pick(DemoVocabulary.nouns) + "s"
        default: name = personName()
        }
        let country = random.chance(0.8) ? random.pick(DemoVocabulary.places).country : nil
        return Artist(id: nil, name: name, country: country)
    }

    mutating func album(artistID: Int) -> Album {
        let year = random.chance(0.9) ? random.int(in: 1960...2025) : nil
        return Album(id: nil, title: title(), artistId: artistID, year: year)
    }

    mutating func track(albumID: Int, albumYear: Int?, genreIDs: [Int]) -> Track {
        let kind: MediaKind
        switch random.int(in: 0...99) {
        case 0...59: kind = .mpeg
        case 60...79: kind = .aac
        case 80...89: kind = .flac
        case 90...95: kind = .protectedAAC
        default: kind = .video
        }
        let milliseconds =
            kind == .video
            ? random.int(in: 1_200_000...3_000_000) : random.int(in: 30_000...900_000)
        let bytesPerMillisecond: Int
        switch kind {
        case .video: bytesPerMillisecond = 180
        case .flac: bytesPerMillisecond = 110
        default: bytesPerMillisecond = 16 + random.int(in: 0...8)
        }
        let price = kind == .video ? 1.99 : (random.chance(0.8) ? 0.99 : 1.29)
        var composer: String?
        if random.chance(0.68) {
            composer = personName()
            if random.chance(0.3) { composer = (composer ?? "") + ", " + personName() }
        }
        let yearStart: TimeInterval
        if let albumYear {
            yearStart = TimeInterval(albumYear - 1970) * Self.year
        } else {
            yearStart =
                Self.firstRelease.timeIntervalSince1970
                + TimeInterval(random.int(in: 0...65)) * Self.year
        }
        let releasedAt = Date(
            timeIntervalSince1970: yearStart + TimeInterval(random.int(in: 0...31_535_999)))
        let genreID = random.chance(0.97) ? random.pick(genreIDs) : nil
        return Track(
            id: nil, name: title(), albumId: albumID, genreId: genreID, mediaKind: kind,
            composer: composer, milliseconds: milliseconds,
            bytes: milliseconds * bytesPerMillisecond + random.int(in: 0...99_999),
            unitPrice: price, isExplicit: random.chance(0.08), releasedAt: releasedAt,
            notes: notes())
    }

    /// Usually `nil`; sometimes one line, sometimes several long paragraphs.
    mutating func notes() -> String? {
        let roll = random.int(in: 0...99)
        if roll < 85 { return nil }
        if roll < 95 { return random.pick(DemoVocabulary.lyricLines) }
        let paragraphs = random.int(in: 2...4)
        return (0..<paragraphs).map { _ in
            (0..<random.int(in: 3...6)).map { _ in random.pick(DemoVocabulary.lyricLines) }
                .joined(separator: " ")
        }.joined(separator: "\n\n")
    }

    mutating func customer(number: Int) -> Customer {
        let first = random.pick(DemoVocabulary.firstNames)
        let last = random.pick(DemoVocabulary.lastNames)
        let place = random.pick(DemoVocabulary.places)
        let mailbox = (first + "." + last).lowercased().filter {
            $0.isASCII && $0 != " " && $0 != "'"
        }
        let phone =
            random.chance(0.85)
            ? "+\(random.int(in: 1...99)) \(random.int(in: 100...999)) \(random.int(in: 1000...9999))"
            : nil
        return Customer(
            id: nil, firstName: first, lastName: last,
            email: "\(mailbox.isEmpty ? "customer" : mailbox).\(number)@example.com",
            company: random.chance(0.15) ? random.pick(DemoVocabulary.companies) : nil,
            city: place.city, country: place.country, phone: phone,
            joinedAt: Self.storeOpening.addingTimeInterval(
                TimeInterval(random.int(in: 0...(16 * 365 * 86_400)))))
    }

    mutating func invoice(customerID: Int, total: Double) -> Invoice {
        let place = random.pick(DemoVocabulary.places)
        return Invoice(
            id: nil, customerId: customerID,
            invoicedAt: Self.storeOpening.addingTimeInterval(
                TimeInterval(random.int(in: 0...(17 * 365 * 86_400)))),
            billingCity: place.city, billingCountry: place.country, total: total)
    }
}
