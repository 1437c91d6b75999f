//! Table exports: every table view of kitaplatz can be downloaded as CSV (for German Excel:
//! `;` separated, UTF-8 with byte-order mark) and as XLSX. Imports read the same two formats
//! back into a [`Table`] ([`read_table`]).

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

/// Why an uploaded table cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// A spreadsheet format other than XLSX (e.g. `.xls`, `.ods`).
    #[error("unsupported file type")]
    UnsupportedType,
    /// The CSV is not UTF-8 or not well-formed.
    #[error("csv: {0}")]
    Csv(String),
    /// The XLSX cannot be opened or has no sheet.
    #[error("xlsx: {0}")]
    Xlsx(String),
    /// No header row.
    #[error("empty file")]
    Empty,
}

/// Reads an uploaded table: XLSX (recognised by its zip signature or the name; the first
/// sheet), other spreadsheet formats refused by name, everything else read as CSV (UTF-8, optional byte-order mark, `;` or `,` separated —
/// whichever the header row uses more). The first row is the header;
/// cells are trimmed; empty rows before the header and at the end are dropped, empty rows in
/// between are kept in XLSX (so a row's index + 2 is its row in the sheet; consumers skip them)
/// and skipped by the CSV reader; dates in XLSX cells come back as `YYYY-MM-DD`.
pub fn read_table(file_name: &str, bytes: &[u8]) -> Result<Table, ImportError> {
    let lower = file_name.to_lowercase();
    let mut rows = if bytes.starts_with(b"PK\x03\x04") || lower.ends_with(".xlsx") {
        read_xlsx(bytes)?
    } else if [".xls", ".ods", ".pdf", ".doc", ".docx"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        return Err(ImportError::UnsupportedType);
    } else {
        read_csv(bytes)?
    };
    let blank = |r: &Vec<String>| r.iter().all(|c| c.is_empty());
    let first = rows
        .iter()
        .position(|r| !blank(r))
        .ok_or(ImportError::Empty)?;
    let headers = rows.remove(first);
    rows.drain(..first);
    while rows.last().is_some_and(blank) {
        rows.pop();
    }
    Ok(Table { headers, rows })
}

fn read_csv(bytes: &[u8]) -> Result<Vec<Vec<String>>, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Csv("not UTF-8".into()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first.matches(';').count() >= first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // Note: the CSV reader skips blank lines, so in a CSV with blank lines between records a
    // row's index no longer matches its line (XLSX keeps empty rows).
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Csv(e.to_string()))?;
        rows.push(record.iter().map(|c| c.trim().to_string()).collect());
    }
    Ok(rows)
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<Vec<String>>, ImportError> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| ImportError::Xlsx(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| ImportError::Xlsx("no sheet".into()))?
        .map_err(|e| ImportError::Xlsx(e.to_string()))?;
    Ok(range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::DateTime(d) => d
                        .as_datetime()
                        .map(|dt| {
                            use chrono::Datelike;
                            format!("{:04}-{:02}-{:02}", dt.year(), dt.month(), dt.day())
                        })
                        .unwrap_or_default(),
                    Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                    Data::Empty => String::new(),
                    other => other.to_string().trim().to_string(),
                })
                .collect()
        })
        .collect())
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
    fn csv_reads_back_with_either_separator() {
        let back = read_table("x.csv", &to_csv(&table()).unwrap()).unwrap();
        assert_eq!(back.headers, table().headers);
        assert_eq!(back.rows[0], table().rows[0]);
        let t = read_table("x.csv", b"\n a , b \n1,2\n\n3,4\n\n").unwrap();
        assert_eq!(t.headers, vec!["a", "b"]);
        assert_eq!(t.rows, vec![vec!["1", "2"], vec!["3", "4"]]);
        assert_eq!(read_table("x.ods", b"a"), Err(ImportError::UnsupportedType));
        assert_eq!(read_table("x.csv", b"\n\n"), Err(ImportError::Empty));
        assert!(matches!(
            read_table("x.csv", &[0xff, 0xfe]),
            Err(ImportError::Csv(_))
        ));
        assert!(matches!(
            read_table("x.xlsx", b"not a zip"),
            Err(ImportError::Xlsx(_))
        ));
    }

    #[test]
    fn xlsx_reads_back() {
        use calamine::{Reader, Xlsx};
        let bytes = to_xlsx(&table(), "Anträge").unwrap();
        assert_eq!(read_table("a.XLSX", &bytes).unwrap(), table());
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
