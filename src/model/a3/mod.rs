//! The A3 sheet of KS Helhetsmodellen: one sheet of structured problem solving per change.
//!
//! The sheet holds a header, the six numbered fields, causes (symptom or root cause), and the
//! tables: gevinster ([`benefit`]), tiltak and budget ([`measure`]) and måling ([`indicator`]),
//! and the realisation plans ([`benefit_plan`]). Unknown fields are kept in `extra`, so a file
//! written by a newer build survives a round trip through this one.

pub mod benefit;
pub mod benefit_plan;
pub mod indicator;
pub mod measure;

use crate::model::a3::benefit::Benefit;
use crate::model::a3::indicator::Indicator;
use crate::model::a3::measure::{BudgetLine, Measure};
use crate::model::entity::{
    impl_entity, ordered_choices, Id, SharedRows, Timestamp, WithoutShared,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Where the change is in the improvement cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    #[default]
    Forberede,
    Planlegge,
    Utfore,
    Evaluere,
    FolgeOpp,
}

/// The seminar idea an A3 sheet was made from: the seminar, the groups that named it and
/// their notes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct A3Source {
    pub seminar: Id,
    #[serde(default)]
    pub groups: Vec<Id>,
    #[serde(default)]
    pub notes: Vec<Id>,
}

/// One A3 sheet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct A3Sheet {
    pub id: Id,
    pub updated: Timestamp,
    pub created: Timestamp,
    #[serde(default)]
    pub title: String,
    /// Unit / cost centre, e.g. "3412 Stokkbakken omsorgssenter".
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub method_coach: String,
    /// Next review date, `YYYY-MM-DD`, empty if not set.
    #[serde(default)]
    pub next_review: String,
    #[serde(default)]
    pub phase: Phase,
    /// Field 1: Begrunnelse.
    #[serde(default)]
    pub rationale: String,
    /// Field 2: Nåsituasjonen.
    #[serde(default)]
    pub current_situation: String,
    /// Field 3: Ønsket situasjon.
    #[serde(default)]
    pub desired_situation: String,
    /// Field 4: Utredningstiltak.
    #[serde(default)]
    pub investigation: String,
    /// Field 5: Endringstiltak.
    #[serde(default)]
    pub change_measures: String,
    /// Field 6: Måling.
    #[serde(default)]
    pub measurement: String,
    /// Causes behind the current situation, each marked symptom or root cause (field 2).
    #[serde(default)]
    pub causes: Vec<Cause>,
    #[serde(default)]
    pub benefits: Vec<Benefit>,
    #[serde(default)]
    pub measures: Vec<Measure>,
    #[serde(default)]
    pub budget_lines: Vec<BudgetLine>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Where the sheet came from, when it was made from a seminar's idea (Samle).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<A3Source>,
    /// The programme and focus area the sheet belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<crate::model::a3::ProgrammeLink>,
    /// Set when the sheet was deleted (soft delete: it can be restored, and the deletion
    /// travels to other devices by the usual newer-wins merge).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl_entity!(A3Sheet; rows);

impl SharedRows for A3Sheet {
    fn without_shared_rows<'a>(
        mine: &'a Self,
        theirs: &'a Self,
    ) -> Option<WithoutShared<'a, Self>> {
        let mut parts = WithoutShared {
            mine: mine.without_rows(),
            theirs: theirs.without_rows(),
            rows: Vec::new(),
            lists: Vec::new(),
        };
        let p = &mut parts;
        // Every list is looked at (no short circuit), each once.
        let left_out = [
            leave_out(p, "causes", &mine.causes, &theirs.causes, |s| &mut s.causes),
            leave_out(p, "benefits", &mine.benefits, &theirs.benefits, |s| {
                &mut s.benefits
            }),
            leave_out(p, "measures", &mine.measures, &theirs.measures, |s| {
                &mut s.measures
            }),
            leave_out(
                p,
                "budget_lines",
                &mine.budget_lines,
                &theirs.budget_lines,
                |s| &mut s.budget_lines,
            ),
            leave_out(p, "indicators", &mine.indicators, &theirs.indicators, |s| {
                &mut s.indicators
            }),
        ];
        left_out.contains(&true).then_some(parts)
    }

    fn may_hold_conflicts(&self) -> bool {
        let mut metadata = vec![&self.extra];
        self.causes.iter().for_each(|r| r.metadata(&mut metadata));
        self.benefits.iter().for_each(|r| r.metadata(&mut metadata));
        self.measures.iter().for_each(|r| r.metadata(&mut metadata));
        self.budget_lines
            .iter()
            .for_each(|r| r.metadata(&mut metadata));
        self.indicators
            .iter()
            .for_each(|r| r.metadata(&mut metadata));
        metadata
            .into_iter()
            .any(crate::model::merge::extra_may_hold_conflicts)
    }
}

/// One row list (`field`) of both copies: left out (`true`) when it is not empty and the same
/// in both, its rows' metadata (nested rows' too) going to `parts.rows` and how to write it as
/// JSON to `parts.lists`; otherwise each copy's list is copied into its copy without rows.
fn leave_out<'a, R: Clone + PartialEq + Serialize + RowMetadata>(
    parts: &mut WithoutShared<'a, A3Sheet>,
    key: &'static str,
    mine: &'a Vec<R>,
    theirs: &[R],
    field: fn(&mut A3Sheet) -> &mut Vec<R>,
) -> bool {
    if !mine.is_empty() && mine.as_slice() == theirs {
        mine.iter().for_each(|row| row.metadata(&mut parts.rows));
        parts
            .lists
            .push((key, Box::new(move || serde_json::to_value(mine))));
        true
    } else {
        *field(&mut parts.mine) = mine.clone();
        *field(&mut parts.theirs) = theirs.to_vec();
        false
    }
}

/// A row's merge metadata (its `extra`) and that of the rows it holds.
trait RowMetadata {
    fn metadata<'a>(&'a self, out: &mut Vec<&'a Map<String, Value>>);
}

impl RowMetadata for Cause {
    fn metadata<'a>(&'a self, out: &mut Vec<&'a Map<String, Value>>) {
        out.push(&self.extra);
    }
}

impl RowMetadata for Benefit {
    fn metadata<'a>(&'a self, out: &mut Vec<&'a Map<String, Value>>) {
        out.push(&self.extra);
        out.extend(self.plan.iter().map(|p| &p.extra));
    }
}

impl RowMetadata for Measure {
    fn metadata<'a>(&'a self, out: &mut Vec<&'a Map<String, Value>>) {
        out.push(&self.extra);
        out.extend(self.comments.iter().map(|c| &c.extra));
        out.extend(self.benefits.iter().map(|l| &l.extra));
    }
}

impl RowMetadata for BudgetLine {
    fn metadata<'a>(&'a self, out: &mut Vec<&'a Map<String, Value>>) {
        out.push(&self.extra);
    }
}

impl RowMetadata for Indicator {
    fn metadata<'a>(&'a self, out: &mut Vec<&'a Map<String, Value>>) {
        out.push(&self.extra);
        out.extend(self.measurements.iter().map(|m| &m.extra));
    }
}

impl A3Sheet {
    /// A copy without its row lists ([`leave_out`] fills in those it keeps). Every field is
    /// named, so a new field is copied, not forgotten.
    fn without_rows(&self) -> A3Sheet {
        A3Sheet {
            id: self.id,
            updated: self.updated,
            created: self.created,
            title: self.title.clone(),
            unit: self.unit.clone(),
            owner: self.owner.clone(),
            method_coach: self.method_coach.clone(),
            next_review: self.next_review.clone(),
            phase: self.phase,
            rationale: self.rationale.clone(),
            current_situation: self.current_situation.clone(),
            desired_situation: self.desired_situation.clone(),
            investigation: self.investigation.clone(),
            change_measures: self.change_measures.clone(),
            measurement: self.measurement.clone(),
            causes: Vec::new(),
            benefits: Vec::new(),
            measures: Vec::new(),
            budget_lines: Vec::new(),
            indicators: Vec::new(),
            source: self.source.clone(),
            programme: self.programme,
            deleted: self.deleted,
            extra: self.extra.clone(),
        }
    }
}

impl A3Sheet {
    /// Moves the sheet to another phase; `false` if it is in that phase already.
    pub fn set_phase(&mut self, phase: Phase) -> bool {
        if self.phase == phase {
            return false;
        }
        self.phase = phase;
        true
    }

    pub fn new(id: Id, title: &str, now: Timestamp) -> Self {
        A3Sheet {
            id,
            updated: now,
            created: now,
            title: title.trim().to_owned(),
            unit: String::new(),
            owner: String::new(),
            method_coach: String::new(),
            next_review: String::new(),
            phase: Phase::default(),
            rationale: String::new(),
            current_situation: String::new(),
            desired_situation: String::new(),
            investigation: String::new(),
            change_measures: String::new(),
            measurement: String::new(),
            causes: Vec::new(),
            benefits: Vec::new(),
            measures: Vec::new(),
            budget_lines: Vec::new(),
            indicators: Vec::new(),
            source: None,
            programme: None,
            deleted: None,
            extra: Map::new(),
        }
    }

    /// A copy with fresh ids everywhere and " (kopi)"-style title given by the caller.
    pub fn duplicate(&self, title: String, now: Timestamp, mut new_id: impl FnMut() -> Id) -> Self {
        let mut copy = self.clone();
        copy.id = new_id();
        copy.title = title;
        copy.created = now;
        copy.updated = now;
        copy.deleted = None;
        if let Ok(serde_json::Value::Object(mut fresh)) = serde_json::to_value(&copy) {
            crate::model::merge::clear(&mut fresh);
            if let Ok(cleared) = crate::model::json::from_tree(&serde_json::Value::Object(fresh)) {
                copy = cleared;
            }
        }
        copy.causes.iter_mut().for_each(|c| c.id = new_id());
        copy.benefits.iter_mut().for_each(|b| b.id = new_id());
        for measure in &mut copy.measures {
            measure.id = new_id();
            measure.comments.iter_mut().for_each(|c| c.id = new_id());
        }
        copy.budget_lines.iter_mut().for_each(|b| b.id = new_id());
        for indicator in &mut copy.indicators {
            indicator.id = new_id();
            indicator
                .measurements
                .iter_mut()
                .for_each(|m| m.id = new_id());
        }
        copy
    }

    /// Lower-cased text of the header and fields, for search.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        query.is_empty()
            || [
                &self.title,
                &self.unit,
                &self.owner,
                &self.method_coach,
                &self.rationale,
                &self.current_situation,
                &self.desired_situation,
                &self.investigation,
                &self.change_measures,
                &self.measurement,
            ]
            .iter()
            .any(|field| field.to_lowercase().contains(&query))
    }
}

/// Whether a cause is a symptom (treated by a quick fix) or a root cause.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CauseKind {
    #[default]
    Symptom,
    RootCause,
}

/// One cause in Nåsituasjonen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cause {
    pub id: Id,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub kind: CauseKind,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

/// The text fields of the sheet that the editor changes one at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum A3Field {
    Title,
    Unit,
    Owner,
    MethodCoach,
    NextReview,
    Rationale,
    CurrentSituation,
    DesiredSituation,
    Investigation,
    ChangeMeasures,
    Measurement,
}

impl A3Field {
    /// The numbered fields 1–6, in the order of the sheet.
    pub const NUMBERED: [A3Field; 6] = [
        A3Field::Rationale,
        A3Field::CurrentSituation,
        A3Field::DesiredSituation,
        A3Field::Investigation,
        A3Field::ChangeMeasures,
        A3Field::Measurement,
    ];

    /// The field's name in the document.
    pub fn key(self) -> &'static str {
        match self {
            A3Field::Title => "title",
            A3Field::Unit => "unit",
            A3Field::Owner => "owner",
            A3Field::MethodCoach => "method_coach",
            A3Field::NextReview => "next_review",
            A3Field::Rationale => "rationale",
            A3Field::CurrentSituation => "current_situation",
            A3Field::DesiredSituation => "desired_situation",
            A3Field::Investigation => "investigation",
            A3Field::ChangeMeasures => "change_measures",
            A3Field::Measurement => "measurement",
        }
    }

    pub fn get(self, sheet: &A3Sheet) -> &str {
        match self {
            A3Field::Title => &sheet.title,
            A3Field::Unit => &sheet.unit,
            A3Field::Owner => &sheet.owner,
            A3Field::MethodCoach => &sheet.method_coach,
            A3Field::NextReview => &sheet.next_review,
            A3Field::Rationale => &sheet.rationale,
            A3Field::CurrentSituation => &sheet.current_situation,
            A3Field::DesiredSituation => &sheet.desired_situation,
            A3Field::Investigation => &sheet.investigation,
            A3Field::ChangeMeasures => &sheet.change_measures,
            A3Field::Measurement => &sheet.measurement,
        }
    }

    fn get_mut(self, sheet: &mut A3Sheet) -> &mut String {
        match self {
            A3Field::Title => &mut sheet.title,
            A3Field::Unit => &mut sheet.unit,
            A3Field::Owner => &mut sheet.owner,
            A3Field::MethodCoach => &mut sheet.method_coach,
            A3Field::NextReview => &mut sheet.next_review,
            A3Field::Rationale => &mut sheet.rationale,
            A3Field::CurrentSituation => &mut sheet.current_situation,
            A3Field::DesiredSituation => &mut sheet.desired_situation,
            A3Field::Investigation => &mut sheet.investigation,
            A3Field::ChangeMeasures => &mut sheet.change_measures,
            A3Field::Measurement => &mut sheet.measurement,
        }
    }

    /// Sets the field; returns whether anything changed (and bumps `updated` if so).
    pub fn set(self, sheet: &mut A3Sheet, value: &str, now: Timestamp) -> bool {
        let slot = self.get_mut(sheet);
        if slot == value {
            return false;
        }
        value.clone_into(slot);
        sheet.updated = now;
        true
    }
}

ordered_choices!(Phase {
    Forberede,
    Planlegge,
    Utfore,
    Evaluere,
    FolgeOpp
});
ordered_choices!(CauseKind { Symptom, RootCause });

/// Where an A3 sheet or a seminar belongs: a programme, and one of its focus areas if chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProgrammeLink {
    pub programme: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_area: Option<Id>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_gives_fresh_ids_everywhere_and_keeps_content() {
        let mut sheet = A3Sheet::new(Id::new_random(), "Original", Timestamp(1));
        sheet.rationale = "Begrunnelse".into();
        sheet.measures.push(Measure::new(Id::new_random()));
        let mut indicator = Indicator::new(Id::new_random());
        indicator.measurements.push(Default::default());
        sheet.indicators.push(indicator);
        sheet.deleted = Some(Timestamp(2));
        let copy = sheet.duplicate("Kopi".into(), Timestamp(9), Id::new_random);
        assert_ne!(copy.id, sheet.id);
        assert_ne!(copy.measures[0].id, sheet.measures[0].id);
        assert_ne!(
            copy.indicators[0].measurements[0].id,
            sheet.indicators[0].measurements[0].id
        );
        assert_eq!(
            (copy.title.as_str(), copy.rationale.as_str()),
            ("Kopi", "Begrunnelse")
        );
        assert_eq!(
            (copy.created, copy.updated, copy.deleted),
            (Timestamp(9), Timestamp(9), None)
        );
    }

    #[test]
    fn search_looks_in_header_and_fields_ignoring_case() {
        let mut sheet = A3Sheet::new(Id::new_random(), "Færre overliggere", Timestamp(1));
        sheet.unit = "3412 Stokkbakken".into();
        sheet.measurement = "Liggedøgn".into();
        for hit in ["", "  ", "færre", "STOKKBAKKEN", "3412", "liggedøgn"] {
            assert!(sheet.matches(hit), "{hit}");
        }
        assert!(!sheet.matches("barnehage"));
    }

    #[test]
    fn setting_a_field_bumps_updated_only_on_change() {
        let mut sheet = A3Sheet::new(Id::new_random(), "  Færre overliggere ", Timestamp(1));
        assert_eq!(sheet.title, "Færre overliggere");
        assert!(!A3Field::Title.set(&mut sheet, "Færre overliggere", Timestamp(5)));
        assert_eq!(sheet.updated, Timestamp(1));
        assert!(A3Field::Rationale.set(&mut sheet, "290 liggedøgn", Timestamp(7)));
        assert_eq!(sheet.rationale, "290 liggedøgn");
        assert_eq!(sheet.updated, Timestamp(7));
    }
}
