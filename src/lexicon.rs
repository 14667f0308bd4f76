//! The lexicons of `data/lexicon/`, loaded once, and the phrase matcher
//! that finds their entries in a token stream.

use crate::facts::EdgeType;
use crate::text::{fold, tokenize, TokKind};
use rustc_hash::{FxHashMap, FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// Number of a word in [`Vocab`]; words no phrase set has get [`UNKNOWN`].
pub type WordId = u32;

/// The id of a word that is in no lexicon.
pub const UNKNOWN: WordId = WordId::MAX;

/// Every word of every phrase set, numbered. A document looks each token
/// up once ([`Vocab::id`]) and the phrase sets then step on numbers: a
/// dozen sets asked at every token used to hash the same word a dozen times.
#[derive(Debug, Default)]
pub struct Vocab {
    ids: FxHashMap<Box<str>, WordId>,
    /// Words a lexicon writes in capitals ("HU", "ĐU"): they match only a
    /// token written in capitals, since in lowercase most are words of
    /// their own ("tu bổ", "đu quay").
    capitals: FxHashMap<Box<str>, WordId>,
}

/// The word a phrase set knows `w` by: the dashes are one word ("Kinh tế –
/// Xã hội" is "Kinh tế - Xã hội").
fn dashes_as_one(w: &str) -> &str {
    match w {
        "–" | "—" => "-",
        _ => w,
    }
}

impl Vocab {
    fn intern(&mut self, w: &str) -> WordId {
        let w = dashes_as_one(w);
        let next = (self.ids.len() + self.capitals.len()) as WordId;
        *self.ids.entry(w.into()).or_insert(next)
    }

    fn intern_capitals(&mut self, w: &str) -> WordId {
        let next = (self.ids.len() + self.capitals.len()) as WordId;
        *self.capitals.entry(w.into()).or_insert(next)
    }

    /// The id of a folded word, [`UNKNOWN`] when no phrase has it.
    pub fn id(&self, w: &str) -> WordId {
        self.ids.get(dashes_as_one(w)).copied().unwrap_or(UNKNOWN)
    }

    /// The id of a folded word of the text, written in capitals there
    /// when `capitals`: a word a lexicon writes in capitals has its own id.
    pub fn token_id(&self, w: &str, capitals: bool) -> WordId {
        if capitals && !self.capitals.is_empty() {
            if let Some(&id) = self.capitals.get(w) {
                return id;
            }
        }
        self.id(w)
    }
}

/// A set of multi-word phrases, matched longest-first on folded tokens
/// (as word ids of the lexicon's [`Vocab`]).
#[derive(Debug, Default)]
pub struct PhraseSet<V> {
    /// Node of each first word, by word id (0: no phrase starts there).
    root: Vec<u32>,
    /// (node, next word) -> node.
    next: FxHashMap<(u32, WordId), u32>,
    values: Vec<Option<V>>,
}

impl<V> PhraseSet<V> {
    /// An empty set.
    pub fn new() -> Self {
        PhraseSet {
            root: Vec::new(),
            next: FxHashMap::default(),
            values: vec![None],
        }
    }

    /// Add a phrase (folded text, tokenised the way articles are) with a
    /// value, numbering its words in `vocab`. The first value given for a
    /// phrase wins.
    pub fn insert(&mut self, vocab: &mut Vocab, phrase: &str, value: V) {
        let raw = phrase.trim();
        let f = fold(raw);
        let mut node = 0u32;
        // A word of two letters or more written in capitals matches only
        // capitals (folding keeps offsets, so the tokens line up; were they
        // ever not to, no word would be taken for capitals).
        let folded = tokenize(&f);
        let mut written = tokenize(raw);
        if written.len() != folded.len() {
            written.clear();
        }
        for (q, t) in folded.iter().enumerate() {
            let word = &f[t.start..t.end];
            let capitals = written
                .get(q)
                .is_some_and(|r| r.upper && r.kind == TokKind::Word);
            let w = if capitals && word.chars().nth(1).is_some() {
                vocab.intern_capitals(word)
            } else {
                vocab.intern(word)
            };
            let found = if node == 0 {
                self.root.get(w as usize).copied().filter(|&n| n != 0)
            } else {
                self.next.get(&(node, w)).copied()
            };
            node = match found {
                Some(n) => n,
                None => {
                    let n = self.values.len() as u32;
                    self.values.push(None);
                    if node == 0 {
                        if self.root.len() <= w as usize {
                            self.root.resize(w as usize + 1, 0);
                        }
                        self.root[w as usize] = n;
                    } else {
                        self.next.insert((node, w), n);
                    }
                    n
                }
            };
        }
        if node != 0 && self.values[node as usize].is_none() {
            self.values[node as usize] = Some(value);
        }
    }

    /// Visit each phrase starting at word `i` of `ids`, shortest first,
    /// with its length.
    fn walk<'s>(&'s self, ids: &[WordId], i: usize, mut visit: impl FnMut(usize, &'s V)) {
        let mut node = ids
            .get(i)
            .and_then(|&w| self.root.get(w as usize))
            .copied()
            .unwrap_or(0);
        let mut k = 0;
        while node != 0 {
            k += 1;
            if let Some(v) = &self.values[node as usize] {
                visit(k, v);
            }
            node = ids
                .get(i + k)
                .and_then(|&w| self.next.get(&(node, w)))
                .copied()
                .unwrap_or(0);
        }
    }

    /// Whether some phrase starts with word `i` of `ids`: one look-up, to
    /// pass over the many words that start none.
    pub fn starts_at(&self, ids: &[WordId], i: usize) -> bool {
        ids.get(i)
            .and_then(|&w| self.root.get(w as usize))
            .is_some_and(|&n| n != 0)
    }

    /// The longest phrase starting at word `i` of `ids`, as (length, value).
    pub fn longest(&self, ids: &[WordId], i: usize) -> Option<(usize, &V)> {
        let mut best = None;
        self.walk(ids, i, |k, v| best = Some((k, v)));
        best
    }

    /// The longest phrase starting at word `i` whose value `keep` accepts.
    pub fn longest_where(
        &self,
        ids: &[WordId],
        i: usize,
        mut keep: impl FnMut(&V) -> bool,
    ) -> Option<(usize, &V)> {
        let mut best = None;
        self.walk(ids, i, |k, v| {
            if keep(v) {
                best = Some((k, v));
            }
        });
        best
    }

    /// The phrase that ends just before word `k`, starting at most `back`
    /// words earlier, as (start, value): the earliest start whose longest
    /// phrase (read up to `k`) ends there.
    pub fn ending_at(&self, ids: &[WordId], k: usize, back: usize) -> Option<(usize, &V)> {
        (k.saturating_sub(back)..k).find_map(|s| {
            self.longest(&ids[..k], s)
                .filter(|(n, _)| s + n == k)
                .map(|(_, v)| (s, v))
        })
    }

    /// Whether a phrase starting at word `from` or later, before `k`, runs
    /// past word `k` (its longest phrase read to the end of `ids`): `k`
    /// lies inside it.
    pub fn spans(&self, ids: &[WordId], from: usize, k: usize) -> bool {
        (from..k).any(|s| self.longest(ids, s).is_some_and(|(n, _)| s + n > k))
    }

    /// Every phrase starting at word `i`, longest first.
    pub fn all(&self, ids: &[WordId], i: usize) -> Vec<(usize, &V)> {
        let mut out = Vec::new();
        self.walk(ids, i, |k, v| out.push((k, v)));
        out.reverse();
        out
    }
}

/// A document's signer named in passing (`signatures.tsv`): the agent
/// word before the name ("do") and the verbs after it ("ký").
#[derive(Debug, Default)]
pub struct Signatures {
    /// Words before the name (with its honorific).
    pub agents: PhraseSet<()>,
    /// Verbs after the name, in its clause.
    pub verbs: PhraseSet<()>,
}

/// How a role finds its body when the text names none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleClass {
    /// Party posts: default to the article's party committee.
    Party,
    /// Posts that need a body.
    Org,
    /// Ủy viên: a member of the body that follows.
    Member,
    /// National posts that are complete as written.
    National,
    /// A task, not a post ("Trưởng đoàn giám sát"): no title, unless a
    /// shorter role reads a body further ("Trưởng Đoàn đại biểu Quốc hội").
    Task,
    /// A seat in a body the text must name ("đại biểu HĐND tỉnh"): without
    /// one the word is a plain noun ("đại biểu huyện X" is a delegate from
    /// a district, no post).
    Seat,
}

/// A role entry.
#[derive(Debug, Clone)]
pub struct Role {
    /// Canonical spelling ("Phó Bí thư Thường trực").
    pub canonical: String,
    /// How it finds its body.
    pub class: RoleClass,
}

/// A membership shorthand entry ("TUV" -> Ủy viên + Thành ủy).
#[derive(Debug, Clone)]
pub struct Membership {
    /// Canonical role ("Ủy viên").
    pub role: String,
    /// Body surface, folded; a trailing "*" means "the article's party committee".
    pub body: String,
}

/// The class of a body lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyClass {
    /// A party committee named after its level (Quận ủy).
    Committee,
    /// An organisation that takes a level word (Hội đồng nhân dân quận).
    Leveled,
    /// A sub-body of the body that follows (Ban Thường vụ).
    Prefix,
    /// A national body.
    Central,
    /// A steering committee.
    Steering,
    /// A council or team named by its task, then its level and locality
    /// ("Hội đồng thẩm định giá đất huyện Tuy Phong").
    Subject,
}

/// Administrative levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Tỉnh, or a centrally-run city.
    Province,
    /// "Thành phố": a province-level or a district-level city.
    City,
    /// Quận, huyện, thị xã.
    District,
    /// Phường, xã, thị trấn.
    Ward,
}

/// A body lexicon entry.
#[derive(Debug, Clone)]
pub struct Body {
    /// Canonical spelling.
    pub canonical: String,
    /// Its class.
    pub class: BodyClass,
    /// For committees: their level. For prefixes: which body they default
    /// to ("party", "people", "front").
    pub level: Option<Level>,
    /// For prefixes: the default body family.
    pub default_family: Option<String>,
    /// For committees: the unit kind their name says ("quận" for Quận ủy,
    /// "huyện" for Huyện đoàn), when it says one. For an event's board
    /// (`own_task`): the event's words, folded ("đại hội").
    pub kind: Option<String>,
    /// For bodies named by their task: the surface already says the task
    /// ("Ban Tổ chức lễ hội"), so the words after it may be only the level
    /// and the place.
    pub own_task: bool,
}

/// A level word entry.
#[derive(Debug, Clone)]
pub struct LevelWord {
    /// Canonical spelling ("thành phố" for "TP").
    pub canonical: String,
    /// The level.
    pub level: Level,
}

/// Where the persons stand relative to a verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbPosition {
    /// "đồng chí A chủ trì".
    Before,
    /// "Chủ trì hội nghị có đồng chí A".
    After,
    /// Either.
    Both,
}

/// A meeting verb entry.
#[derive(Debug, Clone)]
pub struct Verb {
    /// The edge it gives.
    pub edge: EdgeType,
    /// Where the persons stand.
    pub position: VerbPosition,
}

/// A document kind.
#[derive(Debug, Clone)]
pub struct DocKind {
    /// Code abbreviation ("NQ").
    pub abbr: String,
    /// Kind in words ("Nghị quyết").
    pub kind: String,
    /// Kind in state codes, when it differs ("TT": Thông tư, not Thông tri).
    pub state_kind: Option<String>,
    /// An executive committee's conference votes documents of this kind
    /// (resolutions, rules): one voted there with no issuer written is the
    /// Ban Chấp hành's.
    pub voted: bool,
}

/// All lexicons.
pub struct Lexicon {
    /// The words of every phrase set, numbered.
    pub vocab: Vocab,
    /// Honorifics ("đồng chí", "ông"); true for those that introduce only
    /// a name right after them, never a list ("cử tri", "đại biểu": "127
    /// đại biểu" is a count of delegates).
    pub honorifics: PhraseSet<bool>,
    /// Family names.
    pub surnames: HashSet<String>,
    /// Two-word family names ("âu dương").
    pub surname_pairs: PhraseSet<()>,
    /// First words of names written given name first, family name last
    /// ("y" of "Y Bhim Niê"; "h'" of "H'Loan Êban"): a short mention of
    /// such a name is its head, not its tail.
    pub given_first: Vec<String>,
    /// Baptismal names before a Catholic's full name (`saint_names.txt`).
    pub saint_names: PhraseSet<()>,
    /// Roles.
    pub roles: PhraseSet<Role>,
    /// Membership shorthands.
    pub memberships: PhraseSet<Membership>,
    /// Bodies.
    pub bodies: PhraseSet<Body>,
    /// Level words.
    pub levels: PhraseSet<LevelWord>,
    /// Meeting verbs.
    pub verbs: PhraseSet<Verb>,
    /// Meeting nouns, each with the kind it names when that differs from
    /// the surface ("làm việc với" -> "Buổi làm việc").
    pub meeting_nouns: PhraseSet<Option<String>>,
    /// Document kinds by abbreviation (uppercase, as in codes).
    pub doc_by_abbr: HashMap<String, DocKind>,
    /// Document kind words ("nghị quyết") to their kind.
    pub doc_words: PhraseSet<DocKind>,
    /// Issuer of a code suffix ("QU" -> "quận ủy").
    pub issuers: HashMap<String, String>,
    /// Code suffixes written with small letters ("THU" -> "ThU", "TTG" -> "TTg").
    pub suffix_forms: HashMap<String, String>,
    /// Words a full stop does not end.
    pub sentence_abbrevs: Vec<String>,
    /// Ranks and degrees.
    pub ranks: PhraseSet<()>,
    /// Nouns that open with a level word and name no unit ("xã hội"):
    /// inside a unit's name they do not end it (`level_nouns.txt`).
    pub level_nouns: PhraseSet<()>,
    /// Words of prose that no task naming a council or working group
    /// holds ("Tổ công tác phối hợp chặt chẽ với các xã",
    /// `task_stops.txt`).
    pub task_stops: PhraseSet<()>,
    /// Meeting cues by class ("subject", "speech", "basis", "future", "held").
    pub cues: PhraseSet<String>,
    /// Phrases linking documents, by class ("carries_out", "issues").
    pub doc_links: PhraseSet<String>,
    /// Words with a say in where a freely read unit name ends.
    pub unit_breaks: PhraseSet<UnitWord>,
    /// Nouns that start a unit a party role may head without a known body
    /// ("Chi bộ khu dân cư số 5").
    pub unit_heads: PhraseSet<()>,
    /// Nouns that start the name of a team set up for one task
    /// (`team_heads.txt`): its head, written with no body or place, holds
    /// no title.
    pub team_heads: PhraseSet<()>,
    /// Phrases whose capitalised first word ends no name
    /// (`name_breaks.txt`: "Đoàn Thư ký", "Tổng Công ty").
    pub name_breaks: PhraseSet<()>,
    /// Words saying a body just elected presented itself to the meeting
    /// (`roll_presented.txt`: "ra mắt"): the members its roll lists are
    /// present.
    pub roll_presented: PhraseSet<()>,
    /// Words before a post saying someone acts for its holder
    /// (`proxy_cues.txt`: "thừa ủy quyền của", "thay mặt"): the name after
    /// the post does not hold it.
    pub proxy_cues: PhraseSet<()>,
    /// Verbs by which a body elects its leaders (`electing_verbs.txt`:
    /// "hiệp thương cử", "bầu"): the body written right before is that of
    /// the bare posts the sentence gives.
    pub electing_verbs: PhraseSet<()>,
    /// Groups of deputies whose members a list after "gồm" names
    /// (`deputy_groups.txt`): each member holds the group's seat.
    pub deputy_groups: PhraseSet<()>,
    /// Body words written alone after a role ("Chủ tịch Hội") and the
    /// canonical names of the bodies each can stand for
    /// (`elided_bodies.tsv`).
    pub elided_bodies: PhraseSet<Vec<String>>,
    /// Roles written with no body at all ("làm Chủ nhiệm") and the
    /// canonical names of the bodies each stands for (`bare_roles.tsv`),
    /// by the role's canonical name.
    pub bare_roles: HashMap<String, Vec<String>>,
    /// Words after an elided body word that make it part of another word
    /// ("Hội đồng"), as phrases starting with the body word.
    pub elided_not: PhraseSet<()>,
    /// Heads of company names (`company_heads.txt`): a name after one that
    /// ends its clause is the company's, not a person's.
    pub company_heads: PhraseSet<()>,
    /// Abbreviations inside a freely read unit name and the words they
    /// stand for ("GD&ĐT" -> "Giáo dục và Đào tạo"), with those words'
    /// ids, so that a head written short finds its spelled-out form.
    pub unit_abbrevs: PhraseSet<(String, Vec<WordId>)>,
    /// Words that open a credit before a colon ("Ảnh: ...").
    pub credits: PhraseSet<()>,
    /// Words before a name that make it a street or a feature named after
    /// a place ("đường", "đê biển"), not the ward of that name.
    pub place_features: PhraseSet<()>,
    /// Heads of bodies named freely as organizers ("Trường", "Trung tâm").
    pub free_bodies: PhraseSet<()>,
    /// Words before a name that cite the person, not put them at the
    /// meeting ("thực hiện chỉ đạo của").
    pub absent_cues: PhraseSet<()>,
    /// Words after a name in its clause that say the person was not there
    /// ("không thể đến dự").
    pub absent_after: PhraseSet<()>,
    /// Words of a disciplinary measure (`disciplines.txt`): a name after
    /// "đối với" in their clause is the measure's object.
    pub disciplines: PhraseSet<()>,
    /// The agent word before a name ("do") and the verbs after it ("ký")
    /// that make the person a cited document's signer, not a participant
    /// (`signatures.tsv`).
    pub signatures: Signatures,
    /// Marks that open an item of a round-up (`bullets.txt`).
    pub bullets: Vec<String>,
    /// Words before a name that make the person the object of another's
    /// answer ("trả lời kiến nghị của ông A, ông B, Trưởng phòng ..."): A
    /// shares no title with the names after.
    pub object_cues: PhraseSet<()>,
    /// Words opening a sentence with a fronted topic ("Đối với vụ việc của
    /// bà A, Chủ tịch UBND tỉnh giao ..."): the title after the topic's
    /// comma is not the named person's (`topic_openers.txt`).
    pub topic_openers: PhraseSet<()>,
    /// Verbs by which a numbered decision names the people it appoints
    /// ("Quyết định số ... chỉ định ..."): people named only there are not
    /// said to be at the meeting.
    pub decision_verbs: PhraseSet<()>,
    /// Words before a title that take the post away ("miễn nhiệm", "cho
    /// thôi làm nhiệm vụ").
    pub dismissals: PhraseSet<()>,
    /// Words before a title that give the post to the person named after
    /// "đối với" ("giao nhiệm vụ", "giao quyền").
    pub assignments: PhraseSet<()>,
    /// Words that with a number after them make an aside between a name
    /// and its titles ("sinh năm 1979").
    pub asides: PhraseSet<()>,
    /// Units with a party cell or committee of their own ("Trạm Y tế",
    /// "Công an"), besides the heads of free bodies.
    pub own_cells: PhraseSet<()>,
    /// Bodies whose members hold "Ủy viên" of them ("các đồng chí trong
    /// Ban Thường vụ Huyện ủy: A, B").
    pub member_bodies: PhraseSet<()>,
    /// Words before a body that make it a meeting's venue ("tại Hội trường
    /// Huyện ủy"), not its organizer.
    pub venues: PhraseSet<()>,
    /// Words before a place that make it someone's home town ("quê ở tỉnh
    /// Cao Bằng"), not where the article happens.
    pub hometowns: PhraseSet<()>,
    /// Grades and jobs between a person's name and the post they take
    /// ("bà A, chuyên viên Văn phòng HĐND và UBND huyện, giữ chức ...").
    pub job_grades: PhraseSet<()>,
    /// Lowercase words of a body's name between "tại"/"với" and a visited
    /// commune ("làm việc với Ban Thường vụ Đảng ủy xã B").
    pub visit_words: PhraseSet<()>,
    /// Words that make the number before them a count, not a unit's name
    /// ("quận 6 tháng đầu năm").
    pub counted: PhraseSet<()>,
    /// Words that start the name of a province's department ("Sở"): with
    /// no locality written, the article's province.
    pub province_units: PhraseSet<()>,
    /// Words that start the name of a district's or a commune's office
    /// ("Phòng"): with no locality written, the article's district or,
    /// since July 2025, its commune.
    pub local_units: PhraseSet<()>,
    /// Words before a unit of a list that say only part of it is meant
    /// ("các xã A, B và một phần xã C thuộc huyện D"): the list goes on.
    pub part_words: PhraseSet<()>,
    /// Words of the present that may open a sentence giving a person's
    /// posts by a pronoun, or stand before its "là" ("Hiện ông là ...",
    /// "Hiện nay, bà đồng thời là ...").
    pub present_words: PhraseSet<()>,
    /// Words describing listed wards before their first name ("các xã
    /// miền núi A, B").
    pub ward_descriptors: PhraseSet<()>,
    /// Words that name a party congress before or after its Đảng bộ
    /// ("Đại hội đại biểu Đảng bộ xã X", "Đảng bộ xã X tổ chức Đại hội")
    /// or one to come, by class ("before", "after", "ahead").
    pub congress_words: PhraseSet<String>,
    /// Roles that head a unit of one kind, by canonical role, and the
    /// unit's head word, folded ("Hiệu trưởng" -> "trường").
    pub role_units: HashMap<String, String>,
    /// Numbers written in words and their value ("hai" -> 2), read by
    /// word id ([`crate::extract::Doc::numeral_at`]).
    pub numerals: PhraseSet<usize>,
    /// Words that name "the unit" already named ("nhà trường"), with the
    /// head word of the unit they stand for.
    pub unit_anaphors: PhraseSet<String>,
    /// Bodies a congress elects for its own sitting ("Ban Thẩm tra tư cách
    /// đại biểu"): heading one is no post.
    pub congress_bodies: PhraseSet<()>,
    /// Words of a sentence that elects or appoints ("bầu", "giữ chức"):
    /// a bare party post there is of the congress's committee.
    pub election_cues: PhraseSet<()>,
    /// Words that open a counted list of people after a body or a title
    /// ("gồm", "có thêm": "... gồm 7 đồng chí: A, B").
    pub roll_openers: PhraseSet<()>,
    /// Folded title prefixes of the posts of a district's leadership
    /// (`leader_posts.tsv`): every role of a line followed by every body.
    pub leader_posts: Vec<String>,
    /// Roles whose holder, chairing a meeting no body is said to hold,
    /// holds it for the post's body, with their rank (1 a head, 2 a
    /// deputy) (`host_posts.tsv`).
    pub host_posts: Vec<(String, u8)>,
    /// Words before a title saying when it was held ("nguyên", "nay là"),
    /// or that a person joins a body ("tham gia").
    pub title_leads: PhraseSet<Lead>,
}

/// What a word before a title says about it (`title_leads.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    /// A post held in the past ("nguyên").
    Former,
    /// A post held now or taken ("nay là", "giữ chức").
    Current,
    /// Bodies joined as a member ("tham gia Ban Chấp hành, Ban Thường
    /// vụ"): "Ủy viên" of each.
    Member,
}

/// What a word does inside a freely read unit name (`unit_breaks.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitWord {
    /// Ends the name.
    Stop,
    /// A conjunction that joins two capitalised parts of the name.
    Join,
    /// Lets the number after it into the name ("số 5").
    Number,
    /// Lets a person's name after it into the name: a school named after
    /// someone ("Trường THCS Hoàng Xuân Hãn").
    Named,
    /// A phrase with a comma inside that stays in the name ("phòng,
    /// chống").
    Idiom,
}

fn lines(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The folded entries of a one-column list (`#` comments and blank lines
/// skipped), as a set.
pub fn folded_set(src: &str) -> HashSet<String> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect()
}

/// A phrase table of two columns, phrase and class (a missing class is
/// ""), as a phrase set.
fn phrase_classes(vocab: &mut Vocab, src: &str) -> PhraseSet<String> {
    let mut set = PhraseSet::new();
    for l in lines(src) {
        set.insert(vocab, l[0], l.get(1).copied().unwrap_or("").to_string());
    }
    set
}

/// A list of phrases, one per line (the first column), as a phrase set.
fn phrase_list(vocab: &mut Vocab, src: &str) -> PhraseSet<()> {
    let mut set = PhraseSet::new();
    for l in lines(src) {
        set.insert(vocab, l[0], ());
    }
    set
}

fn each_surface(col: &str) -> impl Iterator<Item = &str> {
    col.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn parse_level(s: &str) -> Option<Level> {
    match s {
        "province" => Some(Level::Province),
        "city" => Some(Level::City),
        "district" => Some(Level::District),
        "ward" => Some(Level::Ward),
        _ => None,
    }
}

fn parse_edge(s: &str) -> EdgeType {
    match s {
        "chaired" => EdgeType::Chaired,
        "spoke" => EdgeType::Spoke,
        "reported" => EdgeType::Reported,
        "concluded" => EdgeType::Concluded,
        _ => EdgeType::Attended,
    }
}

macro_rules! lexicon_file {
    ($name:literal) => {
        include_str!(concat!("../data/lexicon/", $name))
    };
}

impl Lexicon {
    /// The lexicons embedded in the binary, parsed once.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut vocab = Vocab::default();
        let mut honorifics = PhraseSet::new();
        for l in lines(lexicon_file!("honorifics.tsv")) {
            let name_only = l.get(1).is_some_and(|c| c.trim() == "name");
            honorifics.insert(&mut vocab, l[0], name_only);
        }
        let mut surnames = HashSet::default();
        let mut surname_pairs = PhraseSet::new();
        for l in lines(lexicon_file!("surnames.txt")) {
            let f = fold(l[0]);
            if f.contains(' ') {
                surname_pairs.insert(&mut vocab, &f, ());
            } else {
                surnames.insert(f);
            }
        }
        let mut roles = PhraseSet::new();
        for l in lines(lexicon_file!("roles.tsv")) {
            let class = match l.get(2).copied().unwrap_or("org") {
                "party" => RoleClass::Party,
                "member" => RoleClass::Member,
                "national" => RoleClass::National,
                "task" => RoleClass::Task,
                "seat" => RoleClass::Seat,
                _ => RoleClass::Org,
            };
            for s in each_surface(l[0]) {
                roles.insert(
                    &mut vocab,
                    s,
                    Role {
                        canonical: l.get(1).unwrap_or(&s).to_string(),
                        class,
                    },
                );
            }
        }
        let mut memberships = PhraseSet::new();
        for l in lines(lexicon_file!("memberships.tsv")) {
            for s in each_surface(l[0]) {
                memberships.insert(
                    &mut vocab,
                    s,
                    Membership {
                        role: l.get(1).unwrap_or(&"Ủy viên").to_string(),
                        body: fold(l.get(2).unwrap_or(&"*")),
                    },
                );
            }
        }
        let mut bodies = PhraseSet::new();
        for l in lines(lexicon_file!("bodies.tsv")) {
            let class = match l.get(2).copied().unwrap_or("") {
                "committee" => BodyClass::Committee,
                "prefix" => BodyClass::Prefix,
                "central" => BodyClass::Central,
                "steering" => BodyClass::Steering,
                "subject" => BodyClass::Subject,
                _ => BodyClass::Leveled,
            };
            let col = l.get(3).copied().unwrap_or("-");
            for s in each_surface(l[0]) {
                bodies.insert(
                    &mut vocab,
                    s,
                    Body {
                        canonical: l.get(1).unwrap_or(&s).to_string(),
                        class,
                        level: parse_level(col),
                        default_family: (class == BodyClass::Prefix).then(|| col.to_string()),
                        kind: l
                            .get(4)
                            .filter(|k| !k.is_empty() && **k != "-")
                            .map(|k| k.to_string()),
                        own_task: class == BodyClass::Subject && col == "task",
                    },
                );
            }
        }
        let mut levels = PhraseSet::new();
        for l in lines(lexicon_file!("levels.tsv")) {
            for s in each_surface(l[0]) {
                levels.insert(
                    &mut vocab,
                    s,
                    LevelWord {
                        canonical: l.get(1).unwrap_or(&s).to_string(),
                        level: parse_level(l.get(2).copied().unwrap_or(""))
                            .unwrap_or(Level::District),
                    },
                );
            }
        }
        let mut verbs = PhraseSet::new();
        for l in lines(lexicon_file!("verbs.tsv")) {
            let position = match l.get(2).copied().unwrap_or("both") {
                "before" => VerbPosition::Before,
                "after" => VerbPosition::After,
                _ => VerbPosition::Both,
            };
            for s in each_surface(l[0]) {
                verbs.insert(
                    &mut vocab,
                    s,
                    Verb {
                        edge: parse_edge(l.get(1).copied().unwrap_or("")),
                        position,
                    },
                );
            }
        }
        let mut meeting_nouns = PhraseSet::new();
        for l in lines(lexicon_file!("meeting_nouns.txt")) {
            let kind = l.get(1).filter(|k| !k.is_empty()).map(|k| k.to_string());
            meeting_nouns.insert(&mut vocab, l[0], kind);
        }
        let mut doc_by_abbr = HashMap::default();
        let mut doc_words = PhraseSet::new();
        for l in lines(lexicon_file!("documents.tsv")) {
            let dk = DocKind {
                abbr: l[0].to_string(),
                kind: l.get(1).unwrap_or(&"").to_string(),
                state_kind: l.get(3).filter(|k| !k.is_empty()).map(|k| k.to_string()),
                voted: l.get(4) == Some(&"voted"),
            };
            doc_by_abbr.insert(l[0].to_uppercase(), dk.clone());
            for s in each_surface(l.get(2).copied().unwrap_or("")) {
                doc_words.insert(&mut vocab, s, dk.clone());
            }
        }
        let mut issuers = HashMap::default();
        let mut suffix_forms = HashMap::default();
        for l in lines(lexicon_file!("issuers.tsv")) {
            let upper = l[0].to_uppercase();
            if upper != l[0] {
                suffix_forms.insert(upper.clone(), l[0].to_string());
            }
            issuers.insert(upper, l.get(1).unwrap_or(&"").to_string());
        }
        let doc_links = phrase_classes(&mut vocab, lexicon_file!("doc_links.tsv"));
        let sentence_abbrevs = lines(lexicon_file!("sentence_abbrevs.txt"))
            .map(|l| fold(l[0]))
            .collect();
        let ranks = phrase_list(&mut vocab, lexicon_file!("ranks.txt"));
        let level_nouns = phrase_list(&mut vocab, lexicon_file!("level_nouns.txt"));
        let task_stops = phrase_list(&mut vocab, lexicon_file!("task_stops.txt"));
        let cues = phrase_classes(&mut vocab, lexicon_file!("meeting_cues.tsv"));
        let mut unit_breaks = PhraseSet::new();
        for l in lines(lexicon_file!("unit_breaks.tsv")) {
            let class = match l.get(1).copied() {
                Some("join") => UnitWord::Join,
                Some("number") => UnitWord::Number,
                Some("named") => UnitWord::Named,
                Some("idiom") => UnitWord::Idiom,
                _ => UnitWord::Stop,
            };
            unit_breaks.insert(&mut vocab, l[0], class);
        }
        let mut title_leads = PhraseSet::new();
        for l in lines(lexicon_file!("title_leads.tsv")) {
            let class = match l.get(1).copied() {
                Some("former") => Lead::Former,
                Some("member") => Lead::Member,
                _ => Lead::Current,
            };
            title_leads.insert(&mut vocab, l[0], class);
        }
        let unit_heads = phrase_list(&mut vocab, lexicon_file!("unit_heads.txt"));
        let team_heads = phrase_list(&mut vocab, lexicon_file!("team_heads.txt"));
        let name_breaks = phrase_list(&mut vocab, lexicon_file!("name_breaks.txt"));
        let roll_presented = phrase_list(&mut vocab, lexicon_file!("roll_presented.txt"));
        let proxy_cues = phrase_list(&mut vocab, lexicon_file!("proxy_cues.txt"));
        let electing_verbs = phrase_list(&mut vocab, lexicon_file!("electing_verbs.txt"));
        let deputy_groups = phrase_list(&mut vocab, lexicon_file!("deputy_groups.txt"));
        let company_heads = phrase_list(&mut vocab, lexicon_file!("company_heads.txt"));
        let mut elided_bodies = PhraseSet::new();
        let mut elided_not = PhraseSet::new();
        for l in lines(lexicon_file!("elided_bodies.tsv")) {
            let names = each_surface(l.get(1).copied().unwrap_or(""))
                .map(str::to_string)
                .collect();
            elided_bodies.insert(&mut vocab, l[0], names);
            for next in each_surface(l.get(2).copied().unwrap_or("")) {
                elided_not.insert(&mut vocab, &format!("{} {next}", l[0]), ());
            }
        }
        let bare_roles = lines(lexicon_file!("bare_roles.tsv"))
            .map(|l| {
                let names = each_surface(l.get(1).copied().unwrap_or(""))
                    .map(str::to_string)
                    .collect();
                (l[0].to_string(), names)
            })
            .collect();
        let mut unit_abbrevs = PhraseSet::new();
        for l in lines(lexicon_file!("unit_abbreviations.tsv")) {
            let full = l.get(1).unwrap_or(&"").to_string();
            let f = fold(&full);
            let ids: Vec<WordId> = tokenize(&f)
                .iter()
                .map(|t| vocab.intern(&f[t.start..t.end]))
                .collect();
            for surface in each_surface(l[0]) {
                unit_abbrevs.insert(&mut vocab, surface, (full.clone(), ids.clone()));
            }
        }
        let credits = phrase_list(&mut vocab, lexicon_file!("credits.txt"));
        let free_bodies = phrase_list(&mut vocab, lexicon_file!("free_bodies.txt"));
        let absent_cues = phrase_list(&mut vocab, lexicon_file!("absent_cues.txt"));
        let absent_after = phrase_list(&mut vocab, lexicon_file!("absent_after.txt"));
        let disciplines = phrase_list(&mut vocab, lexicon_file!("disciplines.txt"));
        let bullets = lines(lexicon_file!("bullets.txt"))
            .map(|l| l[0].to_string())
            .collect();
        let signatures = {
            let (mut agents, mut verbs) = (PhraseSet::new(), PhraseSet::new());
            for l in lines(lexicon_file!("signatures.tsv")) {
                for a in each_surface(l[0]) {
                    agents.insert(&mut vocab, a, ());
                }
                for v in l.get(1).into_iter().flat_map(|c| each_surface(c)) {
                    verbs.insert(&mut vocab, v, ());
                }
            }
            Signatures { agents, verbs }
        };
        let object_cues = phrase_list(&mut vocab, lexicon_file!("object_cues.txt"));
        let topic_openers = phrase_list(&mut vocab, lexicon_file!("topic_openers.txt"));
        let decision_verbs = phrase_list(&mut vocab, lexicon_file!("decision_verbs.txt"));
        let dismissals = phrase_list(&mut vocab, lexicon_file!("dismissals.txt"));
        let assignments = phrase_list(&mut vocab, lexicon_file!("assignments.txt"));
        let asides = phrase_list(&mut vocab, lexicon_file!("asides.txt"));
        let own_cells = phrase_list(&mut vocab, lexicon_file!("own_cells.txt"));
        let member_bodies = phrase_list(&mut vocab, lexicon_file!("member_bodies.txt"));
        let venues = phrase_list(&mut vocab, lexicon_file!("venues.txt"));
        let hometowns = phrase_list(&mut vocab, lexicon_file!("hometowns.txt"));
        let job_grades = phrase_list(&mut vocab, lexicon_file!("job_grades.txt"));
        let visit_words = phrase_list(&mut vocab, lexicon_file!("visit_words.txt"));
        let counted = phrase_list(&mut vocab, lexicon_file!("counted.txt"));
        let saint_names = phrase_list(&mut vocab, lexicon_file!("saint_names.txt"));
        let given_first = lines(lexicon_file!("given_first.txt"))
            .map(|l| fold(l[0]))
            .collect();
        let place_features = phrase_list(&mut vocab, lexicon_file!("place_features.txt"));
        let province_units = phrase_list(&mut vocab, lexicon_file!("province_units.txt"));
        let local_units = phrase_list(&mut vocab, lexicon_file!("local_units.txt"));
        let part_words = phrase_list(&mut vocab, lexicon_file!("part_words.txt"));
        let present_words = phrase_list(&mut vocab, lexicon_file!("present_words.txt"));
        let ward_descriptors = phrase_list(&mut vocab, lexicon_file!("ward_descriptors.txt"));
        let congress_words = phrase_classes(&mut vocab, lexicon_file!("congress_words.tsv"));
        let election_cues = phrase_list(&mut vocab, lexicon_file!("election_cues.txt"));
        let roll_openers = phrase_list(&mut vocab, lexicon_file!("roll_openers.txt"));
        let congress_bodies = phrase_list(&mut vocab, lexicon_file!("congress_bodies.txt"));
        let mut role_units = HashMap::default();
        let mut unit_anaphors = PhraseSet::new();
        for l in lines(lexicon_file!("role_units.tsv")) {
            role_units.insert(l[0].to_string(), l[1].to_string());
            for a in each_surface(l.get(2).unwrap_or(&"")) {
                unit_anaphors.insert(&mut vocab, a, l[1].to_string());
            }
        }
        let mut numerals = PhraseSet::new();
        for l in lines(lexicon_file!("numerals.tsv")) {
            if let Some(v) = l.get(1).and_then(|v| v.parse().ok()) {
                numerals.insert(&mut vocab, l[0], v);
            }
        }
        let mut leader_posts = Vec::new();
        for l in lines(lexicon_file!("leader_posts.tsv")) {
            for r in each_surface(l[0]) {
                for b in each_surface(l.get(1).copied().unwrap_or("")) {
                    leader_posts.push(fold(&format!("{r} {b}")));
                }
            }
        }
        let host_posts = lines(lexicon_file!("host_posts.tsv"))
            .filter_map(|l| Some((fold(l[0]), l.get(1)?.parse().ok()?)))
            .collect();
        Lexicon {
            vocab,
            cues,
            unit_breaks,
            unit_heads,
            team_heads,
            name_breaks,
            roll_presented,
            proxy_cues,
            electing_verbs,
            deputy_groups,
            elided_bodies,
            bare_roles,
            elided_not,
            company_heads,
            unit_abbrevs,
            province_units,
            local_units,
            part_words,
            present_words,
            ward_descriptors,
            congress_words,
            election_cues,
            roll_openers,
            congress_bodies,
            role_units,
            numerals,
            unit_anaphors,
            place_features,
            counted,
            absent_cues,
            absent_after,
            disciplines,
            signatures,
            bullets,
            object_cues,
            topic_openers,
            decision_verbs,
            dismissals,
            assignments,
            asides,
            own_cells,
            member_bodies,
            venues,
            hometowns,
            job_grades,
            visit_words,
            free_bodies,
            credits,
            leader_posts,
            host_posts,
            title_leads,
            honorifics,
            surnames,
            surname_pairs,
            given_first,
            saint_names,
            roles,
            memberships,
            bodies,
            levels,
            verbs,
            meeting_nouns,
            doc_by_abbr,
            doc_words,
            issuers,
            suffix_forms,
            sentence_abbrevs,
            ranks,
            level_nouns,
            task_stops,
            doc_links,
        }
    }

    /// The word ids of folded words, for the phrase sets.
    pub fn ids(&self, words: &[&str]) -> Vec<WordId> {
        words.iter().map(|w| self.vocab.id(w)).collect()
    }

    /// True when the folded word is a family name.
    pub fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains(w)
    }

    /// True when the folded word opens a name written given name first
    /// ("y", or "h'loan" by the prefix "h'").
    pub fn opens_given_first(&self, w: &str) -> bool {
        self.given_first.iter().any(|g| {
            if g.ends_with(['\'', '’']) {
                w.starts_with(g.as_str()) && w.len() > g.len()
            } else {
                w == g
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_prefers_the_longer_role() {
        let lex = Lexicon::get();
        let words = ["phó", "bí", "thư", "thường", "trực", "quận", "ủy"];
        let words = lex.ids(&words);
        let (n, r) = lex.roles.longest(&words, 0).unwrap();
        assert_eq!((n, r.canonical.as_str()), (5, "Phó Bí thư Thường trực"));
        let (n, b) = lex.bodies.longest(&words, 5).unwrap();
        assert_eq!((n, b.canonical.as_str()), (2, "Quận ủy"));
    }

    #[test]
    fn a_word_written_in_capitals_is_capitals_in_every_lexicon() {
        // A token written in capitals gets the capitals id of its word when
        // some lexicon writes that word in capitals, so an entry of another
        // lexicon writing it in lowercase would never match it ("ĐB" as a
        // seat in roles.tsv and "đb" before a name in honorifics.tsv).
        let vocab = &Lexicon::get().vocab;
        let mut both: Vec<&str> = vocab
            .capitals
            .keys()
            .filter(|w| vocab.ids.contains_key(*w))
            .map(|w| &**w)
            .collect();
        both.sort_unstable();
        assert!(
            both.is_empty(),
            "written in lowercase in one lexicon, in capitals in another: {both:?}"
        );
    }

    #[test]
    fn abbreviations_and_punctuated_entries_match() {
        let lex = Lexicon::get();
        assert!(lex
            .honorifics
            .longest(&lex.ids(&["đ", "/", "c"]), 0)
            .is_some());
        let (_, m) = lex.memberships.longest(&lex.ids(&["uvtv"]), 0).unwrap();
        assert_eq!(m.body, "ban thường vụ *");
        // A word of no lexicon starts nothing, and a phrase cut short
        // by the end of the words is not matched.
        assert!(lex
            .roles
            .longest(&lex.ids(&["xyz", "bí", "thư"]), 0)
            .is_none());
        assert_eq!(
            lex.roles.longest(&lex.ids(&["phó", "bí"]), 0).map(|m| m.0),
            None
        );
        assert!(lex.is_surname("nguyễn") && lex.is_surname("đường"));
        assert_eq!(lex.doc_by_abbr["NQ"].kind, "Nghị quyết");
    }
}
