//! Synthetic corpus of Hà Nội district portal articles, with gold answers.
//!
//! ```sh
//! cargo run --release --example synth -- --articles 100000 --out DIR [--seed N] [--threads N]
//! ```
//!
//! writes `DIR/articles/<id>.txt` in the portals' text form (section line,
//! headline, "Ngày đăng DD/MM/YYYY | HH:MM | Lượt xem: N", body, byline,
//! sometimes sidebar text), `DIR/gold/<id>.json` in the gold format of the
//! annotation guide (`shared/annotation-guide.md`), and `DIR/persons.tsv`,
//! the true identity of every person (id, name, homonym flag, districts
//! served, number of articles, career), so that a graph can be checked for
//! merged homonyms and split careers, which the per-article gold cannot show.
//! The same seed gives the same bytes, whatever the number of threads.
//! `data/synth/identities.py --gold DIR/gold --graph GRAPH` checks a graph
//! for merged homonyms and split persons with the officials' ids that the
//! gold carries (`"id": "pN"`).
//!
//! The model (see `data/synth/README.md`):
//! - Places: every district (quận, huyện, thị xã) of Hà Nội and its wards
//!   (phường, xã, thị trấn) from `data/gazetteer/vn-units-before-2025-07.csv`.
//! - People: names drawn from the surname, middle-name and given-name
//!   frequency tables of `data/synth/*.tsv`; unique, except for planned
//!   homonyms (the same full name in two districts, about 4 per 1000 people).
//! - Careers: a month-by-month simulation, 2015-2024, of the posts of the
//!   city (Thành ủy, HĐND, UBND, their boards), of each district (Bí thư,
//!   Phó Bí thư Thường trực, Chủ tịch UBND, heads of the party boards, Công
//!   an, Quân sự, deputies, offices) and of each ward. Holders keep a post
//!   for years, leave at congresses and elections more often, and are
//!   replaced by promotion in the district, transfer from another district,
//!   a rise to the city or a newcomer. Articles read the holders of the day.
//! - Documents: numbered party documents (NQ, CT, KL, KH, HD, TT, ĐA, CV,
//!   CTr, QĐ, QĐi, TB) of the Central Committee, the city, each district and
//!   ward, and state documents (1234/QĐ-UBND, 28/NQ-HĐND, 46/KH-MTTQ,
//!   1450/UBND-VP); plans and programmes carry out earlier documents
//!   (`implements`). Numbers never restart, so one code is one document.
//! - Articles: ten kinds of meeting report (standing committee reviews,
//!   executive conferences, briefings, HĐND sessions and elections, UBND
//!   conferences, Front dialogues, steering committees, ward conferences,
//!   dissemination, inspection committee), in the phrasing of the portals:
//!   titles before and after names, abbreviations (TUV, UVTV, UV BTV, Quận
//!   ủy viên, HUV, PBT), separators " - ", " – ", ", ", honorifics, ranks
//!   and degrees, lists, "chủ trì", "đồng chủ trì", "Dự và chủ trì ... có",
//!   "dưới sự chủ trì của", "dự và chỉ đạo", dates with and without a year,
//!   a second earlier meeting, photo captions, bylines and sidebars, and
//!   filler paragraphs built from many template sentences (3-6 KB a text).
//!
//! The generator writes what portals write; it is not tuned to any
//! extractor. The gold of each article is what the text states, following
//! the annotation guide.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use unicode_normalization::UnicodeNormalization;

const GAZETTEER: &str = include_str!("../data/gazetteer/vn-units-before-2025-07.csv");
const SURNAMES: &str = include_str!("../data/synth/surnames.tsv");
const MIDDLE_M: &str = include_str!("../data/synth/middle_male.tsv");
const MIDDLE_F: &str = include_str!("../data/synth/middle_female.tsv");
const GIVEN_M: &str = include_str!("../data/synth/given_male.tsv");
const GIVEN_F: &str = include_str!("../data/synth/given_female.tsv");

/// Share of new people who get the full name of someone in another district.
const HOMONYM_RATE: f64 = 0.004;
/// Months simulated: January 2015 .. December 2024.
const MONTHS: u32 = 120;

// ---------------------------------------------------------------------------
// PRNG and weighted tables

/// SplitMix64: small, fast, and good enough for sampling.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        let mut r = Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B);
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        ((self.next() as u128 * n as u128) >> 64) as usize
    }
    /// Uniform in lo..=hi.
    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }
    fn f(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.f() < p
    }
    fn pick<'a, T>(&mut self, s: &'a [T]) -> &'a T {
        &s[self.below(s.len())]
    }
    /// Index drawn by weights.
    fn weighted(&mut self, w: &[f64]) -> usize {
        let total: f64 = w.iter().sum();
        let mut x = self.f() * total;
        for (i, &v) in w.iter().enumerate() {
            if x < v {
                return i;
            }
            x -= v;
        }
        w.len() - 1
    }
}

struct Table {
    items: Vec<String>,
    cum: Vec<u64>,
}

impl Table {
    fn parse(src: &str) -> Table {
        let mut items = Vec::new();
        let mut cum = Vec::new();
        let mut total = 0u64;
        for line in src.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split('\t');
            let name = parts.next().unwrap().trim().to_string();
            let w: u64 = parts
                .next()
                .and_then(|x| x.trim().parse().ok())
                .unwrap_or(1);
            total += w;
            items.push(name);
            cum.push(total);
        }
        Table { items, cum }
    }
    fn pick(&self, r: &mut Rng) -> &str {
        let total = *self.cum.last().unwrap();
        let x = r.next() % total;
        let i = self.cum.partition_point(|&c| c <= x);
        &self.items[i]
    }
}

// ---------------------------------------------------------------------------
// Dates

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Date {
    y: i32,
    m: u32,
    d: u32,
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> Date {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    Date {
        y: (if m <= 2 { y + 1 } else { y }) as i32,
        m,
        d,
    }
}

impl Date {
    fn new(y: i32, m: u32, d: u32) -> Date {
        Date { y, m, d }
    }
    fn days(self) -> i64 {
        days_from_civil(self.y, self.m, self.d)
    }
    fn add(self, n: i64) -> Date {
        civil_from_days(self.days() + n)
    }
    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    /// 0 = Sunday.
    fn weekday(self) -> u32 {
        (self.days() + 4).rem_euclid(7) as u32
    }
    /// Months since January 2015 (negative dates clamp to 0).
    fn month(self) -> u32 {
        ((self.y - 2015) * 12 + self.m as i32 - 1).clamp(0, MONTHS as i32 - 1) as u32
    }
    fn dmy(self) -> String {
        format!("{:02}/{:02}/{}", self.d, self.m, self.y)
    }
    /// As body text writes a document's date: "18/3/2021", "02/4/2021", "31/5/2024".
    fn loose(self, r: &mut Rng) -> String {
        match r.below(3) {
            0 => format!("{}/{}/{}", self.d, self.m, self.y),
            1 => format!("{:02}/{}/{}", self.d, self.m, self.y),
            _ => format!("{:02}/{:02}/{}", self.d, self.m, self.y),
        }
    }
}

fn month_start(m: u32) -> Date {
    Date::new(2015 + (m / 12) as i32, m % 12 + 1, 1)
}

fn ym(y: i32, m: u32) -> u32 {
    ((y - 2015) * 12 + m as i32 - 1) as u32
}

// ---------------------------------------------------------------------------
// Places

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum DK {
    Quan,
    Huyen,
    ThiXa,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum WK {
    Phuong,
    Xa,
    ThiTran,
}

struct Ward {
    name: String,
    kind: WK,
    /// The ward's party secretary also chairs the HĐND (where there is one).
    bt_hdnd: bool,
    /// The ward's party secretary sits on the district party committee.
    bt_member: bool,
}

struct District {
    name: String,
    kind: DK,
    slug: String,
    wards: Vec<Ward>,
    /// Per HĐND term (before 2016-06, 2016-2021, 2021-): the district
    /// secretary chairs the HĐND (otherwise the standing deputy does).
    bt_hdnd: [bool; 3],
    /// Ordinal of the party congress of 2015 (2020 is the next one).
    congress_2015: u32,
    /// Ordinal of the HĐND term that began in 2016.
    hdnd_2016: u32,
    /// The district's steering committee is headed by the secretary
    /// (otherwise by the standing deputy secretary).
    bcd_by_bt: bool,
}

impl DK {
    fn lv(self) -> &'static str {
        match self {
            DK::Quan => "quận",
            DK::Huyen => "huyện",
            DK::ThiXa => "thị xã",
        }
    }
    fn party(self) -> &'static str {
        match self {
            DK::Quan => "Quận ủy",
            DK::Huyen => "Huyện ủy",
            DK::ThiXa => "Thị ủy",
        }
    }
    fn code(self) -> &'static str {
        match self {
            DK::Quan => "QU",
            DK::Huyen => "HU",
            DK::ThiXa => "TU",
        }
    }
}

impl WK {
    fn lv(self) -> &'static str {
        match self {
            WK::Phuong => "phường",
            WK::Xa => "xã",
            WK::ThiTran => "thị trấn",
        }
    }
}

fn fold_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.nfd() {
        let c = match c {
            'đ' => 'd',
            'Đ' => 'd',
            _ => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == ' ' && !out.ends_with('-') {
            out.push('-');
        }
    }
    out
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Old tone placement ("hoà", "uỷ") on the syllables where it differs.
fn old_tone(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower.starts_with("qu") {
        return word.to_string();
    }
    const PAIRS: [(&str, &str); 12] = [
        ("òa", "oà"),
        ("óa", "oá"),
        ("ỏa", "oả"),
        ("õa", "oã"),
        ("ọa", "oạ"),
        ("ùy", "uỳ"),
        ("úy", "uý"),
        ("ủy", "uỷ"),
        ("ũy", "uỹ"),
        ("ụy", "uỵ"),
        ("òe", "oè"),
        ("óe", "oé"),
    ];
    for (new, old) in PAIRS {
        if let Some(stem) = word.strip_suffix(new) {
            return format!("{}{}", stem, old);
        }
    }
    word.to_string()
}

// ---------------------------------------------------------------------------
// Titles

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Scope {
    City,
    Dist(u16),
    Ward(u16, u16),
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum R {
    BiThu,
    PhoBiThu,
    PhoBiThuTT,
    ChuTich,
    PhoChuTich,
    PhoChuTichTT,
    ChuNhiem,
    PhoChuNhiem,
    Truong,
    PhoTruong,
    Chanh,
    ChiHuy,
    UyVien,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum B {
    Party,
    Member,
    BtvMember,
    Ubnd,
    Hdnd,
    Mttq,
    Ubkt,
    BanTc,
    BanTg,
    BanDv,
    VanPhong,
    CongAn,
    QuanSu,
    Phong(u8),
    Bcd(u32),
    Politburo,
    Central,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct T {
    role: R,
    body: B,
    sc: Scope,
}

const PHONG: [&str; 6] = [
    "Kinh tế",
    "Nội vụ",
    "Quản lý đô thị",
    "Tài nguyên và Môi trường",
    "Văn hóa và Thông tin",
    "Giáo dục và Đào tạo",
];

fn role_canon(r: R) -> &'static str {
    match r {
        R::BiThu => "Bí thư",
        R::PhoBiThu => "Phó Bí thư",
        R::PhoBiThuTT => "Phó Bí thư Thường trực",
        R::ChuTich => "Chủ tịch",
        R::PhoChuTich => "Phó Chủ tịch",
        R::PhoChuTichTT => "Phó Chủ tịch Thường trực",
        R::ChuNhiem => "Chủ nhiệm",
        R::PhoChuNhiem => "Phó Chủ nhiệm",
        R::Truong => "Trưởng",
        R::PhoTruong => "Phó Trưởng",
        R::Chanh => "Chánh",
        R::ChiHuy => "Chỉ huy trưởng",
        R::UyVien => "Ủy viên",
    }
}

// ---------------------------------------------------------------------------
// Posts, people and the career simulation

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PK {
    // city
    CBt,
    CPbttt,
    CCtub,
    CCthd,
    CTc,
    CTg,
    CDv,
    CKt,
    CMt,
    CPcub,
    CPcthd,
    CPtTc,
    CPtTg,
    CPtDv,
    CPcnKt,
    // district
    Bt,
    Pbttt,
    Ctub,
    Tc,
    Tg,
    Kt,
    Dv,
    Mt,
    Pcttt,
    Ca,
    Qs,
    Pcub,
    Pchd,
    Cvp,
    Phong(u8),
    // ward
    WBt,
    WPbttt,
    WCtub,
}

impl PK {
    fn level(self) -> u8 {
        use PK::*;
        match self {
            CBt | CPbttt | CCtub | CCthd => 8,
            CTc | CTg | CDv | CKt | CMt | CPcub | CPcthd => 7,
            CPtTc | CPtTg | CPtDv | CPcnKt => 6,
            Bt => 5,
            Pbttt | Ctub => 4,
            Tc | Tg | Kt | Dv | Mt | Pcttt | Ca | Qs => 3,
            Pcub | Pchd | Cvp | Phong(_) => 2,
            WBt => 1,
            WPbttt | WCtub => 0,
        }
    }
    /// Posts filled from outside the civil career (police, army).
    fn outside(self) -> bool {
        matches!(self, PK::Ca | PK::Qs)
    }
}

struct Post {
    kind: PK,
    sc: Scope,
    /// (first month, holder), in order.
    tl: Vec<(u32, u32)>,
}

impl Post {
    fn holder(&self, m: u32) -> u32 {
        let i = self.tl.partition_point(|&(s, _)| s <= m);
        self.tl[i.max(1) - 1].1
    }
}

struct Person {
    name: String,
    female: bool,
    rank: Option<&'static str>,
    degree: Option<&'static str>,
    mobile: bool,
    homonym: bool,
    dists: Vec<u16>,
    /// (start month, end month exclusive, post)
    hist: Vec<(u32, u32, u32)>,
    cur: Option<u32>,
}

struct Names {
    surnames: Table,
    mid_m: Table,
    mid_f: Table,
    giv_m: Table,
    giv_f: Table,
}

struct World {
    districts: Vec<District>,
    posts: Vec<Post>,
    people: Vec<Person>,
    /// Posts of each scope, by kind.
    city_posts: Vec<u32>,
    dist_posts: Vec<Vec<u32>>,
    ward_posts: Vec<Vec<[u32; 3]>>,
    docs: Vec<Doc>,
    /// Documents of each scope (City, central, districts, wards), by date.
    docs_city: Vec<u32>,
    docs_central: Vec<u32>,
    docs_dist: Vec<Vec<u32>>,
    docs_ward: Vec<Vec<Vec<u32>>>,
    /// Documents that carry out a document.
    implementers: HashMap<u32, Vec<u32>>,
    /// (district, month, old holder, new holder) of each change of UBND chair.
    ctub_changes: Vec<(u16, u32, u32, u32)>,
    pen_names: Vec<String>,
    /// The Quyết định of the city standing committee behind each change of UBND chair.
    election_docs: Vec<u32>,
    /// Every full name in use, so that citizens named in articles are not officials.
    names_used: HashSet<String>,
}

fn term(m: u32) -> usize {
    if m < ym(2016, 6) {
        0
    } else if m < ym(2021, 6) {
        1
    } else {
        2
    }
}

impl World {
    fn post_titles(&self, p: u32, m: u32) -> Vec<T> {
        use PK::*;
        let post = &self.posts[p as usize];
        let sc = post.sc;
        let t = |role, body| T { role, body, sc };
        let city = |role, body| T {
            role,
            body,
            sc: Scope::City,
        };
        match post.kind {
            CBt => vec![city(R::UyVien, B::Politburo), t(R::BiThu, B::Party)],
            CPbttt => vec![city(R::UyVien, B::Central), t(R::PhoBiThuTT, B::Party)],
            CCtub => vec![
                city(R::UyVien, B::Central),
                t(R::PhoBiThu, B::Party),
                t(R::ChuTich, B::Ubnd),
            ],
            CCthd => vec![t(R::UyVien, B::BtvMember), t(R::ChuTich, B::Hdnd)],
            CTc => vec![t(R::UyVien, B::BtvMember), t(R::Truong, B::BanTc)],
            CTg => vec![t(R::UyVien, B::BtvMember), t(R::Truong, B::BanTg)],
            CDv => vec![t(R::UyVien, B::BtvMember), t(R::Truong, B::BanDv)],
            CKt => vec![t(R::UyVien, B::BtvMember), t(R::ChuNhiem, B::Ubkt)],
            CMt => vec![t(R::UyVien, B::BtvMember), t(R::ChuTich, B::Mttq)],
            CPcub => vec![t(R::UyVien, B::Member), t(R::PhoChuTich, B::Ubnd)],
            CPcthd => vec![t(R::UyVien, B::Member), t(R::PhoChuTichTT, B::Hdnd)],
            CPtTc => vec![t(R::PhoTruong, B::BanTc)],
            CPtTg => vec![t(R::PhoTruong, B::BanTg)],
            CPtDv => vec![t(R::PhoTruong, B::BanDv)],
            CPcnKt => vec![t(R::PhoChuNhiem, B::Ubkt)],
            Bt => {
                let Scope::Dist(d) = sc else { unreachable!() };
                let mut v = vec![city(R::UyVien, B::Member), t(R::BiThu, B::Party)];
                if self.districts[d as usize].bt_hdnd[term(m)] {
                    v.push(t(R::ChuTich, B::Hdnd));
                }
                v
            }
            Pbttt => {
                let Scope::Dist(d) = sc else { unreachable!() };
                let mut v = vec![t(R::PhoBiThuTT, B::Party)];
                if !self.districts[d as usize].bt_hdnd[term(m)] {
                    v.push(t(R::ChuTich, B::Hdnd));
                }
                v
            }
            Ctub => vec![t(R::PhoBiThu, B::Party), t(R::ChuTich, B::Ubnd)],
            Tc => vec![t(R::UyVien, B::BtvMember), t(R::Truong, B::BanTc)],
            Tg => vec![t(R::UyVien, B::BtvMember), t(R::Truong, B::BanTg)],
            Dv => vec![t(R::UyVien, B::BtvMember), t(R::Truong, B::BanDv)],
            Kt => vec![t(R::UyVien, B::BtvMember), t(R::ChuNhiem, B::Ubkt)],
            Mt => vec![t(R::UyVien, B::BtvMember), t(R::ChuTich, B::Mttq)],
            Pcttt => vec![t(R::UyVien, B::BtvMember), t(R::PhoChuTichTT, B::Ubnd)],
            Ca => vec![t(R::UyVien, B::BtvMember), t(R::Truong, B::CongAn)],
            Qs => vec![t(R::UyVien, B::BtvMember), t(R::ChiHuy, B::QuanSu)],
            Pcub => vec![t(R::UyVien, B::Member), t(R::PhoChuTich, B::Ubnd)],
            Pchd => vec![t(R::UyVien, B::Member), t(R::PhoChuTich, B::Hdnd)],
            Cvp => vec![t(R::UyVien, B::Member), t(R::Chanh, B::VanPhong)],
            Phong(i) => vec![t(R::UyVien, B::Member), t(R::Truong, B::Phong(i))],
            WBt | WPbttt | WCtub => {
                let Scope::Ward(d, w) = sc else {
                    unreachable!()
                };
                let ward = &self.districts[d as usize].wards[w as usize];
                let hdnd = ward.kind != WK::Phuong || m < ym(2021, 7);
                let mut v = Vec::new();
                match post.kind {
                    WBt => {
                        if ward.bt_member {
                            v.push(T {
                                role: R::UyVien,
                                body: B::Member,
                                sc: Scope::Dist(d),
                            });
                        }
                        v.push(t(R::BiThu, B::Party));
                        if hdnd && ward.bt_hdnd {
                            v.push(t(R::ChuTich, B::Hdnd));
                        }
                    }
                    WPbttt => {
                        v.push(t(R::PhoBiThuTT, B::Party));
                        if hdnd && !ward.bt_hdnd {
                            v.push(t(R::ChuTich, B::Hdnd));
                        }
                    }
                    _ => {
                        v.push(t(R::PhoBiThu, B::Party));
                        v.push(t(R::ChuTich, B::Ubnd));
                    }
                }
                v
            }
        }
    }

    fn post_of(&self, pid: u32, m: u32) -> Option<u32> {
        self.people[pid as usize]
            .hist
            .iter()
            .find(|&&(s, e, _)| s <= m && m < e)
            .map(|&(_, _, p)| p)
    }

    fn titles_of(&self, pid: u32, m: u32) -> Vec<T> {
        self.post_of(pid, m)
            .map(|p| self.post_titles(p, m))
            .unwrap_or_default()
    }

    fn dist_holder(&self, d: u16, kind: PK, m: u32) -> u32 {
        let p = self.dist_posts[d as usize]
            .iter()
            .find(|&&p| self.posts[p as usize].kind == kind)
            .unwrap();
        self.posts[*p as usize].holder(m)
    }

    fn ward_holder(&self, d: u16, w: u16, i: usize, m: u32) -> u32 {
        self.posts[self.ward_posts[d as usize][w as usize][i] as usize].holder(m)
    }

    fn party_name(&self, sc: Scope) -> String {
        match sc {
            Scope::City => "Thành ủy Hà Nội".into(),
            Scope::Dist(d) => {
                let d = &self.districts[d as usize];
                format!("{} {}", d.kind.party(), d.name)
            }
            Scope::Ward(d, w) => {
                let w = &self.districts[d as usize].wards[w as usize];
                format!("Đảng ủy {} {}", w.kind.lv(), w.name)
            }
        }
    }

    fn level_name(&self, sc: Scope) -> String {
        match sc {
            Scope::City => "thành phố Hà Nội".into(),
            Scope::Dist(d) => {
                let d = &self.districts[d as usize];
                format!("{} {}", d.kind.lv(), d.name)
            }
            Scope::Ward(d, w) => {
                let w = &self.districts[d as usize].wards[w as usize];
                format!("{} {}", w.kind.lv(), w.name)
            }
        }
    }

    fn canon(&self, t: T) -> String {
        let role = role_canon(t.role);
        match t.body {
            B::Party => format!("{} {}", role, self.party_name(t.sc)),
            B::Member => format!("Ủy viên {}", self.party_name(t.sc)),
            B::BtvMember => format!("Ủy viên Ban Thường vụ {}", self.party_name(t.sc)),
            B::Ubnd => format!("{} Ủy ban nhân dân {}", role, self.level_name(t.sc)),
            B::Hdnd => format!("{} Hội đồng nhân dân {}", role, self.level_name(t.sc)),
            B::Mttq => format!("{} Ủy ban Mặt trận Tổ quốc {}", role, self.level_name(t.sc)),
            B::Ubkt => format!("{} Ủy ban Kiểm tra {}", role, self.party_name(t.sc)),
            B::BanTc => format!("{} Ban Tổ chức {}", role, self.party_name(t.sc)),
            B::BanTg => format!("{} Ban Tuyên giáo {}", role, self.party_name(t.sc)),
            B::BanDv => format!("{} Ban Dân vận {}", role, self.party_name(t.sc)),
            B::VanPhong => format!("Chánh Văn phòng {}", self.party_name(t.sc)),
            B::CongAn => format!("Trưởng Công an {}", self.level_name(t.sc)),
            B::QuanSu => format!(
                "Chỉ huy trưởng Ban Chỉ huy Quân sự {}",
                self.level_name(t.sc)
            ),
            B::Phong(i) => format!(
                "Trưởng phòng {} {}",
                PHONG[i as usize],
                self.level_name(t.sc)
            ),
            B::Bcd(n) => format!("{} Ban Chỉ đạo {} {}", role, n, self.level_name(t.sc)),
            B::Politburo => "Ủy viên Bộ Chính trị".into(),
            B::Central => "Ủy viên Trung ương Đảng".into(),
        }
    }

    fn district_of(sc: Scope) -> Option<u16> {
        match sc {
            Scope::City => None,
            Scope::Dist(d) | Scope::Ward(d, _) => Some(d),
        }
    }
}

// ---------------------------------------------------------------------------
// Building the world

fn load_districts(r: &mut Rng) -> Vec<District> {
    let mut out: Vec<District> = Vec::new();
    for line in GAZETTEER.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        if f.len() < 6 || f[0] != "Thành phố Hà Nội" {
            continue;
        }
        let (kind, dname) = if let Some(n) = f[2].strip_prefix("Quận ") {
            (DK::Quan, n)
        } else if let Some(n) = f[2].strip_prefix("Huyện ") {
            (DK::Huyen, n)
        } else if let Some(n) = f[2].strip_prefix("Thị xã ") {
            (DK::ThiXa, n)
        } else {
            continue;
        };
        let (wk, wname) = if let Some(n) = f[4].strip_prefix("Phường ") {
            (WK::Phuong, n)
        } else if let Some(n) = f[4].strip_prefix("Xã ") {
            (WK::Xa, n)
        } else if let Some(n) = f[4].strip_prefix("Thị trấn ") {
            (WK::ThiTran, n)
        } else {
            continue;
        };
        if out.last().map(|d| d.name != dname).unwrap_or(true) {
            out.push(District {
                name: dname.to_string(),
                kind,
                slug: fold_slug(dname),
                wards: Vec::new(),
                bt_hdnd: [r.chance(0.4), r.chance(0.6), r.chance(0.85)],
                congress_2015: r.int(3, 26) as u32,
                hdnd_2016: r.int(3, 19) as u32,
                bcd_by_bt: r.chance(0.5),
            });
        }
        out.last_mut().unwrap().wards.push(Ward {
            name: wname.to_string(),
            kind: wk,
            bt_hdnd: r.chance(0.6),
            bt_member: r.chance(0.3),
        });
    }
    out
}

fn roman(mut n: u32) -> String {
    const R: [(u32, &str); 9] = [
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
        (0, ""),
        (0, ""),
        (0, ""),
    ];
    let mut s = String::new();
    for &(v, r) in R.iter() {
        if v == 0 {
            break;
        }
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

struct Sim<'a> {
    r: Rng,
    names: &'a Names,
    used: HashSet<String>,
    w: World,
}

impl Sim<'_> {
    fn fresh_name(&mut self, female: bool) -> String {
        for _ in 0..200 {
            let s = self.names.surnames.pick(&mut self.r);
            let (mid, giv) = if female {
                (
                    self.names.mid_f.pick(&mut self.r),
                    self.names.giv_f.pick(&mut self.r),
                )
            } else {
                (
                    self.names.mid_m.pick(&mut self.r),
                    self.names.giv_m.pick(&mut self.r),
                )
            };
            // "Thị Thu Thu", "Văn Văn": avoid a given name that repeats the middle.
            if mid.split(' ').any(|x| x == giv || x == s) || s == giv {
                continue;
            }
            let name = format!("{} {} {}", s, mid, giv);
            if !self.used.contains(&name) {
                return name;
            }
        }
        unreachable!("name space exhausted")
    }

    fn new_person(&mut self, kind: PK, sc: Scope) -> u32 {
        let fem_share = match kind {
            PK::Mt | PK::Dv | PK::CMt | PK::CDv | PK::CPtDv | PK::Pchd => 0.5,
            PK::Ca | PK::Qs => 0.03,
            _ => 0.25,
        };
        let dist = World::district_of(sc);
        let id = self.w.people.len() as u32;
        let mut homonym_of = None;
        if let Some(d) = dist {
            if self.r.chance(HOMONYM_RATE) {
                let cands: Vec<u32> = (0..id)
                    .filter(|&q| {
                        let p = &self.w.people[q as usize];
                        !p.homonym
                            && p.dists.len() == 1
                            && p.dists[0] != d
                            && p.cur
                                .map(|c| self.w.posts[c as usize].sc != Scope::City)
                                .unwrap_or(false)
                    })
                    .collect();
                if !cands.is_empty() {
                    homonym_of = Some(*self.r.pick(&cands));
                }
            }
        }
        let (name, female) = match homonym_of {
            Some(q) => {
                let p = &mut self.w.people[q as usize];
                p.homonym = true;
                p.mobile = false;
                (p.name.clone(), p.female)
            }
            None => {
                let female = self.r.chance(fem_share);
                let n = self.fresh_name(female);
                self.used.insert(n.clone());
                (n, female)
            }
        };
        let rank = match kind {
            PK::Ca => Some(*self.r.pick(&["Đại tá", "Thượng tá", "Thượng tá", "Đại tá"])),
            PK::Qs => Some(*self.r.pick(&["Thượng tá", "Trung tá", "Đại tá"])),
            _ => None,
        };
        let degree = if rank.is_none() && self.r.chance(0.05) {
            Some(*self.r.pick(&["TS.", "ThS.", "TS."]))
        } else {
            None
        };
        self.w.people.push(Person {
            name,
            female,
            rank,
            degree,
            mobile: homonym_of.is_none(),
            homonym: homonym_of.is_some(),
            dists: Vec::new(),
            hist: Vec::new(),
            cur: None,
        });
        id
    }

    fn assign(&mut self, pid: u32, post: u32, m: u32) {
        let sc = self.w.posts[post as usize].sc;
        let p = &mut self.w.people[pid as usize];
        if let Some(d) = World::district_of(sc) {
            if !p.dists.contains(&d) {
                p.dists.push(d);
            }
        }
        p.hist.push((m, u32::MAX, post));
        p.cur = Some(post);
        self.w.posts[post as usize].tl.push((m, pid));
    }

    fn release(&mut self, pid: u32, m: u32) {
        let p = &mut self.w.people[pid as usize];
        if let Some(h) = p.hist.last_mut() {
            if h.1 == u32::MAX {
                h.1 = m;
            }
        }
        p.cur = None;
    }

    fn holder_now(&self, post: u32) -> Option<u32> {
        let p = &self.w.posts[post as usize];
        let &(_, pid) = p.tl.last()?;
        (self.w.people[pid as usize].cur == Some(post)).then_some(pid)
    }

    fn holders_where(&self, f: impl Fn(&Post) -> bool) -> Vec<u32> {
        let mut v = Vec::new();
        for (i, p) in self.w.posts.iter().enumerate() {
            if f(p) {
                if let Some(h) = self.holder_now(i as u32) {
                    v.push(h);
                }
            }
        }
        v
    }

    /// Who fills a vacant post: a promotion, a transfer, someone who left a
    /// post this month, or a newcomer.
    fn candidate(&mut self, post: u32, floating: &[u32]) -> Option<u32> {
        let kind = self.w.posts[post as usize].kind;
        let sc = self.w.posts[post as usize].sc;
        let level = kind.level();
        if kind.outside() {
            return None;
        }
        let dist = World::district_of(sc);
        let same_d = |p: &Post| World::district_of(p.sc) == dist && dist.is_some();
        let mobile = |s: &Self, pid: &u32| s.w.people[*pid as usize].mobile;
        // (weight, candidates)
        let mut opts: Vec<(f64, Vec<u32>)> = Vec::new();
        let fl: Vec<u32> = floating
            .iter()
            .copied()
            .filter(|&pid| {
                let p = &self.w.people[pid as usize];
                let last = p
                    .hist
                    .last()
                    .map(|h| self.w.posts[h.2 as usize].kind.level());
                p.mobile && last.map(|l| l + 1 >= level && l >= 3).unwrap_or(false)
            })
            .collect();
        match level {
            8 => {
                opts.push((0.6, self.holders_where(|p| p.kind.level() == 7)));
            }
            7 => {
                opts.push((0.3, self.holders_where(|p| p.kind.level() == 6)));
                let v = self.holders_where(|p| p.kind == PK::Bt);
                opts.push((0.4, v.into_iter().filter(|x| mobile(self, x)).collect()));
            }
            6 => {
                let v =
                    self.holders_where(|p| matches!(p.kind.level(), 3..=5) && !p.kind.outside());
                opts.push((0.5, v.into_iter().filter(|x| mobile(self, x)).collect()));
            }
            5 => {
                opts.push((
                    0.45,
                    self.holders_where(|p| same_d(p) && p.kind.level() == 4),
                ));
                opts.push((0.2, fl));
                let v = self.holders_where(|p| !same_d(p) && matches!(p.kind.level(), 4 | 5));
                opts.push((0.15, v.into_iter().filter(|x| mobile(self, x)).collect()));
                let v = self.holders_where(|p| p.kind.level() == 6);
                opts.push((0.05, v.into_iter().filter(|x| mobile(self, x)).collect()));
            }
            4 => {
                opts.push((
                    0.5,
                    self.holders_where(|p| same_d(p) && p.kind.level() == 3 && !p.kind.outside()),
                ));
                opts.push((0.1, fl));
                let v = self.holders_where(|p| {
                    !same_d(p) && p.kind.level() == 3 && !p.kind.outside() && p.sc != Scope::City
                });
                opts.push((0.15, v.into_iter().filter(|x| mobile(self, x)).collect()));
            }
            3 => {
                opts.push((
                    0.45,
                    self.holders_where(|p| same_d(p) && p.kind.level() == 2),
                ));
                opts.push((0.2, self.holders_where(|p| same_d(p) && p.kind == PK::WBt)));
            }
            2 => {
                opts.push((0.45, self.holders_where(|p| same_d(p) && p.kind == PK::WBt)));
                opts.push((
                    0.1,
                    self.holders_where(|p| same_d(p) && p.kind.level() == 0),
                ));
            }
            1 => {
                opts.push((
                    0.4,
                    self.holders_where(|p| p.sc == sc && p.kind.level() == 0),
                ));
                opts.push((
                    0.2,
                    self.holders_where(|p| same_d(p) && p.sc != sc && p.kind.level() == 0),
                ));
            }
            _ => {
                opts.push((
                    0.1,
                    self.holders_where(|p| same_d(p) && p.sc != sc && p.kind.level() == 0),
                ));
            }
        }
        let x = self.r.f();
        let mut acc = 0.0;
        for (wgt, cands) in opts {
            acc += wgt;
            if x < acc {
                if cands.is_empty() {
                    return None;
                }
                return Some(*self.r.pick(&cands));
            }
        }
        None
    }

    fn leave_prob(&self, kind: PK, m: u32) -> f64 {
        let level = kind.level();
        let base = match level {
            6..=8 => 1.0 / 96.0,
            2..=5 => 1.0 / 84.0,
            _ => 1.0 / 90.0,
        };
        let (y, mo) = (2015 + (m / 12) as i32, m % 12 + 1);
        let congress = match level {
            6..=8 => (y == 2015 || y == 2020) && mo == 10,
            0 | 1 => (y == 2015 || y == 2020) && mo == 6,
            _ => (y == 2015 || y == 2020) && mo == 8,
        };
        let election = (y == 2016 || y == 2021) && mo == 7;
        let state_post = matches!(
            kind,
            PK::Ctub | PK::Pcttt | PK::Pcub | PK::Pchd | PK::CCtub | PK::CPcub | PK::WCtub
        );
        base + if congress { 0.3 } else { 0.0 } + if election && state_post { 0.25 } else { 0.0 }
    }

    fn run(&mut self) {
        let n = self.w.posts.len() as u32;
        for p in 0..n {
            let kind = self.w.posts[p as usize].kind;
            let sc = self.w.posts[p as usize].sc;
            let pid = self.new_person(kind, sc);
            self.assign(pid, p, 0);
        }
        for m in 1..MONTHS {
            let mut vacant: Vec<u32> = Vec::new();
            let mut floating: Vec<u32> = Vec::new();
            for p in 0..n {
                let kind = self.w.posts[p as usize].kind;
                if self.r.chance(self.leave_prob(kind, m)) {
                    let pid = self.holder_now(p).unwrap();
                    self.release(pid, m);
                    vacant.push(p);
                    floating.push(pid);
                }
            }
            while !vacant.is_empty() {
                // highest level first, then the order of the posts
                let (i, _) = vacant
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, &p)| (self.w.posts[p as usize].kind.level(), u32::MAX - p))
                    .unwrap();
                let post = vacant.swap_remove(i);
                let kind = self.w.posts[post as usize].kind;
                let sc = self.w.posts[post as usize].sc;
                let pid = match self.candidate(post, &floating) {
                    Some(pid) => {
                        if let Some(old) = self.w.people[pid as usize].cur {
                            self.release(pid, m);
                            vacant.push(old);
                        }
                        floating.retain(|&x| x != pid);
                        // a transfer between districts makes a mobile person
                        pid
                    }
                    None => self.new_person(kind, sc),
                };
                if kind == PK::Ctub {
                    if let Scope::Dist(d) = sc {
                        let old = self.w.posts[post as usize].tl.last().unwrap().1;
                        self.w.ctub_changes.push((d, m, old, pid));
                    }
                }
                self.assign(pid, post, m);
            }
        }
    }
}

fn build_world(seed: u64, names: &Names) -> World {
    let mut r = Rng::new(seed);
    let districts = load_districts(&mut r);
    let mut posts = Vec::new();
    let mut city_posts = Vec::new();
    let mut dist_posts = Vec::new();
    let mut ward_posts = Vec::new();
    {
        use PK::*;
        for k in [
            CBt, CPbttt, CCtub, CCthd, CTc, CTg, CDv, CKt, CMt, CPcub, CPcub, CPcub, CPcthd, CPtTc,
            CPtTc, CPtTg, CPtTg, CPtDv, CPcnKt,
        ] {
            city_posts.push(posts.len() as u32);
            posts.push(Post {
                kind: k,
                sc: Scope::City,
                tl: Vec::new(),
            });
        }
        for (d, dist) in districts.iter().enumerate() {
            let mut v = Vec::new();
            let p1 = r.below(PHONG.len()) as u8;
            let p2 = ((p1 as usize + 1 + r.below(PHONG.len() - 1)) % PHONG.len()) as u8;
            for k in [
                Bt,
                Pbttt,
                Ctub,
                Tc,
                Tg,
                Kt,
                Dv,
                Mt,
                Pcttt,
                Ca,
                Qs,
                Pcub,
                Pcub,
                Pchd,
                Cvp,
                Phong(p1),
                Phong(p2),
            ] {
                v.push(posts.len() as u32);
                posts.push(Post {
                    kind: k,
                    sc: Scope::Dist(d as u16),
                    tl: Vec::new(),
                });
            }
            dist_posts.push(v);
            let mut wv = Vec::new();
            for w in 0..dist.wards.len() {
                let mut a = [0u32; 3];
                for (i, k) in [WBt, WPbttt, WCtub].into_iter().enumerate() {
                    a[i] = posts.len() as u32;
                    posts.push(Post {
                        kind: k,
                        sc: Scope::Ward(d as u16, w as u16),
                        tl: Vec::new(),
                    });
                }
                wv.push(a);
            }
            ward_posts.push(wv);
        }
    }
    let nd = districts.len();
    let w = World {
        districts,
        posts,
        people: Vec::new(),
        city_posts,
        dist_posts,
        ward_posts,
        docs: Vec::new(),
        docs_city: Vec::new(),
        docs_central: Vec::new(),
        docs_dist: vec![Vec::new(); nd],
        docs_ward: Vec::new(),
        implementers: HashMap::new(),
        ctub_changes: Vec::new(),
        pen_names: Vec::new(),
        election_docs: Vec::new(),
        names_used: HashSet::new(),
    };
    let mut sim = Sim {
        r: r.clone(),
        names,
        used: HashSet::new(),
        w,
    };
    sim.run();
    let mut w = sim.w;
    let mut r = sim.r;
    w.names_used = sim.used;
    build_docs(&mut w, &mut r);
    // pen names of reporters: two syllables, no family name ("Hoài Thu")
    let mut pens = Vec::new();
    for _ in 0..120 {
        let f = r.chance(0.6);
        let a = if f {
            names.mid_f.pick(&mut r)
        } else {
            names.mid_m.pick(&mut r)
        };
        let a = a.split(' ').next_back().unwrap();
        let b = if f {
            names.giv_f.pick(&mut r)
        } else {
            names.giv_m.pick(&mut r)
        };
        if a == "Thị" || a == "Văn" || a == b {
            continue;
        }
        pens.push(format!("{} {}", a, b));
    }
    w.pen_names = pens;
    w
}

// ---------------------------------------------------------------------------
// Documents

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Iss {
    Btv(Scope),
    Party(Scope),
    Ubnd(Scope),
    Hdnd(Scope),
    Mttq(Scope),
    Politburo,
    Secretariat,
    CentralCom,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Home {
    Central,
    City,
    Dist(u16),
    Ward(u16, u16),
}

#[derive(Clone, Debug)]
struct Doc {
    code: String,
    kind: &'static str,
    abbr: &'static str,
    state: bool,
    issuer: Iss,
    date: Date,
    topic: usize,
    implements: Option<u32>,
    home: Home,
}

fn kind_name(abbr: &str) -> &'static str {
    match abbr {
        "NQ" => "Nghị quyết",
        "CT" => "Chỉ thị",
        "KL" => "Kết luận",
        "KH" => "Kế hoạch",
        "HD" => "Hướng dẫn",
        "TT" => "Thông tri",
        "ĐA" => "Đề án",
        "CV" => "Công văn",
        "CTr" => "Chương trình",
        "QĐ" => "Quyết định",
        "QĐi" => "Quy định",
        "TB" => "Thông báo",
        _ => "Công văn",
    }
}

const TOPICS: &[&str] = &[
    "về tăng cường công tác phòng cháy, chữa cháy trên địa bàn",
    "về nâng cao chất lượng sinh hoạt chi bộ trong tình hình mới",
    "về đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
    "về tăng cường quản lý trật tự xây dựng, trật tự đô thị",
    "về xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
    "về đẩy mạnh chuyển đổi số, xây dựng chính quyền số",
    "về phát triển kinh tế tập thể, hợp tác xã",
    "về xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    "về tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "về phát triển đảng viên trong các doanh nghiệp ngoài khu vực nhà nước",
    "về công tác bảo vệ môi trường, xử lý rác thải sinh hoạt",
    "về đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm",
    "về phát triển văn hóa, xây dựng người Hà Nội thanh lịch, văn minh",
    "về tăng cường công tác quản lý đất đai",
    "về nâng cao chất lượng hoạt động của hệ thống chính trị ở tổ dân phố",
    "về thực hiện dân chủ ở cơ sở",
    "về tăng cường công tác kiểm tra, giám sát của cấp ủy các cấp",
    "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "về công tác quốc phòng, quân sự địa phương",
    "về bảo đảm an ninh, trật tự an toàn xã hội",
    "về phát triển giáo dục và đào tạo giai đoạn mới",
    "về công tác dân vận của hệ thống chính trị",
    "về phòng, chống tham nhũng, lãng phí, tiêu cực",
    "về chỉnh trang đô thị, phát triển không gian công cộng",
    "về tổ chức đại hội đảng bộ các cấp",
    "về công tác cán bộ và quy hoạch cán bộ",
    "về phát triển hạ tầng giao thông kết nối",
    "về quản lý, sử dụng nhà chung cư trên địa bàn",
    "về tăng cường quản lý thị trường, chống buôn lậu, gian lận thương mại",
    "về bảo tồn, phát huy giá trị di tích lịch sử, văn hóa",
    "về phát triển làng nghề gắn với du lịch",
    "về nâng cao chất lượng công tác tuyên truyền miệng",
];

fn build_docs(w: &mut World, r: &mut Rng) {
    struct Plan {
        abbr: &'static str,
        state: Option<&'static str>,
        issuer: Iss,
        home: Home,
        ns: String,
        date: Date,
    }
    let mut plans: Vec<Plan> = Vec::new();
    let rand_date = |r: &mut Rng, y: i32| Date::new(y, 1, 1).add(r.int(0, 364));
    let central_kinds: [(&str, Iss, f64); 6] = [
        ("NQ", Iss::CentralCom, 1.0),
        ("NQ", Iss::Politburo, 1.0),
        ("CT", Iss::Secretariat, 0.8),
        ("CT", Iss::Politburo, 0.5),
        ("KL", Iss::Politburo, 1.2),
        ("QĐi", Iss::Politburo, 0.5),
    ];
    let city = Scope::City;
    for y in 2012..=2024 {
        for _ in 0..5 {
            let wts: Vec<f64> = central_kinds.iter().map(|k| k.2).collect();
            let (abbr, iss, _) = central_kinds[r.weighted(&wts)];
            plans.push(Plan {
                abbr,
                state: None,
                issuer: iss,
                home: Home::Central,
                ns: format!("TW|{}", abbr),
                date: rand_date(r, y),
            });
        }
        let city_kinds: [(&str, Iss, f64); 10] = [
            ("NQ", Iss::Btv(city), 1.0),
            ("NQ", Iss::Party(city), 0.5),
            ("CT", Iss::Btv(city), 2.0),
            ("KL", Iss::Btv(city), 1.5),
            ("KH", Iss::Btv(city), 3.0),
            ("CTr", Iss::Party(city), 1.0),
            ("ĐA", Iss::Btv(city), 1.0),
            ("HD", Iss::Btv(city), 1.0),
            ("TT", Iss::Btv(city), 0.5),
            ("QĐi", Iss::Btv(city), 0.4),
        ];
        for _ in 0..14 {
            let wts: Vec<f64> = city_kinds.iter().map(|k| k.2).collect();
            let (abbr, iss, _) = city_kinds[r.weighted(&wts)];
            plans.push(Plan {
                abbr,
                state: None,
                issuer: iss,
                home: Home::City,
                ns: format!("TU|{}", abbr),
                date: rand_date(r, y),
            });
        }
        for _ in 0..5 {
            let (abbr, st, iss) = *r.pick(&[
                ("QĐ", "QĐ-UBND", Iss::Ubnd(city)),
                ("KH", "KH-UBND", Iss::Ubnd(city)),
                ("KH", "KH-UBND", Iss::Ubnd(city)),
                ("NQ", "NQ-HĐND", Iss::Hdnd(city)),
                ("CT", "CT-UBND", Iss::Ubnd(city)),
            ]);
            plans.push(Plan {
                abbr,
                state: Some(st),
                issuer: iss,
                home: Home::City,
                ns: format!("{}|city", st),
                date: rand_date(r, y),
            });
        }
        for (d, dist) in w.districts.iter().enumerate() {
            let ds = Scope::Dist(d as u16);
            let code = dist.kind.code();
            let dkinds: [(&str, Iss, f64); 12] = [
                ("NQ", Iss::Btv(ds), 0.6),
                ("NQ", Iss::Party(ds), 0.5),
                ("CT", Iss::Btv(ds), 1.0),
                ("KH", Iss::Btv(ds), 3.0),
                ("KH", Iss::Party(ds), 1.0),
                ("CTr", Iss::Party(ds), 0.5),
                ("HD", Iss::Btv(ds), 0.8),
                ("TT", Iss::Btv(ds), 0.5),
                ("ĐA", Iss::Party(ds), 0.5),
                ("CV", Iss::Btv(ds), 1.0),
                ("KL", Iss::Btv(ds), 0.4),
                ("QĐi", Iss::Btv(ds), 0.2),
            ];
            for _ in 0..9 {
                let wts: Vec<f64> = dkinds.iter().map(|k| k.2).collect();
                let (abbr, iss, _) = dkinds[r.weighted(&wts)];
                // a thị ủy numbers /TU like the city: one namespace for both
                let ns = if code == "TU" {
                    format!("TU|{}", abbr)
                } else {
                    format!("{}|{}|{}", code, abbr, d)
                };
                plans.push(Plan {
                    abbr,
                    state: None,
                    issuer: iss,
                    home: Home::Dist(d as u16),
                    ns,
                    date: rand_date(r, y),
                });
            }
            for _ in 0..4 {
                let (abbr, st, iss) = *r.pick(&[
                    ("QĐ", "QĐ-UBND", Iss::Ubnd(ds)),
                    ("KH", "KH-UBND", Iss::Ubnd(ds)),
                    ("KH", "KH-UBND", Iss::Ubnd(ds)),
                    ("NQ", "NQ-HĐND", Iss::Hdnd(ds)),
                    ("KH", "KH-MTTQ", Iss::Mttq(ds)),
                    ("CV", "UBND-VP", Iss::Ubnd(ds)),
                    ("CV", "UBND-TNMT", Iss::Ubnd(ds)),
                ]);
                plans.push(Plan {
                    abbr,
                    state: Some(st),
                    issuer: iss,
                    home: Home::Dist(d as u16),
                    ns: format!("{}|{}", st, d),
                    date: rand_date(r, y),
                });
            }
            if y >= 2014 {
                for (wi, _) in dist.wards.iter().enumerate() {
                    let ws = Scope::Ward(d as u16, wi as u16);
                    for _ in 0..2 {
                        let abbr = *r.pick(&["KH", "KH", "NQ", "CTr", "KH"]);
                        plans.push(Plan {
                            abbr,
                            state: None,
                            issuer: Iss::Party(ws),
                            home: Home::Ward(d as u16, wi as u16),
                            ns: format!("ĐU|{}|{}", abbr, d),
                            date: rand_date(r, y),
                        });
                    }
                }
            }
        }
    }
    // the personnel decision behind each change of UBND chair
    for (i, &(_, m, _, _)) in w.ctub_changes.iter().enumerate() {
        plans.push(Plan {
            abbr: "QĐ",
            state: None,
            issuer: Iss::Btv(city),
            home: Home::City,
            ns: format!("TU|QĐ|{}", i),
            date: month_start(m).add(-r.int(3, 20)),
        });
    }
    plans.sort_by(|a, b| a.date.cmp(&b.date).then(a.ns.cmp(&b.ns)));
    // The city's state documents are numbered first; a district skips the
    // numbers the city used, so that a state code (10/NQ-HĐND) names one
    // document in any article (the scorer keys such codes by article district).
    let (first, rest): (Vec<Plan>, Vec<Plan>) = plans
        .into_iter()
        .partition(|p| matches!(p.home, Home::City | Home::Central));
    let mut taken: HashSet<(String, u32)> = HashSet::new();
    let mut counters: HashMap<String, u32> = HashMap::new();
    for p in first.into_iter().chain(rest) {
        let step = |r: &mut Rng| -> u32 {
            let (lo, hi) = match (p.state, p.abbr) {
                (Some("QĐ-UBND"), _) => (25, 260),
                (Some("KH-UBND"), _) => (4, 40),
                (Some("NQ-HĐND"), _) => (1, 4),
                (Some("KH-MTTQ"), _) => (1, 9),
                (Some(_), _) => (15, 160),
                (None, "KH") => (1, 9),
                (None, "QĐ") => (10, 120),
                (None, "CV") => (8, 90),
                (None, "KL") => (1, 6),
                (None, "TB") => (5, 30),
                _ => (1, 2),
            };
            r.int(lo, hi) as u32
        };
        let s = step(r);
        let election =
            p.ns.strip_prefix("TU|QĐ|")
                .map(|x| x.parse::<usize>().unwrap());
        let ns = if election.is_some() {
            "TU|QĐ".to_string()
        } else {
            p.ns.clone()
        };
        let c = counters.entry(ns).or_insert(0);
        *c += s;
        if let Some(st) = p.state {
            if p.home == Home::City {
                taken.insert((st.to_string(), *c));
            } else {
                while taken.contains(&(st.to_string(), *c)) {
                    *c += 1;
                }
            }
        }
        let n = *c;
        let code = match p.state {
            Some(st) => format!("{}/{}", n, st),
            None => {
                let suffix = match p.home {
                    Home::Central => "TW".to_string(),
                    Home::City => "TU".to_string(),
                    Home::Dist(d) => w.districts[d as usize].kind.code().to_string(),
                    Home::Ward(..) => "ĐU".to_string(),
                };
                format!("{:02}-{}/{}", n, p.abbr, suffix)
            }
        };
        let id = w.docs.len() as u32;
        if let Some(i) = election {
            if w.election_docs.len() <= i {
                w.election_docs.resize(i + 1, u32::MAX);
            }
            w.election_docs[i] = id;
        }
        match p.home {
            Home::Central => w.docs_central.push(id),
            Home::City => w.docs_city.push(id),
            Home::Dist(d) => w.docs_dist[d as usize].push(id),
            Home::Ward(d, wi) => {
                if w.docs_ward.is_empty() {
                    w.docs_ward = w
                        .districts
                        .iter()
                        .map(|d| vec![Vec::new(); d.wards.len()])
                        .collect();
                }
                w.docs_ward[d as usize][wi as usize].push(id)
            }
        }
        w.docs.push(Doc {
            code,
            kind: kind_name(p.abbr),
            abbr: p.abbr,
            state: p.state.is_some(),
            issuer: p.issuer,
            date: p.date,
            topic: r.below(TOPICS.len()),
            implements: None,
            home: p.home,
        });
    }
    // implements: plans, programmes, projects and guides carry out earlier documents
    let n = w.docs.len();
    for i in 0..n {
        let doc = w.docs[i].clone();
        let carrier = matches!(doc.abbr, "KH" | "CTr" | "ĐA" | "HD" | "CV");
        if !carrier || !r.chance(0.7) {
            continue;
        }
        let pool: Vec<u32> = match doc.home {
            Home::Central => continue,
            Home::City => w.docs_central.clone(),
            Home::Dist(d) => {
                if r.chance(0.75) || doc.state {
                    let mut v = w.docs_city.clone();
                    if doc.state {
                        v.extend(w.docs_dist[d as usize].iter().copied());
                    }
                    v
                } else {
                    w.docs_central.clone()
                }
            }
            Home::Ward(d, _) => {
                if r.chance(0.6) {
                    w.docs_dist[d as usize].clone()
                } else {
                    w.docs_city.clone()
                }
            }
        };
        let targets: Vec<u32> = pool
            .into_iter()
            .filter(|&t| {
                let td = &w.docs[t as usize];
                let age = doc.date.days() - td.date.days();
                (20..=900).contains(&age)
                    && matches!(td.abbr, "NQ" | "CT" | "KL" | "ĐA" | "CTr" | "KH" | "HD")
                    && (doc.state || !td.state)
                    && td.implements.is_none_or(|_| td.abbr != "KH")
            })
            .collect();
        if targets.is_empty() {
            continue;
        }
        let t = *r.pick(&targets);
        w.docs[i].implements = Some(t);
        w.docs[i].topic = w.docs[t as usize].topic;
        w.implementers.entry(t).or_default().push(i as u32);
    }
}

// ---------------------------------------------------------------------------
// Filler: sentences of the portals' reports, with slots
//   {lv} level word of the district (quận, huyện, thị xã), {Lv} capitalised,
//   {W} a ward of the district (named, so it is in the gold), {wk} the
//   word for its wards, {n} a small number, {N} a larger one, {p} a
//   percentage, {t} an amount in billions of đồng, {y} the year, {y1} the
//   year before.

const FILLER: &[&str] = &[
    "Thu ngân sách trên địa bàn ước đạt {t} tỷ đồng, bằng {p}% dự toán thành phố giao, tăng {n}% so với cùng kỳ năm {y1}.",
    "Công tác điều hành thu, chi ngân sách bám sát dự toán được giao; các nhiệm vụ chi đều bảo đảm đáp ứng yêu cầu nhiệm vụ chính trị của {lv}.",
    "Tổng giá trị sản xuất trên địa bàn ước đạt {t} tỷ đồng, tăng {p}% so với cùng kỳ.",
    "Công tác cải cách hành chính tiếp tục được quan tâm chỉ đạo; {p}% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn.",
    "Bộ phận một cửa của {lv} và các {wk} đã tiếp nhận {N} hồ sơ, trong đó {p}% được tiếp nhận trực tuyến.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định, không để xảy ra vụ việc phức tạp, đột xuất.",
    "Lực lượng chức năng đã kiểm tra {N} lượt cơ sở kinh doanh, xử lý {n} trường hợp vi phạm quy định về phòng cháy, chữa cháy.",
    "Công tác quản lý trật tự xây dựng có chuyển biến tích cực; {n} công trình vi phạm đã được xử lý dứt điểm ngay từ khi mới phát sinh.",
    "Tại {W}, mô hình tổ dân phố văn minh, sạch đẹp tiếp tục được nhân rộng, tạo sự đồng thuận cao trong Nhân dân.",
    "{W} đã hoàn thành việc cải tạo {n} vườn hoa, sân chơi, tạo không gian sinh hoạt cộng đồng cho người dân.",
    "Công tác giải phóng mặt bằng các dự án trọng điểm được tập trung chỉ đạo quyết liệt, đến nay đã bàn giao {p}% diện tích cho chủ đầu tư.",
    "Công tác an sinh xã hội được bảo đảm; {lv} đã trao {N} suất quà cho các gia đình chính sách, hộ nghèo, hộ cận nghèo với tổng trị giá hơn {n} tỷ đồng.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {p}%; {n} trường học được công nhận đạt chuẩn quốc gia.",
    "Chất lượng giáo dục toàn diện được nâng lên; tỷ lệ học sinh lớp 9 thi đỗ vào lớp 10 công lập đạt {p}%.",
    "Công tác tuyển quân năm {y} hoàn thành 100% chỉ tiêu, bảo đảm chất lượng, đúng luật.",
    "Công tác xây dựng Đảng được tập trung chỉ đạo toàn diện và đạt được nhiều kết quả trên các mặt công tác.",
    "Toàn Đảng bộ đã kết nạp {n} đảng viên mới, đạt {p}% kế hoạch năm; {p}% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.",
    "Công tác kiểm tra, giám sát được triển khai đúng kế hoạch; cấp ủy các cấp đã kiểm tra {n} tổ chức đảng và {N} đảng viên.",
    "Công tác dân vận của hệ thống chính trị được quan tâm lãnh đạo, chỉ đạo; phong trào thi đua dân vận khéo có nhiều mô hình hay, cách làm hiệu quả.",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội đã phối hợp tổ chức {n} hội nghị tuyên truyền, thu hút hơn {N} lượt hội viên, đoàn viên tham gia.",
    "Việc thực hiện quy chế dân chủ ở cơ sở được duy trì nền nếp; các kiến nghị của cử tri được tiếp thu, giải quyết kịp thời.",
    "Công tác tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo được thực hiện nghiêm túc; {p}% đơn thuộc thẩm quyền đã được giải quyết.",
    "Chương trình chuyển đổi số được đẩy mạnh; {k}/{nw} {wk} đã vận hành hệ thống quản lý văn bản và điều hành trên môi trường mạng.",
    "Tuy vậy, việc thực hiện một số chỉ tiêu còn chậm; công tác quản lý đất đai, trật tự đô thị ở một số nơi còn để xảy ra vi phạm.",
    "Bên cạnh đó, tiến độ giải ngân vốn đầu tư công chưa đạt yêu cầu; một số dự án còn vướng mắc về mặt bằng.",
    "Một số tổ chức cơ sở đảng chưa thực sự chủ động trong việc cụ thể hóa các chủ trương của cấp trên sát với tình hình thực tế.",
    "Tình trạng lấn chiếm vỉa hè, lòng đường ở một số tuyến phố vẫn còn tái diễn, gây bức xúc trong Nhân dân.",
    "Việc thu gom, xử lý rác thải ở một số khu vực giáp ranh chưa kịp thời; ý thức chấp hành quy định của một bộ phận người dân chưa cao.",
    "Tại hội nghị, các đại biểu đã thảo luận, làm rõ nguyên nhân của những tồn tại, hạn chế và đề xuất nhiều giải pháp thiết thực.",
    "Hội nghị đã nghe {n} ý kiến tham luận từ các tổ chức cơ sở đảng, cơ quan, đơn vị, tập trung vào những vấn đề thực tiễn đặt ra ở cơ sở.",
    "Các ý kiến đều thống nhất cao với các nội dung báo cáo, đồng thời kiến nghị cấp trên sớm tháo gỡ khó khăn về cơ chế, chính sách.",
    "Đại diện {W} chia sẻ kinh nghiệm vận động người dân hiến đất mở rộng ngõ, xóm và xây dựng tuyến phố văn minh.",
    "Đại diện {W} đề xuất sớm bố trí kinh phí cải tạo các khu tập thể cũ, nhà văn hóa tổ dân phố đã xuống cấp.",
    "Nhiều ý kiến đề nghị tăng cường ứng dụng công nghệ thông tin trong quản lý đảng viên và sinh hoạt chi bộ.",
    "Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa tiếp tục được triển khai sâu rộng; {p}% hộ gia đình đạt danh hiệu Gia đình văn hóa.",
    "Công tác phòng, chống dịch bệnh được triển khai chủ động, không để dịch bệnh lây lan trong cộng đồng.",
    "Các chỉ tiêu về phát triển kinh tế - xã hội cơ bản đáp ứng yêu cầu tiến độ và kế hoạch đề ra.",
    "Hoạt động thương mại, dịch vụ phục hồi rõ nét; {lv} có thêm {n} doanh nghiệp thành lập mới với tổng vốn đăng ký hơn {t} tỷ đồng.",
    "Các lực lượng đã tổ chức {n} đợt ra quân tổng vệ sinh môi trường, thu gom hơn {N} tấn rác thải tồn đọng.",
    "Toàn {lv} có {n} sản phẩm được công nhận sản phẩm OCOP, trong đó nhiều sản phẩm của {W}.",
    "Diện tích gieo trồng vụ xuân đạt {N} ha, năng suất lúa ước đạt {n} tạ/ha.",
    "Công tác quốc phòng, quân sự địa phương được bảo đảm; diễn tập khu vực phòng thủ của {W} đạt kết quả tốt.",
    "Các cấp ủy đã chỉ đạo rà soát, bổ sung quy hoạch cán bộ; thực hiện luân chuyển, điều động {n} cán bộ theo kế hoạch.",
    "Công tác tuyên truyền được đổi mới theo hướng đa dạng hóa hình thức, tăng cường trên nền tảng số và mạng xã hội.",
    "Công tác nắm tình hình tư tưởng, dư luận xã hội được chú trọng, kịp thời định hướng những vấn đề được dư luận quan tâm.",
    "{Lv} đã tổ chức thành công các hoạt động kỷ niệm các ngày lễ lớn, tạo không khí phấn khởi trong cán bộ, đảng viên và Nhân dân.",
    "Năm {y}, {lv} phấn đấu hoàn thành và vượt {c} chỉ tiêu chủ yếu, trong đó thu ngân sách tăng ít nhất {n}% so với dự toán.",
    "Đến nay, {p}% chi bộ tổ dân phố đã tổ chức sinh hoạt chuyên đề theo hướng dẫn, nội dung sinh hoạt ngày càng thiết thực.",
    "Hệ thống camera giám sát an ninh đã được lắp đặt tại {n} tuyến phố, góp phần kiềm chế, làm giảm tội phạm.",
    "Kết quả kiểm tra cho thấy phần lớn các tổ chức đảng đã nghiêm túc quán triệt, triển khai thực hiện, có kế hoạch cụ thể.",
    "Một số nơi còn lúng túng trong tổ chức thực hiện; việc sơ kết, đánh giá ở cơ sở có lúc còn hình thức.",
    "Công tác phối hợp giữa các phòng, ban, ngành với các {wk} trong xử lý các vấn đề liên ngành còn có mặt hạn chế.",
    "Nhiều mô hình, cách làm hay được ghi nhận, như mô hình tổ tự quản về an ninh trật tự ở {W}.",
    "Các dự án chỉnh trang đô thị, cải tạo hệ thống thoát nước tại {W} được triển khai đúng tiến độ.",
    "Tỷ lệ giải ngân vốn đầu tư công đạt {p}% kế hoạch vốn được giao.",
    "Công tác đào tạo nghề, giải quyết việc làm được quan tâm; {lv} đã giải quyết việc làm cho {N} lao động.",
    "Hoạt động của Hội đồng nhân dân các cấp tiếp tục đổi mới, nâng cao chất lượng giám sát, chất vấn.",
    "Trong thời gian tới, {lv} tiếp tục tập trung tháo gỡ khó khăn, vướng mắc, phấn đấu hoàn thành toàn diện các mục tiêu, nhiệm vụ năm {y}.",
    "Lãnh đạo các phòng, ban liên quan đã trao đổi, giải trình làm rõ một số ý kiến của đại biểu.",
    "Chất lượng hoạt động của các tổ chức cơ sở đảng từng bước được nâng lên; vai trò tiền phong, gương mẫu của đảng viên được phát huy.",
];

const DIRECTIVES: &[&str] = &[
    "đề nghị các cấp ủy, chính quyền tiếp tục quán triệt sâu sắc các chủ trương của cấp trên, cụ thể hóa bằng các chương trình, kế hoạch sát với thực tế",
    "yêu cầu người đứng đầu các cơ quan, đơn vị phát huy vai trò, trách nhiệm, không để tồn đọng công việc kéo dài",
    "đề nghị tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện và xử lý nghiêm các vi phạm",
    "yêu cầu tập trung tháo gỡ khó khăn, vướng mắc trong công tác giải phóng mặt bằng, đẩy nhanh tiến độ các dự án",
    "đề nghị chú trọng công tác tuyên truyền, tạo sự đồng thuận trong cán bộ, đảng viên và Nhân dân",
    "yêu cầu làm tốt công tác nắm tình hình, giải quyết dứt điểm các vụ việc phức tạp ngay từ cơ sở",
    "đề nghị tiếp tục đổi mới nội dung, phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng",
    "đề nghị quan tâm chăm lo đời sống vật chất, tinh thần của Nhân dân, nhất là các đối tượng chính sách",
    "yêu cầu các đơn vị rà soát các chỉ tiêu còn đạt thấp, đề ra giải pháp cụ thể để hoàn thành kế hoạch năm",
    "đề nghị làm tốt công tác chuẩn bị nhân sự, bảo đảm đúng quy trình, quy định",
];

fn fill_slots(a: &mut Art, tpl: &str) -> String {
    let mut out = String::with_capacity(tpl.len() + 40);
    let mut rest = tpl;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let j = rest[i..].find('}').unwrap() + i;
        let key = &rest[i + 1..j];
        let lv = a.w.districts[a.d as usize].kind.lv();
        match key {
            "lv" => out.push_str(lv),
            "Lv" => out.push_str(&cap(lv)),
            "W" => {
                let s = a.some_ward();
                out.push_str(&s)
            }
            "wk" => out.push_str(match a.w.districts[a.d as usize].kind {
                DK::Quan => "phường",
                DK::Huyen => "xã, thị trấn",
                DK::ThiXa => "xã, phường",
            }),
            "nw" => {
                let _ = write!(out, "{}", a.w.districts[a.d as usize].wards.len());
            }
            "n" => {
                let _ = write!(out, "{}", a.r.int(2, 30));
            }
            "k" => {
                let nw = a.w.districts[a.d as usize].wards.len() as i64;
                let _ = write!(out, "{}", a.r.int(1, nw));
            }
            "c" => {
                let c = a.r.int(12, 30);
                let _ = write!(out, "{}/{}", c, c);
            }
            "N" => {
                let n = a.r.int(120, 4800);
                if n >= 1000 {
                    let _ = write!(out, "{}.{:03}", n / 1000, n % 1000);
                } else {
                    let _ = write!(out, "{}", n);
                }
            }
            "p" => {
                let _ = write!(out, "{},{}", a.r.int(60, 99), a.r.int(1, 9));
            }
            "t" => {
                let _ = write!(out, "{}.{:03}", a.r.int(1, 12), a.r.int(0, 999));
            }
            "y" => {
                let _ = write!(out, "{}", a.date.y);
            }
            "y1" => {
                let _ = write!(out, "{}", a.date.y - 1);
            }
            _ => out.push_str(key),
        }
        rest = &rest[j + 1..];
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------
// One article and its gold

struct GP {
    pid: Option<u32>,
    name: String,
    titles: Vec<String>,
    optional: Vec<String>,
}

struct GR {
    code: String,
    kind: &'static str,
    issuer: String,
    date: Option<Date>,
}

struct GM {
    date: Date,
    organizer: Vec<String>,
    chairs: Vec<usize>,
    parts: Vec<usize>,
    res: Vec<String>,
    ordinal: Option<u32>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum K {
    BtvReview,
    BchConf,
    GiaoBan,
    Hdnd,
    Election,
    Ubnd,
    Mttq,
    Bcd,
    WardConf,
    Dissem,
    Ubkt,
}

struct Art<'w> {
    w: &'w World,
    r: Rng,
    d: u16,
    ward: Option<u16>,
    m: u32,
    date: Date,
    pubd: Option<Date>,
    sep: &'static str,
    hon: u8,
    old_tone: bool,
    persons: Vec<GP>,
    pidx: HashMap<u32, usize>,
    districts: Vec<String>,
    wards: Vec<(String, String)>,
    res: Vec<GR>,
    ridx: HashMap<u32, usize>,
    impls: Vec<(String, String)>,
    meetings: Vec<GM>,
    cur: Option<usize>,
    /// The titles each person was given in the text, for mentions by title alone.
    given: Vec<(usize, T)>,
    bcd_named: bool,
    /// Titles an article adds to a person's posts (head of a steering committee).
    extra: Vec<(u32, T)>,
    used_filler: Vec<usize>,
    report_open: bool,
}

impl<'w> Art<'w> {
    fn dist(&self) -> &'w District {
        &self.w.districts[self.d as usize]
    }
    fn dsc(&self) -> Scope {
        Scope::Dist(self.d)
    }
    fn uy(&mut self, s: &str) -> String {
        if self.r.chance(0.04) {
            s.replace("ủy", "uỷ").replace("Ủy", "Uỷ")
        } else {
            s.to_string()
        }
    }
    fn reg_district(&mut self, d: u16) {
        let n = self.w.districts[d as usize].name.clone();
        if !self.districts.contains(&n) {
            self.districts.push(n);
        }
    }
    fn reg_ward(&mut self, d: u16, w: u16) {
        let dn = self.w.districts[d as usize].name.clone();
        let wn = self.w.districts[d as usize].wards[w as usize].name.clone();
        if !self.wards.iter().any(|(a, b)| *a == wn && *b == dn) {
            self.wards.push((wn, dn));
        }
    }
    fn ward_named(&mut self, d: u16, w: u16) -> String {
        self.reg_ward(d, w);
        let ward = &self.w.districts[d as usize].wards[w as usize];
        format!("{} {}", ward.kind.lv(), ward.name)
    }
    /// A ward of the district other than the article's own.
    fn some_ward(&mut self) -> String {
        let n = self.dist().wards.len() as u16;
        let mut w = self.r.below(n as usize) as u16;
        if Some(w) == self.ward && n > 1 {
            w = (w + 1) % n;
        }
        self.ward_named(self.d, w)
    }

    // --- surfaces of bodies and titles

    fn party_s(&mut self, sc: Scope) -> String {
        let s = match sc {
            Scope::City => {
                if self.r.chance(0.25) {
                    "Thành ủy Hà Nội".to_string()
                } else {
                    "Thành ủy".to_string()
                }
            }
            Scope::Dist(d) => {
                let dist = &self.w.districts[d as usize];
                if d != self.d || self.r.chance(0.3) {
                    self.reg_district(d);
                    format!("{} {}", dist.kind.party(), dist.name)
                } else {
                    dist.kind.party().to_string()
                }
            }
            Scope::Ward(d, w) => {
                let own = d == self.d && Some(w) == self.ward;
                let x = self.r.f();
                if own && x < 0.45 {
                    format!(
                        "Đảng ủy {}",
                        self.w.districts[d as usize].wards[w as usize].kind.lv()
                    )
                } else if own && x < 0.65 {
                    "Đảng ủy".to_string()
                } else {
                    format!("Đảng ủy {}", self.ward_named(d, w))
                }
            }
        };
        self.uy(&s)
    }

    fn level_s(&mut self, sc: Scope) -> String {
        match sc {
            Scope::City => {
                let v = [
                    "thành phố",
                    "Thành phố",
                    "thành phố Hà Nội",
                    "TP Hà Nội",
                    "Thành phố Hà Nội",
                ];
                v[self.r.weighted(&[4.0, 3.0, 2.0, 0.7, 1.0])].to_string()
            }
            Scope::Dist(d) => {
                let dist = &self.w.districts[d as usize];
                let x = self.r.f();
                if d == self.d && x < 0.5 {
                    dist.kind.lv().to_string()
                } else if d == self.d && x < 0.65 {
                    cap(dist.kind.lv())
                } else {
                    self.reg_district(d);
                    format!("{} {}", dist.kind.lv(), dist.name)
                }
            }
            Scope::Ward(d, w) => {
                let own = d == self.d && Some(w) == self.ward;
                if own && self.r.chance(0.6) {
                    self.w.districts[d as usize].wards[w as usize]
                        .kind
                        .lv()
                        .to_string()
                } else {
                    self.ward_named(d, w)
                }
            }
        }
    }

    fn ubnd_s(&mut self, sc: Scope) -> String {
        let b = if self.r.chance(0.75) {
            "UBND".to_string()
        } else {
            self.uy("Ủy ban nhân dân")
        };
        format!("{} {}", b, self.level_s(sc))
    }
    fn hdnd_s(&mut self, sc: Scope) -> String {
        let b = if self.r.chance(0.75) {
            "HĐND"
        } else {
            "Hội đồng nhân dân"
        };
        format!("{} {}", b, self.level_s(sc))
    }
    fn mttq_s(&mut self, sc: Scope) -> String {
        let v = [
            "Ủy ban MTTQ",
            "Ủy ban MTTQ Việt Nam",
            "UBMTTQ",
            "Ủy ban Mặt trận Tổ quốc Việt Nam",
            "Ủy ban Mặt trận Tổ quốc",
        ];
        let b = v[self.r.weighted(&[3.5, 2.0, 1.5, 1.5, 1.5])];
        format!("{} {}", b, self.level_s(sc))
    }
    fn btv_s(&mut self, sc: Scope) -> String {
        let b = if self.r.chance(0.85) {
            "Ban Thường vụ"
        } else {
            "BTV"
        };
        format!("{} {}", b, self.party_s(sc))
    }

    fn role_s(&mut self, r: R, after: bool) -> String {
        let x = self.r.f();
        match r {
            R::PhoBiThu if after && x < 0.08 => "PBT".into(),
            R::PhoBiThu if x < 0.2 => "Phó bí thư".into(),
            R::PhoBiThuTT if after && x < 0.07 => "PBT Thường trực".into(),
            R::PhoBiThuTT if x < 0.12 => "Phó bí thư Thường trực".into(),
            R::PhoBiThuTT if x < 0.2 => "Phó Bí thư thường trực".into(),
            R::ChuTich if x < 0.04 => "chủ tịch".into(),
            _ => role_canon(r).into(),
        }
    }

    fn title_s(&mut self, t: T, after: bool) -> String {
        let lvl_word = |a: &mut Self, sc| a.level_s(sc);
        match t.body {
            B::Party => {
                let r = self.role_s(t.role, after);
                format!("{} {}", r, self.party_s(t.sc))
            }
            B::Member => match t.sc {
                Scope::City => {
                    let v: &[&str] = if after {
                        &["TUV", "Thành ủy viên", "Ủy viên Thành ủy"]
                    } else {
                        &["Thành ủy viên", "Ủy viên Thành ủy"]
                    };
                    let s = *self.r.pick(v);
                    self.uy(s)
                }
                Scope::Dist(d) => {
                    let dk = self.w.districts[d as usize].kind;
                    let x = self.r.f();
                    if d != self.d {
                        format!("Ủy viên {}", self.party_s(t.sc))
                    } else if x < 0.7 || !after {
                        format!("{} viên", dk.party())
                    } else if x < 0.85 || dk == DK::ThiXa {
                        format!("Ủy viên {}", self.party_s(t.sc))
                    } else if dk == DK::Quan {
                        "QUV".into()
                    } else {
                        "HUV".into()
                    }
                }
                Scope::Ward(..) => format!("Ủy viên {}", self.party_s(t.sc)),
            },
            B::BtvMember => {
                if !after {
                    return format!("Ủy viên Ban Thường vụ {}", self.party_s(t.sc));
                }
                match self.r.weighted(&[2.5, 1.5, 1.5, 1.0, 3.0, 0.5]) {
                    0 => format!("UVTV {}", self.party_s(t.sc)),
                    1 if t.sc != Scope::City => "UVTV".into(),
                    2 => format!("UV BTV {}", self.party_s(t.sc)),
                    3 => format!("Ủy viên BTV {}", self.party_s(t.sc)),
                    5 if t.sc != Scope::City => "UV BTV".into(),
                    _ => format!("Ủy viên Ban Thường vụ {}", self.party_s(t.sc)),
                }
            }
            B::Ubnd => {
                let r = self.role_s(t.role, after);
                format!("{} {}", r, self.ubnd_s(t.sc))
            }
            B::Hdnd => {
                let r = self.role_s(t.role, after);
                format!("{} {}", r, self.hdnd_s(t.sc))
            }
            B::Mttq => {
                let r = self.role_s(t.role, after);
                format!("{} {}", r, self.mttq_s(t.sc))
            }
            B::Ubkt => {
                let r = self.role_s(t.role, after);
                let b = if self.r.chance(0.5) {
                    "UBKT".to_string()
                } else {
                    self.uy("Ủy ban Kiểm tra")
                };
                format!("{} {} {}", r, b, self.party_s(t.sc))
            }
            B::BanTc | B::BanTg | B::BanDv => {
                let name = match t.body {
                    B::BanTc => "Tổ chức",
                    B::BanTg => "Tuyên giáo",
                    _ => "Dân vận",
                };
                let role = match t.role {
                    R::Truong => *self.r.pick(&["Trưởng Ban", "Trưởng Ban", "Trưởng ban"]),
                    _ => self.r.pick(&[
                        "Phó Trưởng Ban",
                        "Phó Trưởng Ban",
                        "Phó Trưởng ban",
                        "Phó ban",
                    ]),
                };
                format!("{} {} {}", role, name, self.party_s(t.sc))
            }
            B::VanPhong => format!("Chánh Văn phòng {}", self.party_s(t.sc)),
            B::CongAn => format!("Trưởng Công an {}", lvl_word(self, t.sc)),
            B::QuanSu => format!(
                "Chỉ huy trưởng Ban Chỉ huy Quân sự {}",
                lvl_word(self, t.sc)
            ),
            B::Phong(i) => format!(
                "Trưởng phòng {} {}",
                PHONG[i as usize],
                lvl_word(self, t.sc)
            ),
            B::Bcd(n) => {
                let r = role_canon(t.role);
                if self.bcd_named && after && self.r.chance(0.3) {
                    format!("{} BCĐ", r)
                } else {
                    let b = if self.r.chance(0.6) {
                        "Ban Chỉ đạo"
                    } else {
                        "BCĐ"
                    };
                    format!("{} {} {} {}", r, b, n, lvl_word(self, t.sc))
                }
            }
            B::Politburo => "Ủy viên Bộ Chính trị".into(),
            B::Central => {
                if self.r.chance(0.75) {
                    "Ủy viên Trung ương Đảng".into()
                } else {
                    "Ủy viên Ban Chấp hành Trung ương Đảng".into()
                }
            }
        }
    }

    // --- persons

    fn name_of(&self, pid: u32) -> String {
        let n = &self.w.people[pid as usize].name;
        if self.old_tone {
            n.split(' ').map(old_tone).collect::<Vec<_>>().join(" ")
        } else {
            n.clone()
        }
    }

    fn gp(&mut self, pid: u32) -> usize {
        if let Some(&i) = self.pidx.get(&pid) {
            return i;
        }
        let i = self.persons.len();
        self.persons.push(GP {
            pid: Some(pid),
            name: self.name_of(pid),
            titles: Vec::new(),
            optional: Vec::new(),
        });
        self.pidx.insert(pid, i);
        i
    }

    fn part(&mut self, i: usize) {
        if let Some(c) = self.cur {
            let m = &mut self.meetings[c];
            if !m.parts.contains(&i) {
                m.parts.push(i);
            }
        }
    }
    fn chair(&mut self, i: usize) {
        self.part(i);
        if let Some(c) = self.cur {
            let m = &mut self.meetings[c];
            if !m.chairs.contains(&i) {
                m.chairs.push(i);
            }
        }
    }

    fn titles_now(&self, pid: u32) -> Vec<T> {
        let m = self
            .cur
            .map(|c| self.meetings[c].date.month())
            .unwrap_or(self.m);
        let mut v = self.w.titles_of(pid, m);
        for &(p, t) in &self.extra {
            if p == pid {
                v.push(t);
            }
        }
        v
    }

    /// The titles the text gives: all of them mostly, sometimes without the
    /// membership, sometimes the main one only.
    fn pick_titles(&mut self, pid: u32) -> Vec<T> {
        let all = self.titles_now(pid);
        if all.len() <= 1 {
            return all;
        }
        let member = matches!(
            all[0].body,
            B::Member | B::BtvMember | B::Politburo | B::Central
        );
        let x = self.r.f();
        if member && x < 0.2 {
            all[1..].to_vec()
        } else if x < 0.28 {
            let main = if member { 1 } else { 0 };
            vec![all[main]]
        } else {
            all
        }
    }

    fn give(&mut self, i: usize, ts: &[T]) {
        for &t in ts {
            let c = self.w.canon(t);
            if !self.persons[i].titles.contains(&c) {
                self.persons[i].titles.push(c);
            }
            self.given.push((i, t));
        }
    }

    fn honor(&mut self, pid: u32) -> String {
        let p = &self.w.people[pid as usize];
        if let Some(rk) = p.rank {
            return format!("{} ", rk);
        }
        if let Some(dg) = p.degree {
            if self.r.chance(0.7) {
                return format!("{} ", dg);
            }
        }
        match self.hon {
            0 => "đồng chí ".into(),
            1 => "đ/c ".into(),
            2 => "Đ/c ".into(),
            _ => {
                if p.female {
                    "bà ".into()
                } else {
                    "ông ".into()
                }
            }
        }
    }

    fn titles_text(&mut self, ts: &[T], after: bool) -> String {
        let v: Vec<String> = ts.iter().map(|&t| self.title_s(t, after)).collect();
        v.join(", ")
    }

    /// "đồng chí Nguyễn Văn A - TUV, Bí thư Quận ủy"
    fn after(&mut self, pid: u32) -> String {
        let i = self.gp(pid);
        self.part(i);
        let ts = self.pick_titles(pid);
        self.give(i, &ts);
        let h = self.honor(pid);
        let n = self.name_of(pid);
        if ts.is_empty() {
            return format!("{}{}", h, n);
        }
        let tt = self.titles_text(&ts, true);
        format!("{}{}{}{}", h, n, self.sep, tt)
    }

    /// A list item: "Nguyễn Văn A - Bí thư Quận ủy" (rank or degree kept).
    fn item(&mut self, pid: u32) -> String {
        let i = self.gp(pid);
        self.part(i);
        let ts = self.pick_titles(pid);
        self.give(i, &ts);
        let p = &self.w.people[pid as usize];
        let pre = p
            .rank
            .or(p.degree)
            .map(|x| format!("{} ", x))
            .unwrap_or_default();
        let n = self.name_of(pid);
        let tt = self.titles_text(&ts, true);
        format!("{}{}{}{}", pre, n, self.sep, tt)
    }

    /// "Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận Đinh Văn A"
    fn before(&mut self, pid: u32) -> String {
        let i = self.gp(pid);
        self.part(i);
        let mut ts = self.pick_titles(pid);
        // memberships before a name are written in full, or left out
        if ts.len() > 1 && self.r.chance(0.6) {
            ts.retain(|t| !matches!(t.body, B::Member | B::BtvMember));
        }
        self.give(i, &ts);
        let tt = self.titles_text(&ts, false);
        let p = &self.w.people[pid as usize];
        let rank = p.rank.map(|x| format!("{} ", x)).unwrap_or_default();
        let n = self.name_of(pid);
        format!("{} {}{}", tt, rank, n)
    }

    /// "đồng chí Nguyễn Văn A" when already introduced, else with titles.
    fn named(&mut self, pid: u32) -> String {
        if let Some(&i) = self.pidx.get(&pid) {
            if !self.persons[i].titles.is_empty() {
                self.part(i);
                let h = self.honor(pid);
                return format!("{}{}", h, self.name_of(pid));
            }
        }
        self.after(pid)
    }

    /// "đồng chí Bí thư Quận ủy" for a person already given that title.
    fn by_title(&mut self, pid: u32) -> Option<String> {
        let i = *self.pidx.get(&pid)?;
        let t = self
            .given
            .iter()
            .find(|(j, t)| {
                *j == i
                    && t.sc == self.dsc()
                    && matches!(
                        (t.role, t.body),
                        (R::BiThu, B::Party) | (R::ChuTich, B::Ubnd) | (R::Truong, B::BanTc)
                    )
            })
            .map(|x| x.1)?;
        self.part(i);
        let dk = self.dist().kind;
        let s = match t.body {
            B::Party => format!("đồng chí Bí thư {}", dk.party()),
            B::Ubnd => format!("đồng chí Chủ tịch UBND {}", dk.lv()),
            _ => format!("đồng chí Trưởng Ban Tổ chức {}", dk.party()),
        };
        Some(s)
    }

    // --- documents

    fn issuer_canon(&self, iss: Iss) -> String {
        match iss {
            Iss::Btv(sc) => format!("Ban Thường vụ {}", self.w.party_name(sc)),
            Iss::Party(sc) => self.w.party_name(sc),
            Iss::Ubnd(sc) => format!("Ủy ban nhân dân {}", self.w.level_name(sc)),
            Iss::Hdnd(sc) => format!("Hội đồng nhân dân {}", self.w.level_name(sc)),
            Iss::Mttq(sc) => format!("Ủy ban Mặt trận Tổ quốc {}", self.w.level_name(sc)),
            Iss::Politburo => "Bộ Chính trị".into(),
            Iss::Secretariat => "Ban Bí thư".into(),
            Iss::CentralCom => "Ban Chấp hành Trung ương".into(),
        }
    }

    /// The issuer as the text writes it after "của", and the body it names.
    fn issuer_s(&mut self, iss: Iss) -> (String, String) {
        match iss {
            Iss::Btv(sc) => {
                if self.r.chance(0.25) {
                    let s = self.party_s(sc);
                    (s, self.w.party_name(sc))
                } else {
                    let s = self.btv_s(sc);
                    (s, self.issuer_canon(iss))
                }
            }
            Iss::Party(sc) => {
                let s = self.party_s(sc);
                (s, self.w.party_name(sc))
            }
            Iss::Ubnd(sc) => {
                let s = self.ubnd_s(sc);
                (s, self.issuer_canon(iss))
            }
            Iss::Hdnd(sc) => {
                let s = self.hdnd_s(sc);
                (s, self.issuer_canon(iss))
            }
            Iss::Mttq(sc) => {
                let s = self.mttq_s(sc);
                (s, self.issuer_canon(iss))
            }
            Iss::CentralCom => {
                let s = if self.r.chance(0.5) {
                    "Ban Chấp hành Trung ương"
                } else {
                    "Ban Chấp hành Trung ương Đảng"
                };
                (s.into(), "Ban Chấp hành Trung ương".into())
            }
            _ => {
                let c = self.issuer_canon(iss);
                (c.clone(), c)
            }
        }
    }

    fn reg_doc(&mut self, id: u32, issuer: String, with_date: bool) -> usize {
        let doc = &self.w.docs[id as usize];
        if let Some(&i) = self.ridx.get(&id) {
            if with_date && self.res[i].date.is_none() {
                self.res[i].date = Some(doc.date);
            }
            return i;
        }
        let i = self.res.len();
        self.res.push(GR {
            code: doc.code.clone(),
            kind: doc.kind,
            issuer,
            date: with_date.then_some(doc.date),
        });
        self.ridx.insert(id, i);
        i
    }

    fn subject(&mut self, id: u32) {
        if let Some(c) = self.cur {
            let code = self.w.docs[id as usize].code.clone();
            if !self.meetings[c].res.contains(&code) {
                self.meetings[c].res.push(code);
            }
        }
    }

    /// The issuer that a code implies when the text names none.
    fn implied_issuer(&self, doc: &Doc) -> Option<String> {
        if doc.state {
            return None;
        }
        match doc.home {
            Home::Central => Some("Trung ương".into()),
            Home::City => Some("Thành ủy Hà Nội".into()),
            Home::Dist(d) if d == self.d && self.dist().kind != DK::ThiXa => {
                Some(self.w.party_name(Scope::Dist(d)))
            }
            Home::Ward(d, w) if d == self.d && Some(w) == self.ward => {
                Some(self.w.party_name(Scope::Ward(d, w)))
            }
            _ => None,
        }
    }

    /// Full mention: "Nghị quyết số 15-NQ/TU ngày 12/4/2017 của Ban Thường
    /// vụ Thành ủy về ..." (the date, issuer and topic each optional).
    fn doc_full(&mut self, id: u32, topic: bool) -> String {
        let doc = self.w.docs[id as usize].clone();
        let kind = if doc.abbr == "CTr" && self.r.chance(0.4) {
            "Chương trình hành động"
        } else {
            doc.kind
        };
        let so = if self.r.chance(0.85) { "số " } else { "" };
        let mut s = format!("{} {}{}", kind, so, doc.code);
        let with_date = self.r.chance(0.55);
        if with_date {
            let _ = write!(s, " ngày {}", doc.date.loose(&mut self.r));
        }
        let implied = self.implied_issuer(&doc);
        let use_implied = implied.is_some() && self.r.chance(0.25);
        let issuer = if let (true, Some(implied)) = (use_implied, implied) {
            implied
        } else {
            let (sfc, canon) = self.issuer_s(doc.issuer);
            let _ = write!(s, " của {}", sfc);
            if matches!(
                doc.issuer,
                Iss::Secretariat | Iss::Politburo | Iss::CentralCom
            ) && self.r.chance(0.3)
            {
                let k = match doc.date.y {
                    ..=2015 => "XI",
                    2016..=2020 => "XII",
                    _ => "XIII",
                };
                let _ = write!(s, " (khóa {})", k);
            }
            canon
        };
        if topic {
            let _ = write!(s, " {}", TOPICS[doc.topic]);
        }
        self.reg_doc(id, issuer, with_date);
        s
    }

    /// Repeated mention: "Nghị quyết 15", "Chỉ thị số 28-CT/QU".
    fn doc_again(&mut self, id: u32) -> String {
        let doc = &self.w.docs[id as usize];
        if !doc.state && self.r.chance(0.6) {
            let n: String = doc
                .code
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            format!("{} {}", doc.kind, n)
        } else {
            format!("{} số {}", doc.kind, doc.code)
        }
    }

    /// "Kế hoạch số 27-KH/QU ... thực hiện Nghị quyết số 05-NQ/TU ..."
    fn doc_with_target(&mut self, id: u32) -> String {
        let mut s = self.doc_full(id, false);
        if let Some(t) = self.w.docs[id as usize].implements {
            let verb = *self.r.pick(&[
                "thực hiện",
                "triển khai thực hiện",
                "về thực hiện",
                "thực hiện",
            ]);
            let with_topic = self.r.chance(0.5);
            let ts = self.doc_full(t, with_topic);
            let _ = write!(s, " {} {}", verb, ts);
            let a = self.w.docs[id as usize].code.clone();
            let b = self.w.docs[t as usize].code.clone();
            if !self.impls.contains(&(a.clone(), b.clone())) {
                self.impls.push((a, b));
            }
        } else {
            let _ = write!(s, " {}", TOPICS[self.w.docs[id as usize].topic]);
        }
        s
    }

    fn pick_doc(
        &mut self,
        pool: &[u32],
        kinds: &[&str],
        state: bool,
        min_age: i64,
        max_age: i64,
    ) -> Option<u32> {
        let day = self.date.days();
        let v: Vec<u32> = pool
            .iter()
            .copied()
            .filter(|&id| {
                let d = &self.w.docs[id as usize];
                let age = day - d.date.days();
                (min_age..=max_age).contains(&age)
                    && kinds.contains(&d.abbr)
                    && d.state == state
                    && !(state && matches!(d.issuer, Iss::Mttq(_)) && kinds.contains(&"QĐ"))
                    && !self.ridx.contains_key(&id)
            })
            .collect();
        if v.is_empty() {
            None
        } else {
            Some(*self.r.pick(&v))
        }
    }

    // --- text helpers

    fn filler(&mut self, n: usize) -> String {
        let mut v = Vec::with_capacity(n);
        for k in 0..n {
            let mut i = self.r.below(FILLER.len());
            for _ in 0..8 {
                let opener = k == 0
                    && self.report_open
                    && [
                        "Tuy vậy",
                        "Bên cạnh đó",
                        "Tại hội nghị",
                        "Các ý kiến",
                        "Hội nghị",
                        "Đại diện",
                        "Nhiều ý kiến",
                        "Một số",
                        "Lãnh đạo",
                        "Trong thời gian tới",
                        "Kết quả kiểm tra",
                    ]
                    .iter()
                    .any(|p| FILLER[i].starts_with(p));
                let t = FILLER[i];
                let urban = self.dist().kind == DK::Quan;
                let misfit = if urban {
                    t.contains("vụ xuân") || t.contains("OCOP")
                } else {
                    t.contains("tuyến phố") || t.contains("khu tập thể")
                };
                if !self.used_filler.contains(&i) && !opener && !misfit {
                    break;
                }
                i = self.r.below(FILLER.len());
            }
            self.used_filler.push(i);
            v.push(fill_slots(self, FILLER[i]));
        }
        self.report_open = false;
        v.join(" ")
    }

    fn date_phrase(&mut self, date: Date, cap_first: bool) -> String {
        let part = *self.r.pick(&["Sáng", "Chiều", "Sáng", "Chiều", "Ngày"]);
        let same_year = self
            .pubd
            .map(|p| p.y == date.y || (p.m == 1 && date.m == 12))
            .unwrap_or(false);
        let with_year = self.pubd.is_none() || !same_year || self.r.chance(0.35);
        let today = self.pubd == Some(date);
        let x = self.r.f();
        let s = if today && x < 0.08 {
            format!("{} nay ({}/{})", part, date.d, date.m)
        } else if with_year {
            match self.r.below(4) {
                0 => format!("{} ngày {:02}/{:02}/{}", part, date.d, date.m, date.y),
                1 => format!("{} ngày {}/{}/{}", part, date.d, date.m, date.y),
                2 => format!("Ngày {} tháng {} năm {}", date.d, date.m, date.y),
                _ => format!("{} {}/{}/{}", part, date.d, date.m, date.y),
            }
        } else {
            match self.r.below(4) {
                0 => format!("{} {}/{}", part, date.d, date.m),
                1 => format!("{} {}-{}", part, date.d, date.m),
                2 => format!("{} ngày {}/{}", part, date.d, date.m),
                _ => format!("{} {:02}/{}", part, date.d, date.m),
            }
        };
        let s = if part == "Ngày" && s.starts_with("Ngày ngày") {
            s.replacen("Ngày ngày", "Ngày", 1)
        } else {
            s
        };
        if cap_first {
            s
        } else {
            let mut c = s.chars();
            let f = c.next().unwrap().to_lowercase().collect::<String>();
            f + c.as_str()
        }
    }

    fn caption(&mut self, pid: u32, verb: &str) -> String {
        let h = if self.r.chance(0.5) {
            "Đồng chí "
        } else {
            "Đ/c "
        };
        let p = &self.w.people[pid as usize];
        let h = p.rank.map(|r| format!("{} ", r)).unwrap_or(h.to_string());
        let i = self.gp(pid);
        self.part(i);
        let ts = self.pick_titles(pid);
        self.give(i, &ts);
        let tt = self.titles_text(&ts, true);
        let n = self.name_of(pid);
        let mut s = format!("{}{}{}{}{}", h, n, self.sep, tt, verb);
        if self.sep == " - " && self.r.chance(0.3) {
            s = format!("{}{} - {} -{}", h, n, tt, verb);
        }
        if self.r.chance(0.25) {
            let pen = self.r.pick(&self.w.pen_names).clone();
            let _ = write!(s, ". Ảnh: {}", pen);
        }
        s
    }
}

// ---------------------------------------------------------------------------
// Composing an article

const SECTIONS: &[&str] = &[
    "CÔNG TÁC ĐẢNG",
    "TIN TỨC - SỰ KIỆN",
    "tin nổi bật",
    "Tin tức - Sự kiện nổi bật",
    "CHÍNH QUYỀN",
    "HOẠT ĐỘNG CỦA HĐND - UBND",
    "MẶT TRẬN - ĐOÀN THỂ",
    "TIN HOẠT ĐỘNG",
    "Xây dựng Đảng",
];

impl Art<'_> {
    fn holder(&self, kind: PK) -> u32 {
        self.w.dist_holder(self.d, kind, self.m)
    }

    fn hdnd_chair(&self) -> u32 {
        if self.dist().bt_hdnd[term(self.m)] {
            self.holder(PK::Bt)
        } else {
            self.holder(PK::Pbttt)
        }
    }

    /// A city official who comes to a district meeting.
    fn city_guest(&mut self) -> u32 {
        let posts: Vec<u32> = self.w.city_posts.clone();
        let wts: Vec<f64> = posts
            .iter()
            .map(|&p| match self.w.posts[p as usize].kind.level() {
                8 => 0.15,
                7 => 1.0,
                _ => 1.6,
            })
            .collect();
        let p = posts[self.r.weighted(&wts)];
        self.w.posts[p as usize].holder(self.m)
    }

    fn uvtv_others(&mut self, exclude: &[u32], n: usize) -> Vec<u32> {
        let mut v: Vec<u32> = [
            PK::Tc,
            PK::Tg,
            PK::Kt,
            PK::Dv,
            PK::Mt,
            PK::Pcttt,
            PK::Ca,
            PK::Qs,
        ]
        .iter()
        .map(|&k| self.holder(k))
        .filter(|p| !exclude.contains(p))
        .collect();
        let mut out = Vec::new();
        while out.len() < n && !v.is_empty() {
            let i = self.r.below(v.len());
            out.push(v.swap_remove(i));
        }
        out
    }

    fn party_term(&self, date: Date) -> (u32, &'static str) {
        let m = date.month();
        let base = self.dist().congress_2015;
        if date < Date::new(2015, 8, 1) {
            (base - 1, "2010 - 2015")
        } else if m < ym(2020, 8) {
            (base, "2015 - 2020")
        } else {
            (base + 1, "2020 - 2025")
        }
    }

    fn hdnd_term(&self) -> (u32, &'static str) {
        let base = self.dist().hdnd_2016;
        match term(self.m) {
            0 => (base - 1, "2011 - 2016"),
            1 => (base, "2016 - 2021"),
            _ => (base + 1, "2021 - 2026"),
        }
    }

    /// The sentence that names the chairs.
    fn chairs_sentence(&mut self, chairs: &[u32], obj: &str) -> String {
        let n = chairs.len();
        let mut pats: Vec<(u8, f64)> = vec![(5, 1.0), (7, 1.0), (3, 0.8)];
        if n == 1 {
            pats.extend([(1, 2.0), (2, 1.5)]);
        } else {
            pats.extend([(6, 1.2)]);
            if n == 2 {
                pats.extend([(4, 1.2), (8, 1.0)]);
            }
        }
        let wts: Vec<f64> = pats.iter().map(|p| p.1).collect();
        let pat = pats[self.r.weighted(&wts)].0;
        let idx: Vec<usize> = chairs.iter().map(|&c| self.gp(c)).collect();
        for &i in &idx {
            self.chair(i);
        }
        let s = match pat {
            1 => format!("{} chủ trì {}.", cap(&self.after(chairs[0])), obj),
            2 => format!("{} chủ trì {}.", self.before(chairs[0]), obj),
            3 => {
                if n == 1 {
                    format!(
                        "{} diễn ra dưới sự chủ trì của {}.",
                        cap(obj),
                        self.after(chairs[0])
                    )
                } else {
                    let items: Vec<String> = chairs.iter().map(|&c| self.item(c)).collect();
                    format!(
                        "{} diễn ra dưới sự chủ trì của các đồng chí: {}.",
                        cap(obj),
                        items.join("; ")
                    )
                }
            }
            4 => {
                let a = self.before(chairs[0]);
                let b = self.before(chairs[1]);
                format!("{} và {} đồng chủ trì {}.", a, b, obj)
            }
            5 => {
                let items: Vec<String> = chairs.iter().map(|&c| self.after(c)).collect();
                format!("Dự và chủ trì {} có {}.", obj, items.join("; "))
            }
            6 => {
                let items: Vec<String> = chairs.iter().map(|&c| self.item(c)).collect();
                format!(
                    "Đồng chủ trì {} có các đồng chí: {}.",
                    obj,
                    items.join("; ")
                )
            }
            7 => {
                if self.hon == 3 {
                    let items: Vec<String> = chairs
                        .iter()
                        .map(|&c| {
                            let s = self.after(c);
                            s.replacen(self.sep, ", ", 1)
                        })
                        .collect();
                    format!("Chủ trì {}: {}.", obj, items.join("; "))
                } else if n == 1 {
                    format!("Chủ trì {} có {}.", obj, self.after(chairs[0]))
                } else {
                    let items: Vec<String> = chairs.iter().map(|&c| self.item(c)).collect();
                    format!("Chủ trì {} có các đồng chí: {}.", obj, items.join("; "))
                }
            }
            _ => {
                let a = self.after(chairs[0]);
                let b = self.after(chairs[1]);
                format!("{} và {} chủ trì {}.", cap(&a), b, obj)
            }
        };
        s
    }

    /// The sentence that names guests who attend and direct, not chair.
    fn guests_sentence(&mut self, guests: &[u32], obj: &str) -> String {
        if guests.is_empty() {
            return String::new();
        }
        match self.r.below(5) {
            0 => {
                let v: Vec<String> = guests.iter().map(|&g| self.after(g)).collect();
                format!("Dự và chỉ đạo {} có {}.", obj, v.join("; "))
            }
            1 if guests.len() == 1 => {
                format!(
                    "{} dự và phát biểu chỉ đạo {}.",
                    cap(&self.after(guests[0])),
                    obj
                )
            }
            2 => {
                let v: Vec<String> = guests.iter().map(|&g| self.after(g)).collect();
                format!("Dự và phát biểu chỉ đạo {} có {}.", obj, v.join("; "))
            }
            3 if guests.len() == 1 => {
                format!("{} dự và chỉ đạo {}.", self.before(guests[0]), obj)
            }
            _ => {
                if guests.len() == 1 {
                    format!("Tham dự {} có {}.", obj, self.after(guests[0]))
                } else {
                    let v: Vec<String> = guests.iter().map(|&g| self.item(g)).collect();
                    format!("Tham dự {} có các đồng chí: {}.", obj, v.join("; "))
                }
            }
        }
    }

    fn attendees_sentence(&mut self, people: &[u32]) -> String {
        let lv = self.dist().kind.lv();
        let tail = *self.r.pick(&[
            "lãnh đạo các ban xây dựng Đảng, các phòng, ban, ngành, đoàn thể",
            "đại diện lãnh đạo các ban, ngành, đoàn thể",
            "lãnh đạo các phòng, ban, đơn vị",
        ]);
        let wk = match self.dist().kind {
            DK::Quan => "các phường",
            DK::Huyen => "các xã, thị trấn",
            DK::ThiXa => "các xã, phường",
        };
        if people.is_empty() {
            let p = self.dist().kind.party();
            return format!(
                "Cùng dự có các đồng chí Ủy viên Ban Thường vụ {}, {} viên; {} {}; Bí thư Đảng ủy, Chủ tịch UBND {}.",
                p, p, tail, lv, wk
            );
        }
        if self.r.chance(0.3) && people.len() >= 2 {
            // a list header whose title every item shares
            let ps = self.party_s(self.dsc());
            let mut names = Vec::new();
            for &p in people {
                let i = self.gp(p);
                self.part(i);
                let t = T {
                    role: R::UyVien,
                    body: B::BtvMember,
                    sc: self.dsc(),
                };
                self.give(i, &[t]);
                names.push(self.name_of(p));
            }
            let last = names.pop().unwrap();
            return format!(
                "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ {}: {} và {}; {} {}.",
                ps,
                names.join(", "),
                last,
                tail,
                lv
            );
        }
        let v: Vec<String> = people.iter().map(|&p| self.item(p)).collect();
        format!(
            "Cùng dự có các đồng chí: {}; {} {} và {}.",
            v.join("; "),
            tail,
            lv,
            wk
        )
    }

    fn report_para(&mut self, who: u32, what: &str) -> String {
        let a = self.after(who);
        let k = self.r.int(2, 4) as usize;
        self.report_open = true;
        let body = self.filler(k);
        let mut c = body.chars();
        let first = c.next().unwrap().to_lowercase().collect::<String>() + c.as_str();
        match self.r.below(4) {
            0 => format!("Báo cáo {} do {} trình bày cho biết, {}", what, a, first),
            1 => format!("Trình bày báo cáo {}, {} cho biết: {}", what, a, first),
            2 => format!("Theo báo cáo do {} trình bày, {}", a, first),
            _ => format!("Hội nghị đã nghe {} báo cáo {}. {}", a, what, body),
        }
    }

    fn speaker_para(&mut self, who: u32) -> String {
        let topic = *self.r.pick(&[
            "kinh nghiệm xây dựng chi bộ tổ dân phố trong sạch, vững mạnh",
            "kết quả vận động Nhân dân tham gia giữ gìn trật tự đô thị",
            "cách làm trong công tác phát triển đảng viên",
            "giải pháp nâng cao chất lượng sinh hoạt chi bộ",
            "kết quả thực hiện chuyển đổi số ở cơ sở",
        ]);
        let a = self.after(who);
        let extra = self.filler(1);
        match self.r.below(3) {
            0 => format!(
                "Tại hội nghị, {} trình bày tham luận về {}. {}",
                a, topic, extra
            ),
            1 => format!("Tham luận tại hội nghị, {} chia sẻ {}. {}", a, topic, extra),
            _ => format!("{} phát biểu, nêu {}. {}", cap(&a), topic, extra),
        }
    }

    fn directive_para(&mut self, who: u32, guest: bool) -> String {
        let lead = if guest {
            *self.r.pick(&[
                "Phát biểu chỉ đạo",
                "Phát biểu chỉ đạo hội nghị",
                "Phát biểu tại hội nghị",
            ])
        } else {
            *self.r.pick(&[
                "Kết luận hội nghị",
                "Phát biểu kết luận",
                "Phát biểu kết luận hội nghị",
            ])
        };
        let who_s = if !guest && self.r.chance(0.35) {
            self.by_title(who).unwrap_or_else(|| self.named(who))
        } else {
            self.named(who)
        };
        let d1 = *self.r.pick(DIRECTIVES);
        let d2 = *self.r.pick(DIRECTIVES);
        let mut s = format!("{}, {} {}; {}", lead, who_s, d1, d2);
        let subjects: Vec<u32> = self
            .ridx
            .iter()
            .filter(|(_, &i)| self.meetings[0].res.contains(&self.res[i].code))
            .map(|(&id, _)| id)
            .collect::<std::collections::BTreeSet<u32>>()
            .into_iter()
            .collect();
        if !guest && !subjects.is_empty() && self.r.chance(0.4) {
            let id = *self.r.pick(&subjects);
            let again = self.doc_again(id);
            let _ = write!(s, "; tiếp tục quán triệt, thực hiện hiệu quả {}", again);
        }
        if guest && self.r.chance(0.15) {
            // a district document named only in short form: "Nghị quyết 09 của Quận ủy"
            let pool = self.w.docs_dist[self.d as usize].clone();
            if let Some(doc) = self.pick_doc(&pool, &["NQ", "CT"], false, 60, 2500) {
                let d0 = self.w.docs[doc as usize].clone();
                if !d0.state {
                    let ps = self.party_s(self.dsc());
                    let n: String = d0.code.chars().take_while(|c| c.is_ascii_digit()).collect();
                    let _ = write!(
                        s,
                        "; thực hiện có hiệu quả {} {} của {} {}",
                        d0.kind, n, ps, TOPICS[d0.topic]
                    );
                    self.reg_doc(doc, self.w.party_name(self.dsc()), false);
                }
            }
        }
        if guest && self.r.chance(0.35) {
            let pool = self.w.docs_city.clone();
            if let Some(doc) = self.pick_doc(&pool, &["NQ", "CT", "KL", "CTr"], false, 60, 2500) {
                let ds = self.doc_full(doc, true);
                let _ = write!(s, "; tiếp tục thực hiện hiệu quả {}", ds);
            }
        }
        s.push('.');
        s
    }

    fn second_meeting(&mut self) -> Option<String> {
        let date2 = self.date.add(-self.r.int(1, 9));
        let pool: Vec<u32> = self
            .w
            .docs_city
            .iter()
            .chain(self.w.docs_central.iter())
            .copied()
            .collect();
        let day = date2.days();
        let cands: Vec<u32> = pool
            .into_iter()
            .filter(|&id| {
                let d = &self.w.docs[id as usize];
                let age = day - d.date.days();
                (10..=150).contains(&age)
                    && matches!(d.abbr, "NQ" | "CT" | "KL" | "QĐi")
                    && !self.ridx.contains_key(&id)
            })
            .collect();
        if cands.is_empty() {
            return None;
        }
        let doc = *self.r.pick(&cands);
        let m2 = date2.month();
        let btv = self.r.chance(0.5);
        let dn = self.dist().name.clone();
        let party = self.dist().kind.party();
        let org_c = if btv {
            format!("Ban Thường vụ {} {}", party, dn)
        } else {
            format!("{} {}", party, dn)
        };
        self.reg_district(self.d);
        self.meetings.push(GM {
            date: date2,
            organizer: vec![org_c.clone()],
            chairs: Vec::new(),
            parts: Vec::new(),
            res: Vec::new(),
            ordinal: None,
        });
        let keep = self.cur;
        self.cur = Some(self.meetings.len() - 1);
        let chair = if self.r.chance(0.7) {
            self.w.dist_holder(self.d, PK::Bt, m2)
        } else {
            self.w.dist_holder(self.d, PK::Pbttt, m2)
        };
        let dp = self.date_phrase(date2, false);
        let ds = self.doc_full(doc, true);
        self.subject(doc);
        let i = self.gp(chair);
        self.chair(i);
        let c = self.after(chair);
        let s = format!(
            "Trước đó, {}, {} đã tổ chức hội nghị quán triệt, triển khai {}. {} chủ trì hội nghị.",
            dp,
            org_c,
            ds,
            cap(&c)
        );
        self.cur = keep;
        Some(s)
    }

    fn former_leader(&mut self) -> Option<String> {
        let bt = self.w.dist_posts[self.d as usize]
            .iter()
            .copied()
            .find(|&p| self.w.posts[p as usize].kind == PK::Bt)?;
        let cands: Vec<u32> = self.w.posts[bt as usize]
            .tl
            .iter()
            .map(|&(_, pid)| pid)
            .filter(|&pid| {
                let p = &self.w.people[pid as usize];
                p.hist.iter().any(|h| h.2 == bt && h.1 <= self.m)
                    && self.w.post_of(pid, self.m).is_none()
            })
            .collect();
        if cands.is_empty() {
            return None;
        }
        let pid = *self.r.pick(&cands);
        let i = self.gp(pid);
        self.part(i);
        let c = self.w.canon(T {
            role: R::BiThu,
            body: B::Party,
            sc: self.dsc(),
        });
        if !self.persons[i].optional.contains(&c) {
            self.persons[i].optional.push(c);
        }
        let h = if self.w.people[pid as usize].female {
            "bà"
        } else {
            "ông"
        };
        let ps = self.party_s(self.dsc());
        Some(format!(
            "Dự hội nghị còn có các đồng chí nguyên lãnh đạo {} qua các thời kỳ, trong đó có {} {}, nguyên Bí thư {}.",
            self.dist().kind.lv(),
            h,
            self.name_of(pid),
            ps
        ))
    }

    fn citizen(&mut self) -> String {
        // a resident who speaks at a dialogue: not an official
        let names = NAMES.get().unwrap();
        let female = self.r.chance(0.45);
        let name = loop {
            let s = names.surnames.pick(&mut self.r);
            let (mid, giv) = if female {
                (names.mid_f.pick(&mut self.r), names.giv_f.pick(&mut self.r))
            } else {
                (names.mid_m.pick(&mut self.r), names.giv_m.pick(&mut self.r))
            };
            let n = format!("{} {} {}", s, mid, giv);
            if !self.w.names_used.contains(&n) && !self.persons.iter().any(|p| p.name == n) {
                break n;
            }
        };
        let i = self.persons.len();
        self.persons.push(GP {
            pid: None,
            name: name.clone(),
            titles: Vec::new(),
            optional: Vec::new(),
        });
        self.part(i);
        let h = if female { "bà" } else { "ông" };
        let wn = self.some_ward();
        format!(
            "{} {} (tổ dân phố số {}, {})",
            h,
            name,
            self.r.int(1, 24),
            wn
        )
    }
}

static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();

fn pub_line(r: &mut Rng, p: Date) -> String {
    let hh = r.int(7, 17);
    let mm = r.int(0, 59);
    let views = r.int(40, 2400);
    let wd = [
        "Chủ nhật",
        "Thứ Hai",
        "Thứ Ba",
        "Thứ Tư",
        "Thứ Năm",
        "Thứ Sáu",
        "Thứ Bảy",
    ];
    match r.weighted(&[70.0, 10.0, 5.0, 5.0, 5.0, 3.0]) {
        0 => format!(
            "Ngày đăng {} | {:02}:{:02}  | Lượt xem: {}",
            p.dmy(),
            hh,
            mm,
            views
        ),
        1 => format!(
            "Ngày đăng {} | {:02}:{:02}  | View count: {}",
            p.dmy(),
            hh,
            mm,
            views
        ),
        2 => {
            let (h12, ap) = if hh >= 12 {
                (if hh == 12 { 12 } else { hh - 12 }, "PM")
            } else {
                (hh, "AM")
            };
            format!("{} - {:02}:{:02} {}", p.dmy(), h12, mm, ap)
        }
        3 => format!("Cập nhật: {:02}:{:02}, {}", hh, mm, p.dmy()),
        4 => format!(
            "{}, {} - {:02}:{:02}",
            wd[p.weekday() as usize],
            p.dmy(),
            hh,
            mm
        ),
        _ => format!("Ngày đăng {} | {:02}:{:02}", p.dmy(), hh, mm),
    }
}

fn choose_kind(r: &mut Rng) -> K {
    use K::*;
    let ks = [
        (BtvReview, 14.0),
        (BchConf, 10.0),
        (GiaoBan, 8.0),
        (Hdnd, 7.0),
        (Election, 3.0),
        (Ubnd, 9.0),
        (Mttq, 7.0),
        (Bcd, 5.0),
        (WardConf, 14.0),
        (Dissem, 16.0),
        (Ubkt, 5.0),
    ];
    let w: Vec<f64> = ks.iter().map(|k| k.1).collect();
    ks[r.weighted(&w)].0
}

struct Output {
    id: String,
    text: String,
    gold: Value,
    officials: Vec<u32>,
    citizens: Vec<String>,
}

fn gen_article(w: &World, idx: u64, seed: u64) -> Output {
    let mut r = Rng::new(seed ^ idx.wrapping_mul(0xD1B5_4A32_D192_ED03).rotate_left(17));
    let mut kind = choose_kind(&mut r);
    let nd = w.districts.len();
    let mut d = r.below(nd) as u16;
    let first = Date::new(2015, 1, 5).days();
    let last = Date::new(2024, 12, 26).days();
    let mut date = civil_from_days(r.int(first, last));
    let mut event = None;
    if kind == K::Election {
        let ev: Vec<usize> = (0..w.ctub_changes.len())
            .filter(|&i| w.ctub_changes[i].2 != w.ctub_changes[i].3)
            .collect();
        if ev.is_empty() {
            kind = K::Hdnd;
        } else {
            let i = *r.pick(&ev);
            let (dd, m, _, _) = w.ctub_changes[i];
            d = dd;
            let s = month_start(m);
            date = s.add(r.int(0, 26));
            event = Some(i);
        }
    }
    let ward = if kind == K::WardConf {
        Some(r.below(w.districts[d as usize].wards.len()) as u16)
    } else {
        None
    };
    let lag = *r.pick(&[0i64, 0, 0, 1, 1, 1, 2, 3, 5]);
    let pubd = if r.chance(0.03) {
        None
    } else {
        Some(date.add(lag))
    };
    let sep = [" - ", " – ", ", "][r.weighted(&[4.5, 2.5, 3.0])];
    let hon = r.weighted(&[5.5, 1.0, 1.5, 2.0]) as u8;
    let old = r.chance(0.1);
    let mut a = Art {
        w,
        r,
        d,
        ward,
        m: date.month(),
        date,
        pubd,
        sep,
        hon,
        old_tone: old,
        persons: Vec::new(),
        pidx: HashMap::new(),
        districts: Vec::new(),
        wards: Vec::new(),
        res: Vec::new(),
        ridx: HashMap::new(),
        impls: Vec::new(),
        meetings: Vec::new(),
        cur: None,
        given: Vec::new(),
        bcd_named: false,
        extra: Vec::new(),
        used_filler: Vec::new(),
        report_open: false,
    };
    a.meetings.push(GM {
        date,
        organizer: Vec::new(),
        chairs: Vec::new(),
        parts: Vec::new(),
        res: Vec::new(),
        ordinal: None,
    });
    a.cur = Some(0);
    let (headline, paras) = compose(&mut a, kind, event);
    finish(a, idx, kind, headline, paras)
}

fn period(m: u32, y: i32) -> (String, String) {
    match m {
        1..=3 => ("quý I".into(), "quý II".into()),
        4..=6 => ("6 tháng đầu năm".into(), "6 tháng cuối năm".into()),
        7..=9 => ("9 tháng".into(), "quý IV".into()),
        _ => (format!("năm {}", y), format!("năm {}", y + 1)),
    }
}

fn doc_number(code: &str) -> u32 {
    code.chars()
        .take_while(|c| c.is_ascii_digit())
        .collect::<String>()
        .parse()
        .unwrap_or(0)
}

fn compose(a: &mut Art, kind: K, event: Option<usize>) -> (String, Vec<String>) {
    let dn = a.dist().name.clone();
    let dk = a.dist().kind;
    let lv = dk.lv();
    let party = dk.party();
    let dsc = a.dsc();
    let date = a.date;
    let date_s = a.date_phrase(date, true);
    let mut lead;
    let mut head_core: String;
    let mut chairs: Vec<u32>;
    let mut chair_pat_first = false;
    let mut obj = "hội nghị";
    let mut guests: Vec<u32> = Vec::new();
    let mut attendees: Vec<u32> = Vec::new();
    let mut reporter: Option<u32> = None;
    let mut report_what = "tại hội nghị".to_string();
    let mut extra: Vec<String> = Vec::new();
    let mut speakers: Vec<u32> = Vec::new();
    let concluder: Option<u32>;
    let mut second_ok = true;
    let bt = a.holder(PK::Bt);
    let pbttt = a.holder(PK::Pbttt);
    let ctub = a.holder(PK::Ctub);
    let org_alts: Vec<String>;
    let org_full_party = a.w.party_name(dsc);
    let lvn = a.w.level_name(dsc);

    let city_pool: Vec<u32> = a.w.docs_city.clone();
    let central_pool: Vec<u32> = a.w.docs_central.clone();
    let dist_pool: Vec<u32> = a.w.docs_dist[a.d as usize].clone();

    match kind {
        K::BtvReview | K::Dissem => {
            let review = kind == K::BtvReview;
            let doc = if review {
                let mut pool = city_pool.clone();
                if a.r.chance(0.35) {
                    pool = dist_pool.clone();
                }
                a.pick_doc(&pool, &["NQ", "CT", "KL", "ĐA", "CTr"], false, 330, 3300)
            } else {
                let pool = if a.r.chance(0.7) {
                    city_pool.clone()
                } else {
                    central_pool.clone()
                };
                a.pick_doc(&pool, &["NQ", "CT", "KL", "QĐi"], false, 7, 150)
            };
            let btv = review || a.r.chance(0.4);
            let org_s = if btv { a.btv_s(dsc) } else { a.party_s(dsc) };
            org_alts = if btv {
                vec![
                    format!("Ban Thường vụ {}", org_full_party),
                    org_full_party.clone(),
                ]
            } else {
                vec![
                    org_full_party.clone(),
                    format!("Ban Thường vụ {}", org_full_party),
                ]
            };
            let what;
            match doc {
                Some(doc) => {
                    let age = (date.days() - a.w.docs[doc as usize].date.days()) / 365;
                    let years = age.max(1);
                    let verb = if review {
                        if years >= 5 {
                            "tổng kết"
                        } else {
                            *a.r.pick(&["sơ kết", "sơ kết", "đánh giá kết quả"])
                        }
                    } else {
                        *a.r.pick(&[
                            "học tập, quán triệt, triển khai",
                            "quán triệt, triển khai",
                            "nghiên cứu, học tập, quán triệt và triển khai thực hiện",
                        ])
                    };
                    let nyears = if years < 10 && a.r.chance(0.3) {
                        format!("{:02}", years)
                    } else {
                        years.to_string()
                    };
                    let ds = a.doc_full(doc, true);
                    a.subject(doc);
                    what = if review {
                        format!("{} {} năm thực hiện {}", verb, nyears, ds)
                    } else {
                        format!("{} {}", verb, ds)
                    };
                    let d0 = &a.w.docs[doc as usize];
                    head_core = if review {
                        format!(
                            "{} {} năm thực hiện {} số {}",
                            verb, years, d0.kind, d0.code
                        )
                    } else {
                        format!("quán triệt, triển khai {} số {}", d0.kind, d0.code)
                    };
                    // the district's own plan that carries it out
                    let plans: Vec<u32> =
                        a.w.implementers
                            .get(&doc)
                            .map(|v| {
                                v.iter()
                                    .copied()
                                    .filter(|&p| {
                                        let pd = &a.w.docs[p as usize];
                                        pd.home == Home::Dist(a.d) && pd.date < date
                                    })
                                    .collect()
                            })
                            .unwrap_or_default();
                    if !plans.is_empty() && a.r.chance(0.6) {
                        let plan = *a.r.pick(&plans);
                        let ps = a.doc_with_target(plan);
                        a.subject(plan);
                        extra.push(format!("Hội nghị cũng đánh giá kết quả triển khai {}.", ps));
                    }
                }
                None => {
                    let (p, _) = period(date.m, date.y);
                    what = format!("sơ kết công tác xây dựng Đảng {}", p);
                    head_core = format!("sơ kết công tác xây dựng Đảng {}", p);
                }
            }
            lead = format!("{}, {} tổ chức hội nghị {}.", date_s, org_s, what);
            chairs = match a.r.below(4) {
                0 | 1 => vec![bt],
                2 => vec![pbttt],
                _ => vec![if a.r.chance(0.5) { bt } else { pbttt }, ctub],
            };
            if a.r.chance(0.6) {
                guests.push(a.city_guest());
            }
            let ex: Vec<u32> = chairs.clone();
            let n = a.r.below(3);
            attendees = a.uvtv_others(&ex, n);
            reporter = Some(if !review && a.r.chance(0.4) {
                let p =
                    a.w.city_posts
                        .iter()
                        .copied()
                        .find(|&p| a.w.posts[p as usize].kind == PK::CPtTg)
                        .unwrap();
                a.w.posts[p as usize].holder(a.m)
            } else {
                let k = *a.r.pick(&[PK::Tg, PK::Tc, PK::Dv, PK::Cvp]);
                a.holder(k)
            });
            report_what = if review {
                "sơ kết".into()
            } else {
                "tại hội nghị".into()
            };
            if a.r.chance(0.5) {
                let w = a.r.below(a.dist().wards.len()) as u16;
                speakers.push(a.w.ward_holder(a.d, w, 0, a.m));
            }
            concluder = Some(chairs[0]);
        }
        K::BchConf => {
            let (khoa, nk) = a.party_term(date);
            let start = if nk.starts_with("2020") {
                ym(2020, 8)
            } else if nk.starts_with("2015") {
                ym(2015, 8)
            } else {
                0
            };
            let n = (a.m.saturating_sub(start)) / 2 + 1;
            a.meetings[0].ordinal = Some(n);
            let bch = if a.r.chance(0.8) {
                "Ban Chấp hành Đảng bộ"
            } else {
                "BCH Đảng bộ"
            };
            let lvs = a.level_s(dsc);
            let term_s = if a.r.chance(0.6) {
                format!(" (khóa {}, nhiệm kỳ {})", roman(khoa), nk)
            } else {
                String::new()
            };
            let (p1, p2) = period(date.m, date.y);
            lead = format!(
                "{}, {} {}{} tổ chức Hội nghị lần thứ {} để đánh giá kết quả lãnh đạo thực hiện nhiệm vụ {}, bàn giải pháp thực hiện nhiệm vụ {}.",
                date_s, bch, lvs, term_s, n, p1, p2
            );
            org_alts = vec![
                format!("Ban Chấp hành Đảng bộ {}", lvn),
                org_full_party.clone(),
                format!("Đảng bộ {}", lvn),
            ];
            head_core = format!("tổ chức Hội nghị Ban Chấp hành lần thứ {}", n);
            chairs = if a.r.chance(0.5) {
                vec![bt, pbttt, ctub]
            } else {
                vec![bt]
            };
            if a.r.chance(0.4) {
                guests.push(a.city_guest());
            }
            reporter = Some(if a.r.chance(0.5) {
                a.holder(PK::Cvp)
            } else {
                pbttt
            });
            report_what = format!("tình hình thực hiện nhiệm vụ {}", p1);
            if a.r.chance(0.5) {
                if let Some(doc) =
                    a.pick_doc(&dist_pool, &["NQ", "CT", "KH", "CTr", "ĐA"], false, 60, 900)
                {
                    let ds = a.doc_with_target(doc);
                    a.subject(doc);
                    let k = ((date.days() - a.w.docs[doc as usize].date.days()) / 30).max(2);
                    extra.push(format!(
                        "Hội nghị cũng đánh giá {} tháng thực hiện {}.",
                        k, ds
                    ));
                }
            }
            if a.r.chance(0.12) {
                if let Some(s) = a.former_leader() {
                    extra.push(s);
                }
            }
            concluder = Some(bt);
        }
        K::GiaoBan => {
            let ps = a.party_s(dsc);
            let topic = TOPICS[a.r.below(TOPICS.len())];
            lead = format!(
                "{}, Thường trực {} tổ chức giao ban chuyên đề {}.",
                date_s, ps, topic
            );
            org_alts = vec![
                format!("Thường trực {}", org_full_party),
                org_full_party.clone(),
            ];
            head_core = "giao ban chuyên đề".into();
            let n = a.r.int(1, 3) as usize;
            chairs = vec![bt, pbttt];
            chairs.extend(a.uvtv_others(&[bt, pbttt], n));
            chair_pat_first = true;
            let tc = a.holder(PK::Tc);
            let mut docs = Vec::new();
            for _ in 0..a.r.int(2, 4) {
                if let Some(doc) =
                    a.pick_doc(&dist_pool, &["TT", "HD", "KH", "CV", "CT"], false, 30, 500)
                {
                    let s = a.doc_with_target(doc);
                    a.subject(doc);
                    docs.push(s);
                }
            }
            if !docs.is_empty() {
                let ps = a.party_s(dsc);
                let who = if a.pidx.contains_key(&tc) && a.r.chance(0.5) {
                    a.by_title(tc).unwrap_or_else(|| a.named(tc))
                } else {
                    a.after(tc)
                };
                extra.push(format!(
                    "Hội nghị đã nghe {} báo cáo đánh giá kết quả thực hiện một số văn bản chỉ đạo của {}: {}. {}",
                    who,
                    ps,
                    docs.join("; "),
                    a.filler(2)
                ));
            } else {
                reporter = Some(tc);
            }
            concluder = Some(bt);
        }
        K::Hdnd | K::Election => {
            let (khoa, nk) = a.hdnd_term();
            let n = a.r.int(2, 20) as u32;
            a.meetings[0].ordinal = Some(n);
            let hs = a.hdnd_s(dsc);
            let kind_s = if kind == K::Election {
                " (kỳ họp chuyên đề)"
            } else {
                *a.r.pick(&["", " (kỳ họp thường lệ)", " (kỳ họp chuyên đề)"])
            };
            let pur = if kind == K::Election {
                "để xem xét, quyết định công tác cán bộ và một số nội dung thuộc thẩm quyền"
            } else {
                "để xem xét, quyết định các nội dung quan trọng về phát triển kinh tế - xã hội"
            };
            lead = format!(
                "{}, {} khóa {}, nhiệm kỳ {} tổ chức kỳ họp thứ {}{} {}.",
                date_s,
                hs,
                roman(khoa),
                nk,
                n,
                kind_s,
                pur
            );
            org_alts = vec![
                format!("Hội đồng nhân dân {}", lvn),
                format!("Thường trực Hội đồng nhân dân {}", lvn),
            ];
            head_core = format!("tổ chức kỳ họp thứ {}", n);
            obj = "kỳ họp";
            chairs = vec![a.hdnd_chair()];
            if a.r.chance(0.3) {
                chairs.push(a.holder(PK::Pchd));
            }
            if a.r.chance(0.5) || kind == K::Election {
                let p = *a.r.pick(
                    &a.w.city_posts
                        .iter()
                        .copied()
                        .filter(|&p| matches!(a.w.posts[p as usize].kind, PK::CPtTc | PK::CPcthd))
                        .collect::<Vec<_>>(),
                );
                guests.push(a.w.posts[p as usize].holder(a.m));
            }
            if kind == K::Election {
                second_ok = false;
                let i = event.unwrap();
                let (_, _, old, new) = a.w.ctub_changes[i];
                let qd = a.w.election_docs[i];
                let qds = a.doc_full(qd, false);
                let ho = if a.w.people[old as usize].female {
                    "bà"
                } else {
                    "ông"
                };
                let hn = if a.w.people[new as usize].female {
                    "bà"
                } else {
                    "ông"
                };
                let oi = a.gp(old);
                a.part(oi);
                let c = a.w.canon(T {
                    role: R::ChuTich,
                    body: B::Ubnd,
                    sc: dsc,
                });
                a.persons[oi].optional.push(c);
                let ni = a.gp(new);
                a.part(ni);
                let tn = [
                    T {
                        role: R::PhoBiThu,
                        body: B::Party,
                        sc: dsc,
                    },
                    T {
                        role: R::ChuTich,
                        body: B::Ubnd,
                        sc: dsc,
                    },
                ];
                a.give(ni, &tn);
                let pb = a.title_s(tn[0], true);
                let u1 = a.ubnd_s(dsc);
                let u2 = a.ubnd_s(dsc);
                let tot = a.r.int(30, 70);
                extra.push(format!(
                    "Căn cứ {} về công tác cán bộ, với sự thống nhất cao, kỳ họp đã miễn nhiệm chức vụ Chủ tịch {} khóa {} đối với {} {} do nhận nhiệm vụ công tác mới. Tiếp đó, HĐND {} đã bầu {} {}, {}, giữ chức Chủ tịch {} nhiệm kỳ {}, với {}/{} đại biểu có mặt tán thành.",
                    qds, u1, roman(khoa), ho, a.name_of(old), lv, hn, a.name_of(new), pb, u2, nk, tot, tot
                ));
                let ui = a.ubnd_s(dsc);
                extra.push(format!(
                    "Phát biểu nhận nhiệm vụ, tân Chủ tịch {} {} cảm ơn sự tin tưởng của Ban Thường vụ Thành ủy, {} và các vị đại biểu HĐND {}; cam kết cùng tập thể UBND {} đẩy nhanh giải phóng mặt bằng các dự án trọng điểm, cải cách thủ tục hành chính, chăm lo đời sống Nhân dân.",
                    ui, a.name_of(new), party, lv, lv
                ));
                extra.push(format!(
                    "Phát biểu chia tay, {} {} bày tỏ cảm ơn sự phối hợp của Thường trực HĐND, các ban, ngành {} trong thời gian {} giữ cương vị người đứng đầu chính quyền {}.",
                    ho, a.name_of(old), lv, ho, lv
                ));
                head_core = "bầu bổ sung chức danh Chủ tịch UBND".into();
            } else {
                reporter = Some(ctub);
                report_what = "tình hình kinh tế - xã hội".into();
            }
            if let Some(doc) = a.pick_doc(&dist_pool, &["NQ"], true, 0, 400) {
                let ds = a.doc_full(doc, true);
                a.subject(doc);
                extra.push(format!(
                    "Kỳ họp cũng xem xét, đánh giá kết quả thực hiện {}.",
                    ds
                ));
            }
            if kind == K::Hdnd && a.r.chance(0.1) {
                if let Some(s) = a.former_leader() {
                    extra.push(s);
                }
            }
            concluder = Some(chairs[0]);
        }
        K::Ubnd => {
            let us = a.ubnd_s(dsc);
            org_alts = vec![format!("Ủy ban nhân dân {}", lvn)];
            let doc = a.pick_doc(&dist_pool, &["KH", "QĐ"], true, 0, 90);
            match doc {
                Some(doc) => {
                    let ds = a.doc_with_target(doc);
                    a.subject(doc);
                    lead = format!("{}, {} tổ chức hội nghị triển khai {}.", date_s, us, ds);
                    let d0 = &a.w.docs[doc as usize];
                    head_core = format!("triển khai {} số {}", d0.kind, d0.code);
                }
                None => {
                    lead = format!(
                        "{}, {} tổ chức hội nghị giao ban công tác tháng {}, triển khai nhiệm vụ trọng tâm thời gian tới.",
                        date_s, us, date.m
                    );
                    head_core = format!("giao ban công tác tháng {}", date.m);
                }
            }
            chairs = if a.r.chance(0.6) {
                vec![ctub]
            } else {
                vec![ctub, a.holder(PK::Pcttt)]
            };
            if a.r.chance(0.2) {
                let p = *a.r.pick(
                    &a.w.city_posts
                        .iter()
                        .copied()
                        .filter(|&p| a.w.posts[p as usize].kind == PK::CPcub)
                        .collect::<Vec<_>>(),
                );
                guests.push(a.w.posts[p as usize].holder(a.m));
            }
            let ph = a.dist().wards.len(); // keep the borrow short
            let _ = ph;
            let k = *a.r.pick(&[PK::Pcttt, PK::Pcub]);
            reporter = Some(a.holder(k));
            concluder = Some(ctub);
        }
        K::Mttq => {
            let ms = a.mttq_s(dsc);
            let ps = a.party_s(dsc);
            let us = a.ubnd_s(dsc);
            let wi = a.r.below(a.dist().wards.len()) as u16;
            let wn = a.ward_named(a.d, wi);
            let topic = TOPICS[a.r.below(TOPICS.len())];
            lead = format!(
                "{}, Ban Thường trực {} phối hợp với Thường trực {}, {} tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền {} với Nhân dân {} {}.",
                date_s, ms, ps, us, lv, wn, topic
            );
            if a.r.chance(0.5) {
                let pool = if a.r.chance(0.5) {
                    central_pool.clone()
                } else {
                    city_pool.clone()
                };
                if let Some(doc) = a.pick_doc(&pool, &["QĐi", "KL", "CT"], false, 30, 3000) {
                    let ds = a.doc_full(doc, false);
                    lead.push_str(&format!(" Hội nghị được tổ chức theo {} về trách nhiệm của người đứng đầu trong việc tiếp dân, đối thoại trực tiếp với dân.", ds));
                }
            }
            org_alts = vec![
                format!("Ban Thường trực Ủy ban Mặt trận Tổ quốc {}", lvn),
                format!("Ủy ban Mặt trận Tổ quốc {}", lvn),
                format!("Thường trực {}", org_full_party),
                format!("Ủy ban nhân dân {}", lvn),
            ];
            head_core = format!(
                "đối thoại với Nhân dân {}",
                a.w.level_name(Scope::Ward(a.d, wi))
            );
            chairs = vec![bt, ctub, a.holder(PK::Mt)];
            let wc = a.w.ward_holder(a.d, wi, 2, a.m);
            let wcs = a.after(wc);
            let c1 = a.citizen();
            let c2 = a.citizen();
            extra.push(format!(
                "Tại hội nghị, {} thông tin về kết quả thực hiện các nội dung người dân quan tâm. {}",
                wcs,
                a.filler(1)
            ));
            extra.push(format!(
                "Người dân đã nêu {} ý kiến. {} đề nghị công khai phương án bồi thường, hỗ trợ; {} kiến nghị sớm hoàn thiện hạ tầng khu dân cư.",
                a.r.int(5, 15),
                cap(&c1),
                c2
            ));
            concluder = Some(bt);
        }
        K::Bcd => {
            let doc = a.pick_doc(&city_pool, &["NQ", "CT"], false, 200, 3300);
            let Some(doc) = doc else {
                return compose(a, K::Dissem, None);
            };
            let n = doc_number(&a.w.docs[doc as usize].code);
            let head = if a.dist().bcd_by_bt { bt } else { pbttt };
            a.extra.push((
                head,
                T {
                    role: R::Truong,
                    body: B::Bcd(n),
                    sc: dsc,
                },
            ));
            let deputy = a.holder(PK::Ca);
            if a.r.chance(0.4) {
                a.extra.push((
                    deputy,
                    T {
                        role: R::PhoTruong,
                        body: B::Bcd(n),
                        sc: dsc,
                    },
                ));
            }
            let b = if a.r.chance(0.7) {
                "Ban Chỉ đạo"
            } else {
                "BCĐ"
            };
            let lvs = a.level_s(dsc);
            let (p1, p2) = period(date.m, date.y);
            let ds = a.doc_full(doc, true);
            a.subject(doc);
            lead = format!(
                "{}, {} {} {} ({} thực hiện {}) tổ chức hội nghị sơ kết công tác {}, triển khai nhiệm vụ {}.",
                date_s, b, n, lvs, "Ban Chỉ đạo", ds, p1, p2
            );
            a.bcd_named = true;
            org_alts = vec![format!("Ban Chỉ đạo {} {}", n, lvn), org_full_party.clone()];
            head_core = format!("sơ kết công tác {}", p1);
            chairs = vec![head];
            attendees = vec![deputy];
            if a.r.chance(0.3) {
                guests.push(a.city_guest());
            }
            reporter = Some(deputy);
            report_what = "kết quả công tác".into();
            concluder = Some(head);
        }
        K::WardConf => {
            let wi = a.ward.unwrap();
            let wsc = Scope::Ward(a.d, wi);
            let ward = &a.w.districts[a.d as usize].wards[wi as usize];
            let wl = ward.kind.lv();
            let wname = ward.name.clone();
            a.reg_ward(a.d, wi);
            let ambiguous =
                a.w.districts
                    .iter()
                    .flat_map(|d| d.wards.iter())
                    .filter(|x| x.name == wname)
                    .count()
                    > 1;
            let in_d = if a.r.chance(if ambiguous { 0.85 } else { 0.6 }) {
                a.reg_district(a.d);
                format!(" ({} {})", lv, dn)
            } else {
                String::new()
            };
            let bch = a.r.chance(0.6);
            let org_s = if bch {
                format!("Ban Chấp hành Đảng bộ {} {}", wl, wname)
            } else {
                format!("Đảng ủy {} {}", wl, wname)
            };
            let wlv = a.w.level_name(wsc);
            org_alts = if bch {
                vec![
                    format!("Ban Chấp hành Đảng bộ {}", wlv),
                    format!("Đảng ủy {}", wlv),
                    format!("Đảng bộ {}", wlv),
                ]
            } else {
                vec![
                    format!("Đảng ủy {}", wlv),
                    format!("Ban Chấp hành Đảng bộ {}", wlv),
                    format!("Đảng bộ {}", wlv),
                ]
            };
            let (p1, p2) = period(date.m, date.y);
            let verb = if date.m >= 10 || date.m <= 1 {
                "tổng kết"
            } else {
                "sơ kết"
            };
            lead = format!(
                "{}, {}{} tổ chức hội nghị {} công tác xây dựng Đảng, thực hiện nhiệm vụ chính trị {}, triển khai phương hướng, nhiệm vụ {}.",
                date_s, org_s, in_d, verb, p1, p2
            );
            head_core = format!("{} công tác {}", verb, p1);
            let wbt = a.w.ward_holder(a.d, wi, 0, a.m);
            let wpb = a.w.ward_holder(a.d, wi, 1, a.m);
            let wct = a.w.ward_holder(a.d, wi, 2, a.m);
            chairs = if a.r.chance(0.5) {
                vec![wbt]
            } else {
                vec![wbt, wpb]
            };
            guests.push(if a.r.chance(0.7) {
                let v = a.uvtv_others(&[], 1);
                v[0]
            } else {
                *a.r.pick(&[bt, pbttt, ctub])
            });
            reporter = Some(wct);
            report_what = "chính trị".into();
            let wpool = a.w.docs_ward[a.d as usize][wi as usize].clone();
            if let Some(doc) = a.pick_doc(&wpool, &["KH", "NQ", "CTr"], false, 30, 700) {
                let ds = a.doc_with_target(doc);
                a.subject(doc);
                let k = ((date.days() - a.w.docs[doc as usize].date.days()) / 30).max(1);
                extra.push(format!(
                    "Hội nghị cũng đánh giá {} tháng thực hiện {}.",
                    k, ds
                ));
            } else if let Some(doc) = a.pick_doc(&city_pool, &["CT", "NQ"], false, 60, 900) {
                let ds = a.doc_full(doc, true);
                a.subject(doc);
                extra.push(format!("Hội nghị đánh giá kết quả thực hiện {}.", ds));
            }
            second_ok = false;
            concluder = Some(wbt);
        }
        K::Ubkt => {
            let b = if a.r.chance(0.5) {
                "Ủy ban Kiểm tra"
            } else {
                "UBKT"
            };
            let ps = a.party_s(dsc);
            let what = if date.m >= 11 || date.m == 1 {
                format!(
                    "tổng kết công tác kiểm tra, giám sát năm {}",
                    if date.m == 1 { date.y - 1 } else { date.y }
                )
            } else {
                format!(
                    "sơ kết công tác kiểm tra, giám sát {}",
                    period(date.m, date.y).0
                )
            };
            lead = format!("{}, {} {} tổ chức hội nghị {}.", date_s, b, ps, what);
            org_alts = vec![format!("Ủy ban Kiểm tra {}", org_full_party)];
            head_core = what.clone();
            let kt = a.holder(PK::Kt);
            chairs = vec![kt];
            if a.r.chance(0.5) {
                let p =
                    a.w.city_posts
                        .iter()
                        .copied()
                        .find(|&p| a.w.posts[p as usize].kind == PK::CPcnKt)
                        .unwrap();
                guests.push(a.w.posts[p as usize].holder(a.m));
            }
            if a.r.chance(0.4) {
                if let Some(doc) = a.pick_doc(&central_pool, &["QĐi", "KL"], false, 60, 2500) {
                    let ds = a.doc_full(doc, true);
                    a.subject(doc);
                    extra.push(format!("Hội nghị cũng đánh giá kết quả thực hiện {}.", ds));
                }
            }
            reporter = Some(a.holder(PK::Cvp));
            concluder = Some(kt);
        }
    }
    a.meetings[0].organizer = org_alts;

    // chairs, guests, attendees
    let mut paras: Vec<String> = Vec::new();
    let cs = if chair_pat_first {
        let items: Vec<String> = chairs.iter().map(|&c| a.after(c)).collect();
        for &c in &chairs {
            let i = a.gp(c);
            a.chair(i);
        }
        format!("Dự và chủ trì {} có {}.", obj, items.join("; "))
    } else {
        a.chairs_sentence(&chairs, obj)
    };
    if cs.contains("dưới sự chủ trì") && a.r.chance(0.6) {
        lead = format!("{} {}", lead, cs);
        paras.push(lead);
    } else {
        paras.push(lead);
        paras.push(cs);
    }
    let mut att = String::new();
    if !guests.is_empty() {
        att = a.guests_sentence(&guests, obj);
    }
    if kind != K::WardConf && kind != K::Mttq {
        let s = a.attendees_sentence(&attendees);
        att = if att.is_empty() {
            s
        } else {
            format!("{} {}", att, s)
        };
    }
    if !att.is_empty() {
        paras.push(att);
    }
    if let Some(rp) = reporter {
        let s = a.report_para(rp, &report_what);
        paras.push(s);
    }
    paras.extend(extra);

    // captions and filler up to the target length
    let target = a.r.int(2900, 5600) as usize;
    let mut caption_done = false;
    let mut len: usize = paras.iter().map(|p| p.len()).sum();
    let mut guard = 0;
    while len < target.saturating_sub(900) && guard < 12 {
        guard += 1;
        if !caption_done && a.r.chance(0.5) {
            caption_done = true;
            let present: Vec<u32> = a.meetings[0]
                .parts
                .iter()
                .filter_map(|&i| a.persons[i].pid)
                .filter(|&p| !a.titles_now(p).is_empty())
                .collect();
            let s = if !present.is_empty() && a.r.chance(0.7) {
                let p = *a.r.pick(&present);
                let verb = *a.r.pick(&[
                    " phát biểu tại hội nghị",
                    " phát biểu chỉ đạo hội nghị",
                    " phát biểu kết luận hội nghị",
                    " báo cáo tại hội nghị",
                ]);
                a.cur = Some(0);
                a.caption(p, verb)
            } else {
                (*a.r.pick(&[
                    "Quang cảnh hội nghị",
                    "Toàn cảnh Hội nghị",
                    "Các đại biểu dự hội nghị",
                    "Quang cảnh Hội nghị",
                ]))
                .to_string()
            };
            paras.push(s);
            continue;
        }
        let n = a.r.int(3, 5) as usize;
        let s = a.filler(n);
        len += s.len();
        paras.push(s);
    }
    for sp in speakers {
        let s = a.speaker_para(sp);
        paras.push(s);
    }
    if let Some(&g) = guests.first() {
        let s = a.directive_para(g, true);
        paras.push(s);
    }
    if let Some(c) = concluder {
        let s = a.directive_para(c, false);
        paras.push(s);
    }
    if second_ok && a.r.chance(0.1) {
        if let Some(s) = a.second_meeting() {
            paras.push(s);
        }
    }
    if a.r.chance(0.15) {
        let us = a.ubnd_s(dsc);
        paras.push(format!(
            "Dịp này, {} đã tặng Giấy khen cho {} tập thể và {} cá nhân có thành tích xuất sắc.",
            us,
            a.r.int(3, 20),
            a.r.int(5, 40)
        ));
    }

    // headline: names the district when the lead did not
    let named = a.districts.contains(&dn);
    let name_it = !named || a.r.chance(0.7);
    let subject = match kind {
        K::BchConf => format!("Đảng bộ {} {}", lv, dn),
        K::Hdnd | K::Election => format!("HĐND {} {}", lv, dn),
        K::Ubnd => format!("UBND {} {}", lv, dn),
        K::Mttq => format!("{} {}", cap(lv), dn),
        K::Ubkt => format!("UBKT {} {}", party, dn),
        K::Bcd => {
            let n = a.extra.first().map(|(_, t)| match t.body {
                B::Bcd(n) => n,
                _ => 0,
            });
            format!("Ban Chỉ đạo {} {} {}", n.unwrap_or(0), lv, dn)
        }
        K::WardConf => {
            let wi = a.ward.unwrap();
            let ward = &a.w.districts[a.d as usize].wards[wi as usize];
            format!("Đảng bộ {} {}", ward.kind.lv(), ward.name)
        }
        _ => format!("{} {}", party, dn),
    };
    if matches!(kind, K::WardConf) {
        head_core = format!("{} {}", subject, head_core);
    } else if name_it {
        a.reg_district(a.d);
        head_core = format!("{} {}", subject, head_core);
    } else {
        head_core = cap(&head_core);
    }
    let _ = dk;
    (head_core, paras)
}

fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for para in text.split('\n') {
        let mut col = 0;
        for (i, word) in para.split(' ').enumerate() {
            let wl = word.chars().count();
            if i > 0 {
                if col + 1 + wl > width {
                    out.push('\n');
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(word);
            col += wl;
        }
        out.push('\n');
    }
    out.pop();
    out
}

fn finish(mut a: Art, idx: u64, kind: K, headline: String, paras: Vec<String>) -> Output {
    let dist = a.dist();
    let mut slug = dist.slug.clone();
    let mut gold_district = dist.name.clone();
    if let Some(wi) = a.ward {
        let ward = &dist.wards[wi as usize];
        slug = format!("{}-{}", slug, fold_slug(&ward.name));
        gold_district = ward.name.clone();
    }
    let id = format!("s{:06}_{}", idx, slug);
    let mut t = String::with_capacity(6500);
    if a.r.chance(0.7) {
        let sec = *a.r.pick(SECTIONS);
        t.push_str(sec);
        t.push_str("\n\n");
    }
    t.push_str(&headline);
    t.push('\n');
    if let Some(p) = a.pubd {
        t.push_str(&pub_line(&mut a.r, p));
        t.push('\n');
    }
    t.push('\n');
    let layout = a.r.weighted(&[85.0, 9.0, 3.0, 3.0]);
    let joined = match layout {
        1 => paras.join("\n"),
        2 => wrap(&paras.join("\n"), 80),
        3 => paras
            .iter()
            .map(|p| format!("     {}", p))
            .collect::<Vec<_>>()
            .join("\n\n"),
        _ => paras.join("\n\n"),
    };
    t.push_str(&joined);
    t.push_str(if layout == 1 || layout == 2 {
        "\n"
    } else {
        "\n\n"
    });
    let party = dist.kind.party().to_uppercase();
    let pen = a.r.pick(&a.w.pen_names).clone();
    let pen2 = a.r.pick(&a.w.pen_names).clone();
    let byline = match (kind, a.r.below(8)) {
        (K::WardConf, 0..=2) => {
            let ward = &dist.wards[a.ward.unwrap() as usize];
            format!("ĐẢNG ỦY {} {}", ward.kind.lv(), ward.name).to_uppercase()
        }
        (_, 0) => format!("BAN TUYÊN GIÁO {}", party),
        (_, 1) => format!("VĂN PHÒNG {}", party),
        (_, 2) => format!(
            "TRUNG TÂM VĂN HÓA - THÔNG TIN VÀ THỂ THAO {}",
            dist.kind.lv().to_uppercase()
        ),
        (_, 3) => format!("Tin, ảnh: {}", pen),
        (_, 4) => "PV".to_string(),
        (_, 5) => format!("{} – {}", pen.to_uppercase(), pen2.to_uppercase()),
        _ => pen,
    };
    t.push_str(&byline);
    if a.r.chance(0.3) {
        t.push_str("\n\n");
        match a.r.below(3) {
            0 => {
                t.push_str("thời tiết các vùng\n\nHà Nội\nĐà Nẵng\nTP Hồ Chí Minh");
                if a.r.chance(0.5) {
                    t.push_str("\n\nLiên kết website");
                }
            }
            1 => {
                let _ = write!(
                    t,
                    "Bình chọn\n\nĐánh giá thái độ tiếp công dân của cán bộ Một cửa {}\nRất hài lòng\nHài lòng\nChưa hài lòng",
                    dist.kind.lv()
                );
            }
            _ => {
                t.push_str(if a.r.chance(0.5) {
                    "Các tin khác\n"
                } else {
                    "Tin liên quan\n"
                });
                for _ in 0..a.r.int(2, 4) {
                    let od = &a.w.districts[a.r.below(a.w.districts.len())];
                    let pd = a.date.add(-a.r.int(1, 40));
                    let h = match a.r.below(3) {
                        0 => format!(
                            "{} {} sơ kết công tác 6 tháng đầu năm",
                            od.kind.party(),
                            od.name
                        ),
                        1 => format!(
                            "HĐND {} {} tổ chức kỳ họp thứ {}",
                            od.kind.lv(),
                            od.name,
                            a.r.int(2, 15)
                        ),
                        _ => format!(
                            "Đảng bộ {} {} tổ chức Hội nghị Ban Chấp hành lần thứ {}",
                            od.kind.lv(),
                            od.name,
                            a.r.int(2, 30)
                        ),
                    };
                    let _ = write!(t, "\n{} ({})", h, pd.dmy());
                }
            }
        }
    }
    t.push('\n');

    // gold
    let persons: Vec<Value> = a
        .persons
        .iter()
        .map(|p| {
            let mut o = json!({"name": p.name, "titles": p.titles});
            if let Some(pid) = p.pid {
                o["id"] = json!(format!("p{}", pid));
            }
            if !p.optional.is_empty() {
                o["optional_titles"] = json!(p.optional);
            }
            o
        })
        .collect();
    let wards: Vec<Value> = a
        .wards
        .iter()
        .map(|(w, d)| json!({"name": w, "district": d}))
        .collect();
    let res: Vec<Value> = a
        .res
        .iter()
        .map(|r| {
            let mut o = json!({"code": r.code, "kind": r.kind, "issuer": r.issuer});
            if let Some(d) = r.date {
                o["date"] = json!(d.iso());
            }
            o
        })
        .collect();
    let meetings: Vec<Value> = a
        .meetings
        .iter()
        .map(|m| {
            let mut o = json!({"date": m.date.iso()});
            if let Some(n) = m.ordinal {
                o["ordinal"] = json!(n);
            }
            o["organizer"] = json!(m.organizer);
            o["chairs"] = json!(m
                .chairs
                .iter()
                .map(|&i| &a.persons[i].name)
                .collect::<Vec<_>>());
            o["participants"] = json!(m
                .parts
                .iter()
                .map(|&i| &a.persons[i].name)
                .collect::<Vec<_>>());
            o["resolutions"] = json!(m.res);
            o
        })
        .collect();
    let gold = json!({
        "article": id,
        "published": a.pubd.map(|p| p.iso()),
        "district": gold_district,
        "persons": persons,
        "districts": a.districts,
        "wards": wards,
        "resolutions": res,
        "implements": a.impls.iter().map(|(x, y)| json!([x, y])).collect::<Vec<_>>(),
        "meetings": meetings,
        "synth": {"kind": format!("{:?}", kind)},
    });
    let officials = a.persons.iter().filter_map(|p| p.pid).collect();
    let citizens = a
        .persons
        .iter()
        .filter(|p| p.pid.is_none())
        .map(|p| p.name.clone())
        .collect();
    Output {
        id,
        text: t,
        gold,
        officials,
        citizens,
    }
}

// ---------------------------------------------------------------------------
// Command line

struct Args {
    articles: u64,
    out: PathBuf,
    seed: u64,
    threads: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        articles: 1000,
        out: PathBuf::new(),
        seed: 1,
        threads: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
    };
    let mut out = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut val = |name: &str| it.next().ok_or(format!("{} needs a value", name));
        match a.as_str() {
            "--articles" | "-n" => {
                args.articles = val("--articles")?
                    .parse()
                    .map_err(|e| format!("--articles: {}", e))?
            }
            "--out" | "-o" => out = Some(PathBuf::from(val("--out")?)),
            "--seed" => {
                args.seed = val("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {}", e))?
            }
            "--threads" => {
                args.threads = val("--threads")?
                    .parse()
                    .map_err(|e| format!("--threads: {}", e))?
            }
            "-h" | "--help" => {
                return Err(String::new());
            }
            _ => return Err(format!("unknown argument {}", a)),
        }
    }
    args.out = out.ok_or("--out DIR is required")?;
    args.threads = args.threads.max(1);
    Ok(args)
}

fn career(w: &World, pid: u32) -> String {
    let p = &w.people[pid as usize];
    let mut v = Vec::new();
    for &(s, e, post) in &p.hist {
        let ts = w.post_titles(post, s);
        let main = ts
            .iter()
            .rfind(|t| {
                !matches!(
                    t.body,
                    B::Member | B::BtvMember | B::Politburo | B::Central | B::Hdnd
                )
            })
            .or(ts.last())
            .map(|&t| w.canon(t))
            .unwrap_or_default();
        let sd = month_start(s);
        let end = if e == u32::MAX {
            String::new()
        } else {
            let ed = month_start(e);
            format!("{}-{:02}", ed.y, ed.m)
        };
        v.push(format!("{}-{:02}..{} {}", sd.y, sd.m, end, main));
    }
    v.join("; ")
}

fn write_persons(
    w: &World,
    dir: &Path,
    counts: &[u32],
    citizens: &[(String, String)],
) -> std::io::Result<()> {
    let mut s = String::from(
        "# The true identity of every person: one line per person (officials by id,\n# citizens by article). homonym = 1 when another person has the same name.\n# career: start..end month and main post, from the simulation.\nid\tname\thomonym\tdistricts\tarticles\tcareer\n",
    );
    for (i, p) in w.people.iter().enumerate() {
        let ds: Vec<&str> = p
            .dists
            .iter()
            .map(|&d| w.districts[d as usize].name.as_str())
            .collect();
        let _ = writeln!(
            s,
            "p{}\t{}\t{}\t{}\t{}\t{}",
            i,
            p.name,
            p.homonym as u8,
            ds.join(","),
            counts[i],
            career(w, i as u32)
        );
    }
    for (art, name) in citizens {
        let _ = writeln!(s, "c:{}\t{}\t0\t\t1\tcitizen", art, name);
    }
    std::fs::write(dir.join("persons.tsv"), s)
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("synth: {}", e);
            }
            eprintln!(
                "usage: cargo run --release --example synth -- --articles N --out DIR [--seed N] [--threads N]"
            );
            std::process::exit(2);
        }
    };
    let t0 = std::time::Instant::now();
    let names = Names {
        surnames: Table::parse(SURNAMES),
        mid_m: Table::parse(MIDDLE_M),
        mid_f: Table::parse(MIDDLE_F),
        giv_m: Table::parse(GIVEN_M),
        giv_f: Table::parse(GIVEN_F),
    };
    let _ = NAMES.set(names);
    let w = build_world(args.seed, NAMES.get().unwrap());
    let homonyms = w.people.iter().filter(|p| p.homonym).count();
    eprintln!(
        "synth: world of {} districts, {} wards, {} posts, {} people ({} homonyms), {} documents in {:.2}s",
        w.districts.len(),
        w.districts.iter().map(|d| d.wards.len()).sum::<usize>(),
        w.posts.len(),
        w.people.len(),
        homonyms,
        w.docs.len(),
        t0.elapsed().as_secs_f64()
    );
    let art_dir = args.out.join("articles");
    let gold_dir = args.out.join("gold");
    for d in [&art_dir, &gold_dir] {
        if let Err(e) = std::fs::create_dir_all(d) {
            eprintln!("synth: cannot create {}: {}", d.display(), e);
            std::process::exit(2);
        }
    }
    let n = args.articles;
    let threads = args.threads as u64;
    type PerThread = (u64, Vec<u32>, Vec<(String, String)>);
    let results: Vec<PerThread> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..threads)
            .map(|t| {
                let w = &w;
                let art_dir = &art_dir;
                let gold_dir = &gold_dir;
                s.spawn(move || {
                    let mut bytes = 0u64;
                    let mut officials = vec![0u32; w.people.len()];
                    let mut citizens = Vec::new();
                    let mut i = t;
                    while i < n {
                        let o = gen_article(w, i, args.seed);
                        bytes += o.text.len() as u64;
                        let gold = serde_json::to_string_pretty(&o.gold).unwrap();
                        std::fs::write(art_dir.join(format!("{}.txt", o.id)), &o.text)
                            .and_then(|_| {
                                std::fs::write(gold_dir.join(format!("{}.json", o.id)), gold)
                            })
                            .unwrap_or_else(|e| {
                                eprintln!("synth: cannot write {}: {}", o.id, e);
                                std::process::exit(1);
                            });
                        for p in o.officials {
                            officials[p as usize] += 1;
                        }
                        for c in o.citizens {
                            citizens.push((o.id.clone(), c));
                        }
                        i += threads;
                    }
                    (bytes, officials, citizens)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut counts = vec![0u32; w.people.len()];
    let mut bytes = 0;
    let mut citizens = Vec::new();
    for (b, c, z) in results {
        bytes += b;
        for (i, x) in c.into_iter().enumerate() {
            counts[i] += x;
        }
        citizens.extend(z);
    }
    citizens.sort();
    if let Err(e) = write_persons(&w, &args.out, &counts, &citizens) {
        eprintln!("synth: cannot write persons.tsv: {}", e);
        std::process::exit(1);
    }
    eprintln!(
        "synth: {} articles, {:.1} MB of text in {} -> {:.2}s",
        n,
        bytes as f64 / 1e6,
        args.out.display(),
        t0.elapsed().as_secs_f64()
    );
}
