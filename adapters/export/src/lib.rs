//! Table exports: every table view of kitaplatz can be downloaded as CSV (for German Excel:
//! `;` separated, UTF-8 with byte-order mark) and as XLSX.

/// A table: header row and data rows (all text; numbers are written as numbers in XLSX when
/// a cell parses as an integer).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows, each as long as `headers`.
    pub rows: Vec<Vec<String>>,
}

/// What can go wrong while writing.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// CSV writer.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// XLSX writer.
    #[error("xlsx: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// Flushing the buffer.
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}

/// Cells starting with these characters are prefixed with `'` in CSV so a spreadsheet does not
/// run them as formulas (CSV injection).
const FORMULA_START: [char; 5] = ['=', '+', '-', '@', '\t'];

fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some(c) if FORMULA_START.contains(&c) && cell.parse::<f64>().is_err() => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// CSV for German Excel: BOM, `;` separator, CRLF line ends.
pub fn to_csv(table: &Table) -> Result<Vec<u8>, ExportError> {
    let mut out = vec![0xEF, 0xBB, 0xBF];
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(&table.headers)?;
        for row in &table.rows {
            w.write_record(row.iter().map(|c| neutralise(c)))?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// XLSX with one sheet, a bold header row and auto-filter.
pub fn to_xlsx(table: &Table, sheet: &str) -> Result<Vec<u8>, ExportError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet)?;
    let bold = Format::new().set_bold();
    for (c, h) in table.headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match cell.parse::<i64>() {
                Ok(n) if !cell.starts_with('0') || cell == "0" => {
                    ws.write_number(r, c, n as f64)?;
                }
                _ => {
                    ws.write_string(r, c, cell)?;
                }
            }
        }
    }
    if !table.headers.is_empty() {
        ws.autofilter(
            0,
            0,
            table.rows.len() as u32,
            table.headers.len() as u16 - 1,
        )?;
    }
    Ok(book.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            headers: vec!["Name".into(), "Stunden".into(), "PLZ".into()],
            rows: vec![
                vec!["Jörg; \"Spaß\"".into(), "35".into(), "01067".into()],
                vec!["=HYPERLINK(\"x\")".into(), "45".into(), "59999".into()],
            ],
        }
    }

    #[test]
    fn csv_for_german_excel() {
        let bytes = to_csv(&table()).unwrap();
        assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert!(text.starts_with("Name;Stunden;PLZ\r\n"));
        assert!(text.contains("\"Jörg; \"\"Spaß\"\"\";35;01067"));
        assert!(text.contains("'=HYPERLINK"), "formula neutralised");
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
        assert_eq!(&rows[0][0], "Jörg; \"Spaß\"");
    }

    #[test]
    fn xlsx_reads_back() {
        use calamine::{Reader, Xlsx};
        let bytes = to_xlsx(&table(), "Anträge").unwrap();
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let range = book.worksheet_range("Anträge").unwrap();
        assert_eq!(range.get_value((0, 0)).unwrap().to_string(), "Name");
        assert_eq!(
            range.get_value((1, 0)).unwrap().to_string(),
            "Jörg; \"Spaß\""
        );
        assert_eq!(range.get_value((1, 1)).unwrap().to_string(), "35");
        assert_eq!(
            range.get_value((1, 2)).unwrap().to_string(),
            "01067",
            "leading zero kept as text"
        );
    }
}
