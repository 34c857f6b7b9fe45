//! Field- and row-level merge (issue 20): the rules for each entity kind, the two-people
//! scenario, clock skew, the migration from version 1, what a version-1 build does with a
//! version-2 document, and a property test with three devices.
#![cfg(not(target_arch = "wasm32"))]

use gevinstverksted::model::a3::measure::Measure;
use gevinstverksted::model::a3::measure::MeasureComment;
use gevinstverksted::model::merge;
use gevinstverksted::model::programme::Risk;
use gevinstverksted::model::workspace::envelope::decode_with;
use gevinstverksted::model::workspace::Stamper;
use gevinstverksted::model::{
    decode_workspace, encode_workspace, A3Sheet, DecodeError, Id, ImportReport, Timestamp,
    Workspace,
};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};

const YEAR: i64 = 365 * 24 * 3_600_000;
const T0: i64 = 1_764_662_400_000; // 2025-12-02

fn id(n: u128) -> Id {
    Id(uuid::Uuid::from_u128(n))
}

/// One device: its workspace, its clock and its wall clock's error.
struct Device {
    w: Workspace,
    stamper: Stamper,
    skew: i64,
}

impl Device {
    fn new(replica: &str, w: &Workspace) -> Self {
        Device {
            w: w.clone(),
            stamper: Stamper::new(replica.into(), w),
            skew: 0,
        }
    }

    /// A local edit at (true) time `now`, as the UI makes it: change, then stamp.
    fn edit(&mut self, now: i64, change: impl FnOnce(&mut Workspace, Timestamp)) {
        let wall = Timestamp(now + self.skew);
        change(&mut self.w, wall);
        self.stamper.stamp(&mut self.w, wall);
    }

    fn file(&self) -> String {
        encode_workspace(&self.w)
    }

    fn receive(&mut self, file: &str) -> ImportReport {
        shortcut_is_the_rule(&self.w, file);
        sheets_merge_by_the_rule(&self.w, file);
        let report = self.w.import_text(file).expect("a file of this build");
        self.stamper.sync(&mut self.w);
        report
    }
}

/// The merge's shortcut (a copy that has seen all of the other is the merge) gives what the
/// field-by-field rule gives, for every entity `file` and `w` both hold.
fn shortcut_is_the_rule(w: &Workspace, file: &str) {
    let mine = serde_json::to_value(w).unwrap();
    let theirs: Value = serde_json::from_str(file).unwrap();
    for (collection, items) in mine.as_object().unwrap() {
        let Some(incoming) = theirs["workspace"][collection].as_array() else {
            continue;
        };
        for m in items.as_array().into_iter().flatten() {
            for t in incoming.iter().filter(|t| t["id"] == m["id"]) {
                assert_eq!(
                    merge::merge_entity(m, t),
                    merge::merge_field_by_field(m, t),
                    "{collection}: the shortcut differs from the rule for\n{m}\n{t}"
                );
            }
        }
    }
}

/// The typed merge of an import, which leaves out the row lists both copies of a sheet hold
/// equally before it decides, keeps what the field-by-field rule gives on the whole copies.
fn sheets_merge_by_the_rule(w: &Workspace, file: &str) {
    let incoming = decode_workspace(file).unwrap();
    for t in &incoming.a3_sheets {
        let Some(m) = w.a3_sheets.iter().find(|m| m.id == t.id) else {
            continue;
        };
        let rule = merge::merge_field_by_field(
            &serde_json::to_value(m).unwrap(),
            &serde_json::to_value(t).unwrap(),
        );
        let kept = gevinstverksted::model::workspace::merged_copy(m, t);
        assert_eq!(
            serde_json::to_value(&kept).unwrap(),
            rule,
            "the import's merge differs from the rule for\n{m:?}\n{t:?}"
        );
    }
}

/// Sets `field` of the entity `id` in `collection` to `value` through the JSON form (the same
/// for every kind), and marks the entity updated.
fn set(w: &mut Workspace, collection: &str, id: Id, field: &str, value: Value, now: Timestamp) {
    let mut doc = serde_json::to_value(&*w).unwrap();
    let items = doc[collection].as_array_mut().unwrap();
    let item = items
        .iter_mut()
        .find(|i| i["id"] == json!(id.to_string()))
        .unwrap();
    item[field] = value;
    item["updated"] = json!(now.0);
    *w = serde_json::from_value(doc).unwrap();
}

fn get(w: &Workspace, collection: &str, id: Id, field: &str) -> Value {
    let doc = serde_json::to_value(w).unwrap();
    let item = doc[collection]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == json!(id.to_string()))
        .unwrap()
        .clone();
    item.get(field).cloned().unwrap_or(Value::Null)
}

/// Every kind, with a way to make one and two of its editable fields (and a value for each).
/// A field, A's value and B's value.
type Field = (&'static str, Value, Value);

fn kinds() -> Vec<(&'static str, Workspace, [Field; 2])> {
    let seminar = id(100);
    let t = Timestamp(T0);
    let with = |f: &dyn Fn(&mut Workspace)| {
        let mut w = Workspace::default();
        f(&mut w);
        w
    };
    vec![
        (
            "a3_sheets",
            with(&|w| w.add_a3(A3Sheet::new(id(1), "Ark", t))),
            [
                ("rationale", json!("A: 290 liggedøgn"), json!("B: 300")),
                ("current_situation", json!("A: venter"), json!("B: kø")),
            ],
        ),
        (
            "seminars",
            with(&|w| {
                w.add_seminar(gevinstverksted::model::Seminar::new(id(1), "S", t));
            }),
            [
                ("title", json!("A-tittel"), json!("B-tittel")),
                ("question", json!("A?"), json!("B?")),
            ],
        ),
        (
            "notes",
            with(&|w| {
                w.notes
                    .push(gevinstverksted::model::Note::new(id(1), None, t))
            }),
            [
                ("potential", json!("A-potensial"), json!("B-potensial")),
                ("benefit", json!("A-gevinst"), json!("B-gevinst")),
            ],
        ),
        (
            "groups",
            with(&|w| {
                w.groups
                    .push(gevinstverksted::model::Group::new(id(1), seminar, "G", t))
            }),
            [
                ("name", json!("Gruppe A"), json!("Gruppe B")),
                (
                    "priority",
                    json!([id(7).to_string()]),
                    json!([id(8).to_string()]),
                ),
            ],
        ),
        (
            "task_reviews",
            with(&|w| {
                w.task_reviews.push(gevinstverksted::model::TaskReview::new(
                    id(1),
                    None,
                    "Dagvakt",
                    t,
                ))
            }),
            [
                ("title", json!("Dagvakt A"), json!("Dagvakt B")),
                (
                    "seminar",
                    json!(id(7).to_string()),
                    json!(id(8).to_string()),
                ),
            ],
        ),
        (
            "syntheses",
            with(&|w| {
                let mut s = gevinstverksted::model::collect::Synthesis::new(seminar, t);
                s.id = id(1);
                w.syntheses.push(s)
            }),
            [
                ("kept_apart", json!(["a"]), json!(["b"])),
                ("refused", json!([["a", "b"]]), json!([["c", "d"]])),
            ],
        ),
        (
            "programmes",
            with(&|w| {
                w.programmes
                    .push(gevinstverksted::model::Programme::new(id(1), "P", t))
            }),
            [
                ("title", json!("Program A"), json!("Program B")),
                ("overall_goal", json!("Mål A"), json!("Mål B")),
            ],
        ),
    ]
}

/// Both exchange files both ways; returns the reports (A's import of B, B's of A).
fn exchange(a: &mut Device, b: &mut Device) -> (ImportReport, ImportReport) {
    let (fa, fb) = (a.file(), b.file());
    let ra = a.receive(&fb);
    let rb = b.receive(&fa);
    (ra, rb)
}

#[test]
fn concurrent_edits_of_different_fields_are_all_kept_for_every_kind() {
    for (collection, start, [(fa, va, _), (fb, _, vb)]) in kinds() {
        let mut a = Device::new("aaaa", &start);
        let mut b = Device::new("bbbb", &start);
        a.edit(T0 + 10, |w, t| set(w, collection, id(1), fa, va.clone(), t));
        b.edit(T0 + 20, |w, t| set(w, collection, id(1), fb, vb.clone(), t));
        let (ra, rb) = exchange(&mut a, &mut b);
        assert_eq!((ra.updated, ra.conflicts), (1, 0), "{collection}");
        assert_eq!((rb.updated, rb.conflicts), (1, 0), "{collection}");
        for d in [&a, &b] {
            assert_eq!(get(&d.w, collection, id(1), fa), va, "{collection}.{fa}");
            assert_eq!(get(&d.w, collection, id(1), fb), vb, "{collection}.{fb}");
            assert_eq!(d.w.conflict_count(), 0, "{collection}");
        }
        assert_eq!(a.file(), b.file(), "{collection}: both converge");
    }
}

/// The import screen works an import out for its preview and carries it out on "Importer"
/// (`prepare_import`, `apply_import`): that is the import of the same file, also when an edit
/// or another merge changed the workspace in between, for every kind.
#[test]
fn a_prepared_import_is_the_import_also_when_the_workspace_changed_in_between() {
    for (collection, start, [(fa, va, _), (fb, _, vb)]) in kinds() {
        let mut b = Device::new("bbbb", &start);
        b.edit(T0 + 20, |w, t| set(w, collection, id(1), fb, vb.clone(), t));
        let file = decode_workspace(&b.file()).unwrap();

        // Nothing changed in between: the preview's counts, the import's result.
        let a = Device::new("aaaa", &start);
        let prepared = a.w.prepare_import(file.clone());
        assert_eq!(prepared.report, a.w.preview_import(&file), "{collection}");
        let (mut applied, mut imported) = (a.w.clone(), a.w.clone());
        assert_eq!(
            applied.apply_import(prepared),
            imported.import(file.clone()),
            "{collection}"
        );
        assert_eq!(applied, imported, "{collection}");
        assert_eq!(get(&applied, collection, id(1), fb), vb, "{collection}");
        // The same file again: every entity unchanged, counted as such.
        let again = applied.prepare_import(file.clone());
        let mut twice = applied.clone();
        let report = twice.apply_import(again);
        assert_eq!(report, applied.clone().import(file.clone()), "{collection}");
        assert_eq!((report.unchanged, report.updated), (1, 0), "{collection}");

        // A edits another field after the preview: both edits are kept, as by an import now.
        let mut a = Device::new("aaaa", &start);
        let prepared = a.w.prepare_import(file.clone());
        a.edit(T0 + 30, |w, t| set(w, collection, id(1), fa, va.clone(), t));
        let mut imported = a.w.clone();
        let report = imported.import(file.clone());
        assert_eq!(a.w.apply_import(prepared), report, "{collection}");
        assert_eq!(a.w, imported, "{collection}");
        assert_eq!(get(&a.w, collection, id(1), fa), va, "{collection}.{fa}");
        assert_eq!(get(&a.w, collection, id(1), fb), vb, "{collection}.{fb}");

        // An entity the file adds arrives here by another way first: merged, not added twice.
        let empty = Workspace::default();
        let prepared = empty.prepare_import(file.clone());
        assert_eq!(prepared.report.added, 1, "{collection}");
        let mut here = empty.clone();
        here.import(start.clone());
        let mut imported = here.clone();
        let report = imported.import(file.clone());
        assert_eq!(here.apply_import(prepared), report, "{collection}");
        assert_eq!((report.added, report.updated), (0, 1), "{collection}");
        assert_eq!(here, imported, "{collection}");

        // A hand-made file with an entity twice: its second copy meets the first.
        let mut twice = file.clone();
        twice.import(start.clone());
        let doubled: Workspace = serde_json::from_value({
            let mut doc = serde_json::to_value(&twice).unwrap();
            let first = doc[collection][0].clone();
            doc[collection].as_array_mut().unwrap().push(first);
            doc
        })
        .unwrap();
        assert!(doubled.check_unique_ids().is_err());
        let prepared = start.prepare_import(doubled.clone());
        let (mut applied, mut imported) = (start.clone(), start.clone());
        let report = imported.import(doubled);
        assert_eq!(prepared.report, report, "{collection}");
        assert_eq!(applied.apply_import(prepared), report, "{collection}");
        assert_eq!(applied, imported, "{collection}");
    }
}

#[test]
fn the_same_field_edited_on_both_keeps_the_loser_as_a_conflict_until_resolved() {
    for (collection, start, [(f, va, vb), _]) in kinds() {
        for take in [true, false] {
            let mut a = Device::new("aaaa", &start);
            let mut b = Device::new("bbbb", &start);
            a.edit(T0 + 10, |w, t| set(w, collection, id(1), f, va.clone(), t));
            b.edit(T0 + 20, |w, t| set(w, collection, id(1), f, vb.clone(), t));
            let (ra, rb) = exchange(&mut a, &mut b);
            assert_eq!((ra.conflicts, rb.conflicts), (1, 1), "{collection}");
            assert_eq!(a.file(), b.file(), "{collection}: the same winner on both");
            // The later stamp (B's) wins; A's value is the conflict, on both devices.
            assert_eq!(get(&a.w, collection, id(1), f), vb, "{collection}");
            let conflicts = a.w.conflicts(&id(1));
            assert_eq!(conflicts.len(), 1, "{collection}");
            assert_eq!(conflicts[0].field, f);
            assert_eq!(conflicts[0].value.as_ref(), Some(&va));
            assert_eq!(b.w.conflict_count(), 1);
            // A resolves: "Bruk denne" (take A's own lost value) or "Behold min" (keep B's).
            a.edit(T0 + 30, |w, t| {
                assert!(w.resolve_conflict(&id(1), &conflicts[0], take, t));
            });
            exchange(&mut a, &mut b);
            let expected = if take { &va } else { &vb };
            for d in [&a, &b] {
                assert_eq!(
                    &get(&d.w, collection, id(1), f),
                    expected,
                    "{collection} {take}"
                );
                assert_eq!(d.w.conflict_count(), 0, "{collection} {take}");
            }
            assert_eq!(a.file(), b.file());
        }
    }
}

#[test]
fn an_edit_made_after_seeing_a_version_wins_and_is_no_conflict_whatever_the_clocks() {
    for (collection, start, [(f, va, vb), _]) in kinds() {
        let mut ahead = Device::new("ahead", &start);
        ahead.skew = YEAR;
        let mut b = Device::new("bbbb", &start);
        ahead.edit(T0 + 10, |w, t| set(w, collection, id(1), f, va.clone(), t));
        b.receive(&ahead.file());
        // B's clock is right, a year behind the stamp it just saw: its edit still wins.
        b.edit(T0 + 20, |w, t| set(w, collection, id(1), f, vb.clone(), t));
        let report = ahead.receive(&b.file());
        assert_eq!((report.updated, report.conflicts), (1, 0), "{collection}");
        assert_eq!(get(&ahead.w, collection, id(1), f), vb, "{collection}");
        assert_eq!(ahead.w.conflict_count(), 0);
    }
}

fn sheet_with_rows() -> Workspace {
    let mut w = Workspace::default();
    let mut sheet = A3Sheet::new(id(1), "Færre overliggere", Timestamp(T0));
    for n in 0..3u128 {
        let mut m = Measure::new(id(10 + n));
        m.name = format!("Tiltak {n}");
        sheet.measures.push(m);
    }
    w.add_a3(sheet);
    let mut p = gevinstverksted::model::Programme::new(id(2), "Program", Timestamp(T0));
    for n in 0..2u128 {
        let mut r = Risk::new(id(20 + n));
        r.description = format!("Risiko {n}");
        p.risks.push(r);
    }
    w.programmes.push(p);
    // Through a file, as every real document comes: version 1 rules give the rows stamps.
    decode_workspace(&encode_workspace(&w)).unwrap()
}

#[test]
fn rows_merge_by_id_added_edited_deleted() {
    let start = sheet_with_rows();
    // (description, A's change, B's change, expected measure names, expected risks)
    type Change = fn(&mut Workspace, Timestamp);
    type Case = (
        &'static str,
        Change,
        Change,
        Vec<&'static str>,
        Vec<&'static str>,
    );
    let cases: Vec<Case> = vec![
        (
            "a row added on each side is kept, in the order they were made",
            |w, t| {
                let mut m = Measure::new(id(13));
                m.name = "A-tiltak".into();
                w.add_row(&id(1), m, t);
            },
            |w, t| {
                let mut r = Risk::new(id(22));
                r.description = "B-risiko".into();
                w.add_row(&id(2), r, t);
                let mut m = Measure::new(id(14));
                m.name = "B-tiltak".into();
                w.add_row(&id(1), m, t);
            },
            vec!["Tiltak 0", "Tiltak 1", "Tiltak 2", "A-tiltak", "B-tiltak"],
            vec!["Risiko 0", "Risiko 1", "B-risiko"],
        ),
        (
            "different fields of one row merge",
            |w, t| {
                w.edit_row::<Measure>(&id(1), &id(11), t, |m| m.name = "A-navn".into());
            },
            |w, t| {
                w.edit_row::<Measure>(&id(1), &id(11), t, |m| m.responsible = "B".into());
            },
            vec!["Tiltak 0", "A-navn", "Tiltak 2"],
            vec!["Risiko 0", "Risiko 1"],
        ),
        (
            "a row deleted on one side stays deleted",
            |w, t| {
                w.remove_row::<Measure>(&id(1), &id(10), t);
                w.remove_row::<Risk>(&id(2), &id(21), t);
            },
            |w, t| {
                w.edit_row::<Measure>(&id(1), &id(12), t, |m| m.name = "B-navn".into());
            },
            vec!["Tiltak 1", "B-navn"],
            vec!["Risiko 0"],
        ),
        (
            "a row deleted on one side and edited on the other is kept with the edit",
            |w, t| {
                w.remove_row::<Measure>(&id(1), &id(10), t);
            },
            |w, t| {
                w.edit_row::<Measure>(&id(1), &id(10), t, |m| m.name = "B-navn".into());
            },
            vec!["B-navn", "Tiltak 1", "Tiltak 2"],
            vec!["Risiko 0", "Risiko 1"],
        ),
        (
            "comment logs are the union of both sides",
            |w, t| {
                w.edit_row::<Measure>(&id(1), &id(10), t, |m| {
                    m.comments.push(MeasureComment {
                        id: id(30),
                        date: "2025-12-02".into(),
                        text: "A sier".into(),
                        extra: Default::default(),
                    })
                });
            },
            |w, t| {
                w.edit_row::<Measure>(&id(1), &id(10), t, |m| {
                    m.comments.push(MeasureComment {
                        id: id(31),
                        date: "2025-12-02".into(),
                        text: "B sier".into(),
                        extra: Default::default(),
                    })
                });
            },
            vec!["Tiltak 0", "Tiltak 1", "Tiltak 2"],
            vec!["Risiko 0", "Risiko 1"],
        ),
    ];
    for (what, change_a, change_b, measures, risks) in cases {
        let mut a = Device::new("aaaa", &start);
        let mut b = Device::new("bbbb", &start);
        a.edit(T0 + 10, change_a);
        b.edit(T0 + 20, change_b);
        exchange(&mut a, &mut b);
        assert_eq!(a.file(), b.file(), "{what}: converged");
        let names: Vec<_> = a.w.a3_sheets[0]
            .measures
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, measures, "{what}");
        let risk_names: Vec<_> = a.w.programmes[0]
            .risks
            .iter()
            .map(|r| r.description.as_str())
            .collect();
        assert_eq!(risk_names, risks, "{what}");
        assert_eq!(a.w.conflict_count(), 0, "{what}");
        if what.starts_with("comment") {
            assert_eq!(a.w.a3_sheets[0].measures[0].comments.len(), 2);
        }
    }
}

#[test]
fn the_two_people_scenario_keeps_every_edit_on_both_devices() {
    let start = sheet_with_rows();
    let mut a = Device::new("anne", &start);
    let mut b = Device::new("bjorn", &start);
    a.edit(T0 + 10, |w, t| {
        w.edit_a3(&id(1), t, |s| s.rationale = "290 liggedøgn i 2024".into());
        w.edit_row::<Measure>(&id(1), &id(10), t, |m| m.amount = Some(1_400_000.into()));
        let mut m = Measure::new(id(13));
        m.name = "Nytt tiltak fra A".into();
        w.add_row(&id(1), m, t);
    });
    b.edit(T0 + 20, |w, t| {
        w.edit_a3(&id(1), t, |s| {
            s.current_situation = "Pasienter venter".into()
        });
        w.edit_row::<Measure>(&id(1), &id(11), t, |m| m.name = "Omdøpt av B".into());
        w.edit_row::<Measure>(&id(1), &id(12), t, |m| {
            m.comments.push(MeasureComment {
                id: id(40),
                date: "2025-12-02".into(),
                text: "Kommentar fra B".into(),
                extra: Default::default(),
            })
        });
    });
    exchange(&mut a, &mut b);
    for d in [&a, &b] {
        let s = &d.w.a3_sheets[0];
        assert_eq!(s.rationale, "290 liggedøgn i 2024");
        assert_eq!(s.current_situation, "Pasienter venter");
        assert_eq!(s.measures[0].amount, Some(1_400_000.into()));
        assert_eq!(s.measures[1].name, "Omdøpt av B");
        assert_eq!(s.measures[2].comments[0].text, "Kommentar fra B");
        assert_eq!(s.measures[3].name, "Nytt tiltak fra A");
        assert_eq!(d.w.conflict_count(), 0);
    }
    assert_eq!(a.file(), b.file());
}

/// The benefits a measure delivers, in id order.
fn linked_benefits(m: &Measure) -> Vec<Id> {
    let mut ids: Vec<Id> = m.benefits.iter().map(|l| l.id).collect();
    ids.sort();
    ids
}

/// Gevinstkart and gevinstrealiseringsplan (issue 22): links from a tiltak to gevinster are rows
/// of the tiltak, so links added on two devices are both kept and an unlink stays; plan
/// points merge as rows; the goal is a field like any other.
#[test]
fn benefit_links_and_plan_points_merge_as_rows_and_the_goal_as_a_field() {
    use gevinstverksted::model::a3::benefit::Benefit;
    use gevinstverksted::model::a3::benefit::BenefitGoal;
    use gevinstverksted::model::a3::benefit::PlanPoint;
    let mut start = sheet_with_rows();
    start.edit_a3(&id(1), Timestamp(T0), |s| {
        for n in 0..3u128 {
            let mut b = Benefit::new(id(50 + n));
            b.description = format!("Gevinst {n}");
            s.benefits.push(b);
        }
        s.measures[0].link_benefit(id(52));
        let mut i = gevinstverksted::model::a3::indicator::Indicator::new(id(80));
        i.name = "Liggedøgn".into();
        s.indicators.push(i);
    });
    let start = decode_workspace(&encode_workspace(&start)).unwrap();
    let mut a = Device::new("anne", &start);
    let mut b = Device::new("bjorn", &start);
    a.edit(T0 + 10, |w, t| {
        w.edit_row::<Measure>(&id(1), &id(10), t, |m| {
            m.link_benefit(id(50));
            m.unlink_benefit(&id(52));
        });
        w.edit_row::<Benefit>(&id(1), &id(50), t, |b| {
            b.goal = Some(BenefitGoal::DesiredSituation);
            b.plan.push(PlanPoint {
                id: id(70),
                date: "2026-06-30".into(),
                value: Some(10.into()),
                ..PlanPoint::default()
            });
            b.measuring_method = "Uttrekk fra Gat".into();
            b.measuring_frequency = Some(gevinstverksted::model::a3::benefit::Frequency::Quarterly);
            b.measuring_cost = Some(12_000.into());
        });
    });
    b.edit(T0 + 20, |w, t| {
        w.edit_row::<Measure>(&id(1), &id(10), t, |m| {
            m.link_benefit(id(51));
            // The same link made on both devices is one row.
            m.link_benefit(id(50));
        });
        w.edit_row::<Benefit>(&id(1), &id(50), t, |b| {
            b.goal = Some(BenefitGoal::EffectGoal(id(2)));
            b.plan.push(PlanPoint {
                id: id(71),
                date: "2026-12-31".into(),
                value: Some(20.into()),
                ..PlanPoint::default()
            });
            b.measured_by = Some(id(80));
            b.measuring_responsible = "Ola".into();
        });
    });
    exchange(&mut a, &mut b);
    for d in [&a, &b] {
        let s = &d.w.a3_sheets[0];
        let linked = linked_benefits(&s.measures[0]);
        assert_eq!(
            linked,
            vec![id(50), id(51)],
            "both links kept, the unlinked one gone"
        );
        let plan: Vec<Id> = s.benefits[0].plan.iter().map(|p| p.id).collect();
        assert_eq!(plan, vec![id(70), id(71)], "both plan points kept");
        // The goal was set on both: the later edit shows, the other is a conflict.
        assert_eq!(s.benefits[0].goal, Some(BenefitGoal::EffectGoal(id(2))));
        assert_eq!(d.w.conflict_count(), 1);
        // The plan's other fields, set on one side each, are all kept.
        assert_eq!(s.benefits[0].measuring_method, "Uttrekk fra Gat");
        assert_eq!(s.benefits[0].measured_by, Some(id(80)));
        assert_eq!(s.benefits[0].measuring_responsible, "Ola");
    }
    assert_eq!(a.file(), b.file());
    // Unlinked on A, linked again on B before it hears of that: the later link is kept.
    a.edit(T0 + 30, |w, t| {
        w.edit_row::<Measure>(&id(1), &id(10), t, |m| {
            m.unlink_benefit(&id(51));
        });
    });
    exchange(&mut a, &mut b);
    assert!(
        !b.w.a3_sheets[0].measures[0].delivers(&id(51)),
        "the unlink travels"
    );
    a.edit(T0 + 40, |w, t| {
        w.edit_row::<Measure>(&id(1), &id(10), t, |m| {
            m.link_benefit(id(51));
        });
    });
    exchange(&mut a, &mut b);
    for d in [&a, &b] {
        let linked = linked_benefits(&d.w.a3_sheets[0].measures[0]);
        assert_eq!(linked, vec![id(50), id(51)], "linked again");
    }
    if std::env::var("UPDATE_FIXTURES").is_ok() {
        let v: Value =
            serde_json::from_str(&gevinstverksted::model::encode_a3(&a.w.a3_sheets[0])).unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        std::fs::write(
            dir.join("v2-a3-benefit-map.json"),
            serde_json::to_string_pretty(&v).unwrap() + "\n",
        )
        .unwrap();
    }
}

/// The frozen sheet with a gevinstkart and a realisation plan (made by the test above with
/// `UPDATE_FIXTURES=1`) keeps its links, plan and the goal's conflict.
#[test]
fn the_frozen_benefit_map_fixture_keeps_its_links_plan_and_conflict() {
    use gevinstverksted::model::a3::benefit::BenefitGoal;
    let w = decode_workspace(include_str!("fixtures/v2-a3-benefit-map.json")).unwrap();
    let s = &w.a3_sheets[0];
    let linked = linked_benefits(&s.measures[0]);
    assert_eq!(linked, vec![id(50), id(51)]);
    assert_eq!(s.benefits[0].plan.len(), 2);
    assert_eq!(s.benefits[0].goal, Some(BenefitGoal::EffectGoal(id(2))));
    assert_eq!(s.benefits[0].measured_by, Some(id(80)));
    assert_eq!(w.conflict_count(), 1);
    let conflict = &w.conflicts(&s.id)[0];
    assert_eq!(
        (conflict.field.as_str(), conflict.text()),
        ("goal", "desired_situation".to_owned())
    );
}

#[test]
fn version_1_documents_migrate_every_field_taking_the_entitys_updated() {
    let v1 = include_str!("fixtures/v1-workspace.json");
    let w = decode_workspace(v1).unwrap();
    let doc = serde_json::to_value(&w).unwrap();
    let sheet = &doc["a3_sheets"][0];
    assert!(
        sheet.get("stamp").is_none(),
        "an entity's stamp is its updated"
    );
    let updated = sheet["updated"].as_i64().unwrap();
    let base36 = |mut n: i64| {
        let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut s = Vec::new();
        while n > 0 {
            s.push(digits[(n % 36) as usize]);
            n /= 36;
        }
        s.reverse();
        String::from_utf8(s).unwrap()
    };
    // Rows: <updated>.<n>. in document order.
    let rows: Vec<&str> = sheet["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["stamp"].as_str().unwrap())
        .collect();
    assert!(!rows.is_empty());
    for stamp in &rows {
        assert!(
            stamp.starts_with(&format!("{}.", base36(updated))),
            "{stamp}"
        );
        assert!(
            stamp.ends_with('.'),
            "the migration's replica is empty: {stamp}"
        );
    }
    // An old copy and an edited copy of the same v1 document merge field by field.
    let mut a = Device::new("aaaa", &w);
    let mut b = Device::new("bbbb", &w);
    let sid = w.a3_sheets[0].id;
    a.edit(T0 + 10, |w, t| {
        w.edit_a3(&sid, t, |s| s.rationale = "A".into());
    });
    b.edit(T0 + 20, |w, t| {
        w.edit_a3(&sid, t, |s| s.measurement = "B".into());
    });
    exchange(&mut a, &mut b);
    assert_eq!(
        (
            a.w.a3_sheets[0].rationale.as_str(),
            a.w.a3_sheets[0].measurement.as_str()
        ),
        ("A", "B")
    );
    // Importing the v1 file again changes nothing: what it holds has been seen.
    assert_eq!(a.receive(v1).updated, 0);
}

#[test]
fn a_version_1_build_refuses_a_version_2_file_and_this_build_reads_it() {
    // A build with an empty migration chain is a version-1 build.
    let frozen = include_str!("fixtures/v1-builds-refuse-version-2.json");
    let mut a = Device::new("aaaa", &sheet_with_rows());
    a.edit(T0 + 10, |w, t| {
        w.edit_a3(&id(1), t, |s| s.rationale = "ny".into());
    });
    for text in [frozen.to_owned(), a.file()] {
        assert_eq!(
            decode_with(&text, &[]),
            Err(DecodeError::TooNew {
                found: 2,
                supported: 1
            })
        );
        assert!(decode_workspace(&text).is_ok());
    }
    // The stored document an old build put aside in quarantine is merged back.
    let mut later = Workspace::default();
    assert_eq!(later.recover(&[a.file(), "not json".into()]), vec![0]);
    assert_eq!(later.a3_sheets[0].rationale, "ny");
}

#[test]
fn frozen_version_2_fixtures_keep_their_stamps_and_conflicts() {
    let w = decode_workspace(include_str!("fixtures/v2-workspace.json")).unwrap();
    assert_eq!(w.conflict_count(), 2);
    let sheet = &w.a3_sheets[0];
    assert_eq!(sheet.rationale, "290 liggedøgn (B)");
    let conflicts = w.conflicts(&sheet.id);
    assert!(conflicts
        .iter()
        .any(|c| c.field == "rationale" && c.text() == "290 liggedøgn (A)"));
    assert!(conflicts
        .iter()
        .any(|c| c.rows.len() == 1 && c.field == "name"));
    assert_eq!(
        encode_workspace(&decode_workspace(&encode_workspace(&w)).unwrap()),
        encode_workspace(&w)
    );
    let one = decode_workspace(include_str!("fixtures/v2-a3.json")).unwrap();
    assert_eq!(one.a3_sheets.len(), 1);
    assert_eq!(one.conflict_count(), 1);
}

/// Writes the frozen v2 fixtures (run once with `UPDATE_FIXTURES=1`; never rewritten after).
#[test]
fn make_version_2_fixtures() {
    if std::env::var("UPDATE_FIXTURES").is_err() {
        return;
    }
    let start = sheet_with_rows();
    let mut a = Device::new("anne", &start);
    let mut b = Device::new("bjorn", &start);
    a.edit(T0 + 10, |w, t| {
        w.edit_a3(&id(1), t, |s| s.rationale = "290 liggedøgn (A)".into());
        w.edit_row::<Measure>(&id(1), &id(11), t, |m| m.name = "Navn A".into());
        w.remove_row::<Risk>(&id(2), &id(20), t);
    });
    b.edit(T0 + 20, |w, t| {
        w.edit_a3(&id(1), t, |s| s.rationale = "290 liggedøgn (B)".into());
        w.edit_row::<Measure>(&id(1), &id(11), t, |m| m.name = "Navn B".into());
        let mut m = Measure::new(id(13));
        m.name = "Nytt".into();
        w.add_row(&id(1), m, t);
    });
    exchange(&mut a, &mut b);
    let pretty = |text: String| {
        let v: Value = serde_json::from_str(&text).unwrap();
        serde_json::to_string_pretty(&v).unwrap() + "\n"
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::write(dir.join("v2-workspace.json"), pretty(a.file())).unwrap();
    let mut one = a.w.a3_sheets[0].clone();
    let conflict = a.w.conflicts(&id(1))[0].clone();
    let mut w = Workspace::default();
    w.add_a3(one.clone());
    assert!(w.resolve_conflict(&id(1), &conflict, false, Timestamp(T0 + 30)));
    one = w.a3_sheets[0].clone();
    std::fs::write(
        dir.join("v2-a3.json"),
        pretty(gevinstverksted::model::encode_a3(&one)),
    )
    .unwrap();
}

// ---------------------------------------------------------------------------------------------
// Three devices, random edits, deletes, clock skews and exchanges
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Op {
    /// Device edits a sheet field (0: rationale, 1: current_situation) or a note's text (2).
    Field(usize, usize),
    /// Device renames the measure at this position (modulo the count), if any.
    RowName(usize, usize),
    AddRow(usize),
    DeleteRow(usize, usize),
    /// Device resolves every conflict: keep its own (false) or take the other (true).
    Resolve(usize, bool),
    /// From one device to another.
    Send(usize, usize),
    /// A device's wall clock jumps to this error (ms, within ±1 year).
    Skew(usize, i64),
    /// Time passes (ms).
    Wait(i64),
}

fn op() -> impl Strategy<Value = Op> {
    let d = 0..3usize;
    prop_oneof![
        3 => (d.clone(), 0..3usize).prop_map(|(d, f)| Op::Field(d, f)),
        2 => (d.clone(), 0..4usize).prop_map(|(d, r)| Op::RowName(d, r)),
        1 => d.clone().prop_map(Op::AddRow),
        1 => (d.clone(), 0..4usize).prop_map(|(d, r)| Op::DeleteRow(d, r)),
        1 => (d.clone(), any::<bool>()).prop_map(|(d, t)| Op::Resolve(d, t)),
        3 => (d.clone(), d.clone()).prop_map(|(a, b)| Op::Send(a, b)),
        1 => (d, -YEAR..=YEAR).prop_map(|(d, s)| Op::Skew(d, s)),
        1 => (0..5000i64).prop_map(Op::Wait),
    ]
}

/// Where an edit was made: an entity field, or a field of a measure row.
type Place = (Option<Id>, &'static str);

/// What the test knows about causality: each edit's value and what its device had seen.
#[derive(Default)]
struct History {
    /// Edit number → (place, value).
    edits: Vec<(Place, String)>,
    /// Edits (and resolutions/deletions) at a place, each with the edits its device knew.
    replacers: Vec<(Place, HashSet<usize>, Option<usize>)>,
    known: [HashSet<usize>; 3],
}

impl History {
    /// A new edit at `place`; it replaces what the device knew there except the conflicts it
    /// shows (`w`'s; those stay until resolved).
    fn edit(&mut self, device: usize, place: Place, w: &Workspace) -> String {
        let n = self.edits.len();
        let value = format!("v{n}");
        let shown = values_at(w, place).map(|(_, c)| c).unwrap_or_default();
        let mut seen = self.known[device].clone();
        seen.retain(|&e| !shown.contains(&self.edits[e].1));
        self.edits.push((place, value.clone()));
        self.replacers.push((place, seen, Some(n)));
        self.known[device].insert(n);
        value
    }

    fn delete(&mut self, device: usize, place: Place) {
        self.replacers
            .push((place, self.known[device].clone(), None));
    }

    /// Edits that a causally later edit, resolution or deletion at the same place replaced.
    fn replaced(&self) -> HashSet<usize> {
        let mut out = HashSet::new();
        for (place, seen, own) in &self.replacers {
            for &e in seen {
                if self.edits[e].0 == *place && Some(e) != *own {
                    out.insert(e);
                }
            }
        }
        out
    }
}

fn field_name(f: usize) -> &'static str {
    ["rationale", "current_situation", "potential"][f]
}

/// The value and the shown conflict values at a place.
fn values_at(w: &Workspace, place: Place) -> Option<(String, Vec<String>)> {
    let (row, field) = place;
    let (value, entity) = if field == "potential" {
        (w.notes[0].potential.clone(), id(3))
    } else {
        let s = &w.a3_sheets[0];
        let v = match row {
            None => serde_json::to_value(s).unwrap()[field].as_str()?.to_owned(),
            Some(r) => s.measures.iter().find(|m| m.id == r)?.name.clone(),
        };
        (v, id(1))
    };
    let rows: Vec<String> = row.iter().map(|r| r.to_string()).collect();
    let conflicts = w
        .conflicts(&entity)
        .into_iter()
        .filter(|c| c.rows == rows && c.field == field)
        .map(|c| c.text())
        .collect();
    Some((value, conflicts))
}

fn run(ops: &[Op]) -> Result<(), TestCaseError> {
    let mut start = sheet_with_rows();
    start.notes.push(gevinstverksted::model::Note::new(
        id(3),
        None,
        Timestamp(T0),
    ));
    let start = decode_workspace(&encode_workspace(&start)).unwrap();
    let mut devices: Vec<Device> = ["aaaa", "bbbb", "cccc"]
        .iter()
        .map(|r| Device::new(r, &start))
        .collect();
    let mut h = History::default();
    let mut now = T0;
    let mut next_row = 1000u128;
    for op in ops {
        now += 1;
        match *op {
            Op::Field(d, f) => {
                let place = (None, field_name(f));
                let value = h.edit(d, place, &devices[d].w);
                devices[d].edit(now, |w, t| match f {
                    0 => {
                        w.edit_a3(&id(1), t, |s| s.rationale = value);
                    }
                    1 => {
                        w.edit_a3(&id(1), t, |s| s.current_situation = value);
                    }
                    _ => {
                        w.edit_note(&id(3), t, |n| n.potential = value);
                    }
                });
            }
            Op::RowName(d, r) => {
                let measures = &devices[d].w.a3_sheets[0].measures;
                if measures.is_empty() {
                    continue;
                }
                let row = measures[r % measures.len()].id;
                let value = h.edit(d, (Some(row), "name"), &devices[d].w);
                devices[d].edit(now, |w, t| {
                    w.edit_row::<Measure>(&id(1), &row, t, |m| m.name = value);
                });
            }
            Op::AddRow(d) => {
                next_row += 1;
                let row = id(next_row);
                let value = h.edit(d, (Some(row), "name"), &devices[d].w);
                devices[d].edit(now, |w, t| {
                    let mut m = Measure::new(row);
                    m.name = value;
                    w.add_row(&id(1), m, t);
                });
            }
            Op::DeleteRow(d, r) => {
                let measures = &devices[d].w.a3_sheets[0].measures;
                if measures.is_empty() {
                    continue;
                }
                let row = measures[r % measures.len()].id;
                h.delete(d, (Some(row), "name"));
                devices[d].edit(now, |w, t| {
                    w.remove_row::<Measure>(&id(1), &row, t);
                });
            }
            Op::Resolve(d, take) => {
                let conflicts: Vec<_> = [id(1), id(3)]
                    .iter()
                    .flat_map(|e| devices[d].w.conflicts(e).into_iter().map(move |c| (*e, c)))
                    .collect();
                for (entity, c) in &conflicts {
                    let row = c.rows.first().map(|r| Id::parse(r).unwrap());
                    let field = ["rationale", "current_situation", "potential", "name"]
                        .into_iter()
                        .find(|f| *f == c.field)
                        .unwrap();
                    let place = (row, field);
                    let Some((current, _)) = values_at(&devices[d].w, place) else {
                        continue;
                    };
                    let mut done = false;
                    devices[d].edit(now, |w, t| {
                        done = w.resolve_conflict(entity, c, take, t);
                    });
                    if done {
                        // Everything the device knew there is replaced, but the value kept.
                        let kept = if take { c.text() } else { current };
                        let mut seen = h.known[d].clone();
                        seen.retain(|&e| h.edits[e].1 != kept);
                        h.replacers.push((place, seen, None));
                        if take {
                            // Taking the value writes it again: a new edit of that value.
                            let n = h.edits.len();
                            h.edits.push((place, kept));
                            h.replacers.push((place, HashSet::new(), Some(n)));
                            h.known[d].insert(n);
                        }
                    }
                }
            }
            Op::Send(from, to) => {
                if from != to {
                    let file = devices[from].file();
                    devices[to].receive(&file);
                    let seen = h.known[from].clone();
                    h.known[to].extend(seen);
                }
            }
            Op::Skew(d, s) => devices[d].skew = s,
            Op::Wait(ms) => now += ms,
        }
    }
    // Everyone exchanges with everyone until all have all.
    for _ in 0..2 {
        for from in 0..3 {
            for to in 0..3 {
                if from != to {
                    let file = devices[from].file();
                    devices[to].receive(&file);
                }
            }
        }
    }
    let files: Vec<String> = devices.iter().map(Device::file).collect();
    prop_assert_eq!(&files[0], &files[1]);
    prop_assert_eq!(&files[1], &files[2]);
    // Merging again changes nothing (idempotent), in either direction.
    let again = devices[0].receive(&files[1]);
    prop_assert_eq!((again.added, again.updated), (0, 0));
    // No edit is lost unless a causally later edit replaced it; no replaced edit wins.
    let w = &devices[0].w;
    let replaced = h.replaced();
    for (n, (place, value)) in h.edits.iter().enumerate() {
        let Some((current, conflicts)) = values_at(w, *place) else {
            // The row is gone: only a deletion that saw this edit may remove it.
            prop_assert!(
                replaced.contains(&n),
                "edit {} ({:?}) lost with its row",
                n,
                place
            );
            continue;
        };
        let rewritten = h.edits[n + 1..]
            .iter()
            .any(|(p, v)| p == place && v == value);
        // Whether an edit made after seeing edit `e`, and not itself replaced, overrides it.
        let overridden = |e: usize| {
            h.replacers.iter().any(|(p, seen, own)| {
                *p == h.edits[e].0
                    && seen.contains(&e)
                    && own.is_some_and(|m| !replaced.contains(&m) && h.edits[m].1 != h.edits[e].1)
            })
        };
        // The same value written by another edit there that nothing overrides (two devices
        // resolving a conflict the same way write the same value concurrently): it may win.
        let written_again = h
            .edits
            .iter()
            .enumerate()
            .any(|(m, (p, v))| m != n && p == place && v == value && !overridden(m));
        if current == *value && !rewritten {
            // An edit made after seeing this one, and not itself replaced, must win over it.
            prop_assert!(
                !overridden(n) || written_again,
                "edit {} wins at {:?} over a later edit",
                n,
                place
            );
        } else if !replaced.contains(&n) && current != *value {
            prop_assert!(
                conflicts.contains(value),
                "edit {} ({:?} = {}) lost: value {}, conflicts {:?}",
                n,
                place,
                value,
                current,
                conflicts
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Three devices converge whatever the interleaving, and keep every edit no later edit
    /// replaced.
    #[test]
    fn three_devices_converge_and_lose_no_edit(ops in prop::collection::vec(op(), 1..32)) {
        run(&ops)?;
    }
}

#[test]
fn merge_laws_hold_for_stamped_copies() {
    // Commutative, associative, idempotent on three diverged copies.
    let start = sheet_with_rows();
    let mut devices: Vec<Device> = ["a", "b", "c"]
        .iter()
        .map(|r| Device::new(r, &start))
        .collect();
    for (n, d) in devices.iter_mut().enumerate() {
        let n = n as i64;
        d.edit(T0 + n, |w, t| {
            w.edit_a3(&id(1), t, |s| s.rationale = format!("r{n}"));
            w.remove_row::<Measure>(&id(1), &id(10 + n as u128), t);
        });
    }
    let merged = |x: &Workspace, y: &Workspace| {
        let mut m = x.clone();
        m.import(y.clone());
        m
    };
    let (a, b, c) = (&devices[0].w, &devices[1].w, &devices[2].w);
    let key = |w: &Workspace| encode_workspace(w);
    assert_eq!(key(&merged(a, b)), key(&merged(b, a)));
    assert_eq!(
        key(&merged(&merged(a, b), c)),
        key(&merged(a, &merged(b, c)))
    );
    assert_eq!(key(&merged(&merged(a, b), b)), key(&merged(a, b)));
    let all = merged(&merged(a, b), c);
    assert_eq!(
        all.a3_sheets[0].measures.len(),
        0,
        "each deleted one, seen by none"
    );
    let _ = HashMap::<u8, u8>::new();
}

/// Leaving out the rows both copies hold equally must not hide what they say a copy has seen.
/// Here only mine's shared row (stamped by B after B's edit of Begrunnelse) says that mine has
/// seen that edit, which mine then replaced; theirs still holds it. On the whole copies that
/// is a concurrent edit to merge (neither copy includes the other); if the row's stamps were
/// not counted, theirs would seem to include mine and mine's Begrunnelse would be lost.
#[test]
fn rows_left_out_of_a_merge_still_count_in_what_each_copy_has_seen() {
    use gevinstverksted::model::hlc::{Replica, Stamp};
    let stamp = |wall: i64, replica: &str| {
        Stamp {
            wall: T0 + wall,
            count: 0,
            replica: Replica::new(replica).unwrap(),
        }
        .to_string()
    };
    let base = Stamp::migrated(Timestamp(T0), 0).to_string();
    let row = json!({ "id": id(7).to_string(), "stamp": stamp(2, "bbbb"), "kind": "symptom", "text": "Overliggere" });
    let sheet = |rationale: &str, stamped: String, seen: Value, updated: i64| {
        json!({
            "id": id(1).to_string(), "updated": T0 + updated, "created": T0, "stamp": base,
            "rationale": rationale, "stamps": { "rationale": stamped }, "seen": seen,
            "causes": [],
        })
    };
    let mine = sheet("mine", stamp(3, "aaaa"), json!({}), 3);
    let theirs = sheet(
        "theirs",
        stamp(1, "bbbb"),
        json!({ "aaaa": stamp(3, "aaaa") }),
        4,
    );
    let shared = [row.as_object().unwrap()];
    assert_eq!(
        merge::shortcut_without_shared(&mine, &theirs, &shared),
        None
    );
    // With the row in both copies, the rule merges them too.
    let whole = |mut s: Value| {
        s["causes"] = json!([row.clone()]);
        s
    };
    assert!(matches!(
        merge::merge_distinct(&whole(mine.clone()), &whole(theirs.clone())),
        merge::Merged::Both(_)
    ));
    // A row without a base of its own would inherit a different base in each copy: no shortcut.
    let old = sheet("old", stamp(1, "aaaa"), json!({}), 1);
    let new = sheet(
        "new",
        stamp(3, "bbbb"),
        json!({ "aaaa": stamp(1, "aaaa") }),
        3,
    );
    assert_eq!(
        merge::shortcut_without_shared(&old, &new, &shared),
        Some(merge::Merged::Theirs)
    );
    let mut bare = row.as_object().unwrap().clone();
    bare.remove("stamp");
    assert_eq!(merge::shortcut_without_shared(&old, &new, &[&bare]), None);
}

/// Every object of `value` that merges on its own (the entity, and each row: an object with an
/// `id` in a list of such objects), as its path of (list key, index) steps.
fn merging_objects(value: &Value, at: &[(String, usize)], out: &mut Vec<Vec<(String, usize)>>) {
    out.push(at.to_vec());
    for (key, list) in value.as_object().into_iter().flatten() {
        if merge::is_rows(list) {
            for (i, row) in list.as_array().into_iter().flatten().enumerate() {
                let mut path = at.to_vec();
                path.push((key.clone(), i));
                merging_objects(row, &path, out);
            }
        }
    }
}

/// `value` with a conflict put into the object at `path`.
fn with_conflict_at(value: &Value, path: &[(String, usize)]) -> Value {
    let mut out = value.clone();
    let mut at = &mut out;
    for (key, i) in path {
        at = &mut at[key.as_str()][*i];
    }
    at["conflicts"] = json!({ "x": [["1.0.z", "other"]] });
    out
}

#[test]
fn a_conflict_anywhere_in_a_sheet_or_note_is_counted_without_writing_the_rest_as_json() {
    use gevinstverksted::model::entity::SharedRows;
    use gevinstverksted::model::workspace::example::example_workspace;
    let mut w = example_workspace(Timestamp(T0));
    // A row in every list a sheet can hold, nested ones too.
    for sheet in &mut w.a3_sheets {
        use gevinstverksted::model::a3::benefit::PlanPoint;
        use gevinstverksted::model::a3::measure::{BenefitLink, BudgetLine};
        sheet.budget_lines.push(BudgetLine::new(id(900)));
        if let Some(benefit) = sheet.benefits.first_mut() {
            benefit.plan.push(PlanPoint::new(id(901)));
            let link = BenefitLink {
                id: benefit.id,
                extra: Default::default(),
            };
            if let Some(measure) = sheet.measures.first_mut() {
                measure.benefits.push(link);
            }
        }
    }
    // Nothing in conflict: no entity needs its JSON to say so.
    assert!(w.a3_sheets.iter().all(|s| !s.may_hold_conflicts()));
    assert!(w.notes.iter().all(|n| !n.may_hold_conflicts()));
    let mut lists = HashSet::new();
    for sheet in &w.a3_sheets {
        let tree = serde_json::to_value(sheet).unwrap();
        let mut objects = Vec::new();
        merging_objects(&tree, &[], &mut objects);
        for path in objects {
            let planted = with_conflict_at(&tree, &path);
            let sheet: gevinstverksted::model::A3Sheet = serde_json::from_value(planted).unwrap();
            assert!(sheet.may_hold_conflicts(), "a conflict at {path:?}");
            let keys: Vec<&str> = path.iter().map(|(key, _)| key.as_str()).collect();
            lists.insert(keys.join("."));
        }
        // A row list this build does not know (a newer build's), with a conflict in a row.
        let mut unknown = tree.clone();
        unknown["later_rows"] = json!([{ "id": "r1", "conflicts": { "x": [["1.0.z", "y"]] } }]);
        let sheet: gevinstverksted::model::A3Sheet = serde_json::from_value(unknown).unwrap();
        assert!(sheet.may_hold_conflicts());
    }
    // The example's sheets have a row in every list a sheet can hold (else the above proves less).
    let every = [
        "",
        "causes",
        "benefits",
        "benefits.plan",
        "measures",
        "measures.comments",
        "measures.benefits",
        "budget_lines",
        "indicators",
        "indicators.measurements",
    ];
    for list in every {
        assert!(
            lists.contains(list),
            "the example has no row in `{list}`: {lists:?}"
        );
    }
    let note = serde_json::to_value(&w.notes[0]).unwrap();
    for planted in [
        json!({ "conflicts": { "potential": [["1.0.z", "other"]] } }),
        json!({ "later_rows": [{ "id": "r1", "conflicts": {} }] }),
    ] {
        let mut tree = note.clone();
        tree.as_object_mut()
            .unwrap()
            .extend(planted.as_object().unwrap().clone());
        let note: gevinstverksted::model::Note = serde_json::from_value(tree).unwrap();
        assert!(note.may_hold_conflicts());
    }
}
