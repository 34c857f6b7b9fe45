//! Keyed state (issue 21): typing into one entity re-runs that entity's readers and the save,
//! not every view; the rest of the app catches up at the save after the pause. Counted with
//! real Leptos effects over `AppState` in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use gevinstverksted::model::{encode_workspace, Id, Note, Timestamp, Workspace};
use gevinstverksted::store::WORKSPACE_KEY;
use gevinstverksted::ui::state::AppState;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Waits `ms` milliseconds of real time (the save waits for a pause in typing).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// An effect that counts its runs; `read` is what it reads.
fn counted(read: impl Fn() + 'static) -> Arc<AtomicUsize> {
    let runs = Arc::new(AtomicUsize::new(0));
    let counter = runs.clone();
    Effect::new(move |_| {
        read();
        counter.fetch_add(1, Ordering::SeqCst);
    });
    runs
}

fn count(runs: &Arc<AtomicUsize>) -> usize {
    runs.load(Ordering::SeqCst)
}

fn counts(all: &[Arc<AtomicUsize>]) -> Vec<usize> {
    all.iter().map(|c| c.load(Ordering::SeqCst)).collect()
}

#[wasm_bindgen_test]
async fn typing_in_one_note_re_runs_only_that_notes_readers_until_the_save() {
    let ids: Vec<Id> = (0..3).map(|_| Id::new_random()).collect();
    let mut w = Workspace::default();
    for id in &ids {
        w.notes.push(Note::new(*id, None, Timestamp(1)));
    }
    local().clear().unwrap();
    local()
        .set_item(WORKSPACE_KEY, &encode_workspace(&w))
        .unwrap();
    let owner = Owner::new();
    owner.set();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let state = AppState::start();

    let notes: Vec<_> = ids
        .iter()
        .map(|&id| {
            counted(move || {
                state.read(id, |n: &Note| n.potential.clone());
            })
        })
        .collect();
    // A view of the whole workspace (a list, a count, a share link).
    let whole = counted(move || state.workspace.with(|w| w.notes.len()).to_string().clear());
    leptos::task::tick().await;
    assert_eq!(counts(&notes), [1, 1, 1]);
    assert_eq!(count(&whole), 1);

    for key in ["H", "e", "i"] {
        state.type_into(ids[1], |w| {
            w.edit_note(&ids[1], Timestamp(2), |n| n.potential.push_str(key))
        });
        leptos::task::tick().await;
    }
    assert_eq!(
        counts(&notes),
        [1, 4, 1],
        "only the typed note's reader re-runs"
    );
    assert_eq!(count(&whole), 1, "the whole workspace waits for the save");
    assert_eq!(
        state
            .read(ids[1], |n: &Note| n.potential.clone())
            .as_deref(),
        Some("Hei")
    );

    // The save after the pause writes the text and lets every view catch up, once.
    sleep(600).await;
    leptos::task::tick().await;
    let stored = local().get_item(WORKSPACE_KEY).unwrap().unwrap();
    assert!(stored.contains("\"potential\":\"Hei\""), "{stored}");
    assert_eq!(count(&whole), 2);
    assert_eq!(counts(&notes), [2, 5, 2]);

    // Any other change notifies every reader at once, as before.
    state.edit(|w| {
        w.edit_note(&ids[0], Timestamp(3), |n| {
            n.benefit = "Mindre venting".into()
        })
    });
    leptos::task::tick().await;
    assert_eq!(counts(&notes), [3, 6, 3]);
    assert_eq!(count(&whole), 3);
    owner.unset();
}
