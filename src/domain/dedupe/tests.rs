//! Tests of the duplicate check as a whole: the variants it must find, the twins and siblings it
//! must not merge, properties of `compare` and `find_pairs`, fingerprints, the generator, and
//! precision and recall on generated data.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::eval::evaluate;
use super::synth::generate;
use super::*;

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Johanna Marie Müller-Schmidt, born 2021-03-05, Hauptstraße 12a, 50667 Köln.
fn child() -> Record {
    Record {
        id: "A1".into(),
        first_names: "Johanna Marie".into(),
        last_name: "Müller-Schmidt".into(),
        birth_date: date("2021-03-05"),
        street: "Hauptstraße".into(),
        house_number: "12a".into(),
        postal_code: "50667".into(),
        city: "Köln".into(),
    }
}

fn with(change: impl FnOnce(&mut Record)) -> Record {
    let mut r = child();
    r.id = "B2".into();
    change(&mut r);
    r
}

fn decision(a: &Record, b: &Record) -> Option<Decision> {
    compare(a, b).map(|(_, d)| d)
}

#[test]
fn every_variant_of_the_same_child_is_a_duplicate() {
    let variants: Vec<(&str, Record)> = vec![
        ("unchanged", with(|_| {})),
        (
            "case",
            with(|r| {
                r.first_names = "JOHANNA MARIE".into();
                r.last_name = "müller-schmidt".into();
            }),
        ),
        (
            "spaces",
            with(|r| {
                r.first_names = "  Johanna   Marie ".into();
                r.last_name = " Müller-Schmidt  ".into();
            }),
        ),
        (
            "umlaut as ue",
            with(|r| r.last_name = "Mueller-Schmidt".into()),
        ),
        (
            "umlaut without dots",
            with(|r| r.last_name = "Muller-Schmidt".into()),
        ),
        ("ß as ss", with(|r| r.street = "Hauptstrasse".into())),
        (
            "street abbreviated",
            with(|r| r.street = "Hauptstr.".into()),
        ),
        (
            "house number spaced",
            with(|r| r.house_number = "12 A".into()),
        ),
        ("one surname part", with(|r| r.last_name = "Schmidt".into())),
        (
            "surname with space",
            with(|r| r.last_name = "Mueller Schmidt".into()),
        ),
        (
            "surname parts swapped",
            with(|r| r.last_name = "Schmidt-Müller".into()),
        ),
        (
            "second first name left out",
            with(|r| r.first_names = "Johanna".into()),
        ),
        (
            "first name typo",
            with(|r| r.first_names = "Johana Marie".into()),
        ),
        (
            "first name transposition",
            with(|r| r.first_names = "Johnana Marie".into()),
        ),
        (
            "surname typo",
            with(|r| r.last_name = "Müller-Schmitt".into()),
        ),
        (
            "day and month swapped",
            with(|r| r.birth_date = date("2021-05-03")),
        ),
        ("one day off", with(|r| r.birth_date = date("2021-03-06"))),
        (
            "moved",
            with(|r| {
                r.street = "Gartenweg".into();
                r.house_number = "3".into();
                r.postal_code = "50823".into();
            }),
        ),
        (
            "moved and one day off",
            with(|r| {
                r.street = "Gartenweg".into();
                r.house_number = "3".into();
                r.birth_date = date("2021-03-04");
            }),
        ),
        ("no postal code", with(|r| r.postal_code.clear())),
        ("no birth date", with(|r| r.birth_date = None)),
    ];
    for (what, variant) in &variants {
        assert_eq!(
            decision(&child(), variant),
            Some(Decision::Duplicate),
            "{what}: {variant:?}"
        );
    }
    // find_pairs finds each of them too.
    let mut records = vec![child()];
    for (i, (_, v)) in variants.iter().enumerate() {
        let mut v = v.clone();
        v.id = format!("V{i:02}");
        records.push(v);
    }
    let pairs = find_pairs(&records);
    for (i, (what, _)) in variants.iter().enumerate() {
        let id = format!("V{i:02}");
        assert!(
            pairs.iter().any(|p| p.id_a == "A1" && p.id_b == id),
            "{what} not found"
        );
    }
}

#[test]
fn twins_are_never_duplicates() {
    let twin = with(|r| r.first_names = "Paula".into());
    assert_eq!(decision(&child(), &twin), None);
    // Twins with names one letter apart: a person looks, nothing is merged.
    let mia = with(|r| r.first_names = "Mia".into());
    let mila = with(|r| r.first_names = "Mila".into());
    assert_eq!(decision(&mia, &mila), Some(Decision::Review));
    // The male and the female form are two names.
    let paul = with(|r| r.first_names = "Paul".into());
    let paula = with(|r| r.first_names = "Paula".into());
    assert_eq!(decision(&paul, &paula), None);
    let jan = with(|r| r.first_names = "Jan".into());
    let jana = with(|r| r.first_names = "Jana".into());
    assert_eq!(decision(&jan, &jana), None);
    // Double first names sharing one part are other names too.
    let a = with(|r| r.first_names = "Anna-Lena".into());
    let b = with(|r| r.first_names = "Anna-Sophie".into());
    assert_eq!(decision(&a, &b), None);
}

#[test]
fn siblings_are_never_duplicates() {
    let sibling = with(|r| {
        r.first_names = "Lukas".into();
        r.birth_date = date("2023-01-17");
    });
    assert_eq!(decision(&child(), &sibling), None);
    // Even with similar names (Mia, two years later Mila).
    let mia = with(|r| r.first_names = "Mia".into());
    let mila = with(|r| {
        r.first_names = "Mila".into();
        r.birth_date = date("2023-01-17");
    });
    assert_eq!(decision(&mia, &mila), None);
    // The same name at the same address with another birth date is a typed-wrong date.
    let wrong_year = with(|r| r.birth_date = date("2012-03-05"));
    assert_eq!(decision(&child(), &wrong_year), Some(Decision::Review));
}

#[test]
fn other_children_are_distinct() {
    let other = Record {
        id: "C3".into(),
        first_names: "Ben".into(),
        last_name: "Yılmaz".into(),
        birth_date: date("2022-11-30"),
        street: "Ringstraße".into(),
        house_number: "7".into(),
        postal_code: "40210".into(),
        city: "Düsseldorf".into(),
    };
    assert_eq!(decision(&child(), &other), None);
    // Same name and birthday in another family and place: a changed surname is only a review.
    let renamed = with(|r| r.last_name = "Yılmaz".into());
    assert_eq!(decision(&child(), &renamed), Some(Decision::Review));
    assert_eq!(decision(&Record::default(), &Record::default()), None);
}

#[test]
fn pairs_are_ordered_and_records_sharing_an_id_are_not_paired() {
    let a = with(|r| r.id = "z".into());
    let b = with(|r| r.id = "a".into());
    let c = with(|r| r.id = "a".into());
    let pairs = find_pairs(&[a, b, c]);
    assert_eq!(pairs.len(), 1);
    assert_eq!((pairs[0].id_a.as_str(), pairs[0].id_b.as_str()), ("a", "z"));
    assert_eq!(pairs[0].decision.as_str(), "duplicate");
    assert!(find_pairs(&[]).is_empty());
}

#[test]
fn thousands_of_identical_records_stay_linear() {
    let records: Vec<Record> = (0..1_200)
        .map(|i| with(|r| r.id = format!("{i:04}")))
        .collect();
    let pairs = find_pairs(&records);
    // Every record is paired with the next records of its (oversized) blocks, not all.
    assert!(
        pairs.len() >= 1_199 && pairs.len() < 1_200 * 30,
        "{}",
        pairs.len()
    );
    assert!(pairs.iter().all(|p| p.decision == Decision::Duplicate));
}

#[test]
fn compare_with_batch_decides_like_find_pairs() {
    let data = generate(1_500, 11);
    let pairs = find_pairs(&data.records);
    for subject in data.records.iter().step_by(50) {
        let found = compare_with_batch(subject, &data.records);
        for p in pairs
            .iter()
            .filter(|p| p.id_a == subject.id || p.id_b == subject.id)
        {
            let other = if p.id_a == subject.id {
                &p.id_b
            } else {
                &p.id_a
            };
            let hit = found
                .iter()
                .find(|(i, _, _)| &data.records[*i].id == other)
                .map(|&(_, score, d)| (score, d));
            assert_eq!(hit, Some((p.score, p.decision)), "{} / {other}", subject.id);
        }
        assert!(found
            .iter()
            .all(|(i, _, _)| data.records[*i].id != subject.id));
    }
    assert!(compare_with_batch(&child(), &[]).is_empty());
}

#[test]
fn fingerprints_meet_for_the_same_child_and_not_for_twins_or_siblings() {
    let key = b"a municipality's secret";
    let shared = |a: &Record, b: &Record| {
        let fb = fingerprints(b, key);
        fingerprints(a, key).iter().any(|f| fb.contains(f))
    };
    let base = child();
    for variant in [
        with(|r| r.last_name = "MUELLER SCHMIDT".into()),
        with(|r| r.last_name = "Schmidt".into()),
        with(|r| r.first_names = "Johanna".into()),
        with(|r| r.first_names = "Johana Marie".into()),
        with(|r| r.birth_date = date("2021-05-03")),
        with(|r| r.birth_date = date("2021-03-04")),
        with(|r| r.birth_date = None),
        with(|r| {
            r.street = "Gartenweg".into();
            r.house_number = "3".into();
        }),
        with(|r| {
            r.last_name = "Müler-Schmidt".into();
            r.birth_date = date("2021-03-06");
        }),
    ] {
        assert!(shared(&base, &variant), "{variant:?}");
    }
    let twin = with(|r| r.first_names = "Paula".into());
    let sibling = with(|r| {
        r.first_names = "Lukas".into();
        r.birth_date = date("2023-01-17");
    });
    assert!(!shared(&base, &twin));
    assert!(!shared(&base, &sibling));
    let paul = with(|r| r.first_names = "Paul".into());
    let paula = with(|r| r.first_names = "Paula".into());
    assert!(!shared(&paul, &paula));
    // Hex HMAC-SHA256, deterministic, and depending on the key.
    let fp = fingerprints(&base, key);
    assert!(!fp.is_empty());
    assert!(fp
        .iter()
        .all(|f| f.len() == 64 && f.chars().all(|c| c.is_ascii_hexdigit())));
    assert_eq!(fp, fingerprints(&base, key));
    let other = fingerprints(&base, b"another key");
    assert!(fp.iter().all(|f| !other.contains(f)));
    assert!(fingerprints(&Record::default(), key).is_empty());
}

#[test]
fn the_generator_is_deterministic_and_consistent() {
    let a = generate(600, 7);
    let b = generate(600, 7);
    assert_eq!(a.records, b.records);
    assert_eq!(a.truth, b.truth);
    assert_ne!(a.records, generate(600, 8).records);
    assert_eq!(a.records.len(), 600);
    let ids: std::collections::HashSet<&str> = a.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), 600);
    assert!(!a.truth.is_empty() && !a.siblings.is_empty());
    for t in &a.truth {
        assert!(t.id_a < t.id_b && ids.contains(t.id_a.as_str()) && ids.contains(t.id_b.as_str()));
    }
    let by_id: std::collections::HashMap<&str, &Record> =
        a.records.iter().map(|r| (r.id.as_str(), r)).collect();
    for (x, y) in &a.twins {
        let (x, y) = (by_id[x.as_str()], by_id[y.as_str()]);
        assert_ne!(x.first_names, y.first_names);
    }
}

/// Quality on generated data, pooled over a few seeds (one small sample varies too much).
#[test]
fn precision_and_recall_on_generated_data_meet_the_targets() {
    let mut q = eval::Quality::default();
    for seed in 1..=4 {
        let data = generate(3_000, seed);
        let r = evaluate(&data, &find_pairs(&data.records));
        q.truth += r.truth;
        q.duplicate += r.duplicate;
        q.duplicate_true += r.duplicate_true;
        q.review += r.review;
        q.review_true += r.review_true;
        q.twins.1 += r.twins.1;
        q.siblings.1 += r.siblings.1;
    }
    let summary = format!(
        "precision {:.4}, recall {:.4}, recall with review {:.4}",
        q.precision_duplicate(),
        q.recall_duplicate(),
        q.recall_any()
    );
    assert!(q.precision_duplicate() >= 0.995, "{summary}");
    assert!(q.recall_duplicate() >= 0.98, "{summary}");
    assert!(q.recall_any() >= 0.995, "{summary}");
    assert_eq!(q.siblings.1, 0, "siblings merged");
}

fn record_strategy(id: usize) -> impl Strategy<Value = Record> {
    let name = prop::sample::select(vec![
        "Anna",
        "Ana",
        "Anna Maria",
        "Anna-Lena",
        "Mia",
        "Mila",
        "Paul",
        "Paula",
        "Jörn",
        "Joern",
        "",
        "Ömer",
        "Sophie",
        "Sofie",
        "Johanna",
        "Johana",
        "MIA",
        " mia ",
    ]);
    let surname = prop::sample::select(vec![
        "Müller",
        "Mueller",
        "Muller",
        "Schmidt",
        "Müller-Schmidt",
        "von Bülow",
        "Le",
        "",
        "Yılmaz",
        "Yilmaz",
        "Meier",
        "Meyer",
    ]);
    let birth = prop::option::of((2019i32..2022, 1u32..13, 1u32..29))
        .prop_map(|d| d.and_then(|(y, m, day)| NaiveDate::from_ymd_opt(y, m, day)));
    let street = prop::sample::select(vec!["Hauptstraße", "Hauptstr.", "Gartenweg", ""]);
    let house = prop::sample::select(vec!["1", "12a", "12 A", ""]);
    (name, surname, birth, street, house).prop_map(move |(f, l, b, s, h)| Record {
        id: format!("R{id}"),
        first_names: f.into(),
        last_name: l.into(),
        birth_date: b,
        street: s.into(),
        house_number: h.into(),
        postal_code: "12345".into(),
        city: "Musterstadt".into(),
    })
}

proptest! {
    #[test]
    fn any_text_is_handled_without_panic(
        a in "\\PC{0,12}", b in "\\PC{0,12}", c in "[a-zäöüßжλé -]{0,10}", d in "[a-zäöüßжλé -]{0,10}"
    ) {
        let r = |first: &str, last: &str| Record {
            id: format!("{first}|{last}"),
            first_names: first.into(),
            last_name: last.into(),
            birth_date: date("2021-01-01"),
            street: last.into(),
            house_number: first.into(),
            postal_code: first.into(),
            city: last.into(),
        };
        let records = [r(&a, &b), r(&b, &a), r(&c, &d), r(&d, &c), r(&c, &c)];
        for x in &records {
            for y in &records {
                let _ = compare(x, y);
            }
            let _ = fingerprints(x, b"k");
        }
        let _ = find_pairs(&records);
    }

    #[test]
    fn compare_is_symmetric_and_scores_lie_in_0_1(a in record_strategy(1), b in record_strategy(2)) {
        let ab = compare(&a, &b);
        prop_assert_eq!(ab, compare(&b, &a));
        if let Some((score, _)) = ab {
            prop_assert!((0.0..=1.0).contains(&score));
        }
    }

    #[test]
    fn find_pairs_reports_each_pair_once_in_order(
        records in prop::collection::vec(any::<u8>(), 0..30).prop_flat_map(|v| {
            v.iter().enumerate().map(|(i, _)| record_strategy(i)).collect::<Vec<_>>()
        })
    ) {
        let pairs = find_pairs(&records);
        for p in &pairs {
            prop_assert!(p.id_a < p.id_b);
            prop_assert!((0.0..=1.0).contains(&p.score));
        }
        for w in pairs.windows(2) {
            prop_assert!((&w[0].id_a, &w[0].id_b) < (&w[1].id_a, &w[1].id_b));
        }
    }
}
