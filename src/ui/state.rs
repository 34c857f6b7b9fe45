//! The one reactive root: the workspace signal and the save status, provided as context.
//! Components read slices of it and change it only through model functions, via
//! [`AppState::edit`] (or [`AppState::type_into`] for text typed into one entity, whose
//! readers are keyed: see [`AppState::read`]); one effect saves (debounced) and flushes when
//! the page is hidden.

use crate::model::workspace::handover::Participant;
use crate::model::workspace::{Collected, Stamper};
use crate::model::{Id, Workspace};
use crate::store::{self, Quarantined, StoreError};
use leptos::prelude::*;
use rustc_hash::FxHashMap;
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
    /// Whether the workspace holds edits not yet stamped. Stamping waits for the save, or for
    /// anything that merges or sends the workspace elsewhere (see [`AppState::edit`]).
    unstamped: StoredValue<bool>,
    /// Set when a save stamped edits and notifies readers of the stamps: that notification
    /// needs no save of its own (it was just written).
    stamps_saved: StoredValue<bool>,
    /// One trigger per entity that has readers ([`AppState::read`]): typing into an entity
    /// ([`AppState::type_into`]) notifies its readers only.
    entities: StoredValue<FxHashMap<Id, ArcTrigger>>,
    /// Notified by typing: the autosave's other source besides the workspace.
    typed: Trigger,
    /// Whether something was typed since the workspace's readers were last notified: the
    /// next save notifies them (see [`AppState::type_into`]).
    typed_unseen: StoredValue<bool>,
    /// Whether autosave runs (not while stored data could not be set aside).
    autosaving: StoredValue<bool>,
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
            unstamped: StoredValue::new(false),
            stamps_saved: StoredValue::new(false),
            entities: StoredValue::new(FxHashMap::default()),
            typed: Trigger::new(),
            typed_unseen: StoredValue::new(false),
            autosaving: StoredValue::new(startup.autosave),
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

    /// Changes the workspace through a model function; autosave picks the change up. The
    /// edit is stamped as this device's later, in one go for everything changed since the
    /// last stamp: when it is saved, merged or sent elsewhere. So a keystroke costs the
    /// change and nothing of the merge machinery.
    pub fn edit<R>(&self, change: impl FnOnce(&mut Workspace) -> R) -> R {
        let mut result = None;
        self.workspace.update(|w| result = Some(change(w)));
        self.unstamped.set_value(true);
        result.expect("update runs the closure")
    }

    /// Runs a change of the workspace without notifying anyone yet (see
    /// [`AppState::type_into`]).
    fn change_untracked<R>(&self, change: impl FnOnce(&mut Workspace) -> R) -> R {
        self.workspace
            .try_update_untracked(change)
            .expect("the workspace signal lives as long as the app")
    }

    /// After text was typed into `id`: notifies only its readers and the autosave, and marks
    /// the workspace as holding edits to stamp. Compiled once for all callers (wasm size).
    #[inline(never)]
    fn typed_into(&self, id: Id) {
        self.unstamped.set_value(true);
        self.typed_unseen.set_value(true);
        self.entity_trigger(id).notify();
        self.typed.notify();
    }

    /// Reads `get` of the entity `id` of kind `T` (`None` when there is none): the one way a
    /// view reads a value of one entity (a row's is read with [`AppState::read_with`], keyed
    /// by the row). Called in a reactive closure, it re-runs when that entity is typed into,
    /// and when the workspace changes otherwise (any other edit, a merge, another tab); not
    /// when another entity is typed into.
    pub fn read<T: Collected, V>(&self, id: Id, get: impl FnOnce(&T) -> V) -> Option<V> {
        self.read_with(id, |w| w.get::<T>(&id).map(get))
    }

    /// [`AppState::read`] for a value of entity `id` that needs others too (a group's
    /// seminar), or of a row, keyed by the row's id: `get` reads the workspace, re-run as for
    /// `read`.
    pub fn read_with<V>(&self, id: Id, get: impl FnOnce(&Workspace) -> V) -> V {
        self.track_entity(id);
        self.workspace.with(get)
    }

    /// Makes the running reader depend on entity `id` (its trigger is made at the first
    /// reader). Out of line: every reader calls it (wasm size).
    #[inline(never)]
    fn track_entity(&self, id: Id) {
        self.entity_trigger(id).track();
    }

    fn entity_trigger(&self, id: Id) -> ArcTrigger {
        self.entities
            .try_update_value(|all| all.entry(id).or_default().clone())
            .unwrap_or_default()
    }

    /// A keystroke: changes the one entity (or row) `id` through a model function, like
    /// [`AppState::edit`], but notifies only that entity's readers ([`AppState::read`]) and
    /// the autosave. Everything else that reads the workspace (lists, counts, rankings, share
    /// links) sees the text at the save after the pause, which notifies the whole workspace.
    /// So a keystroke in one of 5 000 notes re-runs that note's readers, not every view.
    pub fn type_into<R>(&self, id: Id, change: impl FnOnce(&mut Workspace) -> R) -> R {
        if !self.autosaving.get_value() {
            // No save to catch the other readers up: notify them all now.
            return self.edit(change);
        }
        let result = self.change_untracked(change);
        self.typed_into(id);
        result
    }

    /// [`AppState::edit`] or [`AppState::type_into`] as `typed_into` says (for a callback
    /// written once for both).
    pub fn change<R>(&self, typed_into: Option<Id>, change: impl FnOnce(&mut Workspace) -> R) -> R {
        match typed_into {
            Some(id) => self.type_into(id, change),
            None => self.edit(change),
        }
    }

    /// Like [`AppState::edit`] for changes that can be refused: an `Err` (which must leave the
    /// workspace as it was) notifies nobody, so nothing re-renders and nothing is saved.
    pub fn try_edit<R, E>(
        &self,
        change: impl FnOnce(&mut Workspace) -> Result<R, E>,
    ) -> Result<R, E> {
        let result = self.try_change(change, |_, _| {});
        if result.is_ok() {
            self.unstamped.set_value(true);
        }
        result
    }

    /// Like [`AppState::try_edit`] for a model function that says whether it changed anything
    /// (`false`: refused, the workspace as it was): nothing re-renders or is saved then.
    pub fn edit_if(&self, change: impl FnOnce(&mut Workspace) -> bool) -> bool {
        let mut change = Some(change);
        self.edit_if_dyn(&mut |w| change.take().is_some_and(|f| f(w)))
    }

    /// [`AppState::edit_if`]'s body, compiled once rather than once per caller (wasm size).
    fn edit_if_dyn(&self, change: &mut dyn FnMut(&mut Workspace) -> bool) -> bool {
        self.try_edit(|w| if change(w) { Ok(()) } else { Err(()) })
            .is_ok()
    }

    /// Merges another copy into the workspace (`change` calls [`Workspace::import`] or the
    /// like): edits made here are stamped first; what the merge brings is taken as it is, not
    /// stamped as this device's edit.
    pub fn merge<R>(&self, change: impl FnOnce(&mut Workspace) -> R) -> R {
        self.stamp_edits_untracked();
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
        self.stamp_edits_untracked();
        self.try_change(change, Self::sync)
    }

    /// Reads the workspace to send it elsewhere (a file, a link, a QR code): edits not yet
    /// stamped are stamped first, so what leaves the device carries them.
    pub fn with_stamped<R>(&self, read: impl FnOnce(&Workspace) -> R) -> R {
        self.stamp_edits();
        self.workspace.with_untracked(read)
    }

    /// Stamps the edits made since the last stamp and, if there were any, notifies the
    /// workspace's readers (a share link on screen then carries the stamps too).
    pub fn stamp_edits(&self) {
        if self.stamp_edits_untracked() {
            self.workspace.notify();
        }
    }

    /// Stamps the edits made since the last stamp, without notifying (stamps change no value
    /// anyone sees); whether any entity was stamped.
    fn stamp_edits_untracked(&self) -> bool {
        if !self.unstamped.get_value() {
            return false;
        }
        self.unstamped.set_value(false);
        let now = crate::platform::now();
        let started = crate::platform::perf_now();
        let stamped = self
            .workspace
            .try_update_untracked(|w| self.stamper.try_update_value(|s| s.stamp(w, now)))
            .flatten()
            .unwrap_or(0);
        crate::platform::perf_measure("gevinstverksted-stamp", started);
        stamped > 0
    }

    fn sync(&self, w: &mut Workspace) {
        self.stamper.update_value(|s| s.sync(w));
    }

    /// Runs `change`; if it succeeds, `record` brings the merge metadata up to date and the
    /// workspace's readers are notified.
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
        let stamped = self.stamp_edits_untracked();
        let typed = self
            .typed_unseen
            .try_update_value(std::mem::take)
            .unwrap_or(false);
        let started = crate::platform::perf_now();
        let result = self
            .workspace
            .with_untracked(|w| store::save(w, crate::platform::now()));
        crate::platform::perf_measure("gevinstverksted-save", started);
        if typed && result.is_err() {
            // What was typed reaches every view even when it could not be saved.
            self.stamps_saved.set_value(true);
            self.workspace.notify();
        }
        match result {
            Ok(saved) => {
                if stamped || typed {
                    // Readers of more than one entity see what was typed, and readers that
                    // encode the workspace (a share link on screen) pick the stamps up; what
                    // they were stamped into is already saved.
                    self.stamps_saved.set_value(true);
                    self.workspace.notify();
                }
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
            self.typed.track();
            if std::mem::take(&mut first_run) {
                return; // what was just loaded needs no save
            }
            if self.stamps_saved.get_value() {
                self.stamps_saved.set_value(false);
                return; // the stamps of a save, already written
            }
            // Once per burst of typing, not per key: the status's readers re-run only when it
            // changes.
            if self.save_status.get_untracked() != SaveStatus::Pending {
                self.save_status.set(SaveStatus::Pending);
            }
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
            self.stamp_edits_untracked();
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
