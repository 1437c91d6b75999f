//! Synthetic applications with known duplicates, twins and siblings, deterministic from a
//! seed: the test and benchmark data of the duplicate check.
//!
//! Households get a surname (a quarter from the most common German surnames, so Müller,
//! Schmidt and Schneider blocks are crowded; 10 % from other countries, with ş, ł, é, …; the
//! rest from about 5,000 composed names; 7 % double names), an address in one of a dozen towns,
//! and one to three children (siblings at least 11 months apart, never sharing a first name; a
//! quarter with a second first name, some hyphenated). 2 % of households have twins, 30 % of
//! them with similar names (Paul/Paula, Mia/Mila, Lina/Lena).
//!
//! 8 % of the children are applied for twice and 2 % three times. The first application is
//! written as registered; every copy gets independent variants: "hard" ones (none for 25 %,
//! one for 60 %, two for 15 %; copies of triples at most one) — a typing error in a first name
//! or the surname (German keyboard neighbours, dropped, doubled or swapped letters, sound-alike
//! spellings), day and month swapped, the date one day off, another address (moved), no birth
//! date — and cosmetic ones — only the first name in use (of a child's two), a hyphenated first
//! name with a space or as one word, umlauts as ae/oe/ue or without dots, other diacritics
//! dropped, upper/lower case, extra spaces, "Str." for "Straße", "12 a" for "12a", no postal
//! code, and for double surnames the part the family uses, a space or the parts swapped.

use chrono::{Datelike, NaiveDate};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use super::normalise::fold;
use super::Record;

/// Given names for boys, most popular first.
const BOYS: &[&str] = &[
    "Noah",
    "Matteo",
    "Elias",
    "Luca",
    "Finn",
    "Leon",
    "Theo",
    "Paul",
    "Emil",
    "Henry",
    "Ben",
    "Felix",
    "Luis",
    "Anton",
    "Jonas",
    "Liam",
    "Milan",
    "Oskar",
    "Karl",
    "Leo",
    "Jakob",
    "Maximilian",
    "Lukas",
    "Moritz",
    "Elia",
    "Mats",
    "Julian",
    "Samuel",
    "Alexander",
    "David",
    "Jonah",
    "Levi",
    "Linus",
    "Niklas",
    "Tim",
    "Jan",
    "Max",
    "Lio",
    "Fiete",
    "Johann",
    "Ole",
    "Mattis",
    "Hannes",
    "Aaron",
    "Vincent",
    "Valentin",
    "Benjamin",
    "Philipp",
    "Tom",
    "Carl",
    "Jonathan",
    "Simon",
    "Frederik",
    "Raphael",
    "Lenny",
    "Arthur",
    "Adam",
    "Mohammed",
    "Ali",
    "Yusuf",
    "Emir",
    "Ömer",
    "Malte",
    "Jannik",
    "Tobias",
    "Konstantin",
    "Leonard",
    "Till",
    "Jannis",
    "Nico",
    "Fabian",
    "Florian",
    "Sebastian",
    "Lennard",
    "Mika",
    "Bruno",
    "Levin",
    "Nils",
    "Sören",
    "Jörn",
    "Björn",
    "Timo",
    "Erik",
    "Hugo",
    "Louis",
    "Mattes",
    "Jarne",
    "Thore",
    "Kilian",
    "Korbinian",
    "Quirin",
    "Xaver",
    "Lorenz",
    "Gustav",
    "Friedrich",
    "Ludwig",
    "Wilhelm",
    "Joshua",
    "Marlon",
    "Daniel",
    "Michael",
    "Christian",
    "André",
    "René",
    "Noé",
    "Mateo",
    "Çınar",
    "Göktuğ",
    "Eymen",
    "Mustafa",
    "Hamza",
    "Kerem",
    "Dominik",
    "Lasse",
    "Jasper",
    "Janne",
    "Piet",
    "Noel",
];

/// Given names for girls, most popular first.
const GIRLS: &[&str] = &[
    "Emilia",
    "Mia",
    "Sophia",
    "Hannah",
    "Emma",
    "Lina",
    "Mila",
    "Ella",
    "Leni",
    "Clara",
    "Lea",
    "Marie",
    "Leonie",
    "Ida",
    "Frieda",
    "Mathilda",
    "Johanna",
    "Lia",
    "Luisa",
    "Amelie",
    "Anna",
    "Lena",
    "Charlotte",
    "Lilly",
    "Nora",
    "Paula",
    "Greta",
    "Sophie",
    "Maja",
    "Ava",
    "Malia",
    "Lotta",
    "Marlene",
    "Romy",
    "Alina",
    "Elisa",
    "Zoe",
    "Lara",
    "Helena",
    "Isabella",
    "Antonia",
    "Luna",
    "Laura",
    "Lisa",
    "Julia",
    "Sarah",
    "Mira",
    "Pia",
    "Nele",
    "Jana",
    "Juna",
    "Thea",
    "Carla",
    "Elena",
    "Merle",
    "Rosa",
    "Hanna",
    "Josephine",
    "Magdalena",
    "Victoria",
    "Valentina",
    "Finja",
    "Ronja",
    "Svea",
    "Smilla",
    "Linnea",
    "Tilda",
    "Stella",
    "Amira",
    "Aylin",
    "Elif",
    "Zeynep",
    "Ecrin",
    "Defne",
    "Ayşe",
    "Chloé",
    "Zoé",
    "Léa",
    "Maëlle",
    "Jördis",
    "Käthe",
    "Mariella",
    "Annika",
    "Katharina",
    "Theresa",
    "Franziska",
    "Hedda",
    "Ylvi",
    "Jule",
    "Wilma",
    "Martha",
    "Alma",
    "Liv",
    "Milena",
    "Emely",
    "Fiona",
    "Selina",
    "Vanessa",
    "Daniela",
    "Michaela",
    "Christiane",
    "Leyla",
    "Hira",
    "Meryem",
    "Nela",
    "Fenja",
    "Wiebke",
    "Henrike",
    "Lotte",
    "Mathilde",
    "Cäcilia",
    "Ina",
];

/// Similar or paired names that twins get.
const TWIN_NAMES: &[(&str, &str)] = &[
    ("Paul", "Paula"),
    ("Jan", "Jana"),
    ("Mia", "Mila"),
    ("Lea", "Lena"),
    ("Lina", "Lena"),
    ("Luis", "Luisa"),
    ("Emil", "Emilia"),
    ("Leon", "Leonie"),
    ("Max", "Moritz"),
    ("Hanna", "Anna"),
    ("Tim", "Tom"),
    ("Lara", "Lena"),
    ("Ella", "Emma"),
    ("Finn", "Fiete"),
    ("Noah", "Noel"),
    ("Lotta", "Lotte"),
    ("Daniel", "Daniela"),
    ("Anna-Lena", "Anna-Sophie"),
    ("Jonas", "Jonah"),
    ("Ida", "Ina"),
];

/// The most common German surnames, most common first.
const SURNAMES: &[&str] = &[
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Schmitz",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Schulze",
    "Maier",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
    "Huber",
    "Kaiser",
    "Fuchs",
    "Peters",
    "Lang",
    "Scholz",
    "Möller",
    "Weiß",
    "Jung",
    "Hahn",
    "Schubert",
    "Vogel",
    "Friedrich",
    "Keller",
    "Günther",
    "Frank",
    "Berger",
    "Winkler",
    "Roth",
    "Beck",
    "Lorenz",
    "Baumann",
    "Franke",
    "Albrecht",
    "Schuster",
    "Simon",
    "Ludwig",
    "Böhm",
    "Winter",
    "Kraus",
    "Martin",
    "Schumacher",
    "Krämer",
    "Vogt",
    "Stein",
    "Jäger",
    "Otto",
    "Sommer",
    "Groß",
    "Seidel",
    "Heinrich",
    "Brandt",
    "Haas",
    "Schreiber",
    "Graf",
    "Schulte",
    "Dietrich",
    "Ziegler",
    "Kuhn",
    "Kühn",
    "Pohl",
    "Engel",
    "Horn",
    "Busch",
    "Bergmann",
    "Thomas",
    "Voigt",
    "Sauer",
    "Arnold",
    "Wolff",
    "Pfeiffer",
    "Ernst",
    "Lindner",
    "Hübner",
    "Kramer",
    "Franz",
    "Jansen",
    "Peter",
    "Hess",
    "Götz",
    "Paul",
    "Beyer",
    "Kühne",
    "Schütz",
    "Voß",
    "Brinkmann",
    "Dittrich",
    "Thiel",
    "Marx",
    "Seifert",
    "Kuhlmann",
    "Ebert",
    "von Bülow",
    "zu Stolberg",
];

/// Surnames from other countries, with their diacritics.
const FOREIGN_SURNAMES: &[&str] = &[
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Yıldırım",
    "Öztürk",
    "Aydın",
    "Özdemir",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Kara",
    "Koç",
    "Kurt",
    "Özkan",
    "Şimşek",
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Popescu",
    "Ionescu",
    "Popa",
    "Nguyen",
    "Tran",
    "Le",
    "Pham",
    "Ivanov",
    "Petrov",
    "Smirnov",
    "Kuznetsov",
    "Petrović",
    "Jovanović",
    "Nikolić",
    "Marković",
    "Hodžić",
    "Hoxha",
    "Krasniqi",
    "Berisha",
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "García",
    "Fernández",
    "López",
    "Martínez",
    "Dubois",
    "Lefèvre",
    "Silva",
    "Santos",
    "Pereira",
    "Ferreira",
    "Al-Ahmad",
    "Haddad",
    "Khalil",
    "Hassan",
    "Ibrahim",
    "Mohammadi",
    "Hosseini",
    "Novák",
    "Horváth",
    "Nagy",
    "Tóth",
    "Papadopoulos",
    "Georgiou",
    "Jensen",
    "Nielsen",
    "Hansen",
    "O'Brien",
    "De Luca",
    "van der Berg",
    "Da Silva",
];

/// Stems and endings for the long tail of surnames (Obermeier, Lindhuber, Rosenkamp, …).
const STEMS: &[&str] = &[
    "Ober", "Unter", "Hinter", "Klein", "Groß", "Lang", "Stein", "Berg", "Wald", "Feld", "Bach",
    "Brunn", "Holz", "Eich", "Lind", "Tann", "Birk", "Rosen", "Sonn", "Winter", "Sommer", "Fried",
    "Wein", "Kirch", "Mühl", "Schön", "Grün", "Roth", "Weiß", "Schwarz", "Hoch", "Alt", "Neu",
    "Brück", "Hof", "Dorf", "Reich", "Hart", "Kessel", "Eisen", "Gold", "Silber", "Kupfer", "Wend",
    "Böck", "Seel", "Mohr", "Rhein", "Glas", "Haber", "Kalten", "Stroh", "Wies", "Moos", "Ried",
    "Buch", "Espen", "Fuchs", "Hassel", "Linden", "Tauben", "Falken", "Adler", "Rauch", "Acker",
    "Amsel", "Apfel", "Asch", "Bären", "Baum", "Biber", "Blum", "Brand", "Breit", "Burg", "Dach",
    "Distel", "Donner", "Eber", "Engel", "Erl", "Fass", "Fels", "Flach", "Frei", "Gans", "Geiß",
    "Gieß", "Hafer", "Hagel", "Hammer", "Hasen", "Heck", "Heide", "Herz", "Himmel", "Hirsch",
    "Hummel", "Kalk", "Kamm", "Klee", "Knopf", "Kohl", "Kraut", "Kreuz", "Lamm", "Laub",
];

const ENDINGS: &[&str] = &[
    "mann", "er", "ner", "meier", "maier", "huber", "hofer", "berger", "bauer", "müller",
    "schmidt", "inger", "ke", "ert", "hardt", "wald", "bach", "stein", "feld", "kamp", "brink",
    "haus", "busch", "hagen", "dorf", "rich", "le", "lein", "mayr", "reiter", "wieser", "moser",
    "leitner", "egger", "städter", "höfer", "länder", "gruber", "holz", "brunner", "ecker",
    "thaler", "bichler", "hauser", "reuther", "beck", "kötter", "horst", "mayer", "singer",
];

const STREETS: &[&str] = &[
    "Hauptstraße",
    "Schulstraße",
    "Gartenstraße",
    "Bahnhofstraße",
    "Dorfstraße",
    "Bergstraße",
    "Lindenstraße",
    "Kirchstraße",
    "Waldstraße",
    "Ringstraße",
    "Schillerstraße",
    "Goethestraße",
    "Mozartstraße",
    "Friedhofstraße",
    "Wiesenstraße",
    "Rosenstraße",
    "Jahnstraße",
    "Blumenstraße",
    "Am Sportplatz",
    "Am Markt",
    "Birkenweg",
    "Ahornweg",
    "Mühlenweg",
    "Lerchenweg",
    "Amselweg",
    "Finkenweg",
    "Kastanienallee",
    "Feldweg",
    "Talstraße",
    "Poststraße",
    "Königsberger Straße",
    "Breslauer Straße",
    "Karl-Marx-Straße",
    "Friedrich-Ebert-Straße",
    "Am Mühlbach",
    "Uhlandstraße",
    "Böhmerwaldstraße",
    "Schloßallee",
    "Dr.-Martin-Luther-Straße",
    "Hölderlinweg",
    "Parkstraße",
    "Brunnenstraße",
    "Fliederweg",
    "Tulpenweg",
    "Rathausplatz",
    "Kiefernweg",
    "Eichendorffstraße",
    "Heinrich-Heine-Straße",
    "Beethovenstraße",
    "Rheinstraße",
    "Marktplatz",
    "Lessingstraße",
    "Industriestraße",
    "Mittelstraße",
    "Neue Straße",
    "Sonnenstraße",
    "Weiherstraße",
    "Grüner Weg",
    "Auf der Höhe",
    "Zum Anger",
    "Im Winkel",
    "Kurze Straße",
    "Lange Straße",
    "Fröbelstraße",
    "Klosterstraße",
    "Turmstraße",
    "Obere Mühle",
    "Hinter den Gärten",
    "Straße des Friedens",
    "Weißdornweg",
];

/// Towns with their postal codes and a weight (size).
const TOWNS: &[(&str, &[&str], u32)] = &[
    (
        "Köln",
        &["50667", "50823", "50933", "51065", "51103", "50765"],
        10,
    ),
    (
        "Düsseldorf",
        &["40210", "40477", "40545", "40591", "40625"],
        7,
    ),
    ("Münster", &["48143", "48147", "48151", "48155", "48161"], 4),
    (
        "Würzburg",
        &["97070", "97072", "97074", "97076", "97080"],
        3,
    ),
    ("Neuss", &["41460", "41462", "41464", "41466", "41469"], 3),
    ("Fürth", &["90762", "90763", "90765", "90766", "90768"], 3),
    ("Tübingen", &["72070", "72072", "72074", "72076"], 2),
    ("Lüneburg", &["21335", "21337", "21339"], 2),
    ("Görlitz", &["02826", "02827", "02828"], 1),
    ("Weißenfels", &["06667"], 1),
    ("Bad Tölz", &["83646"], 1),
    (
        "Saarbrücken",
        &["66111", "66113", "66115", "66117", "66119"],
        4,
    ),
];

/// Picks index k with weight 1/(k+1)^s.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize, s: f64) -> Self {
        let mut total = 0.0;
        let cumulative = (0..n)
            .map(|k| {
                total += 1.0 / ((k + 1) as f64).powf(s);
                total
            })
            .collect();
        Self { cumulative }
    }

    fn sample(&self, rng: &mut StdRng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = rng.gen::<f64>() * total;
        self.cumulative
            .partition_point(|&c| c <= x)
            .min(self.cumulative.len() - 1)
    }
}

/// A true duplicate pair of the generated data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TruthPair {
    /// The smaller id.
    pub id_a: String,
    /// The larger id.
    pub id_b: String,
    /// The variants that tell the two records apart, `+`-separated (empty: none).
    pub variants: String,
}

/// Generated applications with the answers.
#[derive(Debug, Clone)]
pub struct SynthData {
    /// The applications, sorted by id.
    pub records: Vec<Record>,
    /// Every pair of applications for the same child, sorted.
    pub truth: Vec<TruthPair>,
    /// Pairs of applications for two twins (hard negatives).
    pub twins: Vec<(String, String)>,
    /// Pairs of applications for two siblings (hard negatives).
    pub siblings: Vec<(String, String)>,
}

#[derive(Clone)]
struct Address {
    street: String,
    house: String,
    postal: String,
    city: String,
}

/// A child as registered.
#[derive(Clone)]
struct Child {
    first: Vec<String>,
    /// Separator between the first names (" " or "-").
    separator: &'static str,
    last: String,
    /// Whether the surname is a double name ("Müller-Schmidt").
    double: bool,
    /// For a double surname: the part the family uses when it writes only one (0 or 1).
    short_part: usize,
    /// Of several first names (with a space), the one used alone.
    call: usize,
    birth: NaiveDate,
    address: Address,
}

impl Child {
    fn record(&self) -> Record {
        Record {
            id: String::new(),
            first_names: self.first.join(self.separator),
            last_name: self.last.clone(),
            birth_date: Some(self.birth),
            street: self.address.street.clone(),
            house_number: self.address.house.clone(),
            postal_code: self.address.postal.clone(),
            city: self.address.city.clone(),
        }
    }
}

struct Generator {
    rng: StdRng,
    boys: Zipf,
    girls: Zipf,
    surnames: Zipf,
    foreign: Zipf,
    earliest: NaiveDate,
    days: i64,
}

impl Generator {
    fn new(seed: u64) -> Self {
        let earliest = NaiveDate::from_ymd_opt(2020, 9, 1).expect("valid date");
        let latest = NaiveDate::from_ymd_opt(2026, 10, 31).expect("valid date");
        Self {
            rng: StdRng::seed_from_u64(seed),
            boys: Zipf::new(BOYS.len(), 0.5),
            girls: Zipf::new(GIRLS.len(), 0.5),
            surnames: Zipf::new(SURNAMES.len(), 0.6),
            foreign: Zipf::new(FOREIGN_SURNAMES.len(), 0.5),
            earliest,
            days: (latest - earliest).num_days(),
        }
    }

    fn surname(&mut self) -> String {
        let r = self.rng.gen::<f64>();
        if r < 0.25 {
            SURNAMES[self.surnames.sample(&mut self.rng)].to_string()
        } else if r < 0.35 {
            FOREIGN_SURNAMES[self.foreign.sample(&mut self.rng)].to_string()
        } else {
            let stem = STEMS[self.rng.gen_range(0..STEMS.len())];
            let ending = ENDINGS[self.rng.gen_range(0..ENDINGS.len())];
            format!("{stem}{ending}")
        }
    }

    fn given_name(&mut self, girl: bool) -> &'static str {
        if girl {
            GIRLS[self.girls.sample(&mut self.rng)]
        } else {
            BOYS[self.boys.sample(&mut self.rng)]
        }
    }

    /// First names, none of them a sibling's: one (67 %), two with a space (25 %),
    /// hyphenated (8 %).
    fn first_names(&mut self, taken: &[String]) -> (Vec<String>, &'static str) {
        loop {
            let girl = self.rng.gen_bool(0.5);
            let first = self.given_name(girl).to_string();
            if taken.contains(&fold(&first)) {
                continue;
            }
            let r = self.rng.gen::<f64>();
            let (names, sep) = if r < 0.67 {
                (vec![first], " ")
            } else {
                let second = self.given_name(girl).to_string();
                if fold(&second) == fold(&first) || taken.contains(&fold(&second)) {
                    continue;
                }
                let sep = if r < 0.92 { " " } else { "-" };
                (vec![first, second], sep)
            };
            return (names, sep);
        }
    }

    fn address(&mut self, town: Option<usize>) -> Address {
        let total: u32 = TOWNS.iter().map(|t| t.2).sum();
        let town = town.unwrap_or_else(|| {
            let mut x = self.rng.gen_range(0..total);
            TOWNS
                .iter()
                .position(|t| {
                    if x < t.2 {
                        true
                    } else {
                        x -= t.2;
                        false
                    }
                })
                .unwrap_or(0)
        });
        let (city, postals, _) = TOWNS[town];
        let number = (self.rng.gen::<f64>().powi(2) * 150.0) as u32 + 1;
        let house = if self.rng.gen_bool(0.1) {
            format!("{number}{}", ['a', 'b', 'c'][self.rng.gen_range(0..3)])
        } else {
            number.to_string()
        };
        Address {
            street: STREETS[self.rng.gen_range(0..STREETS.len())].to_string(),
            house,
            postal: postals[self.rng.gen_range(0..postals.len())].to_string(),
            city: city.to_string(),
        }
    }

    fn town_of(address: &Address) -> Option<usize> {
        TOWNS.iter().position(|t| t.0 == address.city)
    }

    fn birth_date(&mut self) -> NaiveDate {
        self.earliest + chrono::Duration::days(self.rng.gen_range(0..=self.days))
    }

    /// A household's children (twins share a birth date, siblings no first name).
    fn household(&mut self) -> Vec<Child> {
        let double = self.rng.gen_bool(0.07);
        let last = if double {
            let a = self.surname();
            let mut b = self.surname();
            while b == a {
                b = self.surname();
            }
            format!("{a}-{b}")
        } else {
            self.surname()
        };
        let short_part = usize::from(self.rng.gen_bool(0.4));
        let address = self.address(None);
        let n = match self.rng.gen_range(0..100) {
            0..=69 => 1,
            70..=91 => 2,
            _ => 3,
        };
        // (first names, separator, birth date) of each child.
        let mut kids: Vec<(Vec<String>, &'static str, NaiveDate)> = Vec::new();
        let mut taken: Vec<String> = Vec::new();
        if self.rng.gen_bool(0.02) {
            let birth = self.birth_date();
            if self.rng.gen_bool(0.3) {
                let (a, b) = TWIN_NAMES[self.rng.gen_range(0..TWIN_NAMES.len())];
                for name in [a, b] {
                    let sep = if name.contains('-') { "-" } else { " " };
                    let first: Vec<String> = name.split([' ', '-']).map(String::from).collect();
                    taken.extend(first.iter().map(|f| fold(f)));
                    kids.push((first, sep, birth));
                }
            } else {
                for _ in 0..2 {
                    let (first, sep) = self.first_names(&taken);
                    taken.extend(first.iter().map(|f| fold(f)));
                    kids.push((first, sep, birth));
                }
            }
        }
        while kids.len() < n {
            let birth = if kids.is_empty() {
                self.birth_date()
            } else {
                // Siblings are at least 11 months apart.
                let gap = chrono::Duration::days(self.rng.gen_range(330..1500));
                let latest = self.earliest + chrono::Duration::days(self.days);
                let oldest = kids.iter().map(|k| k.2).min().unwrap_or(latest);
                let youngest = kids.iter().map(|k| k.2).max().unwrap_or(latest);
                if youngest + gap <= latest {
                    youngest + gap
                } else if oldest - gap >= self.earliest {
                    oldest - gap
                } else {
                    break;
                }
            };
            let (first, sep) = self.first_names(&taken);
            taken.extend(first.iter().map(|f| fold(f)));
            kids.push((first, sep, birth));
        }
        kids.into_iter()
            .map(|(first, separator, birth)| Child {
                call: usize::from(first.len() > 1 && self.rng.gen_bool(0.1)),
                first,
                separator,
                last: last.clone(),
                double,
                short_part,
                birth,
                address: address.clone(),
            })
            .collect()
    }
}

/// QWERTZ neighbours of a key.
fn neighbours(c: char) -> &'static str {
    match c {
        'q' => "wa",
        'w' => "qesa",
        'e' => "wrds",
        'r' => "etfd",
        't' => "rzgf",
        'z' => "tuhg",
        'u' => "zijh",
        'i' => "uokj",
        'o' => "iplk",
        'p' => "oül",
        'ü' => "pä",
        'a' => "qwsy",
        's' => "awedxy",
        'd' => "serfcx",
        'f' => "drtgvc",
        'g' => "ftzhbv",
        'h' => "gzujnb",
        'j' => "huikmn",
        'k' => "jiolm",
        'l' => "kopö",
        'ö' => "lpä",
        'ä' => "öü",
        'y' => "asx",
        'x' => "ysdc",
        'c' => "xdfv",
        'v' => "cfgb",
        'b' => "vghn",
        'n' => "bhjm",
        'm' => "njk",
        _ => "",
    }
}

/// Spelling variants that sound the same.
const SPELLINGS: &[(&str, &str)] = &[
    ("ph", "f"),
    ("f", "ph"),
    ("c", "k"),
    ("k", "c"),
    ("th", "t"),
    ("y", "i"),
    ("ie", "i"),
    ("tz", "z"),
    ("dt", "t"),
    ("ck", "k"),
    ("ll", "l"),
    ("mm", "m"),
    ("nn", "n"),
    ("ss", "s"),
    ("tt", "t"),
    ("ai", "ei"),
    ("ei", "ai"),
    ("ey", "ei"),
    ("v", "w"),
    ("ah", "a"),
];

fn with_case_of(original: char, c: char) -> char {
    if original.is_uppercase() {
        c.to_uppercase().next().unwrap_or(c)
    } else {
        c
    }
}

/// One typing or spelling error in a word.
fn typo(word: &str, rng: &mut StdRng) -> String {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 {
        return format!("{word}{word}");
    }
    for _ in 0..20 {
        let mut out = chars.clone();
        let pos = if rng.gen_bool(0.85) {
            rng.gen_range(1..chars.len())
        } else {
            0
        };
        let lower = chars[pos].to_lowercase().next().unwrap_or(chars[pos]);
        let kind = rng.gen_range(0..100);
        match kind {
            0..=29 => {
                let n: Vec<char> = neighbours(lower).chars().collect();
                if n.is_empty() {
                    continue;
                }
                out[pos] = with_case_of(chars[pos], n[rng.gen_range(0..n.len())]);
            }
            30..=49 => {
                out.remove(pos);
            }
            50..=59 => out.insert(pos, lower),
            60..=69 => {
                let n: Vec<char> = neighbours(lower).chars().collect();
                if n.is_empty() {
                    continue;
                }
                out.insert(pos + 1, n[rng.gen_range(0..n.len())]);
            }
            70..=84 => {
                if pos + 1 >= out.len() {
                    continue;
                }
                let (a, b) = (out[pos], out[pos + 1]);
                out[pos] = with_case_of(a, b.to_lowercase().next().unwrap_or(b));
                out[pos + 1] = a.to_lowercase().next().unwrap_or(a);
            }
            _ => {
                let lower_word = word.to_lowercase();
                let options: Vec<&(&str, &str)> = SPELLINGS
                    .iter()
                    .filter(|(from, _)| lower_word.contains(from))
                    .collect();
                let Some((from, to)) = options.choose(rng) else {
                    continue;
                };
                let replaced = lower_word.replacen(from, to, 1);
                let mut c = replaced.chars();
                out = match c.next() {
                    Some(f) => std::iter::once(with_case_of(chars[0], f))
                        .chain(c)
                        .collect(),
                    None => continue,
                };
            }
        }
        let s: String = out.into_iter().collect();
        if s != word && !s.is_empty() {
            return s;
        }
    }
    format!("{word}e")
}

fn transliterate_umlauts(s: &str) -> String {
    s.replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('Ä', "Ae")
        .replace('Ö', "Oe")
        .replace('Ü', "Ue")
        .replace('ß', "ss")
}

fn drop_umlaut_dots(s: &str) -> String {
    s.replace('ä', "a")
        .replace('ö', "o")
        .replace('ü', "u")
        .replace('Ä', "A")
        .replace('Ö', "O")
        .replace('Ü', "U")
        .replace('ß', "ss")
}

/// Other diacritics dropped (é → e, ş → s), umlauts kept.
fn drop_diacritics(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, 'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü' | 'ß') || c.is_ascii() {
                return c.to_string();
            }
            let lower = c.to_lowercase().next().unwrap_or(c);
            match super::normalise::transliterate(lower) {
                Some(t) if c.is_uppercase() => t.to_uppercase(),
                Some(t) => t.to_string(),
                None => c.to_string(),
            }
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Hard {
    TypoFirst,
    TypoLast,
    Swap,
    OffByOne,
    Moved,
    NoDate,
}

const HARD: &[(Hard, u32)] = &[
    (Hard::TypoFirst, 20),
    (Hard::TypoLast, 20),
    (Hard::Moved, 22),
    (Hard::OffByOne, 12),
    (Hard::Swap, 10),
    (Hard::NoDate, 3),
];

impl Generator {
    fn hard_kind(&mut self, child: &Child, taken: &[Hard]) -> Hard {
        let total: u32 = HARD.iter().map(|h| h.1).sum();
        loop {
            let mut x = self.rng.gen_range(0..total);
            let kind = HARD
                .iter()
                .find(|h| {
                    if x < h.1 {
                        true
                    } else {
                        x -= h.1;
                        false
                    }
                })
                .map_or(Hard::Moved, |h| h.0);
            let dates = [Hard::Swap, Hard::OffByOne, Hard::NoDate];
            let clash = taken.contains(&kind)
                || (dates.contains(&kind) && taken.iter().any(|t| dates.contains(t)));
            let swappable = child.birth.day() <= 12 && child.birth.day() != child.birth.month();
            if !clash && (kind != Hard::Swap || swappable) {
                return kind;
            }
        }
    }

    /// Another application for `child`, with variants; returns it and the variant names.
    fn copy(&mut self, child: &Child, max_hard: usize) -> (Record, Vec<&'static str>) {
        let rng_hard = self.rng.gen_range(0..100);
        let n_hard = match (max_hard, rng_hard) {
            (1, 0..=39) | (_, 0..=24) => 0,
            (1, _) | (_, 25..=84) => 1,
            _ => 2,
        };
        let mut tags = Vec::new();
        let mut first = child.first.clone();
        let mut separator = child.separator;
        let mut last = child.last.clone();
        let mut birth = Some(child.birth);
        let mut address = child.address.clone();
        let mut kinds = Vec::new();
        for _ in 0..n_hard {
            let kind = self.hard_kind(child, &kinds);
            kinds.push(kind);
            match kind {
                Hard::TypoFirst => {
                    let i = if self.rng.gen_bool(0.8) {
                        0
                    } else {
                        self.rng.gen_range(0..first.len())
                    };
                    first[i] = typo(&first[i], &mut self.rng);
                    tags.push("typo_first");
                }
                Hard::TypoLast => {
                    let parts: Vec<&str> = last.split('-').collect();
                    let i = self.rng.gen_range(0..parts.len());
                    let mut parts: Vec<String> = parts.into_iter().map(String::from).collect();
                    parts[i] = typo(&parts[i], &mut self.rng);
                    last = parts.join("-");
                    tags.push("typo_last");
                }
                Hard::Swap => {
                    let d = child.birth;
                    birth = NaiveDate::from_ymd_opt(d.year(), d.day(), d.month());
                    tags.push("swap_day_month");
                }
                Hard::OffByOne => {
                    birth = if self.rng.gen_bool(0.5) {
                        child.birth.succ_opt()
                    } else {
                        child.birth.pred_opt()
                    };
                    tags.push("date_off_by_one");
                }
                Hard::Moved => {
                    let town = if self.rng.gen_bool(0.5) {
                        Self::town_of(&address)
                    } else {
                        None
                    };
                    loop {
                        let new = self.address(town);
                        if new.street != address.street {
                            address = new;
                            break;
                        }
                    }
                    tags.push("moved");
                }
                Hard::NoDate => {
                    birth = None;
                    tags.push("no_date");
                }
            }
        }

        // Double surnames: one part, a space, the parts swapped.
        if child.double {
            let parts: Vec<String> = last.split('-').map(String::from).collect();
            let r = self.rng.gen::<f64>();
            let variant = if r < 0.50 {
                Some(parts[child.short_part.min(parts.len() - 1)].clone())
            } else if r < 0.65 {
                Some(parts.join(" "))
            } else if r < 0.70 {
                Some(parts.iter().rev().cloned().collect::<Vec<_>>().join("-"))
            } else {
                None
            };
            if let Some(v) = variant {
                last = v;
                tags.push("surname_part");
            }
        }
        // First names: only the one in use (usually the first), or a hyphenated name written
        // with a space or as one word ("Annalena").
        if first.len() > 1 {
            let r = self.rng.gen::<f64>();
            if separator == " " && r < 0.5 {
                first = vec![first[child.call.min(first.len() - 1)].clone()];
                tags.push("first_name_left_out");
            } else if separator == "-" && r < 0.3 {
                separator = " ";
                tags.push("first_name_hyphen");
            } else if separator == "-" && r < 0.4 {
                let joined: String = first.iter().map(|f| f.to_lowercase()).collect();
                let mut c = joined.chars();
                let capital: String = c.next().into_iter().flat_map(char::to_uppercase).collect();
                first = vec![capital + c.as_str()];
                tags.push("first_name_hyphen");
            }
        }
        let mut record = Record {
            id: String::new(),
            first_names: first.join(separator),
            last_name: last,
            birth_date: birth,
            street: address.street,
            house_number: address.house,
            postal_code: address.postal,
            city: address.city,
        };
        self.cosmetics(&mut record, &mut tags);
        (record, tags)
    }

    fn cosmetics(&mut self, r: &mut Record, tags: &mut Vec<&'static str>) {
        fn texts(r: &mut Record) -> [&mut String; 4] {
            [
                &mut r.first_names,
                &mut r.last_name,
                &mut r.street,
                &mut r.city,
            ]
        }
        let has_umlaut = texts(r)
            .iter()
            .any(|t| t.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß']));
        if has_umlaut {
            let x = self.rng.gen::<f64>();
            if x < 0.4 {
                for t in texts(r) {
                    *t = transliterate_umlauts(t);
                }
                tags.push("umlaut");
            } else if x < 0.5 {
                for t in texts(r) {
                    *t = drop_umlaut_dots(t);
                }
                tags.push("umlaut");
            }
        }
        let has_diacritics = texts(r).iter().any(|t| drop_diacritics(t) != **t);
        if has_diacritics && self.rng.gen_bool(0.6) {
            for t in texts(r) {
                *t = drop_diacritics(t);
            }
            tags.push("diacritics");
        }
        let x = self.rng.gen::<f64>();
        if x < 0.15 {
            r.last_name = r.last_name.to_uppercase();
            tags.push("case");
        } else if x < 0.20 {
            r.first_names = r.first_names.to_lowercase();
            r.last_name = r.last_name.to_lowercase();
            tags.push("case");
        }
        if self.rng.gen_bool(0.08) {
            r.first_names = format!(" {}", r.first_names.replace(' ', "  "));
            r.last_name = format!("{} ", r.last_name);
            tags.push("spaces");
        }
        if self.rng.gen_bool(0.35) {
            let short = ["Str.", "str.", "Strasse", "Str"][self.rng.gen_range(0..4)];
            let lower = short.to_lowercase();
            let street = r.street.replace("Straße", short).replace("straße", &lower);
            let house = if r.house_number.ends_with(char::is_alphabetic) {
                let (n, l) = r.house_number.split_at(r.house_number.len() - 1);
                if self.rng.gen_bool(0.5) {
                    format!("{n} {l}")
                } else {
                    format!("{n}{}", l.to_uppercase())
                }
            } else {
                r.house_number.clone()
            };
            if street != r.street || house != r.house_number {
                r.street = street;
                r.house_number = house;
                tags.push("street_format");
            }
        }
        if self.rng.gen_bool(0.02) {
            r.postal_code.clear();
            tags.push("no_postal_code");
        }
    }
}

/// Generates `count` applications from `seed` (the same seed gives the same data).
pub fn generate(count: usize, seed: u64) -> SynthData {
    let mut g = Generator::new(seed);
    // Each generated record: (child number, record, variants).
    let mut records: Vec<(usize, Record, Vec<&'static str>)> = Vec::with_capacity(count + 8);
    // Children of one household, by child number.
    let mut households: Vec<Vec<usize>> = Vec::new();
    let mut births: Vec<NaiveDate> = Vec::new();
    while records.len() < count {
        let mut members = Vec::new();
        for child in g.household() {
            let number = births.len();
            births.push(child.birth);
            members.push(number);
            records.push((number, child.record(), Vec::new()));
            let x = g.rng.gen::<f64>();
            let copies = if x < 0.02 {
                2
            } else if x < 0.10 {
                1
            } else {
                0
            };
            for _ in 0..copies {
                let (record, tags) = g.copy(&child, if copies == 2 { 1 } else { 2 });
                records.push((number, record, tags));
            }
        }
        households.push(members);
    }
    records.truncate(count);

    // Ids in shuffled order, so that neither position nor id tells a duplicate.
    let width = count.to_string().len().max(6);
    let mut order: Vec<usize> = (0..records.len()).collect();
    order.shuffle(&mut g.rng);
    let mut ids = vec![String::new(); records.len()];
    for (position, &i) in order.iter().enumerate() {
        ids[i] = format!("K{:0width$}", position + 1);
    }
    let mut by_child: Vec<Vec<usize>> = vec![Vec::new(); births.len()];
    for (i, (child, _, _)) in records.iter().enumerate() {
        by_child[*child].push(i);
    }
    let ordered = |x: usize, y: usize| {
        if ids[x] < ids[y] {
            (ids[x].clone(), ids[y].clone())
        } else {
            (ids[y].clone(), ids[x].clone())
        }
    };
    let mut truth = Vec::new();
    for recs in &by_child {
        for (k, &x) in recs.iter().enumerate() {
            for &y in &recs[k + 1..] {
                let (a, b) = ordered(x, y);
                let mut variants: Vec<&str> = records[x].2.clone();
                variants.extend(&records[y].2);
                variants.sort_unstable();
                variants.dedup();
                truth.push(TruthPair {
                    id_a: a,
                    id_b: b,
                    variants: variants.join("+"),
                });
            }
        }
    }
    truth.sort_by(|x, y| (&x.id_a, &x.id_b).cmp(&(&y.id_a, &y.id_b)));
    let mut twins = Vec::new();
    let mut siblings = Vec::new();
    for members in &households {
        for (k, &c1) in members.iter().enumerate() {
            for &c2 in &members[k + 1..] {
                for &x in &by_child[c1] {
                    for &y in &by_child[c2] {
                        let pair = ordered(x, y);
                        if births[c1] == births[c2] {
                            twins.push(pair);
                        } else {
                            siblings.push(pair);
                        }
                    }
                }
            }
        }
    }
    twins.sort();
    siblings.sort();
    let mut out: Vec<Record> = records
        .into_iter()
        .zip(ids)
        .map(|((_, mut r, _), id)| {
            r.id = id;
            r
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    SynthData {
        records: out,
        truth,
        twins,
        siblings,
    }
}
