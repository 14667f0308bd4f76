//! Cheap validators of exported documents (IRIs, N-Triples lines, CSV),
//! shared by the fuzz targets (`fuzz/src/lib.rs`) and the tests
//! (`tests/common/mod.rs` includes this file), so both check the same way.
//! Standard library and serde_json only.

/// True for a character N-Triples allows unescaped in an IRIREF.
fn iri_char_ok(c: char) -> bool {
    !(c <= ' ' || "<>\"{}|^`\\".contains(c))
}

/// Check one IRI as N-Triples and JSON-LD need it: absolute (a scheme),
/// and no character an IRIREF forbids.
pub fn check_iri(iri: &str) -> Result<(), String> {
    let scheme_ok = iri.split_once(':').is_some_and(|(s, _)| {
        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if !scheme_ok {
        return Err(format!("IRI without a scheme: {iri:?}"));
    }
    if let Some(c) = iri.chars().find(|c| !iri_char_ok(*c)) {
        return Err(format!("IRI with {c:?}: {iri:?}"));
    }
    Ok(())
}

/// Parse `<iri>` at the start of `s`; returns the rest.
fn take_iri(s: &str) -> Result<&str, String> {
    let rest = s
        .strip_prefix('<')
        .ok_or_else(|| format!("no IRI at {s:?}"))?;
    let end = rest.find('>').ok_or("IRI not closed")?;
    check_iri(&rest[..end])?;
    Ok(&rest[end + 1..])
}

/// Parse a literal `"..."` (with N-Triples escapes) and its tag; returns
/// the rest.
fn take_literal(s: &str) -> Result<&str, String> {
    let mut it = s.strip_prefix('"').ok_or("no literal")?.char_indices();
    let body_end = loop {
        match it.next() {
            None => return Err("literal not closed".into()),
            Some((i, '"')) => break i,
            Some((_, '\\')) => match it.next() {
                Some((_, 't' | 'b' | 'n' | 'r' | 'f' | '"' | '\'' | '\\')) => {}
                Some((_, 'u')) => {
                    for _ in 0..4 {
                        match it.next() {
                            Some((_, h)) if h.is_ascii_hexdigit() => {}
                            _ => return Err("bad \\u escape".into()),
                        }
                    }
                }
                Some((_, 'U')) => {
                    for _ in 0..8 {
                        match it.next() {
                            Some((_, h)) if h.is_ascii_hexdigit() => {}
                            _ => return Err("bad \\U escape".into()),
                        }
                    }
                }
                other => return Err(format!("bad escape {other:?}")),
            },
            Some((_, '\n' | '\r')) => return Err("raw line break in a literal".into()),
            Some(_) => {}
        }
    };
    let rest = &s[1 + body_end + 1..];
    if let Some(tagged) = rest.strip_prefix('@') {
        let n = tagged
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(tagged.len());
        if n == 0 {
            return Err("empty language tag".into());
        }
        return Ok(&tagged[n..]);
    }
    if let Some(typed) = rest.strip_prefix("^^") {
        return take_iri(typed);
    }
    Ok(rest)
}

/// Check one N-Triples line: `<s> <p> <o> .` or `<s> <p> "lit"[@lang|^^<dt>] .`
pub fn check_ntriple(line: &str) -> Result<(), String> {
    let why = |e: String| format!("{e} in {line:?}");
    let rest = take_iri(line).map_err(why)?;
    let rest = rest
        .strip_prefix(' ')
        .ok_or_else(|| why("no space".into()))?;
    let rest = take_iri(rest).map_err(why)?;
    let rest = rest
        .strip_prefix(' ')
        .ok_or_else(|| why("no space".into()))?;
    let rest = if rest.starts_with('<') {
        take_iri(rest).map_err(why)?
    } else {
        take_literal(rest).map_err(why)?
    };
    if rest != " ." {
        return Err(why(format!("line ends with {rest:?}")));
    }
    Ok(())
}

/// Parse RFC 4180 CSV (quoted fields may hold commas, quotes doubled, and
/// line breaks); errors on a stray quote or an unclosed field.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut it = text.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = it.next() {
        if quoted {
            if c == '"' {
                if it.peek() == Some(&'"') {
                    it.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            '"' => return Err(format!("stray quote in row {}", rows.len() + 1)),
            ',' => {
                row.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                was_quoted = false;
            }
            _ if was_quoted => {
                return Err(format!(
                    "text after a closing quote in row {}",
                    rows.len() + 1
                ))
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err("unclosed quoted field".into());
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

/// Every "@id" of a JSON-LD document (outside its context), in order.
pub fn jsonld_ids(v: &serde_json::Value, out: &mut Vec<String>) {
    use serde_json::Value;
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("@id", Value::String(s)) => out.push(s.clone()),
                    ("@context", _) => {}
                    _ => jsonld_ids(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| jsonld_ids(x, out)),
        _ => {}
    }
}
