//! The other device's value of a conflict on an A3 sheet's choice field, in words: "Kvalitet",
//! "Trenger vedlikehold", "3. Ønsket situasjon", an indicator's name. Without it the conflict
//! shows the stored form (`"quality"`, an id).

use crate::i18n::{fill, Lang};
use crate::model::a3::benefit::BenefitGoal;
use crate::model::a3::benefit::BenefitKind;
use crate::model::a3::benefit::Frequency;
use crate::model::a3::indicator::{Direction, IndicatorUnit};
use crate::model::a3::measure::{FollowUp, MeasureStatus};
use crate::model::a3::{CauseKind, Phase};
use crate::model::workspace::rows::Row;
use crate::model::workspace::FieldConflict;
use crate::model::{Id, Workspace};
use serde::de::DeserializeOwned;
use serde_json::Value;

fn holds<R: Row>(rows: &[R], id: &Id) -> bool {
    rows.iter().any(|r| r.row_id() == id)
}

fn parse<T: DeserializeOwned>(value: &Value) -> Option<T> {
    crate::model::json::from_tree(value).ok()
}

/// A conflict on a choice field of sheet `sheet`: the field's label and the other device's
/// value in words; `None` when the field is not a choice (its text is shown as it is) or the
/// value is not one this build knows.
pub fn conflict_choice(
    workspace: &Workspace,
    sheet: &Id,
    conflict: &FieldConflict,
    lang: Lang,
) -> Option<(&'static str, String)> {
    let t = lang.texts();
    let s = workspace.a3(sheet)?;
    let value = conflict.value.as_ref()?;
    let field = conflict.field.as_str();
    let Some(row) = conflict.rows.first() else {
        return match field {
            "phase" => {
                parse::<Phase>(value).map(|p| (t.a3().field_phase, t.a3().phases.of(p).to_owned()))
            }
            _ => None,
        };
    };
    let row = Id::parse(row)?;
    if holds(&s.benefits, &row) {
        return match field {
            "kind" => parse::<BenefitKind>(value).map(|k| {
                (
                    t.common.benefit_kind,
                    t.common.benefit_kinds.of(k).to_owned(),
                )
            }),
            "measuring_frequency" => parse::<Frequency>(value).map(|f| {
                (
                    t.realisation().frequency,
                    t.realisation().frequencies.of(f).to_owned(),
                )
            }),
            "measured_by" => {
                let id = parse::<Id>(value)?;
                let (i, indicator) = s.indicators.iter().enumerate().find(|(_, i)| i.id == id)?;
                let name = match indicator.name.trim() {
                    "" => fill(t.indicators().unnamed, &[("n", &(i + 1))]),
                    name => name.to_owned(),
                };
                Some((t.benefits().measured_by, name))
            }
            "goal" => {
                let text = match parse::<BenefitGoal>(value)? {
                    BenefitGoal::DesiredSituation => t.benefits().goal_desired.to_owned(),
                    BenefitGoal::EffectGoal(id) => {
                        let programme = s.programme.and_then(|l| workspace.programme(&l.programme));
                        let goal = programme?.effect_goals.iter().find(|g| g.id == id)?;
                        format!("{}: {}", t.benefits().goal_effect, goal.text.trim())
                    }
                };
                Some((t.benefits().goal, text))
            }
            _ => None,
        };
    }
    if holds(&s.measures, &row) {
        return match field {
            "status" => parse::<MeasureStatus>(value)
                .map(|v| (t.measures().status, t.measures().statuses.of(v).to_owned())),
            "follow_up" => parse::<FollowUp>(value).map(|v| {
                (
                    t.measures().follow_up,
                    t.measures().follow_ups.of(v).to_owned(),
                )
            }),
            _ => None,
        };
    }
    if holds(&s.causes, &row) && field == "kind" {
        return parse::<CauseKind>(value)
            .map(|k| (t.causes().kind, t.causes().kinds.of(k).to_owned()));
    }
    if holds(&s.indicators, &row) {
        return match field {
            "unit" => parse::<IndicatorUnit>(value)
                .map(|u| (t.indicators().unit, t.indicators().units.of(u).to_owned())),
            "direction" => parse::<Direction>(value).map(|d| {
                (
                    t.indicators().direction,
                    t.indicators().directions.of(d).to_owned(),
                )
            }),
            _ => None,
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::a3::benefit::Benefit;
    use crate::model::a3::measure::Measure;
    use crate::model::hlc::Stamp;
    use crate::model::{A3Sheet, Timestamp};
    use serde_json::json;

    fn conflict(rows: Vec<String>, field: &str, value: Value) -> FieldConflict {
        FieldConflict {
            rows,
            field: field.to_owned(),
            stamp: Stamp::parse("mioafi8a.0.anne").unwrap(),
            value: Some(value),
        }
    }

    #[test]
    fn choice_values_in_conflict_are_named_in_the_language_and_text_is_left_alone() {
        let mut w = Workspace::default();
        let mut s = A3Sheet::new(Id::new_random(), "Stokkbakken", Timestamp(1));
        let b = Benefit::new(Id::new_random());
        let m = Measure::new(Id::new_random());
        let mut i = crate::model::a3::indicator::Indicator::new(Id::new_random());
        i.name = "Liggedøgn".into();
        let (bid, mid, iid, sid) = (b.id.to_string(), m.id.to_string(), i.id, s.id);
        s.benefits.push(b);
        s.measures.push(m);
        s.indicators.push(i);
        w.add_a3(s);
        let words = |c: FieldConflict, lang| conflict_choice(&w, &sid, &c, lang).map(|(_, v)| v);
        assert_eq!(
            words(
                conflict(vec![bid.clone()], "kind", json!("quality")),
                Lang::Nb
            )
            .as_deref(),
            Some("Kvalitet")
        );
        assert_eq!(
            words(
                conflict(vec![bid.clone()], "goal", json!("desired_situation")),
                Lang::Nb
            )
            .as_deref(),
            Some("3. Ønsket situasjon")
        );
        assert_eq!(
            words(
                conflict(vec![bid.clone()], "measured_by", json!(iid.to_string())),
                Lang::Nb
            )
            .as_deref(),
            Some("Liggedøgn")
        );
        assert_eq!(
            words(
                conflict(vec![bid.clone()], "measuring_frequency", json!("quarterly")),
                Lang::En
            )
            .as_deref(),
            Some("Quarterly")
        );
        assert_eq!(
            words(
                conflict(vec![mid.clone()], "follow_up", json!("needs_maintenance")),
                Lang::Nb
            )
            .as_deref(),
            Some("Trenger vedlikehold")
        );
        assert_eq!(
            words(conflict(vec![], "phase", json!("folge_opp")), Lang::Nb).as_deref(),
            Some("Følge opp")
        );
        // A text field, a value this build does not know, a row that is gone: as it is.
        assert_eq!(
            words(
                conflict(vec![bid.clone()], "description", json!("Tekst")),
                Lang::Nb
            ),
            None
        );
        assert_eq!(
            words(conflict(vec![bid], "kind", json!("ukjent")), Lang::Nb),
            None
        );
        assert_eq!(
            words(
                conflict(vec![Id::new_random().to_string()], "kind", json!("quality")),
                Lang::Nb
            ),
            None
        );
    }
}
