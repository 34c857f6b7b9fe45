//! Turns typed errors into the user's language, one message per variant.

use crate::i18n::{fill, Texts};
use crate::model::DecodeError;
use crate::store::StoreError;

pub fn decode_error(error: &DecodeError, t: &Texts) -> String {
    match error {
        DecodeError::TooLarge { bytes } => {
            let mb = crate::i18n::format_decimal(*bytes as f64 / (1024.0 * 1024.0), 1);
            fill(t.backup.err_too_large, &[("mb", &mb)])
        }
        DecodeError::NotJson { line, column } => {
            fill(t.backup.err_not_json, &[("line", line), ("column", column)])
        }
        DecodeError::TooDeep => t.backup.err_too_deep.to_owned(),
        DecodeError::WrongFormat => t.backup.err_wrong_format.to_owned(),
        DecodeError::WrongKind { found } => fill(t.backup.err_wrong_kind, &[("kind", found)]),
        DecodeError::BadVersion => t.backup.err_bad_version.to_owned(),
        DecodeError::TooNew { found, supported } => fill(
            t.backup.err_too_new,
            &[("found", found), ("supported", supported)],
        ),
        DecodeError::Migration { from, reason } => fill(
            t.backup.err_migration,
            &[("from", from), ("reason", reason)],
        ),
        DecodeError::Invalid { reason } => fill(t.backup.err_invalid, &[("reason", reason)]),
        DecodeError::DuplicateId { id } => fill(t.backup.err_duplicate_id, &[("id", id)]),
    }
}

pub fn store_error(error: &StoreError, t: &Texts) -> String {
    match error {
        StoreError::Full => t.banners.save_failed_full.to_owned(),
        StoreError::Unavailable => t.banners.save_failed_unavailable.to_owned(),
        StoreError::Other(_) => t.banners.save_failed_other.to_owned(),
    }
}

pub fn link_error(error: &crate::share::link::LinkError, t: &Texts) -> String {
    use crate::share::link::LinkError;
    match error {
        LinkError::TooLong => t.receive.link_err_too_long.to_owned(),
        LinkError::NotBase64 | LinkError::Corrupt => t.receive.link_err_corrupt.to_owned(),
        LinkError::Decode(error) => decode_error(error, t),
    }
}
