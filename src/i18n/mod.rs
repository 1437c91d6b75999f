//! Message catalogues (Fluent, `src/i18n/locales/<lang>/main.ftl`), German first.
//! Templates call `t(key="…", lang=lang)`; Rust code calls [`t`] / [`t_args`].

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::Loader;
use rocket_dyn_templates::tera;
use unic_langid::LanguageIdentifier;

pub mod overrides;

fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "./src/i18n/locales",
        fallback_language: "de",
        customise: |bundle| {
            bundle.set_use_isolating(false);
            if uses_persian_digits(bundle.locales.first()) {
                bundle.set_formatter(Some(persian_number));
            }
        },
    };
}

/// Farsi writes numbers with Persian digits (as its dates); the other languages with Western
/// digits (Arabic as in German offices' Arabic material).
fn uses_persian_digits(lang: Option<&LanguageIdentifier>) -> bool {
    lang.is_some_and(|l| l.language.as_str() == "fa")
}

/// Fluent formatter for Farsi: numbers (plural selection still sees the number) in Persian
/// digits; other values as usual.
fn persian_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(persian_digits(&n.as_string())),
        _ => None,
    }
}

/// Supported languages: code, own name, writing direction. German and English cover the whole
/// portal; the others the parent portal, e-mails and letters (office and district pages fall
/// back to German).
pub const LANGUAGES: &[(&str, &str, &str)] = &[
    ("de", "Deutsch", "ltr"),
    ("en", "English", "ltr"),
    ("tr", "Türkçe", "ltr"),
    ("ar", "العربية", "rtl"),
    ("uk", "Українська", "ltr"),
    ("ru", "Русский", "ltr"),
    ("pl", "Polski", "ltr"),
    ("ro", "Română", "ltr"),
    ("fa", "فارسی", "rtl"),
    ("fr", "Français", "ltr"),
];

/// Languages that cover the whole portal (office and district pages too).
pub const FULL_LANGUAGES: &[&str] = &["de", "en"];

/// The default language.
pub const DEFAULT_LANG: &str = "de";

/// Returns the code if supported.
pub fn supported(code: &str) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .map(|l| l.0)
        .find(|l| l.eq_ignore_ascii_case(code))
}

/// Writing direction of a language (`ltr` or `rtl`).
pub fn direction(lang: &str) -> &'static str {
    LANGUAGES
        .iter()
        .find(|l| l.0 == lang)
        .map(|l| l.2)
        .unwrap_or("ltr")
}

/// Picks the best supported language from an `Accept-Language` header.
pub fn negotiate(accept_language: Option<&str>) -> &'static str {
    let Some(header) = accept_language else {
        return DEFAULT_LANG;
    };
    let mut choices: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .map(|v| v.parse::<f32>().unwrap_or(0.0))
                })
                .unwrap_or(1.0);
            Some((q, i, tag))
        })
        .collect();
    choices.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    choices
        .into_iter()
        .filter(|c| c.0 > 0.0)
        .find_map(|(_, _, tag)| supported(tag.split('-').next().unwrap_or(tag)))
        .unwrap_or(DEFAULT_LANG)
}

fn langid(lang: &str) -> LanguageIdentifier {
    lang.parse()
        .unwrap_or_else(|_| DEFAULT_LANG.parse().expect("default language id"))
}

/// Looks a message up (falls back to German, then to the key itself).
pub fn t(lang: &str, key: &str) -> String {
    LOCALES
        .try_lookup(&langid(lang), key)
        .unwrap_or_else(|| key.to_string())
}

/// An integer written canonically (no plus sign, no leading zero) becomes a Fluent number, so
/// plural variants (`[one]`) select on it; anything else (postal codes, names) stays text.
fn fluent_value(v: &str) -> FluentValue<'static> {
    match v.parse::<i64>() {
        Ok(n) if n.to_string() == v => FluentValue::from(n),
        _ => FluentValue::from(v.to_string()),
    }
}

/// Looks a message up with arguments.
pub fn t_args(lang: &str, key: &str, args: &[(&str, String)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| (Cow::Owned(k.to_string()), fluent_value(v)))
        .collect();
    LOCALES
        .try_lookup_with_args(&langid(lang), key, &map)
        .unwrap_or_else(|| key.to_string())
}

/// `t(key="…", lang="de", ov=ov, name="…")` in templates; extra arguments become Fluent
/// variables. `ov` names the municipality whose text overrides apply (empty: none).
pub struct TeraTranslate;

impl tera::Function for TeraTranslate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(|v| v.as_str())
            .ok_or_else(|| tera::Error::msg("t(): missing key"))?;
        let lang = args
            .get("lang")
            .and_then(|v| v.as_str())
            .unwrap_or(DEFAULT_LANG);
        let tenant = args.get("ov").and_then(|v| v.as_str()).unwrap_or_default();
        let extra: Vec<(&str, String)> = args
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "key" | "lang" | "ov"))
            .map(|(k, v)| {
                let text = match v {
                    tera::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                (k.as_str(), text)
            })
            .collect();
        let text = if let Some(text) = overrides::lookup(tenant, lang, key, &extra) {
            text
        } else if extra.is_empty() {
            t(lang, key)
        } else {
            t_args(lang, key, &extra)
        };
        Ok(tera::Value::String(text))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

/// `own(key="own-…", text=…, lang=lang, ov=ov)` in templates: a municipality's own text (a
/// criterion, its consent text) in the municipality's translation for `lang`, else as written.
pub struct TeraOwnText;

impl tera::Function for TeraOwnText {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let text = |name: &str| args.get(name).and_then(|v| v.as_str()).unwrap_or_default();
        let lang = args
            .get("lang")
            .and_then(|v| v.as_str())
            .unwrap_or(DEFAULT_LANG);
        Ok(tera::Value::String(
            overrides::lookup(text("ov"), lang, text("key"), &[])
                .unwrap_or_else(|| text("text").to_string()),
        ))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

/// `own_lang(key="own-…", lang=lang, ov=ov)`: the language the municipality's own text shows in
/// (`lang` where it is translated, else German), for the `lang` attribute of its element.
pub struct TeraOwnLang;

impl tera::Function for TeraOwnLang {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let text = |name: &str| args.get(name).and_then(|v| v.as_str()).unwrap_or_default();
        let lang = supported(text("lang")).unwrap_or(DEFAULT_LANG);
        let translated = overrides::lookup(text("ov"), lang, text("key"), &[]).is_some();
        Ok(tera::Value::String(
            if translated { lang } else { DEFAULT_LANG }.to_string(),
        ))
    }
}

/// A day as people of `lang` write it: `10.05.2024` (German, Turkish, Slavic languages,
/// Romanian), `10/05/2024` (English as in Britain, French, Arabic with Western digits as in
/// German offices' Arabic material), `۱۴۰۳`-style Persian digits year first for Farsi
/// (`۲۰۲۴/۰۵/۱۰`, Gregorian calendar).
pub fn format_date(lang: &str, day: chrono::NaiveDate) -> String {
    match lang {
        "en" | "fr" | "ar" => day.format("%d/%m/%Y").to_string(),
        "fa" => persian_digits(&day.format("%Y/%m/%d").to_string()),
        _ => day.format("%d.%m.%Y").to_string(),
    }
}

/// A month as people of `lang` write it: `09.2026`, `09/2026` (as [`format_date`] without the
/// day), Persian digits year first for Farsi (`۲۰۲۶/۰۹`).
pub fn format_month(lang: &str, day: chrono::NaiveDate) -> String {
    match lang {
        "en" | "fr" | "ar" => day.format("%m/%Y").to_string(),
        "fa" => persian_digits(&day.format("%Y/%m").to_string()),
        _ => day.format("%m.%Y").to_string(),
    }
}

/// An amount of money with two decimals as people of `lang` write it: `1234,50` (decimal comma:
/// German, Turkish, Slavic languages, Romanian, French, Arabic as in German offices' material),
/// `1234.50` (English), `۱۲۳۴٫۵۰` (Farsi). The currency sign is the message's (`fees-amount`).
pub fn format_amount(lang: &str, amount: rust_decimal::Decimal) -> String {
    let plain = format!("{:.2}", crate::domain::fees::round_cents(amount));
    match lang {
        "en" => plain,
        "fa" => persian_digits(&plain.replace('.', "\u{066B}")),
        _ => plain.replace('.', ","),
    }
}

/// Replaces ASCII digits by Persian (Extended Arabic-Indic) digits.
fn persian_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x06F0 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// `{{ day | ldate(lang=lang) }}` in templates: a `YYYY-MM-DD` value (or the date part of a
/// timestamp) as [`format_date`] writes it; anything else unchanged.
pub struct TeraDate;

impl tera::Filter for TeraDate {
    fn filter(
        &self,
        value: &tera::Value,
        args: &HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let lang = args
            .get("lang")
            .and_then(|v| v.as_str())
            .unwrap_or(DEFAULT_LANG);
        let text = value.as_str().unwrap_or_default();
        let day = text
            .get(..10)
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        Ok(match day {
            Some(d) => tera::Value::String(format_date(lang, d)),
            None => value.clone(),
        })
    }
}

/// The German catalogue: every message key there is (other languages have no keys German lacks).
pub const GERMAN_CATALOGUE: &str = include_str!("locales/de/main.ftl");

/// Every message key, in catalogue order.
pub fn all_keys() -> &'static [String] {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| keys_of(GERMAN_CATALOGUE))
}

/// The placeholders (`name` for `{ $name }`) a shipped message has; `None` for an unknown key.
pub fn placeholders(key: &str) -> Option<std::collections::BTreeSet<String>> {
    static GERMAN: std::sync::OnceLock<fluent_templates::fluent_bundle::FluentResource> =
        std::sync::OnceLock::new();
    overrides::placeholders(
        GERMAN.get_or_init(|| overrides::parse(GERMAN_CATALOGUE)),
        key,
    )
}

/// Keys defined in a catalogue file (for the completeness test).
pub fn keys_of(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && !l.starts_with('.'))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string()))
        .filter(|k| !k.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_honoured() {
        assert_eq!(negotiate(None), "de");
        assert_eq!(negotiate(Some("en-US,en;q=0.9,de;q=0.8")), "en");
        assert_eq!(negotiate(Some("fr-FR, de;q=0.5, en;q=0.4")), "fr");
        assert_eq!(negotiate(Some("es")), "de");
        assert_eq!(negotiate(Some("de;q=0.1, en;q=0.9")), "en");
        assert_eq!(negotiate(Some("en;q=0")), "de");
    }

    #[test]
    fn german_and_english_catalogues_have_the_same_keys() {
        let de = keys_of(include_str!("locales/de/main.ftl"));
        let en = keys_of(include_str!("locales/en/main.ftl"));
        assert!(de.len() > 50);
        let missing_en: Vec<_> = de.iter().filter(|k| !en.contains(k)).collect();
        let missing_de: Vec<_> = en.iter().filter(|k| !de.contains(k)).collect();
        assert!(missing_en.is_empty(), "missing in en: {missing_en:?}");
        assert!(missing_de.is_empty(), "missing in de: {missing_de:?}");
        // A key defined twice makes the bundle refuse the whole catalogue at start.
        for (lang, keys) in [("de", &de), ("en", &en)] {
            let mut seen = std::collections::HashSet::new();
            let twice: Vec<_> = keys.iter().filter(|k| !seen.insert(*k)).collect();
            assert!(twice.is_empty(), "defined twice in {lang}: {twice:?}");
        }
    }

    /// Key families built at run time (`"status-" ~ code` in a template, `format!("kreis-col-{c}")`
    /// in Rust): a key starting with one of these counts as used.
    const DYNAMIC_PREFIXES: &[&str] = &[
        "lettertext-",
        "ud-day-",
        "retention-field-",
        "alloc-bonus_",
        "alloc-group-",
        "cat-short-",
        "child-",
        "contract-f-",
        "contract-origin-",
        "contract-reason-",
        "contract-status-",
        "dup-",
        "error-",
        "event-",
        "ewo-kind-",
        "f-",
        "import-col-",
        "import-err-",
        "import-status-",
        "job-",
        "kind-",
        "kreis-about-",
        "kreis-chart-",
        "kreis-col-",
        "kreis-row-",
        "kreis-table-",
        "letter-kind-",
        "lookup-",
        "module-",
        "oa-sort-",
        "offer-",
        "pkind-",
        "plan-cohort-err-",
        "reg-",
        "role-",
        "status-",
        "statx-band-",
    ];

    fn sources(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir)
            .expect("readable source directory")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "tera") {
                out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                out.push('\n');
            }
        }
    }

    #[test]
    fn every_catalogue_key_is_used_by_a_template_or_the_code() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut text = String::new();
        sources(&root.join("templates"), &mut text);
        sources(&root.join("src"), &mut text);
        let unused: Vec<String> = keys_of(include_str!("locales/de/main.ftl"))
            .into_iter()
            .filter(|k| !text.contains(&format!("\"{k}\"")))
            .filter(|k| !DYNAMIC_PREFIXES.iter().any(|p| k.starts_with(p)))
            .collect();
        assert!(
            unused.is_empty(),
            "keys no template or code uses: {unused:?}"
        );
    }

    /// Templates of the parent portal (everything a parent sees, e-mails and letters).
    const PARENT_TEMPLATES: &[&str] = &[
        "account",
        "applications",
        "family",
        "public",
        "errors",
        "letters",
        "base.html.tera",
        "macros.html.tera",
    ];

    /// Key families the parent portal uses from Rust code (errors, flashes, mails, the
    /// allocation's explanations, navigation, …).
    const PARENT_PREFIXES: &[&str] = &[
        "err-",
        "flash-",
        "mail-",
        "expl-",
        "nav-",
        "a11y-",
        "footer-",
        "site-",
        "skip-",
        "lang-",
        "main-nav-",
        "logged-in-",
        "error-",
        "letter-",
        "offer-",
        "status-",
        "event-",
        "claim-",
        "pw-",
        "consent-",
        "a-",
        "child-",
        "family-",
        "account-",
        "app-",
        "apps-",
        "cat-",
        "kind-",
        "role-",
        "municipality-",
        "directory-",
        "facility-",
        "dir-",
        "tag-",
        "wish-",
        "reg-",
        "login-",
        "register-",
        "confirm-",
        "forgot-",
        "reset-",
        "token-",
        "household-",
        "guardian-",
    ];

    /// The keys every parent-portal language must have: those quoted in the parent templates,
    /// the families those templates build (`key="status-" ~ …`), and [`PARENT_PREFIXES`].
    fn parent_keys() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut text = String::new();
        for name in PARENT_TEMPLATES {
            let path = root.join(name);
            if path.is_dir() {
                sources(&path, &mut text);
                // Letters are plain text templates.
                for entry in std::fs::read_dir(&path).expect("templates").flatten() {
                    if entry.path().extension().is_some_and(|e| e == "txt") {
                        text.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
                    }
                }
            } else {
                text.push_str(&std::fs::read_to_string(&path).expect("template"));
            }
        }
        let built: Vec<String> = text
            .split("key=\"")
            .skip(1)
            .filter_map(|rest| {
                let (prefix, after) = rest.split_once('"')?;
                after
                    .trim_start()
                    .starts_with('~')
                    .then(|| prefix.to_string())
            })
            .collect();
        keys_of(include_str!("locales/de/main.ftl"))
            .into_iter()
            .filter(|k| {
                text.contains(&format!("\"{k}\""))
                    || built.iter().any(|p| k.starts_with(p.as_str()))
                    || PARENT_PREFIXES.iter().any(|p| k.starts_with(p))
            })
            .collect()
    }

    /// The catalogue of `lang` as shipped.
    fn catalogue(lang: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/i18n/locales")
            .join(lang)
            .join("main.ftl");
        std::fs::read_to_string(path).unwrap_or_default()
    }

    #[test]
    fn every_catalogue_parses_and_parent_languages_are_complete() {
        let german = keys_of(&catalogue("de"));
        let parent = parent_keys();
        assert!(parent.len() > 300, "{}", parent.len());
        for (lang, _, _) in LANGUAGES {
            let text = catalogue(lang);
            if let Err((_, errors)) =
                fluent_templates::fluent_bundle::FluentResource::try_new(text.clone())
            {
                panic!("{lang}: {errors:?}");
            }
            let keys = keys_of(&text);
            let missing: Vec<&String> = parent.iter().filter(|k| !keys.contains(k)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            let unknown: Vec<&String> = keys.iter().filter(|k| !german.contains(k)).collect();
            assert!(
                unknown.is_empty(),
                "{lang} has keys German lacks: {unknown:?}"
            );
            let mut seen = std::collections::HashSet::new();
            let twice: Vec<_> = keys.iter().filter(|k| !seen.insert(*k)).collect();
            assert!(twice.is_empty(), "defined twice in {lang}: {twice:?}");
        }
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let day = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(format_date("de", day), "01.03.2027");
        assert_eq!(format_date("tr", day), "01.03.2027");
        assert_eq!(format_date("en", day), "01/03/2027");
        assert_eq!(format_date("ar", day), "01/03/2027");
        assert_eq!(format_date("fa", day), "۲۰۲۷/۰۳/۰۱");
        let filter = TeraDate;
        let args: HashMap<String, tera::Value> =
            [("lang".to_string(), tera::Value::from("fr"))].into();
        let shown = tera::Filter::filter(&filter, &tera::Value::from("2027-03-01"), &args);
        assert_eq!(shown.unwrap(), tera::Value::from("01/03/2027"));
        let other = tera::Filter::filter(&filter, &tera::Value::from("bald"), &args);
        assert_eq!(other.unwrap(), tera::Value::from("bald"));
    }

    #[test]
    fn right_to_left_languages_are_marked() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("fa"), "rtl");
        assert_eq!(direction("tr"), "ltr");
        assert_eq!(negotiate(Some("ar-SY,ar;q=0.9")), "ar");
        assert_eq!(negotiate(Some("uk-UA")), "uk");
    }

    #[test]
    fn lookups_translate() {
        assert_eq!(t("de", "nav-login"), "Anmelden");
        assert_eq!(t("en", "nav-login"), "Log in");
        assert_eq!(t("xx", "nav-login"), "Anmelden");
    }

    #[test]
    fn numbers_select_plural_forms_and_codes_stay_text() {
        let args = |n: &str| {
            vec![
                ("facility", "Kita Sonnenschein".to_string()),
                ("capacity", n.to_string()),
                ("category", "Ü3".to_string()),
                ("cutoff", "25".to_string()),
                ("points", "20".to_string()),
            ]
        };
        let one = t_args("de", "expl-full", &args("1"));
        assert!(
            one.contains("der einzige Ü3-Platz ging an ein Kind mit mindestens 25 Punkten"),
            "{one}"
        );
        let many = t_args("de", "expl-full", &args("12"));
        assert!(
            many.contains("alle 12 Ü3-Plätze gingen an Kinder mit mindestens 25 Punkten"),
            "{many}"
        );
        assert!(t_args("en", "expl-full", &args("1")).contains("the only Ü3 place went to a child"));
        let september = chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        assert_eq!(format_month("de", september), "09.2026");
        assert_eq!(format_month("en", september), "09/2026");
        assert_eq!(format_month("fa", september), "۲۰۲۶/۰۹");
        // Amounts: decimal comma, point in English, Persian digits and separator in Farsi.
        let amount = rust_decimal::Decimal::new(123450, 2);
        assert_eq!(format_amount("de", amount), "1234,50");
        assert_eq!(format_amount("en", amount), "1234.50");
        assert_eq!(format_amount("fa", amount), "۱۲۳۴٫۵۰");
        // Farsi writes the number in Persian digits.
        assert!(t_args("fa", "a-wish-n", &[("n", "12".into())]).contains("۱۲"));
        assert!(t_args("ar", "a-wish-n", &[("n", "12".into())]).contains("12"));
        // A postal code with a leading zero is not turned into a number.
        assert!(matches!(fluent_value("01234"), FluentValue::String(_)));
        assert!(matches!(fluent_value("12"), FluentValue::Number(_)));
    }
}
