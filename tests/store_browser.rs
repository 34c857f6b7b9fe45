//! The store against real `localStorage` in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use gevinstverksted::model::{encode_workspace, A3Sheet, DecodeError, Id, Timestamp, Workspace};
use gevinstverksted::store::{self, QUARANTINE_PREFIX, WORKSPACE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn empty_storage_starts_empty_with_autosave() {
    local().clear().unwrap();
    let startup = store::load(Timestamp(1));
    assert_eq!(startup.workspace, Workspace::default());
    assert!(startup.quarantine.is_none());
    assert!(startup.error.is_none());
    assert!(startup.autosave);
}

#[wasm_bindgen_test]
fn save_then_load_gives_the_same_workspace() {
    local().clear().unwrap();
    let mut w = Workspace::default();
    w.add_a3(A3Sheet::new(
        Id::new_random(),
        "Sykefravær 12,6 % → 12,3 %",
        Timestamp(3),
    ));
    store::save(&w, Timestamp(3)).unwrap();
    assert_eq!(
        local().get_item(WORKSPACE_KEY).unwrap(),
        Some(encode_workspace(&w))
    );
    assert_eq!(store::load(Timestamp(4)).workspace, w);
}

#[wasm_bindgen_test]
fn unreadable_data_is_copied_aside_before_anything_is_written() {
    local().clear().unwrap();
    let garbage = "{\"format\":\"gevinstverksted\", oops";
    local().set_item(WORKSPACE_KEY, garbage).unwrap();
    let startup = store::load(Timestamp(42));
    let q = startup.quarantine.expect("quarantined");
    assert!(q.copied);
    assert_eq!(q.key, format!("{QUARANTINE_PREFIX}42"));
    assert_eq!(local().get_item(&q.key).unwrap().as_deref(), Some(garbage));
    assert!(matches!(q.error, DecodeError::NotJson { .. }));
    assert!(startup.autosave, "safe to save: the copy is there");
    assert_eq!(startup.workspace, Workspace::default());
    // The original is left where it was until the app saves something new.
    assert_eq!(
        local().get_item(WORKSPACE_KEY).unwrap().as_deref(),
        Some(garbage)
    );
}

#[wasm_bindgen_test]
fn a_too_new_document_is_quarantined_and_a_second_quarantine_keeps_the_first() {
    local().clear().unwrap();
    let newer = r#"{"format":"gevinstverksted","version":999,"workspace":{}}"#;
    local().set_item(WORKSPACE_KEY, newer).unwrap();
    let first = store::load(Timestamp(1)).quarantine.unwrap();
    assert_eq!(
        first.error,
        DecodeError::TooNew {
            found: 999,
            supported: gevinstverksted::model::VERSION
        }
    );
    local().set_item(WORKSPACE_KEY, "garbage").unwrap();
    let second = store::load(Timestamp(2)).quarantine.unwrap();
    assert_ne!(first.key, second.key);
    assert_eq!(
        local().get_item(&first.key).unwrap().as_deref(),
        Some(newer)
    );
    assert_eq!(
        local().get_item(&second.key).unwrap().as_deref(),
        Some("garbage")
    );
}

#[wasm_bindgen_test]
fn a_quarantined_document_this_build_reads_is_merged_back_at_start() {
    // What an older build does with a newer stored document: it sets it aside. This build
    // reads it, so at start it merges it into what is stored and removes the copy.
    local().clear().unwrap();
    let mut newer = Workspace::default();
    newer.add_a3(A3Sheet::new(
        Id::new_random(),
        "Fra den nye versjonen",
        Timestamp(5),
    ));
    let mut typed_in_old = Workspace::default();
    typed_in_old.add_a3(A3Sheet::new(
        Id::new_random(),
        "Skrevet i den gamle",
        Timestamp(6),
    ));
    let key = format!("{}7", store::QUARANTINE_PREFIX);
    local()
        .set_item(&key, &gevinstverksted::model::encode_workspace(&newer))
        .unwrap();
    local()
        .set_item("gevinstverksted.quarantine.8", "garbage")
        .unwrap();
    store::save(&typed_in_old, Timestamp(7)).unwrap();
    let startup = store::load(Timestamp(9));
    let titles: Vec<_> = startup
        .workspace
        .a3_sheets
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, ["Skrevet i den gamle", "Fra den nye versjonen"]);
    assert_eq!(
        local().get_item(&key).unwrap(),
        None,
        "merged, then removed"
    );
    assert_eq!(
        local()
            .get_item("gevinstverksted.quarantine.8")
            .unwrap()
            .as_deref(),
        Some("garbage"),
        "what it cannot read stays"
    );
    let stored = gevinstverksted::model::decode_workspace(
        &local().get_item(WORKSPACE_KEY).unwrap().unwrap(),
    )
    .unwrap();
    assert_eq!(stored.a3_sheets.len(), 2);
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full_and_keeps_what_was_stored() {
    local().clear().unwrap();
    let mut small = Workspace::default();
    small.add_a3(A3Sheet::new(Id::new_random(), "Liten", Timestamp(1)));
    store::save(&small, Timestamp(2)).unwrap();
    let stored = local().get_item(WORKSPACE_KEY).unwrap();
    // About 12 million UTF-16 units: far beyond the ~5 MB quota of Chromium.
    let mut huge = small.clone();
    huge.a3_sheets[0].rationale = "x".repeat(12_000_000);
    assert_eq!(
        store::save(&huge, Timestamp(3)),
        Err(store::StoreError::Full)
    );
    assert_eq!(local().get_item(WORKSPACE_KEY).unwrap(), stored);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_save_never_writes_a_stale_document_over_another_tabs_newer_one() {
    local().clear().unwrap();
    let mut mine = Workspace::default();
    mine.add_a3(A3Sheet::new(Id::new_random(), "Min fane", Timestamp(1)));
    assert_eq!(store::save(&mine, Timestamp(1)), Ok(store::Saved::AsIs));
    // Another tab writes a document with a sheet this tab has not seen.
    let mut theirs = mine.clone();
    theirs.add_a3(A3Sheet::new(Id::new_random(), "Annen fane", Timestamp(2)));
    local()
        .set_item(WORKSPACE_KEY, &encode_workspace(&theirs))
        .unwrap();
    // This tab edits its own sheet and saves: the union is written and returned.
    mine.a3_sheets[0].rationale = "endret her".into();
    mine.a3_sheets[0].updated = Timestamp(3);
    let saved = store::save(&mine, Timestamp(3)).unwrap();
    let store::Saved::Merged(union) = saved else {
        panic!("expected a merge, got {saved:?}")
    };
    assert_eq!(union.a3_sheets.len(), 2);
    assert_eq!(union.a3_sheets[0].rationale, "endret her");
    assert_eq!(store::load(Timestamp(4)).workspace, *union);
    // Saving the union again is a plain save.
    assert_eq!(store::save(&union, Timestamp(5)), Ok(store::Saved::AsIs));
    // What another tab wrote that we wrote ourselves is not "news".
    assert!(store::decode_from_other_tab(&encode_workspace(&union)).is_none());
    assert!(store::decode_from_other_tab(&encode_workspace(&theirs)).is_some());
}

#[wasm_bindgen_test]
fn unreadable_text_written_by_someone_else_is_quarantined_before_a_save() {
    local().clear().unwrap();
    let w = Workspace::default();
    store::save(&w, Timestamp(1)).unwrap();
    local().set_item(WORKSPACE_KEY, "ødelagt").unwrap();
    store::save(&w, Timestamp(77)).unwrap();
    assert_eq!(
        local()
            .get_item(&format!("{QUARANTINE_PREFIX}77"))
            .unwrap()
            .as_deref(),
        Some("ødelagt")
    );
    assert_eq!(
        local().get_item(WORKSPACE_KEY).unwrap(),
        Some(encode_workspace(&w))
    );
    assert!(store::usage_units().unwrap() > "ødelagt".len());
}

#[wasm_bindgen_test]
fn storage_usage_counts_utf16_units_of_every_key_and_value() {
    local().clear().unwrap();
    assert_eq!(store::usage_units(), Some(0));
    // "ø" is one UTF-16 unit (two bytes in UTF-8), "😀" two units (four bytes).
    local().set_item("a", "ø😀x").unwrap();
    local().set_item("nøkkel", "").unwrap();
    assert_eq!(store::usage_units(), Some(1 + 4 + 6));
    let big = "å".repeat(100_000);
    local().set_item("b", &big).unwrap();
    assert_eq!(store::usage_units(), Some(11 + 1 + 100_000));
    local().clear().unwrap();
}
