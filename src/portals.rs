//! The locality a portal's articles are about, from the portal's host name
//! (`data/portals.tsv`): a district portal's "Quận ủy" is that district's,
//! even when the article never says which district it is.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The host table: exact hosts, and the suffixes of "*.SUFFIX" entries.
struct Table {
    exact: HashMap<String, String>,
    wildcard: HashMap<String, String>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| parse_table(include_str!("../data/portals.tsv")));

/// Lines that are not "HOST<TAB>LOCALITY" are ignored rather than fatal: a
/// typo in the data must not stop a batch. The test over the shipped file
/// makes sure there are none.
fn parse_table(tsv: &str) -> Table {
    let mut table = Table {
        exact: HashMap::new(),
        wildcard: HashMap::new(),
    };
    for (host, locality) in entries(tsv) {
        match host.strip_prefix("*.") {
            Some(suffix) => table.wildcard.insert(suffix.to_string(), locality),
            None => table.exact.insert(host, locality),
        };
    }
    table
}

/// The well-formed entries of the table, hosts in lowercase.
fn entries(tsv: &str) -> impl Iterator<Item = (String, String)> + '_ {
    tsv.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (host, locality) = l.split_once('\t')?;
            let (host, locality) = (host.trim(), locality.trim());
            if host.is_empty() || locality.is_empty() || locality.contains('\t') {
                return None;
            }
            Some((host.to_ascii_lowercase(), locality.to_string()))
        })
}

/// The host of a URL, lowercase, without "www.", port, credentials or a
/// trailing dot. Accepts URLs without a scheme ("caugiay.hanoi.gov.vn/tin")
/// because corpora store them both ways.
pub fn host_of(url: &str) -> Option<String> {
    let s = url.trim();
    let rest = match s.find("://") {
        Some(k)
            if s[..k]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) =>
        {
            &s[k + 3..]
        }
        _ => s.strip_prefix("//").unwrap_or(s),
    };
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = host_port.split(':').next().unwrap_or("");
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    let valid = !host.is_empty()
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    valid.then_some(host)
}

/// The locality of the portal `url` belongs to ("quận Cầu Giấy, Hà Nội"
/// for `https://caugiay.hanoi.gov.vn/...`), or None when the host is not in
/// `data/portals.tsv`. An exact host wins over a wildcard, and a longer
/// wildcard over a shorter one.
pub fn locality_for_url(url: &str) -> Option<String> {
    let host = host_of(url)?;
    if let Some(l) = TABLE.exact.get(&host) {
        return Some(l.clone());
    }
    // "a.b.hanoi.gov.vn": try "b.hanoi.gov.vn", then "hanoi.gov.vn", ...
    let mut rest = host.as_str();
    while let Some((_, suffix)) = rest.split_once('.') {
        if let Some(l) = TABLE.wildcard.get(suffix) {
            return Some(l.clone());
        }
        rest = suffix;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        for (url, host) in [
            (
                "https://caugiay.hanoi.gov.vn/tin-tuc/-/view/1",
                "caugiay.hanoi.gov.vn",
            ),
            ("http://WWW.Hanoi.gov.vn:8080/x?y#z", "hanoi.gov.vn"),
            ("//longbien.hanoi.gov.vn/", "longbien.hanoi.gov.vn"),
            ("hoangmai.hanoi.gov.vn/web/guest", "hoangmai.hanoi.gov.vn"),
            ("https://user:pw@danang.gov.vn./a", "danang.gov.vn"),
        ] {
            assert_eq!(host_of(url).as_deref(), Some(host), "{url}");
        }
        for url in [
            "",
            "/web/guest/tin-tuc",
            "https://",
            "mailto:x",
            "http://a b.vn/",
        ] {
            assert_eq!(host_of(url), None, "{url}");
        }
    }

    #[test]
    fn districts_cities_and_provinces() {
        let cases = [
            (
                "https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view/1",
                "quận Cầu Giấy, Hà Nội",
            ),
            ("http://longbien.hanoi.gov.vn/", "quận Long Biên, Hà Nội"),
            ("hoangmai.hanoi.gov.vn", "quận Hoàng Mai, Hà Nội"),
            ("https://sontay.hanoi.gov.vn/a", "thị xã Sơn Tây, Hà Nội"),
            ("https://gialam.hanoi.gov.vn/a", "huyện Gia Lâm, Hà Nội"),
            ("https://sotuphap.hanoi.gov.vn/a", "thành phố Hà Nội"),
            ("https://hanoi.gov.vn/a", "thành phố Hà Nội"),
            (
                "https://lechan.haiphong.gov.vn/a",
                "quận Lê Chân, Hải Phòng",
            ),
            ("https://sontra.danang.gov.vn/a", "quận Sơn Trà, Đà Nẵng"),
            ("https://www.danang.gov.vn/a", "thành phố Đà Nẵng"),
            ("https://nghiloc.nghean.gov.vn/a", "tỉnh Nghệ An"),
            ("https://tinhuygialai.org.vn/a", "tỉnh Gia Lai"),
            ("https://baobackan.com.vn/a", "tỉnh Bắc Kạn"),
            ("https://baria-vungtau.gov.vn/a", "tỉnh Bà Rịa - Vũng Tàu"),
        ];
        for (url, loc) in cases {
            assert_eq!(locality_for_url(url).as_deref(), Some(loc), "{url}");
        }
        for url in [
            "https://example.com/a",
            "https://gov.vn/",
            "https://vnexpress.net/a",
            "not a url",
        ] {
            assert_eq!(locality_for_url(url), None, "{url}");
        }
    }

    #[test]
    fn the_shipped_table_is_well_formed() {
        let tsv = include_str!("../data/portals.tsv");
        let data_lines: Vec<&str> = tsv
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .collect();
        assert_eq!(entries(tsv).count(), data_lines.len());
        let mut hosts = std::collections::HashSet::new();
        for (host, locality) in entries(tsv) {
            assert!(hosts.insert(host.clone()), "{host} listed twice");
            assert_eq!(host, host.trim_start_matches("www."), "{host}");
            assert!(
                host_of(host.trim_start_matches("*.")).is_some(),
                "{host} is not a host name"
            );
            assert!(
                ["tỉnh ", "thành phố ", "quận ", "huyện ", "thị xã "]
                    .iter()
                    .any(|k| locality.starts_with(k)),
                "{host}: {locality}"
            );
        }
        let hanoi_districts = entries(tsv)
            .filter(|(h, l)| {
                h.ends_with(".hanoi.gov.vn") && !h.starts_with("*.") && l.ends_with(", Hà Nội")
            })
            .count();
        assert_eq!(hanoi_districts, 30);
        // A malformed line is skipped, not fatal.
        let t = parse_table("# c\nbad line\na.vn\tquận A, B\n*.b.vn\ttỉnh B\n\t\n");
        assert_eq!(t.exact.len(), 1);
        assert_eq!(t.wildcard.len(), 1);
    }
}
