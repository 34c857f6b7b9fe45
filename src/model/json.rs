//! The one way the model reads a JSON tree (`serde_json::Value`) into a type.

use serde_json::Value;

/// Reads a JSON tree into a type by writing it out and reading the text, with the reader
/// `envelope::read_current` uses: so the wasm holds one reader per type, not a second one for trees
/// (that copy of every type's reader was 37 KB of the gzipped wasm). Its errors name no line
/// and column (see `envelope::without_place`).
pub fn from_tree<T: serde::de::DeserializeOwned>(value: &Value) -> serde_json::Result<T> {
    serde_json::from_str(&serde_json::to_string(value)?)
}
