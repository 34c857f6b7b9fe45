//! The data core: the workspace document, its envelope, and the load decision.

use gevinstverksted::model::workspace::envelope::{decode_with, Migration, MAX_BYTES};
use gevinstverksted::model::{
    decode_workspace, encode_workspace, A3Sheet, DecodeError, Id, LoadDecision, Note, Seminar,
    Timestamp, Workspace, FORMAT, VERSION,
};
use serde_json::{json, Value};

fn sample() -> Workspace {
    let mut w = Workspace::default();
    let mut sheet = A3Sheet::new(
        Id::new_random(),
        "Færre overliggere",
        Timestamp(1_700_000_000_000),
    );
    sheet.unit = "3412 Stokkbakken omsorgssenter".into();
    sheet.current_situation = "290 liggedøgn jan–feb 2024 <script>alert(1)</script>".into();
    w.add_a3(sheet);
    w.add_seminar(Seminar::new(
        Id::new_random(),
        "Dialogseminar Levanger",
        Timestamp(5),
    ));
    w.notes.push(Note {
        id: Id::new_random(),
        updated: Timestamp(6),
        seminar: Some(w.seminars[0].id),
        potential: "Nattevakt".into(),
        benefit: "700 000 kr".into(),
        ..Note::new(Id::new_random(), None, Timestamp(6))
    });
    w
}

fn envelope(version: Value, workspace: Value) -> String {
    json!({ "format": FORMAT, "version": version, "kind": "workspace", "workspace": workspace })
        .to_string()
}

#[test]
fn workspace_round_trips_through_the_envelope() {
    let w = sample();
    let text = encode_workspace(&w);
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["format"], "gevinstverksted");
    assert_eq!(doc["version"], VERSION);
    assert_eq!(decode_workspace(&text).unwrap(), w);
}

#[test]
fn unknown_fields_survive_a_load_save_round_trip() {
    let id = Id::new_random();
    let text = envelope(
        json!(1),
        json!({
            "a3_sheets": [{ "id": id, "updated": 2, "created": 1, "title": "T",
                            "future_field": { "kept": [1, 2, 3] } }],
            "future_collection": ["x"]
        }),
    );
    let w = decode_workspace(&text).unwrap();
    let again: Value = serde_json::from_str(&encode_workspace(&w)).unwrap();
    assert_eq!(
        again["workspace"]["a3_sheets"][0]["future_field"]["kept"],
        json!([1, 2, 3])
    );
    assert_eq!(again["workspace"]["future_collection"], json!(["x"]));
}

#[test]
fn nothing_stored_starts_empty() {
    assert_eq!(LoadDecision::from_stored(None), LoadDecision::Empty);
}

#[test]
fn stored_current_version_is_loaded() {
    let w = sample();
    assert_eq!(
        LoadDecision::from_stored(Some(&encode_workspace(&w))),
        LoadDecision::Loaded(w)
    );
}

#[test]
fn garbage_is_quarantined() {
    for garbage in [
        "",
        "{",
        "not json at all",
        "\u{0}\u{1}",
        "[1,2,3]",
        "null",
        "{\"a3_sheets\":[]}",
    ] {
        match LoadDecision::from_stored(Some(garbage)) {
            LoadDecision::Quarantine(_) => {}
            other => panic!("{garbage:?} gave {other:?}"),
        }
    }
    assert!(matches!(
        LoadDecision::from_stored(Some("{")),
        LoadDecision::Quarantine(DecodeError::NotJson { line: 1, .. })
    ));
    assert_eq!(
        LoadDecision::from_stored(Some(r#"{"format":"excalidraw","version":2}"#)),
        LoadDecision::Quarantine(DecodeError::WrongFormat)
    );
}

#[test]
fn a_newer_version_is_quarantined_not_guessed() {
    let text = envelope(json!(VERSION + 1), json!({ "a3_sheets": [] }));
    assert_eq!(
        LoadDecision::from_stored(Some(&text)),
        LoadDecision::Quarantine(DecodeError::TooNew {
            found: u64::from(VERSION) + 1,
            supported: VERSION
        })
    );
}

#[test]
fn missing_or_nonsense_versions_are_refused() {
    for version in [json!(null), json!(0), json!(-1), json!("1"), json!(1.5)] {
        let text = envelope(version.clone(), json!({}));
        assert_eq!(
            decode_workspace(&text),
            Err(DecodeError::BadVersion),
            "version {version}"
        );
    }
}

/// A synthetic chain 1 → 2 → 3: version 1 called the sheets "sheets", version 2 had no notes.
fn rename_sheets(mut doc: Value) -> Result<Value, String> {
    let ws = doc["workspace"].as_object_mut().ok_or("no workspace")?;
    let sheets = ws.remove("sheets").unwrap_or(json!([]));
    ws.insert("a3_sheets".into(), sheets);
    Ok(doc)
}
fn add_notes(mut doc: Value) -> Result<Value, String> {
    doc["workspace"]["notes"] = json!([]);
    Ok(doc)
}
fn fail(_: Value) -> Result<Value, String> {
    Err("broken".into())
}

#[test]
fn an_older_version_is_migrated_forward_and_loaded() {
    let chain: &[Migration] = &[rename_sheets, add_notes];
    let id = Id::new_random();
    let v1 = envelope(
        json!(1),
        json!({ "sheets": [{ "id": id, "updated": 2, "created": 1, "title": "Gammel" }] }),
    );
    let w = decode_with(&v1, chain).unwrap();
    assert_eq!(w.a3_sheets.len(), 1);
    assert_eq!(w.a3_sheets[0].title, "Gammel");
    // A version-2 document skips the first step only.
    let v2 = envelope(json!(2), json!({ "a3_sheets": [] }));
    assert_eq!(decode_with(&v2, chain).unwrap(), Workspace::default());
    // Version 4 is newer than this chain knows.
    assert_eq!(
        decode_with(&envelope(json!(4), json!({})), chain),
        Err(DecodeError::TooNew {
            found: 4,
            supported: 3
        })
    );
    // A failing step names where it failed.
    let broken: &[Migration] = &[rename_sheets, fail];
    assert_eq!(
        decode_with(&v1, broken),
        Err(DecodeError::Migration {
            from: 2,
            reason: "broken".into()
        })
    );
}

#[test]
fn wrong_types_and_duplicate_ids_are_invalid() {
    let wrong = envelope(json!(1), json!({ "a3_sheets": [{ "id": "nope" }] }));
    assert!(matches!(
        decode_workspace(&wrong),
        Err(DecodeError::Invalid { .. })
    ));
    let id = Id::new_random();
    let sheet = json!({ "id": id, "updated": 1, "created": 1 });
    let dup = envelope(json!(1), json!({ "a3_sheets": [sheet.clone(), sheet] }));
    assert_eq!(
        decode_workspace(&dup),
        Err(DecodeError::DuplicateId { id: id.to_string() })
    );
    let kind = json!({ "format": FORMAT, "version": 1, "kind": "group_answer" }).to_string();
    assert_eq!(
        decode_workspace(&kind),
        Err(DecodeError::WrongKind {
            found: "group_answer".into()
        })
    );
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = " ".repeat(MAX_BYTES + 1);
    assert_eq!(
        decode_workspace(&big),
        Err(DecodeError::TooLarge {
            bytes: MAX_BYTES + 1
        })
    );
}

#[test]
fn deeply_nested_input_is_an_error_not_a_crash() {
    // Valid JSON, 100 000 levels deep: refused for its nesting, not called "not JSON".
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(decode_workspace(&deep), Err(DecodeError::TooDeep));
    // Cut off inside the nesting, it is still refused for the nesting (met first).
    let cut = "[".repeat(10_000);
    assert_eq!(decode_workspace(&cut), Err(DecodeError::TooDeep));
    // A shallow broken file is still "not JSON", with where it broke.
    assert!(matches!(
        decode_workspace("[[1,"),
        Err(DecodeError::NotJson { line: 1, .. })
    ));
}

#[test]
fn an_invalid_import_leaves_the_workspace_unchanged() {
    let mut w = sample();
    let before = encode_workspace(&w);
    let id = Id::new_random();
    let half_valid = envelope(
        json!(1),
        json!({ "a3_sheets": [{ "id": id, "updated": 1, "created": 1, "title": "ny" }],
                "seminars": [{ "id": "not-a-uuid" }] }),
    );
    for bad in [
        "{",
        "[]",
        r#"{"format":"gevinstverksted","version":99}"#,
        &half_valid,
    ] {
        assert!(w.import_text(bad).is_err(), "{bad:?} was accepted");
        assert_eq!(encode_workspace(&w), before, "after {bad:?}");
    }
    // A good file does change it, through the same function.
    let mut other = Workspace::default();
    other.add_a3(A3Sheet::new(Id::new_random(), "Ny", Timestamp(3)));
    assert_eq!(w.import_text(&encode_workspace(&other)).unwrap().added, 1);
    assert_ne!(encode_workspace(&w), before);
}

#[test]
fn import_adds_by_id_and_newer_wins_without_deleting() {
    let mut mine = sample();
    let mut theirs = Workspace::default();
    // Same sheet, newer in the file.
    let mut newer = mine.a3_sheets[0].clone();
    newer.title = "Nyere tittel".into();
    newer.updated = Timestamp(newer.updated.0 + 1);
    theirs.add_a3(newer);
    // Same seminar, older in the file: mine stays.
    let mut older = mine.seminars[0].clone();
    older.title = "Gammel".into();
    older.updated = Timestamp(0);
    theirs.add_seminar(older);
    // A new sheet.
    theirs.add_a3(A3Sheet::new(Id::new_random(), "Ny", Timestamp(9)));

    let report = mine.import(theirs);
    assert_eq!((report.added, report.updated, report.unchanged), (1, 1, 1));
    assert_eq!(mine.a3_sheets.len(), 2);
    assert_eq!(mine.a3_sheets[0].title, "Nyere tittel");
    assert_eq!(mine.seminars[0].title, "Dialogseminar Levanger");
    assert_eq!(mine.notes.len(), 1, "nothing here is removed by an import");

    // Importing the same thing again changes nothing.
    let snapshot = mine.clone();
    let report = mine.import(snapshot.clone());
    assert_eq!(report.added + report.updated, 0);
    assert_eq!(mine, snapshot);
}

#[test]
fn a_single_sheet_file_imports_as_one_sheet_by_id() {
    let source = sample();
    let sheet = source.a3_sheets[0].clone();
    let text = gevinstverksted::model::encode_a3(&sheet);
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (doc["kind"].as_str(), doc["version"].as_u64()),
        (Some("a3"), Some(2))
    );

    let mut other = Workspace::default();
    let report = other.import_text(&text).unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(other.a3_sheets, vec![sheet.clone()]);
    // Again: same id, same version: nothing changes.
    assert_eq!(other.import_text(&text).unwrap().unchanged, 1);
    assert_eq!(other.a3_sheets.len(), 1);
}

#[test]
fn rows_are_added_edited_and_removed_through_the_workspace() {
    use gevinstverksted::model::a3::measure::{measure_totals, Measure};
    use rust_decimal::Decimal;
    let mut w = sample();
    let sheet = w.a3_sheets[0].id;
    let row = Measure::new(Id::new_random());
    let row_id = row.id;
    assert!(w.add_row(&sheet, row, Timestamp(10)));
    assert!(
        w.edit_row::<Measure>(&sheet, &row_id, Timestamp(11), |m| m.fte =
            Some(Decimal::new(260, 2)))
    );
    assert_eq!(w.a3_sheets[0].updated, Timestamp(11));
    assert_eq!(
        measure_totals(&w.a3_sheets[0].measures).fte,
        Decimal::new(26, 1)
    );
    assert!(!w.edit_row::<Measure>(&sheet, &Id::new_random(), Timestamp(12), |_| {}));
    assert!(!w.add_row(
        &Id::new_random(),
        Measure::new(Id::new_random()),
        Timestamp(12)
    ));
    assert!(w.remove_row::<Measure>(&sheet, &row_id, Timestamp(13)));
    assert!(w.a3_sheets[0].measures.is_empty());

    assert!(w.set_a3_deleted(&sheet, true, Timestamp(14)));
    assert_eq!(w.active_a3().count(), 0);
    assert_eq!(w.a3_sheets[0].deleted, Some(Timestamp(14)));
    assert!(w.set_a3_deleted(&sheet, false, Timestamp(15)));
    assert_eq!(w.active_a3().count(), 1);
}

/// The model functions the screens call to change the workspace: each does its change, and a
/// refused one leaves the workspace exactly as it was (not even `updated` moves).
mod edits {
    use gevinstverksted::model::a3::measure::Measure;
    use gevinstverksted::model::seminar::exercise::{Cluster, Group};
    use gevinstverksted::model::{A3Sheet, Id, Note, Phase, Programme, Timestamp, Workspace};

    fn id(n: u128) -> Id {
        Id(uuid::Uuid::from_u128(n))
    }

    const NOW: Timestamp = Timestamp(50);

    #[test]
    fn add_get_and_change_work_for_any_kind() {
        let mut w = Workspace::default();
        w.add(Note::new(id(1), None, Timestamp(1)));
        w.add(Programme::new(id(2), "Omstilling", Timestamp(1)));
        w.add(Group::new(id(3), id(9), "Gruppe 1", Timestamp(1)));
        assert_eq!(w.notes.len(), 1);
        assert_eq!(
            w.get::<Programme>(&id(2)).map(|p| p.title.as_str()),
            Some("Omstilling")
        );
        assert!(
            w.get::<Note>(&id(2)).is_none(),
            "an id of another kind is not a note"
        );

        assert!(w.change::<Note>(&id(1), NOW, |n| {
            n.potential = "Nattevakt".into();
            true
        }));
        let note = w.get::<Note>(&id(1)).expect("added");
        assert_eq!((note.potential.as_str(), note.updated), ("Nattevakt", NOW));

        let before = w.clone();
        assert!(
            !w.change::<Note>(&id(1), Timestamp(99), |_| false),
            "refused"
        );
        assert!(
            !w.change::<Note>(&id(7), Timestamp(99), |_| true),
            "no such note"
        );
        assert_eq!(w, before);
    }

    #[test]
    fn a_sheet_changes_phase_once() {
        let mut w = Workspace::default();
        w.add(A3Sheet::new(id(1), "Ark", Timestamp(1)));
        assert!(w.change::<A3Sheet>(&id(1), NOW, |s| s.set_phase(Phase::Utfore)));
        assert_eq!(
            w.a3(&id(1)).map(|s| (s.phase, s.updated)),
            Some((Phase::Utfore, NOW))
        );
        let before = w.clone();
        assert!(!w.change::<A3Sheet>(&id(1), Timestamp(99), |s| s.set_phase(Phase::Utfore)));
        assert_eq!(w, before, "the same phase again changes nothing");
    }

    #[test]
    fn a_blank_comment_on_a_measure_changes_nothing() {
        let mut w = Workspace::default();
        let mut sheet = A3Sheet::new(id(1), "Ark", Timestamp(1));
        sheet.measures.push(Measure::new(id(2)));
        w.add(sheet);
        let before = w.clone();
        let blank = w.change_row::<Measure>(&id(1), &id(2), Timestamp(99), |m| {
            m.add_comment(id(3), "2024-01-01", "   ")
        });
        assert!(!blank);
        assert_eq!(
            w, before,
            "a refused comment leaves the sheet, and its updated, as it was"
        );
        assert!(w.change_row::<Measure>(&id(1), &id(2), NOW, |m| {
            m.add_comment(id(3), "2024-01-01", "Startet")
        }));
        let sheet = w.a3(&id(1)).expect("there");
        assert_eq!(sheet.updated, NOW);
        assert_eq!(sheet.measures[0].comments[0].text, "Startet");
    }

    #[test]
    fn the_joint_prioritisation_is_changed_by_the_group() {
        let mut g = Group::new(id(1), id(9), "Gruppe 1", Timestamp(1));
        assert!(g.add_to_priority(id(10)));
        assert!(g.add_to_priority(id(11)));
        assert!(!g.add_to_priority(id(10)), "already there");
        assert_eq!(g.priority, vec![id(10), id(11)]);
        g.agree(NOW);
        assert_eq!(g.agreed, Some(NOW));
        assert!(!g.remove_from_priority(&id(12)));
        assert_eq!(g.agreed, Some(NOW), "a refused removal keeps the agreement");
        assert!(g.remove_from_priority(&id(10)));
        assert_eq!((g.priority.clone(), g.agreed), (vec![id(11)], None));

        g.clusters.push(Cluster {
            id: id(20),
            title: "Turnus".into(),
            notes: Vec::new(),
            extra: Default::default(),
        });
        assert!(g.set_cluster_title(&id(20), "Bemanning".into()));
        assert!(
            !g.set_cluster_title(&id(20), "Bemanning".into()),
            "the same name"
        );
        assert!(
            !g.set_cluster_title(&id(21), "Annet".into()),
            "no such cluster"
        );
        assert_eq!(g.clusters[0].title, "Bemanning");
    }

    #[test]
    fn a_participants_package_brings_its_seminar_and_gives_the_notes_to_the_member() {
        use gevinstverksted::model::Seminar;
        let mut w = Workspace::default();
        w.add(Group::new(id(3), id(9), "Gruppe 1", Timestamp(1)));
        let mut package = Workspace::default();
        package.add(Seminar::new(id(9), "Dialogseminar", Timestamp(1)));
        let mut note = Note::new(id(5), Some(id(9)), Timestamp(2));
        note.potential = "Nattevakt".into();
        package.add(note);
        package.add(Note::new(id(6), Some(id(9)), Timestamp(2))); // blank: not brought
        assert_eq!(
            w.receive_member_package(&id(3), &id(4), package.clone()),
            (1, 0)
        );
        assert!(w.get::<Seminar>(&id(9)).is_some(), "the seminar came along");
        let mine = w.get::<Note>(&id(5)).expect("the note came");
        assert_eq!((mine.group, mine.member), (Some(id(3)), Some(id(4))));
        assert!(w.get::<Note>(&id(6)).is_none());
        let before = w.clone();
        assert_eq!(w.receive_member_package(&id(3), &id(4), package), (0, 0));
        assert_eq!(w, before, "the same package twice changes nothing");
    }
}
