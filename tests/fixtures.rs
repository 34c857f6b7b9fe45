//! Frozen files in `tests/fixtures/`: every good one must keep decoding (and keep its unknown
//! fields) in every future build, and every bad one must keep being refused for the same
//! reason. Never edit a fixture to make a test pass: add a migration or a new fixture instead.

use gevinstverksted::model::a3::indicator::IndicatorUnit;
use gevinstverksted::model::a3::measure::measure_totals;
use gevinstverksted::model::seminar::workshop::DayMonth;
use gevinstverksted::model::{
    decode_workspace, encode_a3, encode_workspace, DecodeError, Timestamp, Workspace, VERSION,
};
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::str::FromStr;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// Every value in `original` is in `again` at the same place (`again` may have more fields,
/// e.g. defaults added by a later build).
fn assert_kept(original: &Value, again: &Value, at: &str) {
    match (original, again) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let inner = format!("{at}.{key}");
                let other = b.get(key).unwrap_or_else(|| panic!("{inner} was lost"));
                assert_kept(value, other, &inner);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at}: length");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                assert_kept(x, y, &format!("{at}[{i}]"));
            }
        }
        _ => assert_eq!(original, again, "{at}"),
    }
}

/// Decodes a good fixture and checks that encoding it again keeps everything it had.
fn decode_good(file: &str) -> (String, Workspace) {
    let text = read(&dir().join(file));
    let workspace = decode_workspace(&text).unwrap_or_else(|e| panic!("{file}: {e:?}"));
    let original: Value = serde_json::from_str(&text).unwrap();
    let again = if original["kind"] == "a3" {
        encode_a3(&workspace.a3_sheets[0])
    } else {
        encode_workspace(&workspace)
    };
    let again: Value = serde_json::from_str(&again).unwrap();
    // The envelope may move on (a later build writes a later version); the content may not.
    let key = if original["kind"] == "a3" {
        "a3"
    } else {
        "workspace"
    };
    assert_kept(&original[key], &again[key], file);
    (text, workspace)
}

#[test]
fn the_version_1_workspace_keeps_its_content_and_figures() {
    let (text, w) = decode_good("v1-workspace.json");
    assert_eq!(
        (w.a3_sheets.len(), w.seminars.len(), w.notes.len()),
        (2, 1, 2)
    );
    assert_eq!(w.active_a3().count(), 1, "one sheet is in the trash");

    let sheet = &w.a3_sheets[0];
    assert_eq!(
        (sheet.title.as_str(), sheet.unit.as_str()),
        ("Færre overliggere", "3412 Stokkbakken omsorgssenter")
    );
    assert_eq!(sheet.benefits.len(), 2);
    let names: Vec<_> = sheet.measures.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Reduksjon nattetjeneste",
            "Bemanningstilpasning Dag / Aftenskift"
        ]
    );
    let totals = measure_totals(&sheet.measures);
    assert_eq!((totals.fte, totals.amount), (d("3.00"), d("2100000.00")));
    let line = &sheet.budget_lines[0];
    assert_eq!(line.label, "Budsjett 2024");
    assert_eq!(line.result(), Some(d("-18425474")));
    let indicator = &sheet.indicators[0];
    assert_eq!(indicator.unit, IndicatorUnit::BedDays);
    assert_eq!(
        (indicator.baseline, indicator.target),
        (Some(d("290")), Some(d("15")))
    );
    assert_eq!(indicator.measurements.len(), 2);
    assert_eq!(indicator.target_reached(), Some(true));
    assert!(w.a3_sheets[1].deleted.is_some());
    assert!(w.notes.iter().all(|n| n.seminar == Some(w.seminars[0].id)));

    // Unknown fields at every level survive.
    assert_eq!(w.extra["future_collection"][0]["kept"], true);
    assert_eq!(sheet.extra["risk_matrix"]["consequence"], 3);
    assert_eq!(sheet.measures[0].extra["cost_centre_code"], "3412-01");

    // Importing it into an empty workspace adds everything; importing it again changes nothing.
    let mut fresh = Workspace::default();
    let report = fresh.import_text(&text).unwrap();
    assert_eq!((report.added, report.updated, report.unchanged), (5, 0, 0));
    let report = fresh.import_text(&text).unwrap();
    assert_eq!((report.added, report.updated), (0, 0));
    assert_eq!(fresh, w);
}

#[test]
fn the_version_1_single_sheet_file_imports_as_one_sheet() {
    let (text, w) = decode_good("v1-a3.json");
    assert_eq!(
        (w.a3_sheets.len(), w.seminars.len(), w.notes.len()),
        (1, 0, 0)
    );
    let sheet = &w.a3_sheets[0];
    assert_eq!(sheet.title, "Redusert sykefravær");
    assert_eq!(sheet.extra["share_note"], "ukjent felt på arket");
    assert_eq!(
        sheet.indicators[0].measurements[0].extra["source"],
        "HR-portalen"
    );
    assert_eq!(sheet.indicators[0].target_reached(), Some(false));

    let (_, mut both) = decode_good("v1-workspace.json");
    let report = both.import_text(&text).unwrap();
    assert_eq!((report.added, report.updated, report.unchanged), (1, 0, 0));
    assert_eq!(both.a3_sheets.len(), 3);
}

#[test]
fn the_version_1_group_answer_keeps_its_votes_priority_and_task_review() {
    let (_, w) = decode_good("v1-group-answer.json");
    assert_eq!(w.seminars[0].reference_date, DayMonth::SEED_REFERENCE);
    let group = &w.groups[0];
    let notes = w.group_notes(&group.id);
    assert_eq!(notes.len(), 3);
    let items = group.items(&notes);
    assert_eq!(items.len(), 2, "two notes under one heading, one alone");
    let ranking: Vec<(String, u32, usize)> = group
        .ranking(&items)
        .iter()
        .map(|r| {
            let title = items.iter().find(|i| i.id == r.item).unwrap().title.clone();
            (title, r.dots, r.rank)
        })
        .collect();
    assert_eq!(
        ranking,
        vec![
            ("Digitalt tilsyn".to_owned(), 3, 1),
            ("Kortere morgenmøte".to_owned(), 3, 1)
        ]
    );
    assert_eq!(group.agreed, Some(Timestamp(1_764_000_900_000)));
    let birthday = group.members[2].birthday.unwrap();
    assert_eq!(
        (birthday.day, birthday.month),
        (29, 2),
        "29 February is a real birthday"
    );
    assert_eq!(
        group.effective_timekeeper(w.seminars[0].reference_date),
        Some(group.members[0].id)
    );
    assert_eq!(w.task_reviews[0].counts(), ([1, 0, 1], 1));
    // A participant's import of the group answer adds all six entities once.
    let mut other = Workspace::default();
    assert_eq!(other.import(w.clone()).added, 6);
    assert_eq!(other.import(w).added, 0);
}

/// Bad fixtures: file name → expected [`DecodeError`] variant, and what its detail starts
/// with (see [`detail`]). Every file in `bad/` must be listed here.
const BAD: &[(&str, &str, &str)] = &[
    ("not-json.json", "NotJson", "1:"),
    ("empty.json", "NotJson", "1:"),
    ("array.json", "WrongFormat", ""),
    ("null.json", "WrongFormat", ""),
    ("wrong-format.json", "WrongFormat", ""),
    ("version-0.json", "BadVersion", ""),
    // When version 3 is introduced, this file gets a new expectation on purpose. (The
    // version-2 file that was here is `v1-builds-refuse-version-2.json` now.)
    ("version-3.json", "TooNew", "found 3, supported 2"),
    (
        "bad-stamp.json",
        "Invalid",
        "a3_sheets[0].stamps: not a stamp",
    ),
    (
        "version-huge.json",
        "TooNew",
        "found 18446744073709551615, supported",
    ),
    ("version-string.json", "BadVersion", ""),
    ("wrong-kind.json", "WrongKind", "spreadsheet"),
    ("wrong-types.json", "Invalid", "invalid type"),
    ("missing-body.json", "Invalid", ""),
    (
        "duplicate-ids.json",
        "DuplicateId",
        "e8f90a1b-2c3d-4e4f-9061-728394051627",
    ),
    (
        "absurd-amount.json",
        "Invalid",
        "a3_sheets[0].measures[1].amount: ",
    ),
    (
        "absurd-fte-number.json",
        "Invalid",
        "a3_sheets[0].measures[0].fte: ",
    ),
    ("negative-timestamp.json", "Invalid", "notes[0].updated: "),
    ("year-10000.json", "Invalid", "a3_sheets[0].created: "),
    // Valid JSON, 10 000 levels deep: refused for its nesting, not as "not JSON".
    ("deep-nesting.json", "TooDeep", ""),
    (
        "zero-dots.json",
        "Invalid",
        "seminars[0].dots_per_member: 0 is not from 1 to 20",
    ),
    ("birthday-30-february.json", "Invalid", "no such day: 30.2"),
];

fn variant(error: &DecodeError) -> &'static str {
    match error {
        DecodeError::TooLarge { .. } => "TooLarge",
        DecodeError::NotJson { .. } => "NotJson",
        DecodeError::TooDeep => "TooDeep",
        DecodeError::WrongFormat => "WrongFormat",
        DecodeError::WrongKind { .. } => "WrongKind",
        DecodeError::BadVersion => "BadVersion",
        DecodeError::TooNew { .. } => "TooNew",
        DecodeError::Migration { .. } => "Migration",
        DecodeError::Invalid { .. } => "Invalid",
        DecodeError::DuplicateId { .. } => "DuplicateId",
    }
}

fn detail(error: &DecodeError) -> String {
    match error {
        DecodeError::TooLarge { bytes } => bytes.to_string(),
        DecodeError::NotJson { line, column } => format!("{line}:{column}"),
        DecodeError::WrongKind { found } => found.clone(),
        DecodeError::TooNew { found, supported } => format!("found {found}, supported {supported}"),
        DecodeError::Migration { from, reason } => format!("{from}: {reason}"),
        DecodeError::Invalid { reason } => reason.clone(),
        DecodeError::DuplicateId { id } => id.clone(),
        DecodeError::WrongFormat | DecodeError::BadVersion | DecodeError::TooDeep => String::new(),
    }
}

#[test]
fn every_bad_fixture_is_refused_for_its_reason_and_changes_nothing() {
    assert!(BAD.len() >= 10);
    assert_eq!(VERSION, 2, "see the version-3.json entry");
    let mut listed: Vec<_> = BAD.iter().map(|b| b.0.to_owned()).collect();
    let mut present: Vec<_> = std::fs::read_dir(dir().join("bad"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    listed.sort();
    present.sort();
    assert_eq!(
        listed, present,
        "every file in bad/ has an expectation, and only those"
    );

    let (_, mut w) = decode_good("v1-workspace.json");
    let before = encode_workspace(&w);
    for (file, expected, starts) in BAD {
        let text = read(&dir().join("bad").join(file));
        let error = decode_workspace(&text).expect_err(file);
        assert_eq!(variant(&error), *expected, "{file}: {error:?}");
        assert!(detail(&error).starts_with(starts), "{file}: {error:?}");
        assert_eq!(w.import_text(&text), Err(error), "{file}");
        assert_eq!(encode_workspace(&w), before, "{file} changed the workspace");
    }
}

#[test]
fn the_examples_in_the_data_format_doc_decode() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/data-format.md");
    let doc = read(&path);
    let mut examples = 0;
    let mut rest = doc.as_str();
    while let Some(start) = rest.find("```json\n") {
        let block = &rest[start + "```json\n".len()..];
        let end = block.find("```").expect("a closed code block");
        let text = &block[..end];
        rest = &block[end + 3..];
        let value: Value =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{e} in example:\n{text}"));
        if value.get("format").is_some() {
            let w = decode_workspace(text).unwrap_or_else(|e| panic!("{e:?} in:\n{text}"));
            assert!(!w.is_empty(), "an example shows some content");
            assert!(w
                .a3_sheets
                .iter()
                .all(|s| s.updated >= Timestamp(1_600_000_000_000)));
            examples += 1;
        }
    }
    assert!(examples >= 2, "one example of each kind");
}

/// Reading a current workspace straight into the types (the short way `decode_workspace`
/// takes) gives what reading it through its JSON tree gives: the same workspace for a good
/// document, and for a bad stamp, context or conflict put on any object of one (entity, row,
/// or a row kept in an unknown field), the same refusal naming its place.
#[test]
fn reading_straight_into_the_types_is_reading_the_tree() {
    use gevinstverksted::model::workspace::envelope::{decode_tree, MIGRATIONS};
    let mut w =
        gevinstverksted::model::workspace::example::example_workspace(Timestamp(1_767_225_600_000));
    for file in [
        "v1-workspace.json",
        "v1-group-answer.json",
        "v2-workspace.json",
        "v2-a3-benefit-map.json",
    ] {
        w.import(decode_good(file).1);
    }
    // A synthesis with one merge of ideas (no fixture has one).
    w.syntheses.push(
        serde_json::from_value(serde_json::json!({
            "id": "0b6f6a52-2f4e-4c57-9d0c-3f1c2b9a7e01",
            "updated": 1_767_225_600_000_i64,
            "seminar": "0b6f6a52-2f4e-4c57-9d0c-3f1c2b9a7e02",
            "merges": [{ "id": "0b6f6a52-2f4e-4c57-9d0c-3f1c2b9a7e03", "title": "Felles" }],
        }))
        .unwrap(),
    );
    // A row list this build does not know, kept in a sheet's unknown fields.
    w.a3_sheets[0].extra.insert(
        "future_rows".into(),
        serde_json::json!([{ "id": "r1", "text": "kept" }]),
    );
    let text = encode_workspace(&w);
    let both = |text: &str| (decode_workspace(text), decode_tree(text, MIGRATIONS));
    let (short, long) = both(&text);
    assert_eq!(short, long);
    assert!(short.is_ok());

    // Envelopes the short way leaves to the long way, or reads the same.
    let body =
        serde_json::to_string(&serde_json::from_str::<Value>(&text).unwrap()["workspace"]).unwrap();
    for envelope in [
        format!(r#"{{"workspace":{body},"version":2,"format":"gevinstverksted"}}"#),
        format!(r#"{{"format":"gevinstverksted","kind":null,"version":2,"workspace":{body}}}"#),
        format!(r#"{{"format":"gevinstverksted","version":1,"version":2,"workspace":{body}}}"#),
        format!(r#"{{"format":"gevinstverksted","version":2,"workspace":{body},"version":3}}"#),
        format!(
            r#"{{"format":"gevinstverksted","version":2,"workspace":{body},"workspace":{{}}}}"#
        ),
        format!(r#"{{"format":"gevinstverksted","kind":"a3","version":2,"workspace":{body}}}"#),
        format!(r#"{{"format":"gevinstverksted","version":2,"workspace":{body}}} x"#),
        format!(r#"{{"format":"gevinstverksted","version":2,"workspace":{body}}}"#),
    ] {
        let (short, long) = both(&envelope);
        assert_eq!(short, long, "{}", &envelope[..80]);
    }

    // Every object of the body, by JSON pointer.
    fn objects(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                out.push(at.clone());
                for (key, v) in map {
                    objects(v, format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    objects(v, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let doc: Value = serde_json::from_str(&text).unwrap();
    let mut places = Vec::new();
    objects(&doc["workspace"], "/workspace".into(), &mut places);
    let bad = [
        ("stamp", serde_json::json!("not-a-stamp")),
        ("stamps", serde_json::json!({ "title": 7 })),
        ("seen", serde_json::json!({ "k3j9x2": "x" })),
        ("conflicts", serde_json::json!({ "title": [[]] })),
    ];
    let mut refused = std::collections::BTreeSet::new();
    for place in &places {
        for (key, value) in &bad {
            let mut d = doc.clone();
            let obj = d.pointer_mut(place).and_then(Value::as_object_mut).unwrap();
            obj.insert((*key).into(), value.clone());
            let text = serde_json::to_string(&d).unwrap();
            let (short, long) = both(&text);
            assert_eq!(short, long, "{key} at {place}");
            if short.is_err() {
                // The kind of place: the pointer without its indices.
                let kind: Vec<&str> = place
                    .split('/')
                    .filter(|p| p.parse::<usize>().is_err())
                    .collect();
                refused.insert(kind.join("/"));
            }
        }
    }
    // The document has every kind of row, so the test covers every type's check.
    for row in [
        "a3_sheets/causes",
        "a3_sheets/benefits",
        "a3_sheets/benefits/plan",
        "a3_sheets/measures",
        "a3_sheets/measures/comments",
        "a3_sheets/budget_lines",
        "a3_sheets/indicators/measurements",
        "a3_sheets/future_rows",
        "seminars",
        "notes",
        "groups/clusters",
        "groups/members",
        "programmes/result_goals",
        "programmes/effect_goals",
        "programmes/focus_areas",
        "programmes/milestones",
        "programmes/risks",
        "task_reviews/tasks",
        "syntheses/merges",
    ] {
        assert!(
            refused.iter().any(|k| k.ends_with(row)),
            "no bad stamp refused in {row}: {refused:#?}"
        );
    }
}

/// A version-1 workspace (a file or stored document from before the merge) is read straight
/// into the types and migrated there (`read_straight`); that gives what the long way gives:
/// the same workspace, the same base stamps on rows a note keeps in unknown fields, and for
/// anything the short way does not read, the long way's answer.
#[test]
fn reading_a_version_1_workspace_straight_is_reading_the_tree() {
    use gevinstverksted::model::workspace::envelope::{decode_tree, read_straight, MIGRATIONS};
    let both = |text: &str| (decode_workspace(text), decode_tree(text, MIGRATIONS));
    for file in ["v1-workspace.json", "v1-group-answer.json"] {
        let text = read(&dir().join(file));
        assert!(read_straight(&text).is_some(), "{file} takes the short way");
        let (short, long) = both(&text);
        assert_eq!(short, long, "{file}");
        assert!(short.is_ok());
    }

    // Notes with rows in fields this build does not know (a row list, a row with a row list
    // of its own, a row that has its base stamp already), around a sheet's rows.
    let mut doc: Value = serde_json::from_str(&read(&dir().join("v1-workspace.json"))).unwrap();
    let notes = doc["workspace"]["notes"].as_array_mut().unwrap();
    notes[0].as_object_mut().unwrap().insert(
        "future_rows".into(),
        serde_json::json!([
            { "id": "r1", "text": "a", "parts": [{ "id": "p1" }, { "id": "p2" }] },
            { "id": "r2", "text": "b" },
        ]),
    );
    notes[0]
        .as_object_mut()
        .unwrap()
        .insert("another".into(), serde_json::json!([{ "id": "r3" }]));
    notes[1].as_object_mut().unwrap().insert(
        "future_rows".into(),
        serde_json::json!([{ "id": "r4", "stamp": "ltoe3i2o.7.bjorn" }]),
    );
    let text = serde_json::to_string(&doc).unwrap();
    let short = read_straight(&text).expect("the short way");
    assert_eq!(Ok(short.clone()), decode_tree(&text, MIGRATIONS));
    let rows = &short.notes[0].extra;
    let stamp = |v: &Value| v["stamp"].as_str().unwrap().to_owned();
    assert_eq!(stamp(&rows["another"][0]), "ltoe3i2o.1.");
    assert_eq!(stamp(&rows["future_rows"][0]), "ltoe3i2o.2.");
    assert_eq!(stamp(&rows["future_rows"][0]["parts"][1]), "ltoe3i2o.4.");
    assert_eq!(
        stamp(&short.notes[1].extra["future_rows"][0]),
        "ltoe3i2o.7.bjorn"
    );

    // Documents the short way leaves to the long way, or reads: both ways give the same answer.
    let body = serde_json::to_string(&doc["workspace"]).unwrap();
    let notes = serde_json::to_string(&doc["workspace"]["notes"]).unwrap();
    let mut unreadable_note = doc.clone();
    unreadable_note["workspace"]["notes"][1]["potential"] = serde_json::json!(5);
    let mut bad_time = doc.clone();
    bad_time["workspace"]["notes"][0]["updated"] = serde_json::json!(-5);
    let mut bad_stamp = doc.clone();
    bad_stamp["workspace"]["notes"][1]["future_rows"][0]["stamp"] = serde_json::json!("x");
    let mut twice = doc.clone();
    twice["workspace"]["notes"][1]["id"] = doc["workspace"]["notes"][0]["id"].clone();
    for (what, text, short) in [
        (
            "the body first",
            format!(r#"{{"workspace":{body},"version":1,"format":"gevinstverksted"}}"#),
            false,
        ),
        (
            "version 2",
            format!(r#"{{"format":"gevinstverksted","version":2,"workspace":{body}}}"#),
            true,
        ),
        (
            "version twice",
            format!(r#"{{"format":"gevinstverksted","version":1,"version":1,"workspace":{body}}}"#),
            false,
        ),
        (
            "the body twice",
            format!(
                r#"{{"format":"gevinstverksted","version":1,"workspace":{body},"workspace":{{}}}}"#
            ),
            false,
        ),
        (
            "notes twice",
            format!(
                r#"{{"format":"gevinstverksted","version":1,"workspace":{{"notes":{notes},"notes":[]}}}}"#
            ),
            false,
        ),
        (
            "no body",
            r#"{"format":"gevinstverksted","version":1}"#.to_owned(),
            false,
        ),
        (
            "a sheet",
            format!(r#"{{"format":"gevinstverksted","kind":"a3","version":1,"workspace":{body}}}"#),
            false,
        ),
        (
            "another format",
            format!(r#"{{"format":"other","version":1,"workspace":{body}}}"#),
            false,
        ),
        (
            "text after it",
            format!(r#"{{"format":"gevinstverksted","version":1,"workspace":{body}}} x"#),
            false,
        ),
        (
            "a note that does not read",
            unreadable_note.to_string(),
            false,
        ),
        ("a note's bad time", bad_time.to_string(), true),
        (
            "a bad stamp in a note's unknown row",
            bad_stamp.to_string(),
            false,
        ),
        ("two notes with one id", twice.to_string(), true),
    ] {
        assert_eq!(
            read_straight(&text).is_some(),
            short,
            "{what}: the short way taken"
        );
        let (got, long) = both(&text);
        assert_eq!(got, long, "{what}");
    }
}
