//! The one reactive root: the workspace signal and the save status, provided as context.
//! Components read slices of it and change it only through model functions, via
//! [`AppState::edit`]; one effect saves (debounced) and flushes when the page is hidden.

use crate::model::handover::Participant;
use crate::model::workspace::Stamper;
use crate::model::{Id, Workspace};
use crate::store::{self, Quarantined, StoreError};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::prelude::*;

/// How long typing may pause before the workspace is written.
const SAVE_DELAY: Duration = Duration::from_millis(300);

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Failed(StoreError),
    /// Stored data could not be quarantined: nothing is written until the page is reloaded.
    Paused,
}

/// The application state, shared through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub save_status: RwSignal<SaveStatus>,
    pub quarantine: RwSignal<Option<Quarantined>>,
    /// When everything was last exported (for the reminder and the home screen).
    pub last_export: RwSignal<Option<crate::model::Timestamp>>,
    /// Who the participant on this device is, once they gave their name (device state, kept
    /// apart from the document: see [`AppState::set_participant_name`]).
    pub participant: RwSignal<Option<Participant>>,
    /// Whether `navigator.storage.persist()` was asked this session (at the first save).
    persistence_asked: StoredValue<bool>,
    /// Stamps every local edit with this device's clock (see [`crate::model::merge`]).
    stamper: StoredValue<Stamper>,
}

impl AppState {
    /// Loads from storage, provides the state as context and starts autosave.
    pub fn start() -> AppState {
        let now = crate::platform::now();
        let mut startup = store::load(now);
        // Empty the trash of what was deleted more than 30 days ago. Saved with the next change.
        startup
            .workspace
            .purge_deleted(now, crate::model::workspace::TRASH_KEEP_MS);
        let stamper = Stamper::new(store::replica(), &startup.workspace);
        let state = AppState {
            stamper: StoredValue::new(stamper),
            workspace: RwSignal::new(startup.workspace),
            save_status: RwSignal::new(match (&startup.error, startup.autosave) {
                (Some(error), _) => SaveStatus::Failed(error.clone()),
                (None, false) => SaveStatus::Paused,
                (None, true) => SaveStatus::Saved,
            }),
            quarantine: RwSignal::new(startup.quarantine),
            participant: RwSignal::new(store::participant()),
            persistence_asked: StoredValue::new(false),
            last_export: RwSignal::new(store::last_export()),
        };
        provide_context(state);
        if startup.autosave {
            state.start_autosave();
        }
        state
    }

    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    /// Changes the workspace through a model function, then stamps what changed as this
    /// device's edit (one entity at a time: no merge runs while typing); autosave picks the
    /// change up.
    pub fn edit<R>(&self, change: impl FnOnce(&mut Workspace) -> R) -> R {
        let mut result = None;
        self.workspace.update(|w| {
            result = Some(change(w));
            self.stamp(w);
        });
        result.expect("update runs the closure")
    }

    /// Merges another copy into the workspace (`change` calls [`Workspace::import`] or the
    /// like): what the merge brings is taken as it is, not stamped as this device's edit.
    pub fn merge<R>(&self, change: impl FnOnce(&mut Workspace) -> R) -> R {
        let mut result = None;
        self.workspace.update(|w| {
            result = Some(change(w));
            self.sync(w);
        });
        result.expect("update runs the closure")
    }

    /// Like [`AppState::merge`] for a merge that may be refused (see [`AppState::try_edit`]).
    pub fn try_merge<R, E>(
        &self,
        change: impl FnOnce(&mut Workspace) -> Result<R, E>,
    ) -> Result<R, E> {
        self.try_change(change, Self::sync)
    }

    fn stamp(&self, w: &mut Workspace) {
        let now = crate::platform::now();
        self.stamper.update_value(|s| {
            s.stamp(w, now);
        });
    }

    fn sync(&self, w: &mut Workspace) {
        self.stamper.update_value(|s| s.sync(w));
    }

    /// Like [`AppState::edit`] for changes that can be refused: an `Err` (which must leave the
    /// workspace as it was) notifies nobody, so nothing re-renders and nothing is saved.
    pub fn try_edit<R, E>(
        &self,
        change: impl FnOnce(&mut Workspace) -> Result<R, E>,
    ) -> Result<R, E> {
        self.try_change(change, Self::stamp)
    }

    /// Runs `change`; if it succeeds, `record` brings the merge metadata up to date (a stamp
    /// for an edit, a sync for a merge) and the workspace's readers are notified.
    fn try_change<R, E>(
        &self,
        change: impl FnOnce(&mut Workspace) -> Result<R, E>,
        record: fn(&Self, &mut Workspace),
    ) -> Result<R, E> {
        let result = self
            .workspace
            .try_update_untracked(|w| {
                let result = change(w);
                if result.is_ok() {
                    record(self, w);
                }
                result
            })
            .expect("the workspace signal lives as long as the app");
        if result.is_ok() {
            self.workspace.notify();
        }
        result
    }

    /// Sets the name this device's participant goes by (made with a fresh id the first time,
    /// the same id after), remembers it on the device and returns it. `None` for a blank name.
    /// If storage refuses, the name still holds for this session.
    pub fn set_participant_name(&self, name: &str) -> Option<Participant> {
        if name.trim().is_empty() {
            return None;
        }
        let participant = match self.participant.get_untracked() {
            Some(p) if p.name == name.trim() => return Some(p),
            Some(p) => p.renamed(name),
            None => Participant::new(Id::new_random(), name),
        };
        let _ = store::save_participant(&participant);
        self.participant.set(Some(participant.clone()));
        Some(participant)
    }

    /// Writes now if anything is waiting.
    fn flush(&self) {
        if self.save_status.get_untracked() == SaveStatus::Saved {
            return;
        }
        let started = crate::platform::perf_now();
        let result = self
            .workspace
            .with_untracked(|w| store::save(w, crate::platform::now()));
        crate::platform::perf_measure("gevinstverksted-save", started);
        match result {
            Ok(saved) => {
                if !self.persistence_asked.get_value() {
                    self.persistence_asked.set_value(true);
                    store::request_persistence();
                }
                self.save_status.set(SaveStatus::Saved);
                if let store::Saved::Merged(union) = saved {
                    // Another tab saved too: show the union (it is already stored).
                    let mut union = *union;
                    self.sync(&mut union);
                    self.workspace.set(union);
                }
            }
            Err(error) => self.save_status.set(SaveStatus::Failed(error)),
        }
    }

    fn start_autosave(self) {
        let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
        let mut first_run = true;
        Effect::new(move |_| {
            self.workspace.track();
            if std::mem::take(&mut first_run) {
                return; // what was just loaded needs no save
            }
            self.save_status.set(SaveStatus::Pending);
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            pending.set_value(set_timeout_with_handle(move || self.flush(), SAVE_DELAY).ok());
        });
        // Flush when the tab is hidden or closed: phones kill background tabs without warning.
        let on_hide = Closure::<dyn Fn()>::new(move || {
            let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
            if hidden {
                self.flush();
            }
        });
        let _ = document()
            .add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
        on_hide.forget();
        let on_pagehide = Closure::<dyn Fn()>::new(move || self.flush());
        let _ = window()
            .add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
        on_pagehide.forget();
        // Another tab of the app saved: merge what it has (by id, newer wins). Only a merge
        // that changed something notifies, so two tabs do not echo saves at each other.
        let on_storage = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let field = |name: &str| {
                js_sys::Reflect::get(&event, &JsValue::from_str(name))
                    .ok()
                    .and_then(|v| v.as_string())
            };
            if field("key").as_deref() != Some(store::WORKSPACE_KEY) {
                return;
            }
            let Some(theirs) = field("newValue").and_then(|v| store::decode_from_other_tab(&v))
            else {
                return;
            };
            let changed = self
                .workspace
                .try_update_untracked(|w| {
                    let report = w.import(theirs);
                    self.sync(w);
                    report.added + report.updated > 0
                })
                .unwrap_or(false);
            if changed {
                self.workspace.notify();
            }
        });
        let _ = window()
            .add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        on_storage.forget();
    }
}
