//! Date expressions: "28/8/2018", "Ngày 27-6", "Chiều ngày 16, 17/11/2018",
//! "(8 và 9/8)", "ngày 5 tháng 9 năm 2022", read on tokens so that codes
//! ("15-NQ/TU"), ranges ("2020-2025") and ratios ("14/14") never pass for dates.

use super::Doc;
use crate::date::days_in_month;
use crate::text::TokKind;

/// A date found in the text; the year may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateHit {
    /// First token.
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// Day of month (the first day of a range).
    pub day: u8,
    /// Month.
    pub month: u8,
    /// Year, when written.
    pub year: Option<i32>,
}

fn num(doc: &Doc, k: usize) -> Option<u32> {
    if k < doc.toks.len() && doc.toks[k].kind == TokKind::Num && doc.words[k].len() <= 4 {
        doc.words[k].parse().ok()
    } else {
        None
    }
}

/// Two tokens touch (no space between).
fn touch(doc: &Doc, a: usize, b: usize) -> bool {
    b < doc.toks.len() && doc.toks[a].end == doc.toks[b].start
}

fn date_sep(doc: &Doc, k: usize) -> bool {
    doc.is_punct(k, "/") || doc.is_punct(k, "-") || doc.is_punct(k, ".") || doc.is_punct(k, "–")
}

/// A date hit when the day exists in that month (a leap year when the year
/// is unknown) and the year is plausible for these portals.
fn valid_hit(k: usize, e: usize, day: u32, month: u32, year: Option<i32>) -> Option<DateHit> {
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year.unwrap_or(2024), month) {
        return None;
    }
    if year.is_some_and(|y| !(1945..=2100).contains(&y)) {
        return None;
    }
    Some(DateHit {
        tok_start: k,
        tok_end: e,
        day: day as u8,
        month: month as u8,
        year,
    })
}

/// Try a numeric date at `k`: D(, D | và D)* SEP M (SEP YYYY)?.
fn numeric_at(doc: &Doc, k: usize, end: usize) -> Option<DateHit> {
    let day = num(doc, k)?;
    if doc.words[k].len() > 2 || (k > 0 && (date_sep(doc, k - 1) && touch(doc, k - 1, k))) {
        return None;
    }
    let mut j = k + 1;
    // Further days of a range: "16, 17/11", "8 và 9/8", "29-30/11", "17 –
    // 18/4", "16 đến ngày 17/6".
    loop {
        let joiner = doc.is_punct(j, ",")
            || (j < end && doc.words[j] == "và")
            || (doc.is_dash(j)
                && num(doc, j + 1).is_some()
                && date_sep(doc, j + 2)
                && !doc.is_punct(j + 2, "-")
                && touch(doc, j + 1, j + 2));
        let until = j < end && doc.words[j] == "đến";
        let d = if until && j + 1 < end && doc.words[j + 1] == "ngày" {
            j + 2
        } else {
            j + 1
        };
        if (joiner || until)
            && d < end
            && num(doc, d).is_some_and(|n| (1..=31).contains(&n))
            && doc.words[d].len() <= 2
        {
            if date_sep(doc, d + 1) && touch(doc, d, d + 1) {
                j = d + 1;
                break;
            }
            if until {
                break;
            }
            j = d + 1;
            continue;
        }
        break;
    }
    if !(date_sep(doc, j) && touch(doc, j - 1, j) && touch(doc, j, j + 1)) {
        return None;
    }
    // Every token of the hit lies in the range asked for: a sentence
    // that ends inside "16/11" does not lend its date to the next (found
    // by fuzz/extract_dates).
    if j + 1 >= end {
        return None;
    }
    let sep = doc.words[j];
    let month = num(doc, j + 1)?;
    if doc.words[j + 1].len() > 2 {
        return None;
    }
    let mut e = j + 2;
    let mut year = None;
    if e + 1 < end.min(doc.toks.len())
        && doc.words[e] == sep
        && touch(doc, e - 1, e)
        && touch(doc, e, e + 1)
    {
        if let Some(y) = num(doc, e + 1).filter(|_| doc.words[e + 1].len() == 4) {
            year = Some(y as i32);
            e += 2;
        } else {
            return None;
        }
    } else if e < doc.toks.len()
        && date_sep(doc, e)
        && touch(doc, e - 1, e)
        && num(doc, e + 1).is_some()
        && touch(doc, e, e + 1)
    {
        // "10/10/1954-10/10/2024" is handled by the year branch; a third
        // short number ("1/2/3") is not a date.
        return None;
    }
    valid_hit(k, e, day, month, year)
}

/// "ngày 5 tháng 9 năm 2022", "ngày 5 tháng 9".
fn worded_at(doc: &Doc, k: usize, end: usize) -> Option<DateHit> {
    let day = num(doc, k)?;
    if !(k + 2 < end && doc.words[k + 1] == "tháng") {
        return None;
    }
    let month = num(doc, k + 2)?;
    let mut e = k + 3;
    let mut year = None;
    if e + 1 < end && doc.words[e] == "năm" {
        if let Some(y) = num(doc, e + 1).filter(|_| doc.words[e + 1].len() == 4) {
            year = Some(y as i32);
            e += 2;
        }
    }
    valid_hit(k, e, day, month, year)
}

/// The last day of the range a date hit spans ("8 - 9/10", "29-30/11"
/// give 9 and 30), its day when it is one.
pub fn last_day(doc: &Doc, d: &DateHit) -> u8 {
    (d.tok_start + 1..d.tok_end)
        .rev()
        .find(|&j| {
            date_sep(doc, j)
                && touch(doc, j - 1, j)
                && touch(doc, j, j + 1)
                && num(doc, j + 1) == Some(u32::from(d.month))
                && num(doc, j - 1).is_some()
        })
        .and_then(|j| num(doc, j - 1))
        .and_then(|n| u8::try_from(n).ok())
        .filter(|&n| n > d.day && n <= 31)
        .unwrap_or(d.day)
}

/// Every date in tokens `a..end`.
pub fn find_dates(doc: &Doc, a: usize, end: usize) -> Vec<DateHit> {
    let mut out = Vec::new();
    let mut k = a;
    while k < end {
        if let Some(h) = numeric_at(doc, k, end).or_else(|| worded_at(doc, k, end)) {
            k = h.tok_end;
            out.push(h);
        } else {
            k += 1;
        }
    }
    out
}

/// A four-digit year of the modern state at token `k` ("2024").
fn year_at(doc: &Doc, k: usize) -> Option<i32> {
    num(doc, k)
        .filter(|y| doc.words[k].len() == 4 && (1945..=2100).contains(y))
        .map(|y| y as i32)
}

/// Years written as "năm 2023" or "quý I/2024" in tokens `a..end`,
/// outside "nhiệm kỳ".
pub fn year_mentions(doc: &Doc, a: usize, end: usize) -> Vec<i32> {
    let mut out = Vec::new();
    for k in a..end.saturating_sub(1) {
        if doc.words[k] == "quý"
            && k + 3 < end
            && doc.is_punct(k + 2, "/")
            && touch(doc, k + 1, k + 2)
            && touch(doc, k + 2, k + 3)
        {
            out.extend(year_at(doc, k + 3));
            continue;
        }
        if doc.words[k] == "năm" && !(k > 0 && doc.words[k - 1] == "kỳ") {
            out.extend(year_at(doc, k + 1));
        }
    }
    out
}

/// (month, year) of every "tháng 5/2024" in tokens `a..end`.
pub fn month_year_mentions(doc: &Doc, a: usize, end: usize) -> Vec<(u8, i32)> {
    let mut out = Vec::new();
    for k in a..end.saturating_sub(3) {
        if doc.words[k] != "tháng" || !doc.is_punct(k + 2, "/") {
            continue;
        }
        let month = num(doc, k + 1).filter(|m| (1..=12).contains(m));
        if let (Some(m), Some(y)) = (month, year_at(doc, k + 3)) {
            if touch(doc, k + 1, k + 2) && touch(doc, k + 2, k + 3) {
                out.push((m as u8, y));
            }
        }
    }
    out
}

/// The first year of a "nhiệm kỳ 2020-2025" in tokens `a..end`.
pub fn term_start(doc: &Doc, a: usize, end: usize) -> Option<i32> {
    for k in a..end.saturating_sub(2) {
        if doc.words[k] == "nhiệm" && doc.words[k + 1] == "kỳ" {
            if let Some(y) = num(doc, k + 2).filter(|_| doc.words[k + 2].len() == 4) {
                return Some(y as i32);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::parse_article;

    fn hits_in(text: &str, upto: impl Fn(&Doc) -> usize) -> Vec<DateHit> {
        let article = parse_article("t", text).unwrap();
        let folded = crate::text::fold(&article.text);
        let doc = Doc::new(&article, &folded);
        let end = upto(&doc);
        let hits = find_dates(&doc, 0, end);
        for h in &hits {
            assert!(
                h.tok_start < h.tok_end && h.tok_end <= end,
                "{h:?} beyond {end}"
            );
        }
        hits
    }

    #[test]
    fn dashes_throughout_are_day_month_year_not_a_range() {
        let hits = hits_in(
            "Ngày 4-1-2024 và ngày 29-30/11, Quận ủy họp.",
            |d| d.toks.len(),
        );
        let got: Vec<_> = hits.iter().map(|h| (h.day, h.month, h.year)).collect();
        assert_eq!(got, [(4, 1, Some(2024)), (29, 11, None)]);
    }

    #[test]
    fn a_date_cut_by_the_range_end_is_not_read() {
        let text = "Ngày 16, 17/11/2018, Quận ủy họp.";
        let all = hits_in(text, |d| d.toks.len());
        assert_eq!(
            (all[0].day, all[0].month, all[0].year),
            (16, 11, Some(2018))
        );
        for words in 1..8 {
            let cut = hits_in(text, |d| {
                let first = d.words.iter().position(|w| *w == "16").unwrap();
                first + words
            });
            assert!(cut.iter().all(|h| h.month == 11 || h.month == 0), "{cut:?}");
        }
        // Cut just after the separator: no month inside, no date.
        for text in [text, "Chiều ngày 16, 17/11, Quận ủy họp."] {
            let cut = hits_in(text, |d| {
                d.words.iter().position(|w| *w == "/").unwrap() + 1
            });
            assert!(cut.is_empty(), "{cut:?}");
        }
    }
}
