//! The one module that touches `localStorage`.
//!
//! Rules it keeps: it never writes over stored data it could not read (that data is copied to a
//! quarantine key first, and if the copy fails, autosave stays off); every write failure comes
//! back as a [`StoreError`] for the UI to show; it knows nothing about the UI.

use crate::model::{
    decode_workspace, encode_workspace, DecodeError, LoadDecision, Timestamp, Workspace,
};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The text this tab wrote last, so a save can tell whether another tab wrote since.
    static LAST_WRITTEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The key of the saved workspace document.
pub const WORKSPACE_KEY: &str = "gevinstverksted.workspace";
/// Prefix of quarantine keys; the suffix is the time of quarantine in ms, so a second
/// quarantine never replaces the first.
pub const QUARANTINE_PREFIX: &str = "gevinstverksted.quarantine.";
/// Small settings that are not part of the document (gloo-storage, JSON values).
const LAST_EXPORT_KEY: &str = "gevinstverksted.last-export";
const REMINDER_DISMISSED_KEY: &str = "gevinstverksted.reminder-dismissed";
const LANGUAGE_KEY: &str = "gevinstverksted.language";
/// Who the participant on this device is (name and id), typed once when joining.
const PARTICIPANT_KEY: &str = "gevinstverksted.participant";
/// This device's replica name for the merge clock (see [`crate::model::hlc`]): device state,
/// never part of the document, made once.
const REPLICA_KEY: &str = "gevinstverksted.replica";
/// Prefix of the saved countdowns: `…timer.reflection.<seminar>`, `…timer.round.<group>`.
const TIMER_PREFIX: &str = "gevinstverksted.timer.";

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No `localStorage`: disabled, blocked, or a private mode that refuses it.
    Unavailable,
    /// The browser's quota is used up (`QuotaExceededError`, `NS_ERROR_DOM_QUOTA_REACHED`, code 22).
    Full,
    /// Anything else, with the browser's own words.
    Other(String),
}

/// Stored data that could not be read and was put aside.
#[derive(Clone, Debug, PartialEq)]
pub struct Quarantined {
    /// Where the copy lives (empty if `copied` is false).
    pub key: String,
    /// The exact text that was stored.
    pub raw: String,
    pub error: DecodeError,
    /// Whether the copy was written. If not, the original is still under [`WORKSPACE_KEY`]
    /// and must not be overwritten.
    pub copied: bool,
}

/// What start-up found.
#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    pub workspace: Workspace,
    pub quarantine: Option<Quarantined>,
    /// Set when storage could not be read at all.
    pub error: Option<StoreError>,
    /// False when saving could destroy data nobody has a copy of.
    pub autosave: bool,
}

fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .ok_or(StoreError::Unavailable)?
        .local_storage()
        .map_err(|_| StoreError::Unavailable)?
        .ok_or(StoreError::Unavailable)
}

/// Maps what `setItem` threw to a [`StoreError`].
fn classify(error: JsValue) -> StoreError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(e)
            if e.name() == "QuotaExceededError"
                || e.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                || e.code() == 22 =>
        {
            StoreError::Full
        }
        Ok(e) if e.name() == "SecurityError" => StoreError::Unavailable,
        Ok(e) => StoreError::Other(format!("{}: {}", e.name(), e.message())),
        Err(other) => StoreError::Other(format!("{other:?}")),
    }
}

fn write(key: &str, value: &str) -> Result<(), StoreError> {
    storage()?.set_item(key, value).map_err(classify)
}

/// Loads the workspace, quarantining what cannot be read. `now` names the quarantine key.
pub fn load(now: Timestamp) -> Startup {
    let raw = match storage().and_then(|s| s.get_item(WORKSPACE_KEY).map_err(classify)) {
        Ok(raw) => raw,
        Err(error) => {
            return Startup {
                workspace: Workspace::default(),
                quarantine: None,
                error: Some(error),
                autosave: true,
            }
        }
    };
    match LoadDecision::from_stored(raw.as_deref()) {
        LoadDecision::Empty => Startup {
            workspace: Workspace::default(),
            quarantine: None,
            error: None,
            autosave: true,
        },
        LoadDecision::Loaded(mut workspace) => {
            LAST_WRITTEN.with(|last| *last.borrow_mut() = raw);
            recover_quarantined(&mut workspace);
            Startup {
                workspace,
                quarantine: None,
                error: None,
                autosave: true,
            }
        }
        LoadDecision::Quarantine(error) => {
            let raw = raw.unwrap_or_default();
            let key = format!("{QUARANTINE_PREFIX}{}", now.0);
            // Copy, then read back: only a copy that is really there makes overwriting safe.
            let copied = write(&key, &raw).is_ok()
                && storage()
                    .ok()
                    .and_then(|s| s.get_item(&key).ok().flatten())
                    .is_some_and(|copy| copy == raw);
            if copied {
                // The copy is safe: the next save may replace the unreadable original.
                LAST_WRITTEN.with(|last| *last.borrow_mut() = Some(raw.clone()));
            }
            Startup {
                workspace: Workspace::default(),
                quarantine: Some(Quarantined {
                    key: if copied { key } else { String::new() },
                    raw,
                    error,
                    copied,
                }),
                error: None,
                autosave: copied,
            }
        }
    }
}

/// Merges back every quarantined copy this build can read (an older build puts a newer
/// version's document aside instead of writing over it), writes the union, and only then
/// removes those copies. Copies it cannot read stay where they are.
fn recover_quarantined(workspace: &mut Workspace) {
    let Ok(storage) = storage() else {
        return;
    };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(QUARANTINE_PREFIX))
        .collect();
    let texts: Vec<String> = keys
        .iter()
        .map(|key| storage.get_item(key).ok().flatten().unwrap_or_default())
        .collect();
    let recovered = workspace.recover(&texts);
    if recovered.is_empty() {
        return;
    }
    let text = encode_workspace(workspace);
    if write(WORKSPACE_KEY, &text).is_ok() {
        LAST_WRITTEN.with(|last| *last.borrow_mut() = Some(text));
        for i in recovered {
            let _ = storage.remove_item(&keys[i]);
        }
    }
}

/// What a save wrote.
#[derive(Debug, PartialEq)]
pub enum Saved {
    /// Exactly the workspace given.
    AsIs,
    /// Another tab had saved entities this one did not have (or newer ones): the union was
    /// written, and the caller should show it.
    Merged(Box<Workspace>),
}

/// Saves the whole workspace document without ever writing a stale document over a newer one:
/// if another tab wrote since this tab's last save, the two are merged (by id, newer wins)
/// and the union is written. Stored text that cannot be read is quarantined first.
pub fn save(workspace: &Workspace, now: Timestamp) -> Result<Saved, StoreError> {
    let storage = storage()?;
    let stored = storage.get_item(WORKSPACE_KEY).map_err(classify)?;
    let unchanged_since_our_write =
        LAST_WRITTEN.with(|last| stored.is_none() || *last.borrow() == stored);
    let mut merged = None;
    if let (false, Some(raw)) = (unchanged_since_our_write, stored) {
        match decode_workspace(&raw) {
            Ok(theirs) => {
                let mut union = workspace.clone();
                let report = union.import(theirs);
                if report.added + report.updated > 0 {
                    merged = Some(union);
                }
            }
            Err(_) => write(&format!("{QUARANTINE_PREFIX}{}", now.0), &raw)?,
        }
    }
    let text = encode_workspace(merged.as_ref().unwrap_or(workspace));
    write(WORKSPACE_KEY, &text)?;
    LAST_WRITTEN.with(|last| *last.borrow_mut() = Some(text));
    Ok(merged.map_or(Saved::AsIs, |union| Saved::Merged(Box::new(union))))
}

/// Reads what another tab just saved (from a `storage` event's `newValue`); `None` if it is
/// not a readable workspace (that tab's own store deals with it).
pub fn decode_from_other_tab(new_value: &str) -> Option<Workspace> {
    LAST_WRITTEN
        .with(|last| last.borrow().as_deref() != Some(new_value))
        .then(|| decode_workspace(new_value).ok())
        .flatten()
}

/// UTF-16 code units used by this site's `localStorage` (keys and values), if readable.
/// Hjem shows it on every change. Each value's length is read in JS: the stored document is
/// megabytes, and copying it into the wasm to count its characters took most of Hjem's
/// render with a year of data (38 ms at 4× for a 1 MB document).
pub fn usage_units() -> Option<usize> {
    let storage = storage().ok()?;
    let mut units = 0;
    for i in 0..storage.length().ok()? {
        let key = storage.key(i).ok()??;
        let value =
            crate::platform::call_method(&storage, "getItem", &[JsValue::from_str(&key)]).ok()?;
        let value_units = value
            .dyn_ref::<js_sys::JsString>()
            .map_or(0, |text| text.length() as usize);
        units += key.encode_utf16().count() + value_units;
    }
    Some(units)
}

/// The usual `localStorage` quota of a site: about 5 million UTF-16 code units per origin.
pub const QUOTA_UNITS: usize = 5_000_000;

/// Asks the browser to keep this site's storage under storage pressure (Safari and Chromium
/// may otherwise evict it). Fire and forget: the answer changes nothing in the app.
pub fn request_persistence() {
    if let Some(window) = web_sys::window() {
        if let Ok(manager) = window
            .navigator()
            .storage()
            .dyn_into::<web_sys::StorageManager>()
        {
            let _ = manager.persist();
        }
    }
}

/// Records when the user last exported everything.
pub fn record_export(now: Timestamp) -> Result<(), StoreError> {
    write_time(LAST_EXPORT_KEY, now)
}

/// When the user last exported everything, if ever (and if storage can tell).
pub fn last_export() -> Option<Timestamp> {
    read_time(LAST_EXPORT_KEY)
}

/// When the user last said "not now" to the export reminder.
pub fn reminder_dismissed() -> Option<Timestamp> {
    read_time(REMINDER_DISMISSED_KEY)
}

/// Records "not now" for the export reminder. A failure only means it is asked again.
pub fn dismiss_reminder(now: Timestamp) {
    let _ = write_time(REMINDER_DISMISSED_KEY, now);
}

/// The language the user chose, if any (a code such as "nn").
pub fn language() -> Option<String> {
    storage().ok()?.get_item(LANGUAGE_KEY).ok().flatten()
}

/// Remembers the chosen language. A failure only means the choice is asked again next time.
pub fn save_language(code: &str) {
    let _ = write(LANGUAGE_KEY, code);
}

/// This device's replica name, made (and remembered) the first time. If storage refuses, a
/// new name for this session: stamps stay unique, only the causal shortcut for this device's
/// own consecutive edits is lost.
pub fn replica() -> String {
    let stored = storage()
        .ok()
        .and_then(|s| s.get_item(REPLICA_KEY).ok().flatten());
    match stored {
        Some(name)
            if !name.is_empty()
                && name.len() <= 16
                && name.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            name
        }
        _ => {
            let name = crate::model::hlc::replica_name(crate::model::Id::new_random().0.as_u128());
            let _ = write(REPLICA_KEY, &name);
            name
        }
    }
}

/// The participant this device speaks for, if a name was ever given here.
pub fn participant() -> Option<crate::model::workspace::handover::Participant> {
    read_json(PARTICIPANT_KEY)
}

/// Remembers the participant (name and id) on this device.
pub fn save_participant(
    participant: &crate::model::workspace::handover::Participant,
) -> Result<(), StoreError> {
    write(
        PARTICIPANT_KEY,
        &serde_json::to_string(participant).unwrap_or_default(),
    )
}

/// A saved countdown or round (`name` is e.g. `reflection.<seminar id>`), if any and readable.
/// A value that does not read is ignored: it is view state, and the timer starts afresh.
pub fn timer<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    read_json(&format!("{TIMER_PREFIX}{name}"))
}

/// Saves a countdown or round as it changes. A failure only means a reload starts it afresh
/// (the document's own save reports full storage).
pub fn save_timer<T: serde::Serialize>(name: &str, value: &T) {
    if let Ok(text) = serde_json::to_string(value) {
        let _ = write(&format!("{TIMER_PREFIX}{name}"), &text);
    }
}

fn read_json<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage().ok()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Stores a time as the JSON number `read_time` reads, through the one `write` (and its error
/// classification) that the document uses too.
fn write_time(key: &str, time: Timestamp) -> Result<(), StoreError> {
    write(key, &time.0.to_string())
}

fn read_time(key: &str) -> Option<Timestamp> {
    use gloo_storage::Storage as _;
    storage().ok()?;
    gloo_storage::LocalStorage::get::<i64>(key)
        .ok()
        .map(Timestamp)
}
