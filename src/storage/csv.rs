//! A small RFC 4180 CSV reader and writer, shared by every CSV format of DSV Studio.
//!
//! Files are UTF-8 and comma separated with a header row. Quoted fields may hold
//! commas, doubled quotes and line breaks. Each record remembers the line it starts
//! on, so import errors can point at it. Columns are found by header name,
//! trimmed and case-insensitive, so they may come in any order.
//!
//! **Formula guard** (OWASP "CSV injection"): a spreadsheet reads a cell that begins
//! with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula. [`Writer`] puts a
//! `'` in front of such a cell unless it is a plain number (see [`is_plain_number`]),
//! and in front of a cell made of one or more `'` followed by one of those characters,
//! so the guard is never ambiguous. Reading undoes it ([`cell`]): a cell that is one or
//! more `'` followed by a trigger character loses its first `'`. `'hello` and `'5` stay
//! as they are; `=x` is written `'=x`, `'=x` is written `''=x`, and both read back as
//! written before the guard.
//!
//! Hand-written rather than the `csv` crate: the formats here are tiny, and this keeps
//! serde-based machinery out of the wasm bundle.

use std::borrow::Cow;
use std::fmt;

/// A parsed CSV file: its header and its records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Row>,
}

/// One record with the 1-based line number it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Why a file is not CSV at all. Row-level problems are the caller's to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvError {
    /// No header row.
    Empty,
    /// A quoted field is never closed; `line` is where it opens.
    UnclosedQuote { line: usize },
    /// Text follows a closing quote inside a field, as in `"ab"c`.
    TextAfterQuote { line: usize },
    /// The header names a column twice.
    DuplicateColumn(String),
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the file is empty"),
            Self::UnclosedQuote { line } => {
                write!(f, "line {line}: a quoted field is never closed")
            }
            Self::TextAfterQuote { line } => write!(f, "line {line}: text after a closing quote"),
            Self::DuplicateColumn(name) => write!(f, "the column \"{name}\" appears twice"),
        }
    }
}

impl std::error::Error for CsvError {}

impl Table {
    /// The header row as written (read by [`cell`]: trimmed, the formula guard removed).
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The records after the header; blank lines are skipped.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// Index of the column called `name` (trimmed, case-insensitive).
    pub fn column(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }

    /// The names in `required` that have no column, in the order given.
    pub fn missing_columns<'a>(&self, required: &[&'a str]) -> Vec<&'a str> {
        required
            .iter()
            .copied()
            .filter(|name| self.column(name).is_none())
            .collect()
    }
}

impl Row {
    /// The value in column `index` as [`cell`] reads it (trimmed, the formula guard
    /// removed), or `""` when the column or field is absent.
    pub fn get(&self, index: Option<usize>) -> &str {
        index
            .and_then(|i| self.fields.get(i))
            .map_or("", |field| cell(field))
    }
}

/// The characters that make a spreadsheet read a cell as a formula.
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` is a plain number, which the formula guard leaves alone although it
/// may begin with `+` or `-`: an optional sign (`+` or `-`), then ASCII digits with an
/// optional decimal point (digits before the point, after it, or both: `5`, `5.`,
/// `.5`, `5.25`), then an optional exponent (`e` or `E`, an optional sign, digits),
/// and nothing else (no spaces, no decimal comma, no thousands separators).
/// So `-5`, `-0.25`, `+3`, `1e-3` and `-2.5E+10` are plain numbers; `-`, `--`, `-x`,
/// `-1,5`, `- 5`, `-inf`, `1-2` and `-2+3` are not.
pub fn is_plain_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    let digits_from = |mut i: usize| {
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    if matches!(bytes.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let whole_end = digits_from(i);
    let mut mantissa_digits = whole_end - i;
    i = whole_end;
    if bytes.get(i) == Some(&b'.') {
        let fraction_end = digits_from(i + 1);
        mantissa_digits += fraction_end - (i + 1);
        i = fraction_end;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exponent_end = digits_from(i);
        if exponent_end == i {
            return false;
        }
        i = exponent_end;
    }
    i == bytes.len()
}

/// Whether `text`, after any leading `'`, begins with a [`FORMULA_TRIGGERS`] character.
fn triggers_after_quotes(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_TRIGGERS)
}

/// The text [`Writer`] writes for the value `text`: with a `'` in front when `text`
/// begins with a formula trigger and is not a plain number, or when it is one or more
/// `'` followed by a trigger (so that [`unguard`] tells the two apart).
pub fn guard(text: &str) -> Cow<'_, str> {
    let guarded = if text.starts_with(FORMULA_TRIGGERS) {
        !is_plain_number(text)
    } else {
        text.starts_with('\'') && triggers_after_quotes(text)
    };
    if guarded {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The value [`guard`] was given for the cell `text`: without its first `'` when it is
/// one or more `'` followed by a formula trigger, else `text` unchanged.
pub fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if triggers_after_quotes(rest) => rest,
        _ => text,
    }
}

/// A field's value as imports read it: leading white space trimmed, the formula guard
/// removed ([`unguard`]), trailing white space trimmed. White space right after the
/// guard is kept, so `'\tx` reads as a tab and `x`; `  '=x ` reads as `=x`.
pub fn cell(field: &str) -> &str {
    unguard(field.trim_start()).trim_end()
}

/// Parses `text` (a leading byte-order mark is ignored).
pub fn parse(text: &str) -> Result<Table, CsvError> {
    let (headers, mut reader) = read_header(text)?;
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    while let Some(line) = reader.next_row(&mut fields)? {
        rows.push(Row {
            line,
            fields: fields.drain(..).map(Cow::into_owned).collect(),
        });
    }
    check_duplicates(&headers)?;
    Ok(Table { headers, rows })
}

/// Reads the header row of `text` (trimmed; blank records before it skipped) and
/// returns it with a [`Reader`] on the record after it: for large files, whose
/// records are then read one at a time without copying their fields.
pub fn open(text: &str) -> Result<(Vec<String>, Reader<'_>), CsvError> {
    let (headers, reader) = read_header(text)?;
    check_duplicates(&headers)?;
    Ok((headers, reader))
}

fn read_header(text: &str) -> Result<(Vec<String>, Reader<'_>), CsvError> {
    let mut reader = Reader::new(text);
    let mut fields = Vec::new();
    if reader.next_row(&mut fields)?.is_none() {
        return Err(CsvError::Empty);
    }
    let headers = fields.iter().map(|f| cell(f).to_owned()).collect();
    Ok((headers, reader))
}

fn check_duplicates(headers: &[String]) -> Result<(), CsvError> {
    for (i, name) in headers.iter().enumerate() {
        if !name.is_empty() && headers[..i].iter().any(|h| h.eq_ignore_ascii_case(name)) {
            return Err(CsvError::DuplicateColumn(name.clone()));
        }
    }
    Ok(())
}

/// Reads records one at a time. Fields are borrowed from the text unless they are
/// quoted with doubled quotes inside (`"say ""hi"""`), which need a copy.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text` (a leading byte-order mark is skipped).
    pub fn new(text: &'a str) -> Self {
        Self {
            text: text.strip_prefix('\u{feff}').unwrap_or(text),
            pos: 0,
            line: 1,
        }
    }

    /// The next record that is not blank (every field empty or spaces) into `fields`
    /// (cleared first), and the line it starts on; `None` at the end of the text.
    pub fn next_row(&mut self, fields: &mut Vec<Cow<'a, str>>) -> Result<Option<usize>, CsvError> {
        loop {
            let Some(line) = self.next_record(fields)? else {
                return Ok(None);
            };
            if !fields.iter().all(|f| f.trim().is_empty()) {
                return Ok(Some(line));
            }
        }
    }

    /// The next record, blank or not (see [`Reader::next_row`]).
    fn next_record(&mut self, fields: &mut Vec<Cow<'a, str>>) -> Result<Option<usize>, CsvError> {
        fields.clear();
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return Ok(None);
        }
        let start_line = self.line;
        loop {
            // At the start of a field.
            let field = if bytes.get(self.pos) == Some(&b'"') {
                let field = self.read_quoted(start_line)?;
                self.after_quote()?;
                field
            } else {
                let from = self.pos;
                let len = bytes[from..]
                    .iter()
                    .position(|b| matches!(b, b',' | b'\r' | b'\n'))
                    .unwrap_or(bytes.len() - from);
                self.pos = from + len;
                Cow::Borrowed(self.text.get(from..self.pos).unwrap_or(""))
            };
            fields.push(field);
            match bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b'\r') => {
                    self.pos += 1;
                    if bytes.get(self.pos) == Some(&b'\n') {
                        self.pos += 1;
                    }
                    self.line += 1;
                    return Ok(Some(start_line));
                }
                Some(b'\n') => {
                    self.pos += 1;
                    self.line += 1;
                    return Ok(Some(start_line));
                }
                _ => return Ok(Some(start_line)),
            }
        }
    }

    /// Reads a quoted field from its opening quote through the closing one.
    fn read_quoted(&mut self, start_line: usize) -> Result<Cow<'a, str>, CsvError> {
        let bytes = self.text.as_bytes();
        let from = self.pos + 1;
        let mut i = from;
        let mut owned: Option<String> = None;
        let mut piece = from;
        loop {
            match bytes.get(i) {
                None => return Err(CsvError::UnclosedQuote { line: start_line }),
                Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(self.text.get(piece..=i).unwrap_or(""));
                    i += 2;
                    piece = i;
                }
                Some(b'"') => {
                    self.pos = i + 1;
                    let rest = self.text.get(piece..i).unwrap_or("");
                    return Ok(match owned {
                        Some(mut text) => {
                            text.push_str(rest);
                            Cow::Owned(text)
                        }
                        None => Cow::Borrowed(rest),
                    });
                }
                Some(b'\n') => {
                    self.line += 1;
                    i += 1;
                }
                Some(b'\r') => {
                    if bytes.get(i + 1) != Some(&b'\n') {
                        self.line += 1;
                    }
                    i += 1;
                }
                Some(_) => i += 1,
            }
        }
    }

    /// Skips whitespace after a closing quote, up to the end of the field; anything
    /// else there is an error.
    fn after_quote(&mut self) -> Result<(), CsvError> {
        let rest = self.text.get(self.pos..).unwrap_or("");
        for (at, c) in rest.char_indices() {
            match c {
                ',' | '\r' | '\n' => {
                    self.pos += at;
                    return Ok(());
                }
                c if c.is_whitespace() => {}
                _ => return Err(CsvError::TextAfterQuote { line: self.line }),
            }
        }
        self.pos = self.text.len();
        Ok(())
    }
}

/// Builds a CSV file row by row, quoting fields only where needed and guarding cells a
/// spreadsheet would take for formulas ([`guard`]). Lines end in CRLF as RFC 4180 asks.
#[derive(Debug, Default, Clone)]
pub struct Writer {
    out: String,
}

impl Writer {
    /// An empty file.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends one record, each field passed through [`guard`].
    pub fn row<I, S>(&mut self, fields: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for (i, field) in fields.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            let field = guard(field.as_ref());
            if field.contains([',', '"', '\n', '\r'])
                || field.starts_with(' ')
                || field.ends_with(' ')
            {
                self.out.push('"');
                self.out.push_str(&field.replace('"', "\"\""));
                self.out.push('"');
            } else {
                self.out.push_str(&field);
            }
        }
        self.out.push_str("\r\n");
    }

    /// The finished file.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first reader of this module (char by char, every field copied), kept to
    /// check the borrowing [`Reader`] against it.
    mod reference {
        use super::super::{CsvError, Row, Table};

        pub fn parse(text: &str) -> Result<Table, CsvError> {
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            let mut records = Records {
                chars: text.chars().peekable(),
                line: 1,
            };
            let mut header = None;
            let mut rows = Vec::new();
            while let Some((line, fields)) = records.next_record()? {
                if fields.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                if header.is_none() {
                    header = Some(
                        fields
                            .into_iter()
                            .map(|f| f.trim().to_owned())
                            .collect::<Vec<_>>(),
                    );
                } else {
                    rows.push(Row { line, fields });
                }
            }
            let headers = header.ok_or(CsvError::Empty)?;
            for (i, name) in headers.iter().enumerate() {
                if !name.is_empty() && headers[..i].iter().any(|h| h.eq_ignore_ascii_case(name)) {
                    return Err(CsvError::DuplicateColumn(name.clone()));
                }
            }
            Ok(Table { headers, rows })
        }

        struct Records<'a> {
            chars: std::iter::Peekable<std::str::Chars<'a>>,
            line: usize,
        }

        impl Records<'_> {
            /// The next record and the line it starts on, or `None` at the end.
            fn next_record(&mut self) -> Result<Option<(usize, Vec<String>)>, CsvError> {
                if self.chars.peek().is_none() {
                    return Ok(None);
                }
                let start = self.line;
                let mut fields = Vec::new();
                let mut field = String::new();
                let mut quoted = false;
                loop {
                    let Some(c) = self.chars.next() else {
                        fields.push(field);
                        return Ok(Some((start, fields)));
                    };
                    match c {
                        '"' if field.is_empty() && !quoted => {
                            quoted = true;
                            self.read_quoted(&mut field, start)?;
                        }
                        ',' => {
                            fields.push(std::mem::take(&mut field));
                            quoted = false;
                        }
                        '\r' | '\n' => {
                            if c == '\r' && self.chars.peek() == Some(&'\n') {
                                self.chars.next();
                            }
                            self.line += 1;
                            fields.push(field);
                            return Ok(Some((start, fields)));
                        }
                        _ if quoted => {
                            if !c.is_whitespace() {
                                return Err(CsvError::TextAfterQuote { line: self.line });
                            }
                        }
                        _ => field.push(c),
                    }
                }
            }

            /// Reads a quoted field's content after its opening quote, through the closing one.
            fn read_quoted(&mut self, field: &mut String, start: usize) -> Result<(), CsvError> {
                loop {
                    match self.chars.next() {
                        None => return Err(CsvError::UnclosedQuote { line: start }),
                        Some('"') if self.chars.peek() == Some(&'"') => {
                            self.chars.next();
                            field.push('"');
                        }
                        Some('"') => return Ok(()),
                        Some(c) => {
                            let ends_line =
                                c == '\n' || (c == '\r' && self.chars.peek() != Some(&'\n'));
                            if ends_line {
                                self.line += 1;
                            }
                            field.push(c);
                        }
                    }
                }
            }
        }
    }

    fn fields(table: &Table) -> Vec<(usize, Vec<&str>)> {
        table
            .rows()
            .iter()
            .map(|r| (r.line, r.fields.iter().map(String::as_str).collect()))
            .collect()
    }

    #[test]
    fn reads_header_and_rows_with_line_numbers() {
        let t = parse("a,b\n1,2\n\n3,4\n").unwrap();
        assert_eq!(t.headers(), ["a", "b"]);
        assert_eq!(fields(&t), vec![(2, vec!["1", "2"]), (4, vec!["3", "4"])]);
    }

    #[test]
    fn quoted_fields_keep_commas_quotes_and_line_breaks() {
        let t = parse("name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\"\r\nx,y").unwrap();
        assert_eq!(
            fields(&t),
            vec![
                (2, vec!["Smith, J", "said \"hi\"\nthen left"]),
                (4, vec!["x", "y"])
            ]
        );
    }

    #[test]
    fn columns_match_by_trimmed_case_insensitive_name() {
        let t = parse("\u{feff} Feature ,RESPONDENT\nx,r1\n").unwrap();
        assert_eq!(t.column("feature"), Some(0));
        assert_eq!(t.column("respondent"), Some(1));
        assert_eq!(t.column("importance"), None);
        assert_eq!(
            t.missing_columns(&["feature", "importance"]),
            vec!["importance"]
        );
        let row = &t.rows()[0];
        assert_eq!(row.get(t.column("respondent")), "r1");
        assert_eq!(row.get(t.column("importance")), "");
    }

    #[test]
    fn short_rows_read_as_empty_fields() {
        let t = parse("a,b,c\n1\n").unwrap();
        assert_eq!(t.rows()[0].get(Some(2)), "");
    }

    #[test]
    fn malformed_files_are_refused_with_a_line() {
        assert_eq!(parse(""), Err(CsvError::Empty));
        assert_eq!(parse("\n \n"), Err(CsvError::Empty));
        assert_eq!(
            parse("a\n\"open\n"),
            Err(CsvError::UnclosedQuote { line: 2 })
        );
        assert_eq!(
            parse("a\n\"x\"y\n"),
            Err(CsvError::TextAfterQuote { line: 2 })
        );
        assert_eq!(parse("a,A\n"), Err(CsvError::DuplicateColumn("A".into())));
    }

    #[test]
    fn writer_round_trips_awkward_text() {
        let awkward = [
            "plain",
            "with, comma",
            "quote \"q\"",
            "two\nlines",
            " padded ",
            "",
            "привет",
        ];
        let mut w = Writer::new();
        w.row(["h1", "h2", "h3", "h4", "h5", "h6", "h7"]);
        w.row(awkward);
        let text = w.finish();
        assert!(text.starts_with("h1,h2,h3,h4,h5,h6,h7\r\nplain,\"with, comma\""));
        let t = parse(&text).unwrap();
        assert_eq!(t.rows()[0].fields, awkward);
    }

    #[test]
    fn plain_numbers_are_sign_digits_point_and_exponent() {
        for number in [
            "-5", "-0.25", "+3", "1e-3", "-2.5E+10", "5.", "-.5", "0", "+0.0e0", "-0043",
        ] {
            assert!(is_plain_number(number), "{number:?}");
        }
        for text in [
            "", "-", "+", "--", "-x", "-.", ".", "-e5", "-5e", "-5e+", "-1,5", "- 5", "-5 ",
            "-inf", "-NaN", "1-2", "-2+3", "-0x10", "−5", "-５",
        ] {
            assert!(!is_plain_number(text), "{text:?}");
        }
    }

    #[test]
    fn the_writer_guards_every_trigger_but_not_plain_numbers() {
        let values = [
            "=SUM(A1)", "+cmd", "-x", "@cmd", "\tx", "\rx", "-", "--", "-5", "-0.25", "+3", "1e-3",
            "'=x", "''@x", "'-5", "'hello", "'5", "'", "a=b", " =x",
        ];
        let mut w = Writer::new();
        w.row(values);
        assert_eq!(
            w.finish(),
            "'=SUM(A1),'+cmd,'-x,'@cmd,'\tx,\"'\rx\",'-,'--,-5,-0.25,+3,\
             1e-3,''=x,'''@x,''-5,'hello,'5,',a=b,\" =x\"\r\n"
        );
    }

    #[test]
    fn guarded_cells_read_back_as_the_text_before_the_guard() {
        let values = [
            "=SUM(A1)",
            "=HYPERLINK(\"http://x\")",
            "+cmd",
            "-x",
            "@cmd",
            "\tx",
            "\rx",
            "-",
            "--",
            "-5",
            "-0.25",
            "+3",
            "1e-3",
            "'=x",
            "''=x",
            "'-5",
            "'\tx",
            "'hello",
            "'",
            "''",
            "it's",
            "=a,b",
        ];
        let mut w = Writer::new();
        w.row(["h"; 22].iter().enumerate().map(|(i, h)| format!("{h}{i}")));
        w.row(values);
        let text = w.finish();
        let (_, mut reader) = open(&text).unwrap();
        let mut fields = Vec::new();
        assert_eq!(reader.next_row(&mut fields), Ok(Some(2)));
        let read: Vec<&str> = fields.iter().map(|f| cell(f)).collect();
        assert_eq!(read, values);
        // Row::get reads the same way.
        let t = parse(&text).unwrap();
        let row = &t.rows()[0];
        let got: Vec<&str> = (0..values.len()).map(|i| row.get(Some(i))).collect();
        assert_eq!(got, values);
    }

    #[test]
    fn reading_strips_one_guard_only_before_a_trigger() {
        for (field, value) in [
            ("'=x", "=x"),
            ("''=x", "'=x"),
            ("'''=x", "''=x"),
            ("'-5", "-5"),
            ("'+3", "+3"),
            ("'@", "@"),
            ("'hello", "'hello"),
            ("'5", "'5"),
            ("'", "'"),
            ("''", "''"),
            ("x'=y", "x'=y"),
            ("  '=x  ", "=x"),
            ("'\t", ""),
            ("' =x", "' =x"),
        ] {
            assert_eq!(cell(field), value, "{field:?}");
        }
        let t = parse("'=name,b\n'@x,''=y\n").unwrap();
        assert_eq!(t.headers(), ["=name", "b"]);
        assert_eq!(t.rows()[0].get(Some(0)), "@x");
        assert_eq!(t.rows()[0].get(Some(1)), "'=y");
        // The raw fields keep the guard.
        assert_eq!(t.rows()[0].fields, ["'@x", "''=y"]);
    }

    #[test]
    fn guarding_never_panics_and_always_round_trips() {
        let alphabet = [
            "'", "=", "+", "-", "@", "\t", "\r", "5", ".", "e", "x", " ", "я",
        ];
        for text in random_texts(0x1234_5678, 5000, 8, &alphabet) {
            let guarded = guard(&text);
            assert_eq!(unguard(&guarded), text, "{text:?}");
            let first = guarded.chars().next();
            assert!(
                !first.is_some_and(|c| FORMULA_TRIGGERS.contains(&c)) || is_plain_number(&text),
                "{text:?} written as {guarded:?}"
            );
        }
    }

    /// `count` texts of up to `max_len` pieces of `alphabet`, from a fixed xorshift
    /// sequence started at `seed`.
    fn random_texts<'a>(
        mut seed: u32,
        count: usize,
        max_len: u32,
        alphabet: &'a [&'static str],
    ) -> impl Iterator<Item = String> + 'a {
        (0..count).map(move |_| {
            let len = seed % max_len;
            (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    alphabet[(seed % alphabet.len() as u32) as usize]
                })
                .collect()
        })
    }

    #[test]
    fn the_borrowing_reader_reads_like_the_first_reader() {
        let alphabet = [
            "a", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\u{a0}", "я", "\u{feff}", "b,c",
        ];
        for text in random_texts(0x2545_f491, 20_000, 30, &alphabet) {
            assert_eq!(parse(&text), reference::parse(&text), "{text:?}");
        }
    }

    #[test]
    fn unquoted_and_plainly_quoted_fields_are_borrowed() {
        let (headers, mut reader) = open("id,note\nA-1,\"x, y\"\nB,\"say \"\"hi\"\"\"\n").unwrap();
        assert_eq!(headers, ["id", "note"]);
        let mut fields = Vec::new();
        assert_eq!(reader.next_row(&mut fields), Ok(Some(2)));
        assert!(matches!(
            fields[..],
            [Cow::Borrowed("A-1"), Cow::Borrowed("x, y")]
        ));
        assert_eq!(reader.next_row(&mut fields), Ok(Some(3)));
        assert!(matches!(&fields[1], Cow::Owned(s) if s == "say \"hi\""));
        assert_eq!(reader.next_row(&mut fields), Ok(None));
        assert_eq!(
            open("a,A\n").map(|_| ()),
            Err(CsvError::DuplicateColumn("A".into()))
        );
    }

    #[test]
    fn arbitrary_input_never_panics() {
        let alphabet = ["a", ",", "\"", "\n", "\r", " ", "я", "\u{feff}"];
        for text in random_texts(0x9e37_79b9, 2000, 24, &alphabet) {
            let _ = parse(&text);
        }
    }
}
