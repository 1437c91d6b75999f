//! The district view: anonymised counts across municipalities with small-cell suppression, and
//! no name or birth date of any child on a district page or in a district export.

use diesel::prelude::*;
use rocket::http::Status;

use kitaplatz::db::schema::children;

use crate::common::*;

const KREIS: &str = "kreis@example.org";

/// Does `text` contain `word` as a whole word (not inside a longer word)?
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn district_statistics_show_suppressed_counts_and_never_a_person() {
    let t = TestApp::demo();
    // Some applications in Musterstadt: three families.
    let office = t.login("jugendamt.musterstadt@example.org");
    let wald = crate::allocation::kita(&office, "Waldkita", "5");
    for name in ["Anna", "Bruno", "Carla"] {
        let parent = crate::allocation::family(&t, &format!("{}@example.org", name.to_lowercase()));
        crate::allocation::apply(&t, &parent, name, &[&wald], &[]);
    }
    // A published round: three offers, each at the first wish.
    let round = crate::allocation::create_round(&office, "Kreis");
    let run = crate::allocation::what_if(&office, &round);
    crate::allocation::publish(&office, &run);
    let kreis = t.login(KREIS);
    let (s, home) = kreis.page("/kreis/musterkreis");
    assert_eq!(s, Status::Ok);
    assert!(home.contains("/kreis/musterkreis/statistics"));
    let (s, page) = kreis.page("/kreis/musterkreis/statistics");
    assert_eq!(s, Status::Ok);
    assert!(page.contains("Musterstadt") && page.contains("<svg"));
    // Three Ü3 applications in Musterstadt are released; nothing below 3 is.
    let row = page
        .split("<tr>")
        .find(|r| r.contains("<th scope=\"row\">Musterstadt</th>"))
        .expect("Musterstadt row");
    assert!(row.contains("<td>3</td>"), "{row}");
    assert!(!row.contains("<td>1</td>") && !row.contains("<td>2</td>"));
    let wishes = page.split("id=\"t-wishes\"").nth(1).expect("wishes table");
    let row = wishes
        .split("<tr>")
        .find(|r| r.contains("<th scope=\"row\">Musterstadt</th>"))
        .unwrap();
    assert!(
        row.starts_with("<th scope=\"row\">Musterstadt</th><td>3</td>"),
        "{row}"
    );
    let mut texts = vec![home, page];
    for table in ["categories", "outcomes", "wishes"] {
        let res = kreis.get(&format!("/kreis/musterkreis/statistics/{table}/csv"));
        assert_eq!(res.status(), Status::Ok);
        texts.push(res.into_string().unwrap());
        let res = kreis.get(&format!("/kreis/musterkreis/statistics/{table}/xlsx"));
        assert_eq!(res.status(), Status::Ok);
        let bytes = res.into_bytes().unwrap();
        let sheet = kitaplatz_export::read_table("x.xlsx", &bytes).unwrap();
        let mut cells = sheet.headers.join(" ");
        for r in sheet.rows {
            cells.push(' ');
            cells.push_str(&r.join(" "));
        }
        for c in cells.split_whitespace() {
            assert!(
                c.parse::<u64>().map_or(true, |n| n == 0 || n >= 3),
                "small count {c} in {table}.xlsx"
            );
        }
        texts.push(cells);
    }
    // No child of the seed or the test appears by name or birth date.
    let mut c = t.app.db.get().unwrap();
    let kids: Vec<(String, String, chrono::NaiveDate)> = children::table
        .select((
            children::first_names,
            children::last_name,
            children::birth_date,
        ))
        .load(&mut c)
        .unwrap();
    assert!(kids.len() >= 13);
    for text in &texts {
        for (first, last, birth) in &kids {
            assert!(!has_word(text, first), "first name {first}");
            assert!(!has_word(text, last), "last name {last}");
            assert!(!text.contains(&birth.format("%d.%m.%Y").to_string()));
            assert!(!text.contains(&birth.format("%Y-%m-%d").to_string()));
        }
    }
    // Unknown tables and formats are not found; parents and offices get nothing.
    assert_eq!(
        kreis
            .get("/kreis/musterkreis/statistics/names/csv")
            .status(),
        Status::NotFound
    );
    assert_eq!(
        kreis
            .get("/kreis/musterkreis/statistics/outcomes/pdf")
            .status(),
        Status::NotFound
    );
    for who in [
        "eltern.musterstadt@example.org",
        "jugendamt.musterstadt@example.org",
    ] {
        let b = t.login(who);
        assert_eq!(
            b.get("/kreis/musterkreis/statistics").status(),
            Status::Forbidden,
            "{who}"
        );
    }
}
