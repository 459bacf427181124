/// The words the demo generator combines into names and text: mostly English, with
/// accented, Cyrillic, Greek, Arabic, CJK and emoji entries so that wide and non-ASCII
/// characters show up on every screen of the browser.
enum DemoVocabulary {
    static let genres = [
        "Rock", "Jazz", "Metal", "Alternative & Punk", "Rock And Roll", "Blues", "Latin",
        "Reggae", "Pop", "Soundtrack", "Bossa Nova", "Easy Listening", "Heavy Metal",
        "R&B/Soul", "Electronica/Dance", "World", "Hip Hop/Rap", "Science Fiction",
        "TV Shows", "Sci Fi & Fantasy", "Drama", "Comedy", "Alternative", "Classical", "Opera",
    ]

    static let adjectives = [
        "Electric", "Silent", "Golden", "Broken", "Midnight", "Crimson", "Wild", "Lonely",
        "Burning", "Frozen", "Hollow", "Velvet", "Neon", "Distant", "Restless", "Sweet",
        "Dark", "Bright", "Secret", "Endless", "Fading", "Lucky", "Paper", "Quiet", "Rising",
        "Savage", "Tender", "Wicked", "Blue", "Northern", "Last", "First", "Little", "Strange",
    ]

    static let nouns = [
        "Heart", "River", "Highway", "Dream", "Fire", "Rain", "Moon", "Garden", "Storm",
        "Shadow", "Train", "City", "Ocean", "Mirror", "Angel", "Road", "Summer", "Winter",
        "Thunder", "Light", "Stone", "Wolf", "Letter", "Song", "Desert", "Sky", "Door",
        "Ghost", "Horizon", "Island", "Kingdom", "Machine", "Morning", "Radio", "Sunset",
    ]

    static let suffixes = [
        " (Live)", " (Remastered)", " (Acoustic)", " (Demo)", " (Radio Edit)",
        " (Extended Mix)", " - Part II", " (Bonus Track)",
    ]

    /// Names with characters outside ASCII, some of them two columns wide.
    static let internationalNames = [
        "Café del Mar", "Motörhead Tribute", "Sigur Rós", "Björk Variations", "Ça plane pour moi",
        "Señorita Bonita", "Dür Gözlerin", "Żółta łódź", "Ελληνικό καλοκαίρι", "Добрый вечер",
        "Звезда по имени Солнце", "ليلة حب", "東京事変", "坂本龍一 – 戦場のメリークリスマス",
        "君の名は", "夜に駆ける", "강남스타일", "사랑의 노래", "月亮代表我的心", "茉莉花",
        "🎸 Riff Machine", "🔥 Fuego", "🌙 Moonlight Drive", "🎹 Piano Man 🎶", "ज़िंदगी",
    ]

    static let firstNames = [
        "Luís", "Leonie", "François", "Bjørn", "František", "Helena", "Astrid", "Daan",
        "Kara", "Eduardo", "Alexandre", "Roberto", "Fernanda", "Mark", "Jennifer", "Frank",
        "Jack", "Michelle", "Tim", "Dan", "Kathy", "Heather", "John", "Robert", "Madalena",
        "Hannah", "Niklas", "Camille", "Dominique", "Marc", "Wyatt", "Isabelle", "Ladislav",
        "Hugh", "Lucas", "Johannes", "Stanisław", "Enrique", "Joakim", "Emma", "Phil",
        "Steve", "Mark", "Diego", "Luis", "Manoj", "Puja", "Yuki", "Haruto", "Mei", "Jiwoo",
        "Ana", "Noah", "Olivia", "Mateo", "Zoë", "Søren", "Ólafur", "Aoife", "Siobhán",
    ]

    static let lastNames = [
        "Gonçalves", "Köhler", "Tremblay", "Hansen", "Wichterlová", "Holý", "Gruber",
        "Peeters", "Nielsen", "Martins", "Rocha", "Almeida", "Ramos", "Philips", "Peterson",
        "Harris", "Smith", "Miller", "Goyer", "Murray", "Schneider", "Mercier", "Bernard",
        "Lefebvre", "Dubois", "Girard", "Kovács", "Rossi", "Fernández", "Muñoz", "Johansson",
        "Wójcik", "Brooks", "Gordon", "Srivastava", "Pareek", "Tanaka", "Satō", "王", "李",
        "김", "박", "O'Brien", "MacDonald", "Van der Berg", "Øvergaard", "Þórsson",
    ]

    static let places: [(city: String, country: String)] = [
        ("São José dos Campos", "Brazil"), ("Stuttgart", "Germany"), ("Montréal", "Canada"),
        ("Oslo", "Norway"), ("Prague", "Czech Republic"), ("Vienne", "Austria"),
        ("Brussels", "Belgium"), ("Copenhagen", "Denmark"), ("Rio de Janeiro", "Brazil"),
        ("Mountain View", "USA"), ("Redmond", "USA"), ("New York", "USA"), ("Cupertino", "USA"),
        ("Reno", "USA"), ("Orlando", "USA"), ("Paris", "France"), ("Lyon", "France"),
        ("Budapest", "Hungary"), ("Dublin", "Ireland"), ("Rome", "Italy"),
        ("Amsterdam", "Netherlands"), ("Warszawa", "Poland"), ("Lisbon", "Portugal"),
        ("Madrid", "Spain"), ("Stockholm", "Sweden"), ("London", "United Kingdom"),
        ("Edinburgh", "United Kingdom"), ("Santiago", "Chile"), ("Buenos Aires", "Argentina"),
        ("Bogotá", "Colombia"), ("Delhi", "India"), ("Bangalore", "India"), ("東京", "Japan"),
        ("大阪", "Japan"), ("서울", "South Korea"), ("北京", "China"), ("Reykjavík", "Iceland"),
        ("Zürich", "Switzerland"), ("Helsinki", "Finland"), ("Sydney", "Australia"),
    ]

    static let companies = [
        "Embraer - Empresa Brasileira de Aeronáutica S.A.", "JetBrains s.r.o.",
        "Woodstock Discos", "Banco do Brasil S.A.", "Riotur", "Telus", "Rogers Canada",
        "Google Inc.", "Microsoft Corporation", "Apple Inc.", "株式会社ソニー・ミュージック",
    ]

    static let lyricLines = [
        "I walked along the river where the city lights were burning low,",
        "and every word you never said came back to me like falling snow.",
        "Hold on, hold on, the night is young and so are we,",
        "the radio keeps playing songs that used to set us free.",
        "Nos vemos en la playa cuando el sol se vaya a dormir,",
        "je t'attendrai au coin de la rue, là où tout a commencé.",
        "夜空に浮かぶ星のように、君の声が聞こえる。",
        "Recorded live in one take; the crowd noise at 2:13 is real.",
        "Written on a train between Oslo and Bergen in the winter of '79.",
        "The bass line was borrowed from an old soul record nobody remembers.",
        "Tell me why the summer always ends before the song is done,",
        "we were running down the highway, chasing shadows in the sun.",
    ]
}
