//! Every user-facing string. Two tables per language: `Texts` (`NB`), and `LeaderTexts`
//! (`nb::LEADER`), the texts of the screens only the full app holds (A3 sheets, programmes,
//! the status report, Samle, print). Because every language is a value of the same structs,
//! a missing text is a compile error, not a blank on screen. Bokmål is the default; nynorsk
//! and English are complete tables of their own.
//!
//! A table is grouped by screen or shared area (`t.home.title`, `t.common.untitled`; the
//! structs are in `texts.rs`). A group of `LeaderTexts` is read through its accessor on
//! `Texts` (`t.a3().field_phase`): only the accessors name the `LEADER` tables, so the
//! participant entry, which calls none, does not link them (issue 19). Texts for the variants
//! of a model enum are a struct with one named field per variant and an `of` that maps the
//! variant to its text (`t.a3().phases.of(phase)`); column headings are named fields, with
//! `all` where a table needs them in order. No text is read by position.

mod en;
mod nb;
mod nn;
mod texts;

use std::sync::atomic::{AtomicU8, Ordering};

pub use en::EN;
pub use nb::NB;
pub use nn::NN;
pub use texts::*;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Nb,
    Nn,
    En,
}

impl Lang {
    /// In the order the language switch offers them.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The BCP 47 code, as in `<html lang>`.
    pub fn code(self) -> &'static str {
        self.texts().lang
    }

    /// The language's name in itself, so that a user finds their own language whatever is shown.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The decimal mark: a comma in Norwegian, a point in English. Thousands are grouped with a
    /// no-break space in all three, which the number parser reads whatever the language.
    pub fn decimal_mark(self) -> char {
        match self {
            Lang::Nb | Lang::Nn => ',',
            Lang::En => '.',
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nb => &NB,
            Lang::Nn => &NN,
            Lang::En => &EN,
        }
    }
}

impl Texts {
    /// This language's [`LeaderTexts`], read through their accessors (`t.a3()`). The one place
    /// that names the `LEADER` tables: an entry that never calls it does not link them.
    fn leader(&self) -> &'static LeaderTexts {
        match self.lang {
            "nn" => &nn::LEADER,
            "en" => &en::LEADER,
            _ => &nb::LEADER,
        }
    }
}

/// The language in use; the UI sets it at start and when the user switches.
static CURRENT: AtomicU8 = AtomicU8::new(0);

pub fn lang() -> Lang {
    Lang::ALL[usize::from(CURRENT.load(Ordering::Relaxed)) % Lang::ALL.len()]
}

pub fn set_lang(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    CURRENT.store(index as u8, Ordering::Relaxed);
}

/// Every language, the one in use first.
pub fn languages_from_current() -> [Lang; 3] {
    let current = lang();
    let mut all = Lang::ALL;
    all.sort_by_key(|l| *l != current);
    all
}

/// The texts of the language in use.
pub fn t() -> &'static Texts {
    lang().texts()
}

/// Replaces each `{name}` in `template` with its value, and each `{name:one|other}` with `one`
/// when the value is 1 and `other` otherwise ("{n} {n:lapp|lapper}" → "1 lapp", "3 lapper").
pub fn fill(template: &str, params: &[(&str, &dyn std::fmt::Display)]) -> String {
    params
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            let value = value.to_string();
            let text = text.replace(&format!("{{{name}}}"), &value);
            choose_plurals(&text, name, value == "1")
        })
}

/// Resolves every `{name:one|other}` in `text`.
fn choose_plurals(text: &str, name: &str, one: bool) -> String {
    let open = format!("{{{name}:");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let Some(end) = after.find('}') else { break };
        let (singular, plural) = after[..end]
            .split_once('|')
            .unwrap_or((&after[..end], &after[..end]));
        out.push_str(&rest[..start]);
        out.push_str(if one { singular } else { plural });
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A date written the way the language in use writes it: "24.11.2026" in Norwegian.
pub fn format_day(day: u32, month: u32, year: i32) -> String {
    format_day_in(t(), day, month, year)
}

pub fn format_day_in(texts: &Texts, day: u32, month: u32, year: i32) -> String {
    fill(
        texts.common.date_pattern,
        &[
            ("d", &format_args!("{day:02}")),
            ("m", &format_args!("{month:02}")),
            ("y", &year),
        ],
    )
}

/// A measured figure (not money) with `decimals` decimals and the language's decimal mark.
pub fn format_decimal(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}").replace('.', &lang().decimal_mark().to_string())
}

/// An exact amount as the language in use writes it: "1 400 000,00", or "1 400 000.00" in English.
pub fn format_number(value: rust_decimal::Decimal, decimals: u32) -> String {
    format_number_in(lang(), value, decimals)
}

/// [`format_number`] in a given language.
pub fn format_number_in(lang: Lang, value: rust_decimal::Decimal, decimals: u32) -> String {
    let text = crate::model::money::format_number(value, decimals);
    match lang.decimal_mark() {
        ',' => text,
        mark => text.replace(',', &mark.to_string()),
    }
}

/// Kroner with øre: "1 400 000,00 kr".
pub fn format_nok(value: rust_decimal::Decimal) -> String {
    format_nok_in(lang(), value)
}

/// [`format_nok`] in a given language.
pub fn format_nok_in(lang: Lang, value: rust_decimal::Decimal) -> String {
    format!("{}\u{a0}kr", format_number_in(lang, value, 2))
}

/// A figure with the decimals it was written with (at most four), as a number field shows it.
pub fn format_plain_in(lang: Lang, value: rust_decimal::Decimal) -> String {
    format_number_in(lang, value, value.scale().min(4))
}

/// Årsverk with two decimals: "2,60".
pub fn format_fte(value: rust_decimal::Decimal) -> String {
    format_number(value, 2)
}

/// An ISO date `YYYY-MM-DD` as the language in use writes it; anything else as it is.
pub fn format_iso_date(iso: &str) -> String {
    format_iso_date_in(t(), iso)
}

pub fn format_iso_date_in(texts: &Texts, iso: &str) -> String {
    let parts: Vec<&str> = iso.trim().splitn(3, '-').collect();
    let numbers: Option<Vec<u32>> = match parts.as_slice() {
        [y, m, d]
            if [y, m, d]
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            [y, m, d].iter().map(|p| p.parse().ok()).collect()
        }
        _ => None,
    };
    match numbers.as_deref() {
        Some(&[y, m, d]) => format_day_in(texts, d, m, y as i32),
        _ => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_written_the_norwegian_way() {
        assert_eq!(format_iso_date_in(&NB, "2026-11-24"), "24.11.2026");
        assert_eq!(format_iso_date_in(&NN, "2026-03-05"), "05.03.2026");
        assert_eq!(format_iso_date_in(&EN, "2026-11-24"), "24/11/2026");
        assert_eq!(format_iso_date_in(&NB, ""), "");
        assert_eq!(format_iso_date_in(&NB, "i morgen"), "i morgen");
    }

    #[test]
    fn fill_chooses_singular_or_plural_by_the_value() {
        let template = "{n} {n:lapp|lapper} · {g} {g:gruppe|grupper}";
        assert_eq!(
            fill(template, &[("n", &1), ("g", &2)]),
            "1 lapp · 2 grupper"
        );
        assert_eq!(
            fill(template, &[("n", &0), ("g", &1)]),
            "0 lapper · 1 gruppe"
        );
        assert_eq!(fill("{n:one|other}", &[("n", &11)]), "other");
        // A template for another parameter is left for that parameter.
        assert_eq!(fill("{m:a|b}", &[("n", &1)]), "{m:a|b}");
        for texts in [&NB, &NN, &EN] {
            assert_eq!(
                fill(texts.group.members_count, &[("n", &1)])
                    .split_whitespace()
                    .count(),
                2,
                "{}",
                texts.lang
            );
            assert!(!fill(texts.group.members_count, &[("n", &1)]).contains('|'));
        }
    }

    #[test]
    fn fill_replaces_every_named_parameter() {
        assert_eq!(
            fill("{a} nye, {b} oppdatert, {a}", &[("a", &3), ("b", &"to")]),
            "3 nye, to oppdatert, 3"
        );
    }

    #[test]
    fn every_template_parameter_is_documented_in_use() {
        // A template without its placeholder would silently drop a figure the user needs.
        let nb = &NB;
        for (template, names) in [
            (
                nb.backup.import_done,
                &["{added}", "{updated}", "{unchanged}"][..],
            ),
            (nb.common.import_failed, &["{name}", "{reason}"][..]),
            (nb.backup.err_too_new, &["{found}", "{supported}"][..]),
            (nb.backup.err_not_json, &["{line}", "{column}"][..]),
            (nb.banners.quarantine_body, &["{reason}"][..]),
            (nb.banners.save_failed_body, &["{reason}"][..]),
        ] {
            for name in names {
                assert!(template.contains(name), "{template:?} lacks {name}");
            }
        }
    }
}
