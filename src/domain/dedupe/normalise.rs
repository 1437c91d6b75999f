//! Folding of names and addresses into comparable lower-case ASCII.

/// Particles that are part of a surname but say little about the family ("von", "de", …);
/// they are kept in the whole name but are not surname parts of their own.
const PARTICLES: &[&str] = &[
    "von", "vom", "van", "zu", "zum", "zur", "der", "den", "de", "da", "di", "del", "della", "la",
    "le", "el", "al", "ten", "ter", "y",
];

/// The ASCII spelling of one non-ASCII letter (already lower-cased): German umlauts and ß are
/// transliterated (ä→ae, ö→oe, ü→ue, ß→ss), other Latin diacritics are dropped.
pub(crate) fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' | 'æ' => "ae",
        'ö' | 'œ' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ĕ' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĩ' | 'ĭ' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' | 'ŀ' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ő' | 'ŏ' => "o",
        'ŕ' | 'ř' | 'ŗ' => "r",
        'ś' | 'ş' | 'š' | 'ș' | 'ŝ' => "s",
        'ţ' | 'ť' | 'ț' | 'ŧ' => "t",
        'ù' | 'ú' | 'û' | 'ũ' | 'ū' | 'ů' | 'ű' | 'ų' | 'ŭ' => "u",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// Folds text for comparison: lower case, umlauts and ß transliterated, other diacritics
/// dropped (also when typed as combining marks), apostrophes removed, every other character
/// that is not a letter or digit (spaces, hyphens, dots, commas) a single separating space.
///
/// `fold(" Müller-Lüdenscheidt ") == "mueller luedenscheidt"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut gap = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            // Apostrophes join: "O'Neill" is "oneill".
            '\'' | '’' | '`' | '´' => continue,
            // A combining diaeresis after a, o, u is an umlaut written in decomposed form.
            '\u{308}' if out.ends_with(['a', 'o', 'u']) => {
                out.push('e');
                continue;
            }
            '\u{300}'..='\u{36f}' => continue,
            _ => {}
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        if let Some(ascii) = transliterate(lower) {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push_str(ascii);
        } else if lower.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(lower);
        } else {
            gap = true;
        }
    }
    out
}

/// The folded words of a name: `"Anna-Lena  Marie"` → `["anna", "lena", "marie"]`. A capital
/// after two small letters starts a word too (`"AnnaLena"`, but not `"jJoshua"`).
pub fn name_tokens(s: &str) -> Vec<String> {
    let mut split = String::with_capacity(s.len() + 2);
    let mut lower_run = 0;
    for c in s.chars() {
        if lower_run >= 2 && c.is_uppercase() {
            split.push(' ');
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
        split.push(c);
    }
    fold(&split)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect()
}

/// The spelling skeleton of a folded word: what is left when spellings that sound alike are
/// written alike — umlauts without their `e` (ae→a, oe→o, ue→u), ph→f, th→t, dt→t, tz→z,
/// ck→k, c→k (not in ch), y→i, ie→i, h after a vowel dropped, double letters single.
/// `"sophie"`, `"sofie"` → `"sofi"`; `"hannah"`, `"hanna"` → `"hana"`.
pub fn skeleton(word: &str) -> String {
    let c: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        let (ch, width) = match (c[i], next) {
            ('a' | 'o' | 'u', Some('e')) => (c[i], 2),
            ('p', Some('h')) => ('f', 2),
            ('t', Some('h')) => ('t', 2),
            ('d', Some('t')) => ('t', 2),
            ('t', Some('z')) => ('z', 2),
            ('c', Some('k')) => ('k', 2),
            ('i' | 'y', Some('e')) => ('i', 2),
            ('y', _) => ('i', 1),
            ('c', Some('h')) => ('c', 1),
            ('c', _) => ('k', 1),
            ('h', _) if out.ends_with(['a', 'e', 'i', 'o', 'u']) => {
                i += 1;
                continue;
            }
            (ch, _) => (ch, 1),
        };
        if !out.ends_with(ch) {
            out.push(ch);
        }
        i += width;
    }
    out
}

/// Whether a surname token is a particle such as "von" or "de".
pub fn is_particle(token: &str) -> bool {
    PARTICLES.contains(&token)
}

/// The surname parts that identify a family: the tokens without particles (all tokens if the
/// name consists of particles only). `"von Müller-Schmidt"` → `["mueller", "schmidt"]`.
pub fn surname_parts(tokens: &[String]) -> Vec<String> {
    let parts: Vec<String> = tokens.iter().filter(|t| !is_particle(t)).cloned().collect();
    if parts.is_empty() {
        tokens.to_vec()
    } else {
        parts
    }
}

/// A street for comparison: folded, without spaces and punctuation, "straße"/"strasse"/"str."
/// all written "str". `"Karl-Marx-Straße"`, `"Karl Marx Str."` → `"karlmarxstr"`.
pub fn street_key(s: &str) -> String {
    let joined: String = fold(s).split(' ').collect();
    joined.replace("strasse", "str")
}

/// A house number for comparison: folded, no spaces. `"12 A"` → `"12a"`.
pub fn house_key(s: &str) -> String {
    fold(s).split(' ').collect()
}

/// A postal code for comparison: its digits.
pub fn postal_key(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_spaces_umlauts_sharp_s_and_diacritics() {
        assert_eq!(fold("  MÜLLER  "), "mueller");
        assert_eq!(fold("Müller-Lüdenscheidt"), "mueller luedenscheidt");
        assert_eq!(fold("Groß"), "gross");
        assert_eq!(fold("GROSS"), "gross");
        assert_eq!(fold("Ärger Öl Übel"), "aerger oel uebel");
        assert_eq!(fold("Zoé Chloé"), "zoe chloe");
        assert_eq!(fold("Çelik Şahin Yılmaz"), "celik sahin yilmaz");
        assert_eq!(fold("Łukasz Wiśniewski"), "lukasz wisniewski");
        assert_eq!(fold("O'Neill"), "oneill");
        assert_eq!(fold("Anna-Lena,  Marie."), "anna lena marie");
        assert_eq!(fold(""), "");
        assert_eq!(fold(" - "), "");
    }

    #[test]
    fn folds_decomposed_umlauts_like_composed_ones() {
        assert_eq!(fold("Mu\u{308}ller"), "mueller");
        assert_eq!(fold("Ame\u{301}lie"), "amelie");
    }

    #[test]
    fn splits_names_and_surname_parts() {
        assert_eq!(name_tokens("Anna-Lena  Marie"), ["anna", "lena", "marie"]);
        assert_eq!(name_tokens("AnnaLena"), ["anna", "lena"]);
        assert_eq!(name_tokens("MÜLLER"), ["mueller"]);
        let tokens = name_tokens("von Müller-Schmidt");
        assert_eq!(surname_parts(&tokens), ["mueller", "schmidt"]);
        assert_eq!(surname_parts(&name_tokens("von")), ["von"]);
        assert_eq!(
            name_tokens("Mueller Schmidt"),
            name_tokens("Müller-Schmidt")
        );
    }

    #[test]
    fn skeletons_write_alike_what_sounds_alike() {
        assert_eq!(skeleton("sophie"), "sofi");
        assert_eq!(skeleton("sofie"), "sofi");
        assert_eq!(skeleton("hannah"), skeleton("hanna"));
        assert_eq!(skeleton("lukas"), skeleton("lucas"));
        assert_eq!(skeleton("matteo"), skeleton("mateo"));
        assert_eq!(skeleton("joerdis"), "jordis");
        assert_eq!(skeleton("schmidt"), skeleton("schmitt"));
        assert_eq!(skeleton("christian"), "christian");
        assert_ne!(skeleton("jonas"), skeleton("jonah"));
    }

    #[test]
    fn normalises_addresses() {
        assert_eq!(street_key("Karl-Marx-Straße"), "karlmarxstr");
        assert_eq!(street_key("Karl Marx Str."), "karlmarxstr");
        assert_eq!(street_key("karl-marx-strasse"), "karlmarxstr");
        assert_eq!(street_key("Schloßallee"), street_key("Schlossallee"));
        assert_eq!(house_key("12 A"), "12a");
        assert_eq!(postal_key(" 01067 "), "01067");
    }
}
