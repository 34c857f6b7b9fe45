//! Dialogue seminars and the participants' notes ("ett potensiale per lapp").
//!
//! A seminar holds the setup every participant needs (questions, framing, timers, the date
//! that picks the timekeeper); a note is one potential for change and the benefit it could
//! give. The group exercise built on them lives in [`crate::model::seminar::exercise`].

use crate::model::a3::benefit::BenefitKind;
use crate::model::entity::{impl_entity, ordered_choices, Id, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The reflection question from seed 000 (problem-oriented framing).
pub const DEFAULT_QUESTION: &str = "Skriv ned aktuelle områder du ser har et potensiale for \
endring og hvilke gevinster som kan oppnås ved denne endringen.";

/// The reflection question for the appreciative framing, from seed 002's table.
pub const APPRECIATIVE_QUESTION: &str = "Hva ønsker vi å oppnå, hvilke drømmer har vi? \
Hvilke suksesshistorier har vi, og hvilke gevinster kan vi hente ut av dem?";

/// The question the group answers together (seed 000).
pub const DEFAULT_GROUP_QUESTION: &str =
    "Hva har størst gevinstpotensiale og bør utforskes videre?";

/// Bounds of the seminar's timer settings, in whole minutes.
pub const MINUTES_RANGE: std::ops::RangeInclusive<u32> = 1..=120;
/// Bounds of the dots each member may give in a vote.
pub const DOTS_RANGE: std::ops::RangeInclusive<u32> = 1..=20;

/// How the seminar's question is framed (seed 002: "Problemorientering" versus
/// "Anerkjennende tilnærming").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Framing {
    /// Problemorientert: what is the problem, and what causes it?
    #[default]
    Problem,
    /// Verdsettende: what do we want to achieve, what works already?
    Appreciative,
}

ordered_choices!(Framing {
    Problem,
    Appreciative
});

impl Framing {
    /// The default reflection question for this framing.
    pub fn default_question(self) -> &'static str {
        match self {
            Framing::Problem => DEFAULT_QUESTION,
            Framing::Appreciative => APPRECIATIVE_QUESTION,
        }
    }
}

/// A day in the year without a year ("20. mars"): birthdays are asked for as day and month
/// only, never with a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawDayMonth")]
pub struct DayMonth {
    /// 1–12.
    pub month: u8,
    /// 1–31, valid for the month (29 February is allowed).
    pub day: u8,
}

/// What a file holds; [`DayMonth`] accepts it only if the day exists in the month.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct RawDayMonth {
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 12)))]
    month: u8,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 31)))]
    day: u8,
}

impl TryFrom<RawDayMonth> for DayMonth {
    type Error = String;
    fn try_from(raw: RawDayMonth) -> Result<Self, String> {
        DayMonth::new(raw.day, raw.month)
            .ok_or_else(|| format!("no such day: {}.{}", raw.day, raw.month))
    }
}

/// Days in each month of a leap year, so 29 February has a place.
const MONTH_DAYS: [u8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/// Days in the leap year the distances are measured in.
const YEAR_DAYS: u16 = 366;

impl DayMonth {
    /// 20 March, the seed's reference date for choosing the timekeeper.
    pub const SEED_REFERENCE: DayMonth = DayMonth { month: 3, day: 20 };

    /// `None` unless the day exists in the month of a leap year.
    pub fn new(day: u8, month: u8) -> Option<Self> {
        let last = *MONTH_DAYS.get(usize::from(month).checked_sub(1)?)?;
        (1..=last).contains(&day).then_some(DayMonth { month, day })
    }

    /// The number of days in `month` (1–12) of a leap year; 0 for no such month.
    pub fn days_in_month(month: u8) -> u8 {
        usize::from(month)
            .checked_sub(1)
            .and_then(|i| MONTH_DAYS.get(i).copied())
            .unwrap_or(0)
    }

    /// 0-based day of a leap year: 1 January is 0, 29 February is 59, 31 December is 365.
    fn day_of_year(self) -> u16 {
        let before: u16 = MONTH_DAYS[..usize::from(self.month - 1)]
            .iter()
            .map(|&d| u16::from(d))
            .sum();
        before + u16::from(self.day) - 1
    }

    /// Days between two dates around the year, whichever way is shorter: 31 December and
    /// 1 January are one day apart.
    pub fn distance(self, other: DayMonth) -> u16 {
        let (a, b) = (self.day_of_year(), other.day_of_year());
        let forward = a.abs_diff(b);
        forward.min(YEAR_DAYS - forward)
    }
}

impl Default for DayMonth {
    fn default() -> Self {
        DayMonth::SEED_REFERENCE
    }
}

fn default_reflection_minutes() -> u32 {
    5
}
fn default_turn_minutes() -> u32 {
    2
}
fn default_dots() -> u32 {
    3
}
fn default_group_question() -> String {
    DEFAULT_GROUP_QUESTION.to_owned()
}

/// One dialogue seminar and its setup.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Seminar {
    pub id: Id,
    pub updated: Timestamp,
    pub created: Timestamp,
    #[serde(default)]
    pub title: String,
    /// Local date of the seminar, `YYYY-MM-DD`, empty if not set.
    #[serde(default)]
    pub date: String,
    /// The reflection question each participant answers alone.
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub framing: Framing,
    /// The question the group answers together.
    #[serde(default = "default_group_question")]
    pub group_question: String,
    /// Minutes of individual reflection, 1–120 ([`MINUTES_RANGE`]).
    #[serde(default = "default_reflection_minutes")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 120)))]
    pub reflection_minutes: u32,
    /// Minutes each member gets in the group round, 1–120 ([`MINUTES_RANGE`]).
    #[serde(default = "default_turn_minutes")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 120)))]
    pub turn_minutes: u32,
    /// Dots each member may give when the group votes, 1–20 ([`DOTS_RANGE`]).
    #[serde(default = "default_dots")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 20)))]
    pub dots_per_member: u32,
    /// The member whose birthday is nearest this date keeps time.
    #[serde(default)]
    pub reference_date: DayMonth,
    /// The programme and focus area the seminar belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<crate::model::a3::ProgrammeLink>,
    /// Set when the seminar was moved to the trash (soft delete, as for A3 sheets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl_entity!(Seminar);

impl Seminar {
    pub fn new(id: Id, title: &str, now: Timestamp) -> Self {
        Seminar {
            id,
            updated: now,
            created: now,
            title: title.trim().to_owned(),
            date: String::new(),
            question: DEFAULT_QUESTION.to_owned(),
            framing: Framing::Problem,
            group_question: default_group_question(),
            reflection_minutes: default_reflection_minutes(),
            turn_minutes: default_turn_minutes(),
            dots_per_member: default_dots(),
            reference_date: DayMonth::SEED_REFERENCE,
            programme: None,
            deleted: None,
            extra: Map::new(),
        }
    }

    /// Changes the framing; a question still at the old framing's default text follows to
    /// the new framing's default, a question the facilitator wrote is kept.
    pub fn set_framing(&mut self, framing: Framing) {
        if self.question.trim() == self.framing.default_question() || self.question.is_empty() {
            self.question = framing.default_question().to_owned();
        }
        self.framing = framing;
    }
}

/// One note: one potential for change and the benefit it could give.
///
/// A note with no `group` is the participant's own, on their device. In a group, `member`
/// says whose note it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Note {
    pub id: Id,
    pub updated: Timestamp,
    /// The seminar the note was written in, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seminar: Option<Id>,
    #[serde(default)]
    pub potential: String,
    #[serde(default)]
    pub benefit: String,
    /// Økonomisk, kvalitet or samfunnsmessig, if the writer chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benefit_kind: Option<BenefitKind>,
    /// The group the note was brought into, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Id>,
    /// The group member who wrote it (an id in the group's `members`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<Id>,
    /// Set when the note was moved to the trash (soft delete, as for A3 sheets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    /// Fields this build does not know, kept as they were. A note has no row lists of its
    /// own: `Workspace::with_row_stamps` (the version-1 migration) stamps only the rows kept
    /// here, so a row list added to `Note` must be added there too.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl_entity!(Note; rows);

impl crate::model::entity::SharedRows for Note {
    /// A note has no row lists of its own: its metadata says it all.
    fn may_hold_conflicts(&self) -> bool {
        crate::model::merge::extra_may_hold_conflicts(&self.extra)
    }
}

impl Note {
    /// An empty note, written in `seminar` if given.
    pub fn new(id: Id, seminar: Option<Id>, now: Timestamp) -> Self {
        Note {
            id,
            updated: now,
            seminar,
            potential: String::new(),
            benefit: String::new(),
            benefit_kind: None,
            group: None,
            member: None,
            deleted: None,
            extra: Map::new(),
        }
    }

    /// Whether the note has anything written on it.
    pub fn is_blank(&self) -> bool {
        self.potential.trim().is_empty() && self.benefit.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dm(day: u8, month: u8) -> DayMonth {
        DayMonth::new(day, month).unwrap()
    }

    #[test]
    fn only_real_days_are_dates() {
        assert!(DayMonth::new(29, 2).is_some());
        assert!(DayMonth::new(30, 2).is_none());
        assert!(DayMonth::new(31, 4).is_none());
        assert!(DayMonth::new(0, 1).is_none());
        assert!(DayMonth::new(1, 0).is_none());
        assert!(DayMonth::new(1, 13).is_none());
        assert!(serde_json::from_str::<DayMonth>(r#"{"day":31,"month":6}"#).is_err());
        assert_eq!(
            serde_json::from_str::<DayMonth>(r#"{"day":20,"month":3}"#).unwrap(),
            DayMonth::SEED_REFERENCE
        );
    }

    #[test]
    fn distance_goes_the_short_way_round_the_year() {
        assert_eq!(dm(31, 12).distance(dm(1, 1)), 1);
        assert_eq!(dm(1, 1).distance(dm(31, 12)), 1);
        assert_eq!(dm(20, 3).distance(dm(20, 3)), 0);
        assert_eq!(dm(28, 2).distance(dm(1, 3)), 2, "29 February lies between");
        assert_eq!(dm(29, 2).distance(dm(1, 3)), 1);
        assert_eq!(dm(20, 3).distance(dm(20, 9)), 182, "184 forward, 182 back");
        assert_eq!(dm(20, 9).distance(dm(20, 3)), 182);
    }

    #[test]
    fn changing_framing_changes_only_a_default_question() {
        let mut seminar = Seminar::new(Id::new_random(), "S", Timestamp(1));
        seminar.set_framing(Framing::Appreciative);
        assert_eq!(seminar.question, APPRECIATIVE_QUESTION);
        seminar.set_framing(Framing::Problem);
        assert_eq!(seminar.question, DEFAULT_QUESTION);
        seminar.question = "Vår egen".into();
        seminar.set_framing(Framing::Appreciative);
        assert_eq!(seminar.question, "Vår egen");
        assert_eq!(seminar.framing, Framing::Appreciative);
    }

    #[test]
    fn a_version_1_seminar_without_the_setup_fields_gets_the_seed_defaults() {
        let seminar: Seminar = serde_json::from_str(
            r#"{"id":"6f1c1b0e-2d3a-4c5b-9e8f-0a1b2c3d4e5f","updated":1,"created":1,"title":"S"}"#,
        )
        .unwrap();
        assert_eq!(seminar.reflection_minutes, 5);
        assert_eq!(seminar.turn_minutes, 2);
        assert_eq!(seminar.dots_per_member, 3);
        assert_eq!(seminar.reference_date, DayMonth::SEED_REFERENCE);
        assert_eq!(seminar.group_question, DEFAULT_GROUP_QUESTION);
        assert_eq!(seminar.framing, Framing::Problem);
    }
}
