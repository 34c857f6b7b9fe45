//! The one envelope around every stored or exported document, and the one decode path
//! for both: check the envelope, refuse what is too new, migrate what is old, then validate.
//!
//! ```json
//! { "format": "gevinstverksted", "version": 1, "kind": "workspace", "workspace": { … } }
//! { "format": "gevinstverksted", "version": 1, "kind": "a3", "a3": { … } }
//! ```
//!
//! Both kinds decode to a [`Workspace`] (a single sheet becomes a workspace with one sheet), so
//! one import path serves both.

use super::a3::A3Sheet;
use super::workspace::Workspace;
use serde_json::{json, Value};

/// The fixed name in every file's `format` field.
pub const FORMAT: &str = "gevinstverksted";

/// The document version this build writes. Always `MIGRATIONS.len() + 1`.
pub const VERSION: u32 = 1;

/// The largest document the app will read (bytes of JSON text).
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// One step of the migration chain: turns a document of version `n` into version `n + 1`.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`. Version 1 is the first format, so the
/// chain is empty; each new version appends one small step here and a fixture under
/// `tests/fixtures/`.
pub const MIGRATIONS: &[Migration] = &[];

/// Why a document could not be read. Each variant becomes its own Norwegian message in the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all (or nested too deeply), with where the parser stopped.
    NotJson { line: usize, column: usize },
    /// JSON, but not a Gevinstverksted document (`format` missing or different).
    WrongFormat,
    /// A Gevinstverksted document of another kind than expected (e.g. a single A3 sheet).
    WrongKind { found: String },
    /// `version` missing, not a whole number, or below 1.
    BadVersion,
    /// Written by a newer build than this one: refused, never guessed.
    TooNew { found: u64, supported: u32 },
    /// A migration step failed.
    Migration { from: u32, reason: String },
    /// Right envelope, but the content has wrong types or missing fields.
    Invalid { reason: String },
    /// Two entities share one id.
    DuplicateId { id: String },
}

/// Serializes the workspace in the current envelope.
pub fn encode_workspace(workspace: &Workspace) -> String {
    let doc = json!({
        "format": FORMAT,
        "version": VERSION,
        "kind": "workspace",
        "workspace": workspace,
    });
    // A `Value` built from plain data always serializes.
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Serializes one A3 sheet to share on its own (`kind: "a3"`); importing it adds the sheet.
pub fn encode_a3(sheet: &A3Sheet) -> String {
    let doc = json!({
        "format": FORMAT,
        "version": VERSION,
        "kind": "a3",
        "a3": sheet,
    });
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Reads a workspace document of any known version.
pub fn decode_workspace(text: &str) -> Result<Workspace, DecodeError> {
    decode_with(text, MIGRATIONS)
}

/// [`decode_workspace`] with the migration chain as a parameter, so the chain logic is tested
/// with synthetic steps even while the real chain is empty.
pub fn decode_with(text: &str, migrations: &[Migration]) -> Result<Workspace, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    let mut doc: Value = serde_json::from_str(text).map_err(|e| DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DecodeError::WrongFormat);
    }
    let version = doc
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(DecodeError::BadVersion)?;
    let current = migrations.len() as u64 + 1;
    if version > current {
        return Err(DecodeError::TooNew {
            found: version,
            supported: current as u32,
        });
    }
    for (index, step) in migrations.iter().enumerate().skip(version as usize - 1) {
        let from = index as u32 + 1;
        doc = step(doc).map_err(|reason| DecodeError::Migration { from, reason })?;
        doc["version"] = json!(from + 1);
    }
    let key = match doc.get("kind").and_then(Value::as_str) {
        None | Some("workspace") => "workspace",
        Some("a3") => "a3",
        Some(other) => {
            return Err(DecodeError::WrongKind {
                found: other.to_owned(),
            })
        }
    };
    let body = doc
        .get_mut(key)
        .map(Value::take)
        .ok_or_else(|| DecodeError::Invalid {
            reason: format!("«{key}» mangler"),
        })?;
    let invalid = |e: serde_json::Error| DecodeError::Invalid {
        reason: e.to_string(),
    };
    let workspace: Workspace = if key == "a3" {
        Workspace {
            a3_sheets: vec![serde_json::from_value(body).map_err(invalid)?],
            ..Workspace::default()
        }
    } else {
        serde_json::from_value(body).map_err(invalid)?
    };
    workspace.check_unique_ids()?;
    Ok(workspace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chain_ends_at_the_current_version() {
        assert_eq!(VERSION as usize, MIGRATIONS.len() + 1);
    }
}
