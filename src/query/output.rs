//! Rendering of query answers: aligned text tables for people, CSV for
//! scripts (JSON is serde's business). A report is one or more titled
//! sections, each a table.

/// A table: headers and rows of cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows; a short row is padded with empty cells.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// An empty table with these headers.
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// Append a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// The table aligned in columns. Widths count characters, not bytes, so
    /// that Vietnamese names line up; cells keep one line each.
    pub fn render(&self) -> String {
        let ncol = self.headers.len();
        let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
        let mut width: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate().take(ncol) {
                width[i] = width[i].max(clean(c).chars().count());
            }
        }
        let mut out = String::new();
        let line = |cells: Vec<String>, out: &mut String| {
            let mut s = String::new();
            for (i, c) in cells.iter().enumerate() {
                s.push_str(c);
                if i + 1 < ncol {
                    let pad = width[i] - c.chars().count();
                    s.push_str(&" ".repeat(pad + 2));
                }
            }
            out.push_str(s.trim_end());
            out.push('\n');
        };
        line(self.headers.clone(), &mut out);
        line(width.iter().map(|w| "-".repeat(*w)).collect(), &mut out);
        for r in &self.rows {
            let cells = (0..ncol)
                .map(|i| r.get(i).map(|c| clean(c)).unwrap_or_default())
                .collect();
            line(cells, &mut out);
        }
        out
    }

    /// The table as CSV (RFC 4180 quoting: fields with commas, quotes or line
    /// breaks are quoted, quotes doubled; LF line ends for Unix tools).
    pub fn csv(&self) -> String {
        let mut out = csv_line(&self.headers);
        for r in &self.rows {
            let mut cells = r.clone();
            cells.resize(self.headers.len(), String::new());
            out.push_str(&csv_line(&cells));
        }
        out
    }
}

/// Quote one CSV field when needed.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_line(cells: &[String]) -> String {
    let mut s = cells
        .iter()
        .map(|c| csv_field(c))
        .collect::<Vec<_>>()
        .join(",");
    s.push('\n');
    s
}

/// A titled table in a report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    /// Heading ("Titles", "Meetings chaired").
    pub title: String,
    /// Its table.
    pub table: Table,
}

/// An answer as a list of sections with an optional heading line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// First line(s) of the text output ("Trần Thị Phương Hoa (person:...)").
    pub heading: Vec<String>,
    /// The sections.
    pub sections: Vec<Section>,
}

impl Report {
    /// A report made of one table and no heading.
    pub fn single(table: Table) -> Report {
        Report {
            heading: Vec::new(),
            sections: vec![Section {
                title: String::new(),
                table,
            }],
        }
    }

    /// Add a section.
    pub fn section(&mut self, title: &str, table: Table) {
        self.sections.push(Section {
            title: title.to_string(),
            table,
        });
    }

    /// Text for people: heading, then each non-empty section with its title.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for h in &self.heading {
            out.push_str(h);
            out.push('\n');
        }
        for s in &self.sections {
            if !out.is_empty() {
                out.push('\n');
            }
            if !s.title.is_empty() {
                out.push_str(&s.title);
                out.push('\n');
            }
            if s.table.rows.is_empty() {
                out.push_str("(none)\n");
            } else {
                out.push_str(&s.table.render());
            }
        }
        out
    }

    /// One CSV document. Several sections share it: a leading "section"
    /// column and the union of their headers, so a script reads one table.
    pub fn csv(&self) -> String {
        if let [only] = self.sections.as_slice() {
            return only.table.csv();
        }
        let mut headers: Vec<String> = vec!["section".into()];
        for s in &self.sections {
            for h in &s.table.headers {
                if !headers.contains(h) {
                    headers.push(h.clone());
                }
            }
        }
        let mut t = Table {
            headers: headers.clone(),
            rows: Vec::new(),
        };
        for s in &self.sections {
            for r in &s.table.rows {
                let mut row = vec![String::new(); headers.len()];
                row[0] = s.title.clone();
                for (h, c) in s.table.headers.iter().zip(r) {
                    if let Some(i) = headers.iter().position(|x| x == h) {
                        row[i] = c.clone();
                    }
                }
                t.rows.push(row);
            }
        }
        t.csv()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_chars_and_quotes_csv() {
        let mut t = Table::new(&["NAME", "N"]);
        t.push(vec!["Trần Thị Phương Hoa".into(), "1".into()]);
        t.push(vec!["Ab".into(), "2".into()]);
        let text = t.render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[2].chars().position(|c| c == '1'),
            lines[3].chars().position(|c| c == '2')
        );
        t.push(vec!["a,\"b\"".into()]);
        assert!(t.csv().contains("\"a,\"\"b\"\"\","));
    }
}
