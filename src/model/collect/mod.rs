//! The facilitator's round-up (Samle): every group's joint prioritisation in one combined
//! ranking by Borda count, and hand-made merges of similar ideas across groups. The exports in
//! words (text, CSV for Norwegian Excel) and reading a group's pasted report text back are in
//! `crate::report` (`collect_export`, `group_report`).

use crate::model::a3::benefit::BenefitKind;
use crate::model::entity::{impl_entity, Id, Timestamp};
use crate::model::seminar::exercise::Group;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// One group's item (a note or a cluster of notes), as the facilitator refers to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IdeaRef {
    pub group: Id,
    pub item: Id,
}

/// Ideas from different groups that the facilitator judged to be the same.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IdeaMerge {
    pub id: Id,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub ideas: Vec<IdeaRef>,
    /// Fields this build does not know, kept as they were; also where merge stamps live.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

/// The facilitator's work on one seminar's answers. There is one per seminar, with an id
/// derived from the seminar's ([`Synthesis::id_for`]), so two devices' copies merge.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Synthesis {
    pub id: Id,
    pub updated: Timestamp,
    pub seminar: Id,
    #[serde(default)]
    pub merges: Vec<IdeaMerge>,
    /// Titles (normalised, see [`normalise_title`]) whose ideas the facilitator split: ideas
    /// with such a title are no longer combined by themselves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kept_apart: Vec<String>,
    /// Pairs of normalised titles the facilitator said are not the same idea (a refused
    /// suggestion, or a merge split again), each pair in sorted order: never suggested again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<[String; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl_entity!(Synthesis);

/// Namespace of ids this module derives (uuid v5).
pub(crate) const NAMESPACE: Id = Id(uuid::Uuid::from_u128(
    0x6a1f_4c2e_9b7d_4e10_8c3a_5d2b_0f91_e7a4,
));

impl Synthesis {
    pub fn id_for(seminar: Id) -> Id {
        Id::derived(NAMESPACE, &["synthesis", &seminar.to_string()])
    }

    pub fn new(seminar: Id, now: Timestamp) -> Self {
        Synthesis {
            id: Synthesis::id_for(seminar),
            updated: now,
            seminar,
            merges: Vec::new(),
            kept_apart: Vec::new(),
            refused: Vec::new(),
            deleted: None,
            extra: Map::new(),
        }
    }

    /// Puts idea `from` together with idea `into` (either may already be a merge). The new
    /// merge keeps `into`'s title; `new_id` names it if one is made.
    pub fn merge(&mut self, from: &Idea, into: &Idea, new_id: Id) {
        if from.key == into.key {
            return;
        }
        let refs: Vec<IdeaRef> = from.refs.iter().chain(&into.refs).copied().collect();
        let existing = self.merges.iter().position(|m| m.id == into.key);
        self.merges
            .retain(|m| m.id != from.key && Some(m.id) != existing.map(|_| into.key));
        self.merges.push(IdeaMerge {
            extra: Default::default(),
            id: if existing.is_some() { into.key } else { new_id },
            title: into.title.clone(),
            ideas: refs,
        });
    }

    /// Dissolves a merge into the groups' own ideas.
    pub fn split(&mut self, merge: &Id) {
        self.merges.retain(|m| &m.id != merge);
    }

    /// Splits a combined idea into the groups' own ideas, and remembers it: a hand-made merge
    /// is dissolved and its titles are not suggested together again; ideas combined because
    /// their titles are the same are kept apart from now on.
    pub fn split_idea(&mut self, idea: &Idea) {
        match idea.origin {
            Origin::Single => {}
            Origin::SameTitle => {
                let title = normalise_title(&idea.title);
                if !self.kept_apart.contains(&title) {
                    self.kept_apart.push(title);
                }
            }
            Origin::Merged => {
                self.split(&idea.key);
                let mut titles: Vec<String> =
                    idea.titles.iter().map(|t| normalise_title(t)).collect();
                titles.sort();
                titles.dedup();
                for (i, a) in titles.iter().enumerate() {
                    for b in &titles[i + 1..] {
                        self.refuse(a, b);
                    }
                }
            }
        }
    }

    /// Remembers that two titles are not the same idea, so they are not suggested again.
    pub fn refuse(&mut self, a: &str, b: &str) {
        let pair = refused_pair(a, b);
        if !self.refused.contains(&pair) {
            self.refused.push(pair);
        }
    }

    fn is_refused(&self, a: &str, b: &str) -> bool {
        self.refused.contains(&refused_pair(a, b))
    }
}

fn refused_pair(a: &str, b: &str) -> [String; 2] {
    let (a, b) = (normalise_title(a), normalise_title(b));
    if a <= b {
        [a, b]
    } else {
        [b, a]
    }
}

/// A title as it is compared: lower case, every run of punctuation and white space one space,
/// trimmed; letters of any language (æ, ø, å) and digits kept, and a letter typed as a base
/// letter plus a combining mark (a + ring) made one letter, so "Felles turnus!" and
/// " felles  TURNUS" are the same title.
pub fn normalise_title(title: &str) -> String {
    let mut letters: Vec<char> = Vec::with_capacity(title.len());
    for c in title.chars() {
        let composed = match (letters.last().copied(), c) {
            (Some(base), '\u{030a}') => compose(base, &[('a', 'å'), ('A', 'Å')]),
            (Some(base), '\u{0301}') => compose(base, &[('e', 'é'), ('E', 'É')]),
            (Some(base), '\u{0308}') => compose(
                base,
                &[
                    ('a', 'ä'),
                    ('o', 'ö'),
                    ('u', 'ü'),
                    ('A', 'Ä'),
                    ('O', 'Ö'),
                    ('U', 'Ü'),
                ],
            ),
            _ => None,
        };
        match composed {
            Some(letter) => {
                letters.pop();
                letters.push(letter);
            }
            // Any other combining mark is dropped rather than splitting the word.
            None if ('\u{0300}'..='\u{036f}').contains(&c) => {}
            None => letters.push(c),
        }
    }
    letters
        .into_iter()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn compose(base: char, table: &[(char, char)]) -> Option<char> {
    table.iter().find(|(b, _)| *b == base).map(|(_, c)| *c)
}

/// Small words that say little about what an idea is, left out when titles are compared.
const FILLER_WORDS: &[&str] = &[
    "av", "og", "i", "på", "pa", "for", "til", "med", "om", "en", "et", "ei", "eit", "den", "det",
    "de", "som", "mer", "meir", "mindre", "the", "of", "and", "a", "an", "in", "on", "to", "for",
    "with", "at", "more", "less",
];

fn content_words(normalised: &str) -> Vec<&str> {
    normalised
        .split(' ')
        .filter(|w| !w.is_empty() && !FILLER_WORDS.contains(w))
        .collect()
}

/// Whether two words are the same word for comparing ideas: equal, one an inflected form of
/// the other (up to three letters more: "turnus", "turnusen"; "møte", "møter"), or one typing
/// slip apart in a long word. A compound is another word ("kjøkken", "kjøkkendrift").
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    let short_len = short.chars().count();
    (short_len >= 4 && long.starts_with(short) && long.chars().count() - short_len <= 3)
        || (short_len >= 6 && edit_distance_at_most_one(short, long))
}

fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a.len().max(b.len()) - prefix - suffix <= 1
}

/// Whether two titles are likely the same idea, to offer them as a one-tap merge: every
/// content word of the shorter title is in the longer one ("Felles turnus" and "Felles turnus
/// på tvers"), comparing words as `same_word` does, and the shorter has at least one
/// content word. Titles that are the same once normalised are combined without asking and
/// are not "likely" here.
pub fn likely_same(a: &str, b: &str) -> bool {
    let (a, b) = (normalise_title(a), normalise_title(b));
    if a == b {
        return false;
    }
    let (wa, wb) = (content_words(&a), content_words(&b));
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    if short.is_empty() {
        return false;
    }
    // Each word of the short title finds its own word in the long one.
    let mut used = vec![false; long.len()];
    short.iter().all(
        |w| match (0..long.len()).find(|&i| !used[i] && same_word(w, long[i])) {
            Some(i) => {
                used[i] = true;
                true
            }
            None => false,
        },
    )
}

/// Two ideas of the combined ranking that are likely the same (see [`likely_same`]), offered
/// to the facilitator as *Slå sammen*.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// The idea that would be merged into `into` (the lower-ranked of the two).
    pub from: Id,
    pub into: Id,
}

/// The merge suggestions for a ranking: pairs of ideas named by different groups whose
/// titles are likely the same and that the facilitator has not refused, best-ranked first.
/// Each idea appears in at most one suggestion, with its best-ranked partner.
pub fn suggestions(ideas: &[Idea], synthesis: Option<&Synthesis>) -> Vec<Suggestion> {
    let mut taken = HashSet::new();
    let mut out = Vec::new();
    for (i, into) in ideas.iter().enumerate() {
        if taken.contains(&into.key) {
            continue;
        }
        let partner = ideas[i + 1..].iter().find(|from| {
            !taken.contains(&from.key)
                && !from
                    .groups
                    .iter()
                    .all(|(g, _)| into.groups.iter().any(|(h, _)| h == g))
                && likely_same(&from.title, &into.title)
                && !synthesis.is_some_and(|s| s.is_refused(&from.title, &into.title))
        });
        if let Some(from) = partner {
            taken.insert(into.key);
            taken.insert(from.key);
            out.push(Suggestion {
                from: from.key,
                into: into.key,
            });
        }
    }
    out
}

/// One line of the combined ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Idea {
    /// The merge's id, or the group item's id.
    pub key: Id,
    pub title: String,
    /// Benefits written on its notes, each once, in order.
    pub benefits: Vec<String>,
    pub kinds: Vec<BenefitKind>,
    /// Each group that named it, with the place it had in that group's list (1-based), in
    /// group order.
    pub groups: Vec<(Id, usize)>,
    /// Borda points: summed over groups (a group counts once, at its best place).
    pub points: u32,
    /// Standard competition rank by points ("1, 1, 3").
    pub rank: usize,
    pub refs: Vec<IdeaRef>,
    pub notes: Vec<Id>,
    /// Whether it is one group's idea, ideas with the same title, or a hand-made merge.
    pub origin: Origin,
    /// The titles of the groups' ideas it stands for, as they wrote them, each once.
    pub titles: Vec<String>,
}

/// How an idea of the combined ranking came to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// One group's idea, or the same group's ideas only.
    Single,
    /// Ideas whose titles are the same once normalised ([`normalise_title`]), combined
    /// without asking.
    SameTitle,
    /// Ideas the facilitator merged.
    Merged,
}

impl Idea {
    /// The mean of its places across the groups that named it.
    pub fn mean_place(&self) -> f64 {
        if self.groups.is_empty() {
            return 0.0;
        }
        self.groups.iter().map(|(_, p)| *p as f64).sum::<f64>() / self.groups.len() as f64
    }

    /// "Gruppe 1 (2.), Gruppe 2 (1.)": the groups that named it, with their places.
    pub fn named_by(&self, group_names: &HashMap<Id, String>) -> String {
        self.groups
            .iter()
            .map(|(g, place)| {
                format!(
                    "{} ({place}.)",
                    group_names.get(g).map_or("", String::as_str)
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether it matches a search (title or benefits, case-insensitive) and, if given, a kind.
    pub fn matches(&self, query: &str, kind: Option<BenefitKind>) -> bool {
        let query = query.trim().to_lowercase();
        let text = query.is_empty()
            || self.title.to_lowercase().contains(&query)
            || self
                .benefits
                .iter()
                .any(|b| b.to_lowercase().contains(&query));
        text && kind.is_none_or(|k| self.kinds.contains(&k))
    }
}

/// The groups' names as the facilitator reads them: two groups that both left the name empty
/// on their own devices are both "Gruppe 1", so a repeated name gets its place among the
/// groups of that name, in the order they were made: "Gruppe 1", "Gruppe 1 (2)".
pub fn group_labels(groups: &[&Group]) -> HashMap<Id, String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut ordered: Vec<&&Group> = groups.iter().collect();
    ordered.sort_by_key(|g| (g.created, g.id));
    ordered
        .into_iter()
        .map(|g| {
            let count = seen.entry(g.name.trim().to_lowercase()).or_insert(0);
            *count += 1;
            let label = if *count == 1 {
                g.name.clone()
            } else {
                format!("{} ({count})", g.name)
            };
            (g.id, label)
        })
        .collect()
}

/// The wording to show for ideas combined by their title: the one most groups wrote, and among
/// equally common ones the first that is written as a title (a capital first, no punctuation
/// at the end), so "felles turnus!" from one group does not stand for "Felles turnus" from two.
pub(crate) fn best_wording(written: &[String]) -> String {
    let score = |title: &String| {
        let count = written.iter().filter(|t| *t == title).count();
        let capital = title.chars().next().is_some_and(char::is_uppercase);
        let clean_end = title.chars().last().is_some_and(char::is_alphanumeric);
        (count, capital, clean_end)
    };
    // `max_by_key` keeps the last of equal keys: search from the end so the first wins.
    written
        .iter()
        .rev()
        .max_by_key(|t| score(t))
        .cloned()
        .unwrap_or_default()
}

/// What one collected answer brought, for "Gruppe 3: 5 forslag, 2 nye".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerReport {
    pub group: String,
    /// Items in the group's joint prioritisation.
    pub ideas: usize,
    /// Of those, how many had no note here before.
    pub new_ideas: usize,
    pub outcome: AnswerOutcome,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerOutcome {
    /// The group was not here.
    Added,
    /// A newer version replaced the one here.
    Updated,
    /// The same (or a newer) version was here: nothing changed.
    Unchanged,
}
