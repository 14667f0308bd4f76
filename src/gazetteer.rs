//! Vietnam's administrative units (provinces, districts, wards) before and
//! after the July 2025 reform, from `data/gazetteer/`. Names repeat across
//! provinces and inside one, so every lookup is scoped.

use crate::text::fold;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// A province or centrally-run city.
#[derive(Debug, Clone)]
pub struct Province {
    /// Bare name ("Hà Nội").
    pub name: String,
    /// "Thành phố" or "Tỉnh".
    pub kind: String,
    /// Official code.
    pub code: String,
    /// The name with its "Đắk"/"Lắk" written the other way ("Đăk Lăk"),
    /// when it has such a word ([`other_spelling`]).
    pub other_spelling: Option<String>,
}

impl Province {
    /// True for a centrally-run city (its party committee is a Thành ủy).
    pub fn is_city(&self) -> bool {
        self.kind == "Thành phố"
    }
}

/// A district-level unit (before July 2025).
#[derive(Debug, Clone)]
pub struct District {
    /// Bare name ("Cầu Giấy").
    pub name: String,
    /// "Quận", "Huyện", "Thị xã" or "Thành phố".
    pub kind: String,
    /// Official code.
    pub code: String,
    /// Index of its province.
    pub province: usize,
}

impl District {
    /// The name as the press writes it: the bare name, or kind and number
    /// for a numbered unit ("Quận 3"), since a bare "3" names nothing.
    pub fn display(&self) -> std::borrow::Cow<'_, str> {
        display(&self.kind, &self.name)
    }
}

/// A ward-level unit.
#[derive(Debug, Clone)]
pub struct Ward {
    /// Bare name ("Quan Hoa").
    pub name: String,
    /// "Phường", "Xã", "Thị trấn" or (since 2025) "Đặc khu".
    pub kind: String,
    /// Official code.
    pub code: String,
    /// Index of its district (before the reform), if any.
    pub district: Option<usize>,
    /// Index of its province.
    pub province: usize,
    /// True for the units in force from July 2025.
    pub post_2025: bool,
}

impl Ward {
    /// The name as the press writes it: the bare name, or kind and number
    /// for a numbered unit ("Phường 14").
    pub fn display(&self) -> std::borrow::Cow<'_, str> {
        display(&self.kind, &self.name)
    }
}

/// Words of the Central Highlands written two ways, folded: "Đắk" and
/// "Đăk", "Lắk" and "Lăk" ("huyện Đăk Glei" is the gazetteer's Đắk Glei,
/// "Đăk Hà" its Đăk Hà).
const SPELLINGS: [(&str, &str); 2] = [("đắk", "đăk"), ("lắk", "lăk")];

/// The look-up key of a folded name: both spellings of `SPELLINGS` are
/// one key.
pub fn spelling_key(folded: &str) -> std::borrow::Cow<'_, str> {
    // "Đặng Thuỳ Trâm": `fold` keeps the old placement where moving it
    // changes the byte length; the key moves it ("Đặng Thùy Trâm").
    let folded: std::borrow::Cow<'_, str> = if folded.contains(['ỳ', 'ỹ', 'ẽ']) {
        crate::text::retone_all(folded).into()
    } else {
        folded.into()
    };
    if !folded.contains("ắk") {
        return folded;
    }
    folded
        .split(' ')
        .map(|w| {
            SPELLINGS
                .iter()
                .find(|(a, _)| *a == w)
                .map_or(w, |(_, b)| *b)
        })
        .collect::<Vec<_>>()
        .join(" ")
        .into()
}

/// A unit's name with each word of `SPELLINGS` written the other way
/// ("Đắk Glei" -> "Đăk Glei"), or None when it has no such word.
pub fn other_spelling(name: &str) -> Option<String> {
    if !name.contains("ắk") && !name.contains("ăk") {
        return None;
    }
    let mut changed = false;
    let words: Vec<String> = name
        .split(' ')
        .map(|w| {
            let f = fold(w);
            let other = SPELLINGS.iter().find_map(|&(a, b)| match f.as_str() {
                x if x == a => Some(b),
                x if x == b => Some(a),
                _ => None,
            });
            match other {
                Some(o) => {
                    changed = true;
                    crate::text::capitalize(o)
                }
                None => w.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// True for a unit named by a number ("Quận 3", "Phường 14"), Roman ones
/// included ("Phường VII" of Vị Thanh), whose kind word is part of its
/// name wherever it is written.
pub fn is_numbered(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_digit())
        || (!name.is_empty() && name.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

fn display<'a>(kind: &str, name: &'a str) -> std::borrow::Cow<'a, str> {
    if is_numbered(name) && !kind.is_empty() {
        format!("{kind} {name}").into()
    } else {
        name.into()
    }
}

/// The gazetteer and its name indices.
pub struct Gazetteer {
    /// Provinces, both eras (post-2025 merged provinces included).
    pub provinces: Vec<Province>,
    /// Districts (before the reform).
    pub districts: Vec<District>,
    /// Wards of both eras.
    pub wards: Vec<Ward>,
    province_by_name: HashMap<String, usize>,
    district_by_name: HashMap<String, Vec<usize>>,
    ward_by_name: HashMap<String, Vec<usize>>,
    /// For each province, the province its units belong to since July 2025
    /// (itself when it was kept or is new).
    successor: Vec<usize>,
    /// Largest number of words in a bare name.
    pub max_words: usize,
    /// Former names of provinces (`former_names.tsv`).
    pub former: Vec<FormerName>,
}

/// What a province was called before a date (`former_names.tsv`).
#[derive(Debug, Clone)]
pub struct FormerName {
    /// The province's index.
    pub province: usize,
    /// Former bare name ("Thừa Thiên Huế").
    pub name: String,
    /// Former kind ("Tỉnh").
    pub kind: String,
    /// Year and month from which the gazetteer's name holds.
    pub until: (i32, u8),
}

const KINDS: [&str; 8] = [
    "Thành phố",
    "Đặc khu",
    "Thị trấn",
    "Thị xã",
    "Tỉnh",
    "Quận",
    "Huyện",
    "Phường",
];

/// Split "Quận Cầu Giấy" into ("Quận", "Cầu Giấy"). The kind is matched
/// whatever its case: the source writes a few units "Thành Phố Đồng Hới",
/// "Thị Xã Việt Yên".
fn split_kind(full: &str) -> (String, String) {
    for k in KINDS.iter().chain(["Xã"].iter()) {
        let head = full.get(..k.len()).filter(|h| {
            *h == *k
                || h.chars()
                    .flat_map(char::to_lowercase)
                    .eq(k.chars().flat_map(char::to_lowercase))
        });
        if let Some(rest) = head.and_then(|_| full[k.len()..].strip_prefix(' ')) {
            return (k.to_string(), rest.trim().to_string());
        }
    }
    (String::new(), full.trim().to_string())
}

impl Gazetteer {
    /// The embedded gazetteer, parsed once.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let mut g = Gazetteer::parse(
                include_str!("../data/gazetteer/vn-units-before-2025-07.csv"),
                include_str!("../data/gazetteer/vn-units-from-2025-07.csv"),
            );
            g.add_aliases(include_str!("../data/gazetteer/aliases.tsv"));
            g.add_former_names(include_str!("../data/gazetteer/former_names.tsv"));
            g.add_corrections(include_str!("../data/gazetteer/corrections.tsv"));
            g
        })
    }

    /// Add the short names the press uses for provinces ("HCM" in
    /// "TP.HCM"): lines of alias, tab, the province's bare name. An alias
    /// of a province the gazetteer lacks is ignored.
    pub fn add_aliases(&mut self, text: &str) {
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((alias, name)) = line.split_once('\t') else {
                continue;
            };
            if let Some(&p) = self
                .province_by_name
                .get(&*spelling_key(&fold(name.trim())))
            {
                self.province_by_name
                    .entry(spelling_key(&fold(alias.trim())).into_owned())
                    .or_insert(p);
            }
        }
    }

    /// Use the official name of units the dataset misspells: lines of
    /// level ("district" or "ward", of the map before July 2025), code and
    /// name, by tabs. The dataset's spelling is still looked up, after any
    /// other unit of that name. Lines naming a unit the gazetteer lacks
    /// are ignored.
    pub fn add_corrections(&mut self, text: &str) {
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [level, code, name] = cols[..] else {
                continue;
            };
            let found = if level == "district" {
                let i = self.districts.iter().position(|d| d.code == code);
                i.map(|i| (i, &mut self.districts[i].name, &mut self.district_by_name))
            } else {
                let i = self
                    .wards
                    .iter()
                    .position(|w| w.code == code && !w.post_2025);
                i.map(|i| (i, &mut self.wards[i].name, &mut self.ward_by_name))
            };
            let Some((i, unit, index)) = found else {
                continue;
            };
            let old = std::mem::replace(unit, name.to_string());
            self.max_words = self.max_words.max(name.split_whitespace().count());
            if let Some(units) = index.get_mut(&*spelling_key(&fold(&old))) {
                units.retain(|&u| u != i);
                units.push(i);
            }
            let units = index
                .entry(spelling_key(&fold(name)).into_owned())
                .or_default();
            if !units.contains(&i) {
                units.push(i);
                units.sort_unstable();
            }
        }
    }

    /// Add former province names: lines of bare name, former name, former
    /// kind and the first month (YYYY-MM) of the present name, by tabs.
    /// Lines naming a province the gazetteer lacks are ignored.
    pub fn add_former_names(&mut self, text: &str) {
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [name, former, kind, month] = cols[..] else {
                continue;
            };
            let until = month
                .split_once('-')
                .and_then(|(y, m)| Some((y.parse().ok()?, m.parse().ok()?)));
            let (Some(&p), Some(until)) = (
                self.province_by_name.get(&*spelling_key(&fold(name))),
                until,
            ) else {
                continue;
            };
            self.former.push(FormerName {
                province: p,
                name: former.to_string(),
                kind: kind.to_string(),
                until,
            });
        }
    }

    /// Parse the two CSV files (before and from July 2025).
    pub fn parse(before: &str, after: &str) -> Gazetteer {
        let mut g = Gazetteer {
            provinces: Vec::new(),
            districts: Vec::new(),
            wards: Vec::new(),
            province_by_name: HashMap::default(),
            district_by_name: HashMap::default(),
            ward_by_name: HashMap::default(),
            successor: Vec::new(),
            max_words: 1,
            former: Vec::new(),
        };
        // One province per name across both eras ("Lào Cai" before and
        // after its 2025 merger), so that scoping by province works for
        // wards of either era; the code kept is the first seen.
        let mut prov_name: HashMap<String, usize> = HashMap::default();
        let mut dist_code: HashMap<String, usize> = HashMap::default();
        let mut province = |g: &mut Gazetteer, full: &str, code: &str| -> usize {
            let (kind, name) = split_kind(full);
            if let Some(&i) = prov_name.get(&name) {
                return i;
            }
            g.provinces.push(Province {
                other_spelling: other_spelling(&name),
                name: name.clone(),
                kind,
                code: code.to_string(),
            });
            let i = g.provinces.len() - 1;
            prov_name.insert(name, i);
            i
        };
        for line in before.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            if f.len() < 6 {
                continue;
            }
            let p = province(&mut g, f[0], f[1]);
            let d = match dist_code.get(f[3]) {
                Some(&d) => d,
                None => {
                    let (kind, name) = split_kind(f[2]);
                    g.districts.push(District {
                        name,
                        kind,
                        code: f[3].to_string(),
                        province: p,
                    });
                    dist_code.insert(f[3].to_string(), g.districts.len() - 1);
                    g.districts.len() - 1
                }
            };
            let (kind, name) = split_kind(f[4]);
            g.wards.push(Ward {
                name,
                kind,
                code: f[5].to_string(),
                district: Some(d),
                province: p,
                post_2025: false,
            });
        }
        for line in after.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            if f.len() < 4 {
                continue;
            }
            let p = province(&mut g, f[0], f[1]);
            let (kind, name) = split_kind(f[2]);
            g.wards.push(Ward {
                name,
                kind,
                code: f[3].to_string(),
                district: None,
                province: p,
                post_2025: true,
            });
        }
        // A commune of the new map keeps the code of one of the communes it
        // was made of, so shared codes say which province took over each
        // province the reform dissolved (Hà Giang's communes are now
        // Tuyên Quang's).
        g.successor = (0..g.provinces.len()).collect();
        let new_by_code: HashMap<&str, usize> = g
            .wards
            .iter()
            .filter(|w| w.post_2025)
            .map(|w| (w.code.as_str(), w.province))
            .collect();
        for w in g.wards.iter().filter(|w| !w.post_2025) {
            if let Some(&p) = new_by_code.get(w.code.as_str()) {
                g.successor[w.province] = p;
            }
        }
        for (i, p) in g.provinces.iter().enumerate() {
            g.province_by_name
                .entry(spelling_key(&fold(&p.name)).into_owned())
                .or_insert(i);
        }
        for (i, d) in g.districts.iter().enumerate() {
            g.district_by_name
                .entry(spelling_key(&fold(&d.name)).into_owned())
                .or_default()
                .push(i);
        }
        for (i, w) in g.wards.iter().enumerate() {
            g.ward_by_name
                .entry(spelling_key(&fold(&w.name)).into_owned())
                .or_default()
                .push(i);
        }
        g.max_words = g
            .provinces
            .iter()
            .map(|p| &p.name)
            .chain(g.districts.iter().map(|d| &d.name))
            .chain(g.wards.iter().map(|w| &w.name))
            .map(|n| n.split_whitespace().count())
            .max()
            .unwrap_or(1);
        g
    }

    /// A province by folded bare name ("hà nội", "hồ chí minh").
    pub fn province(&self, folded: &str) -> Option<usize> {
        self.province_by_name.get(&*spelling_key(folded)).copied()
    }

    /// Districts with this folded bare name, optionally of one kind
    /// ("quận") and one province.
    pub fn districts_named(
        &self,
        folded: &str,
        kind: Option<&str>,
        province: Option<usize>,
    ) -> Vec<usize> {
        self.district_by_name
            .get(&*spelling_key(folded))
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&d| kind.is_none_or(|k| fold(&self.districts[d].kind) == k))
                    .filter(|&d| province.is_none_or(|p| self.districts[d].province == p))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Wards with this folded bare name, scoped to a district or a province,
    /// of one era.
    pub fn wards_named(
        &self,
        folded: &str,
        district: Option<usize>,
        province: Option<usize>,
        post_2025: bool,
    ) -> Vec<usize> {
        self.wards_where(folded, post_2025, |w| {
            district.is_none_or(|d| w.district == Some(d))
                && province.is_none_or(|p| w.province == p)
        })
    }

    /// The wards of one era with a folded name that pass `keep`.
    fn wards_where(
        &self,
        folded: &str,
        post_2025: bool,
        keep: impl Fn(&Ward) -> bool,
    ) -> Vec<usize> {
        self.ward_by_name
            .get(&*spelling_key(folded))
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&w| self.wards[w].post_2025 == post_2025 && keep(&self.wards[w]))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The wards of one era with a folded name in province `p` as it was
    /// or as it is since July 2025: "thị trấn Đồng Văn" (Hà Giang) is in
    /// Tuyên Quang for an article of 2025, and "xã Đồng Văn" (Tuyên Quang)
    /// in Hà Giang for one of 2024.
    pub fn wards_named_across(&self, folded: &str, p: usize, post_2025: bool) -> Vec<usize> {
        let s = self.successor(p);
        self.wards_where(folded, post_2025, |w| self.successor(w.province) == s)
    }

    /// The province that province `p`'s units belong to since July 2025
    /// (`p` itself when the reform kept it).
    pub fn successor(&self, p: usize) -> usize {
        self.successor.get(p).copied().unwrap_or(p)
    }

    /// The province Hà Nội, the default scope.
    pub fn hanoi(&self) -> Option<usize> {
        self.province("hà nội")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_the_reform_merged_have_a_successor() {
        let g = Gazetteer::get();
        let p = |n: &str| g.province(n).unwrap();
        assert_eq!(g.successor(p("hà giang")), p("tuyên quang"));
        assert_eq!(g.successor(p("bình định")), p("gia lai"));
        assert_eq!(g.successor(p("hải dương")), p("hải phòng"));
        for kept in ["hà nội", "tuyên quang", "nghệ an"] {
            assert_eq!(g.successor(p(kept)), p(kept), "{kept}");
        }
        // An old commune is found in the new province, and the new one in the old.
        let old = g.wards_named_across("đồng văn", p("tuyên quang"), false);
        assert_eq!(old.len(), 1);
        assert_eq!(g.wards[old[0]].kind, "Thị trấn");
        let new = g.wards_named_across("đồng văn", p("hà giang"), true);
        assert_eq!(new.len(), 1);
        assert_eq!(g.wards[new[0]].kind, "Xã");
    }

    #[test]
    fn a_kind_written_in_title_case_is_still_the_kind() {
        assert_eq!(
            split_kind("Thành Phố Đồng Hới"),
            ("Thành phố".to_string(), "Đồng Hới".to_string())
        );
        let g = Gazetteer::get();
        for name in ["đồng hới", "việt yên", "buôn hồ", "bắc kạn", "mường lay"] {
            let found = g.districts_named(name, None, None);
            assert!(
                found
                    .iter()
                    .any(|&d| g.districts[d].name.to_lowercase() == name),
                "{name}"
            );
        }
    }

    #[test]
    fn both_spellings_are_one_key_and_swap_back() {
        assert_eq!(spelling_key("đắk glei"), spelling_key("đăk glei"));
        assert_eq!(other_spelling("Đắk Lắk").as_deref(), Some("Đăk Lăk"));
        assert_eq!(other_spelling("Đăk Hà").as_deref(), Some("Đắk Hà"));
        assert_eq!(other_spelling("Cầu Giấy"), None);
    }

    #[test]
    fn scoped_lookups() {
        let g = Gazetteer::get();
        let hn = g.hanoi().unwrap();
        let hm = g.districts_named("hoàng mai", None, None);
        assert_eq!(
            hm.len(),
            2,
            "Hoàng Mai is a Hà Nội district and a Nghệ An town"
        );
        let hm_hn = g.districts_named("hoàng mai", Some("quận"), Some(hn));
        assert_eq!(hm_hn.len(), 1);
        let cg = g.districts_named("cầu giấy", None, Some(hn))[0];
        assert_eq!(g.wards_named("quan hoa", Some(cg), None, false).len(), 1);
        let dm = g.wards_named("đông mai", None, None, true);
        assert_eq!(dm.len(), 1);
        assert_eq!(g.provinces[g.wards[dm[0]].province].name, "Quảng Ninh");
        assert!(g.provinces[hn].is_city());
    }
}
