//! The one module that touches `localStorage`.
//!
//! Rules it keeps: it never writes over stored data it could not read (that data is copied to a
//! quarantine key first, and if the copy fails, autosave stays off); every write failure comes
//! back as a [`StoreError`] for the UI to show; it knows nothing about the UI.

use crate::model::{encode_workspace, DecodeError, LoadDecision, Timestamp, Workspace};
use wasm_bindgen::{JsCast, JsValue};

/// The key of the saved workspace document.
pub const WORKSPACE_KEY: &str = "gevinstverksted.workspace";
/// Prefix of quarantine keys; the suffix is the time of quarantine in ms, so a second
/// quarantine never replaces the first.
pub const QUARANTINE_PREFIX: &str = "gevinstverksted.quarantine.";
/// Small settings that are not part of the document (gloo-storage, JSON values).
const LAST_EXPORT_KEY: &str = "gevinstverksted.last-export";

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
        LoadDecision::Loaded(workspace) => Startup {
            workspace,
            quarantine: None,
            error: None,
            autosave: true,
        },
        LoadDecision::Quarantine(error) => {
            let raw = raw.unwrap_or_default();
            let key = format!("{QUARANTINE_PREFIX}{}", now.0);
            // Copy, then read back: only a copy that is really there makes overwriting safe.
            let copied = write(&key, &raw).is_ok()
                && storage()
                    .ok()
                    .and_then(|s| s.get_item(&key).ok().flatten())
                    .is_some_and(|copy| copy == raw);
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

/// Saves the whole workspace document.
pub fn save(workspace: &Workspace) -> Result<(), StoreError> {
    write(WORKSPACE_KEY, &encode_workspace(workspace))
}

/// Records when the user last exported everything.
pub fn record_export(now: Timestamp) -> Result<(), StoreError> {
    use gloo_storage::Storage as _;
    storage()?;
    gloo_storage::LocalStorage::set(LAST_EXPORT_KEY, now.0).map_err(|e| match e {
        gloo_storage::errors::StorageError::JsError(js) if js.name == "QuotaExceededError" => {
            StoreError::Full
        }
        other => StoreError::Other(other.to_string()),
    })
}

/// When the user last exported everything, if ever (and if storage can tell).
pub fn last_export() -> Option<Timestamp> {
    use gloo_storage::Storage as _;
    storage().ok()?;
    gloo_storage::LocalStorage::get::<i64>(LAST_EXPORT_KEY)
        .ok()
        .map(Timestamp)
}
