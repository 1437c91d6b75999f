//! Writes a sample letter, to look at the layout:
//! `cargo run -p kitaplatz-letters --example sample_letter -- letter.pdf [paragraphs]`

use kitaplatz_letters::{render, Letter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "letter.pdf".into());
    let paragraphs: usize = args.next().map_or(Ok(1), |n| n.parse())?;
    let filler = "Die Betreuungszeit beträgt 45 Stunden pro Woche; die Eingewöhnung beginnt nach \
                  Absprache mit der Einrichtung. Bitte bringen Sie zum Aufnahmegespräch das \
                  Impfbuch und den Nachweis über die Masernimmunität Ihres Kindes mit.";
    let letter = Letter {
        sender: vec![
            "Gemeinde Musterstadt".into(),
            "Jugendamt – Kindertagesbetreuung".into(),
            "Marktplatz 1, 12345 Musterstadt".into(),
        ],
        recipient: vec![
            "Familie Yılmaz-Wąsowska".into(),
            "Lindenweg 3".into(),
            "12345 Musterstadt".into(),
        ],
        place_date: "Musterstadt, 23.11.2026".into(),
        subject: "Zusage für Ihren Kita-Platz in Kita Sonnenschein — Größe".into(),
        body: format!(
            "Sehr geehrte Frau Yılmaz-Wąsowska, sehr geehrter Herr François Çelik,\n\n\
             wir freuen uns, Ihnen für Ihr Kind Şükrü Łukasz einen Platz in der Kita \
             Sonnenschein ab dem 01.08.2027 zusagen zu können.\n\
             Bitte bestätigen Sie die Zusage bis zum 15.12.2026 im Portal.\n\n{}\
             Mit freundlichen Grüßen\n\n\nIhr Jugendamt",
            (0..paragraphs)
                .map(|_| format!("{filler}\n\n"))
                .collect::<String>()
        ),
        footer: Some(
            "Gemeinde Musterstadt · IBAN DE02 1203 0000 0000 2020 51 · BIC BYLADEM1001\n\
             Sprechzeiten: Mo–Fr 8–12 Uhr, Do 14–18 Uhr · Telefon 01234 5678-0"
                .into(),
        ),
    };
    std::fs::write(&path, render(&letter)?)?;
    println!("{path}");
    Ok(())
}
