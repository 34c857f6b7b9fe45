//! Every user-facing string. One `Texts` table per language; because every language is a
//! value of the same struct, a missing text is a compile error, not a blank on screen.
//! Bokmål is the default. Nynorsk and English are added as further `Texts` values.

mod nb;

pub use nb::NB;

/// The texts of one language. Templates mark their parameters as `{name}`; see [`fill`].
pub struct Texts {
    pub lang: &'static str,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_workshop: &'static str,
    pub nav_collect: &'static str,
    pub nav_a3: &'static str,

    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_counts_label: &'static str,
    pub count_a3: &'static str,
    pub count_seminars: &'static str,
    pub count_notes: &'static str,
    pub backup_title: &'static str,
    pub backup_intro: &'static str,
    pub export_button: &'static str,
    pub import_button: &'static str,
    /// `{added}`, `{updated}`, `{unchanged}`
    pub import_done: &'static str,
    /// `{name}`, `{reason}`
    pub import_failed: &'static str,
    pub file_read_failed: &'static str,

    /// `{mb}`
    pub err_too_large: &'static str,
    /// `{line}`, `{column}`
    pub err_not_json: &'static str,
    pub err_wrong_format: &'static str,
    /// `{kind}`
    pub err_wrong_kind: &'static str,
    pub err_bad_version: &'static str,
    /// `{found}`, `{supported}`
    pub err_too_new: &'static str,
    /// `{from}`, `{reason}`
    pub err_migration: &'static str,
    /// `{reason}`
    pub err_invalid: &'static str,
    /// `{id}`
    pub err_duplicate_id: &'static str,

    pub quarantine_title: &'static str,
    /// `{reason}`
    pub quarantine_body: &'static str,
    pub quarantine_not_copied: &'static str,
    pub quarantine_download: &'static str,
    pub quarantine_dismiss: &'static str,

    pub save_failed_title: &'static str,
    /// `{reason}`
    pub save_failed_body: &'static str,
    pub save_failed_full: &'static str,
    pub save_failed_unavailable: &'static str,
    pub save_failed_other: &'static str,
    pub save_failed_export: &'static str,
    pub save_status_saved: &'static str,
    pub save_status_pending: &'static str,
    pub save_status_failed: &'static str,
    pub save_status_paused: &'static str,

    pub workshop_title: &'static str,
    pub workshop_intro: &'static str,
    pub new_seminar_label: &'static str,
    pub new_seminar_button: &'static str,
    pub seminars_empty: &'static str,
    pub seminar_list_label: &'static str,

    pub collect_title: &'static str,
    pub collect_intro: &'static str,
    pub collect_empty: &'static str,

    pub a3_list_title: &'static str,
    pub a3_list_intro: &'static str,
    pub new_a3_label: &'static str,
    pub new_a3_button: &'static str,
    pub a3_empty: &'static str,
    pub a3_list_label: &'static str,
    pub untitled: &'static str,
    pub a3_not_found: &'static str,
    pub back_to_a3_list: &'static str,
    pub a3_header_label: &'static str,
    pub field_title: &'static str,
    pub field_unit: &'static str,
    pub field_unit_hint: &'static str,
    pub field_owner: &'static str,
    pub field_phase: &'static str,
    /// Phase names in cycle order: Forberede, Planlegge, Utføre, Evaluere, Følge opp.
    pub phases: [&'static str; 5],
    /// Labels of A3 fields 1–6.
    pub a3_fields: [&'static str; 6],
    /// Guiding sentences of A3 fields 1–6 (seed 000).
    pub a3_guides: [&'static str; 6],

    pub field_method_coach: &'static str,
    pub field_next_review: &'static str,
    pub field_created: &'static str,
    pub sheet_actions_label: &'static str,
    pub print_button: &'static str,
    pub export_sheet_button: &'static str,
    pub duplicate_button: &'static str,
    pub delete_button: &'static str,
    pub copy_suffix: &'static str,
    pub deleted_notice: &'static str,
    pub undo_button: &'static str,
    pub search_label: &'static str,
    pub phase_filter_label: &'static str,
    pub phase_filter_all: &'static str,
    pub no_matches: &'static str,
    pub last_changed: &'static str,
    pub causes_title: &'static str,
    pub causes_help: &'static str,
    pub cause_text: &'static str,
    pub cause_kind: &'static str,
    pub add_cause: &'static str,
    pub remove_row: &'static str,
    pub benefits_title: &'static str,
    pub benefits_help: &'static str,
    pub add_benefit: &'static str,
    pub benefit_kind: &'static str,
    pub benefit_description: &'static str,
    pub benefit_owner: &'static str,
    pub benefit_indicator: &'static str,
    pub benefit_baseline: &'static str,
    pub benefit_baseline_date: &'static str,
    pub benefit_target: &'static str,
    pub benefit_target_date: &'static str,
    pub benefit_amount: &'static str,
    pub benefits_total: &'static str,
    pub measures_title: &'static str,
    pub add_measure: &'static str,
    pub measure_name: &'static str,
    pub measure_fte: &'static str,
    pub measure_amount: &'static str,
    pub measure_status: &'static str,
    pub measure_status_date: &'static str,
    pub measure_follow_up: &'static str,
    pub measure_responsible: &'static str,
    pub measures_total: &'static str,
    pub budget_title: &'static str,
    pub add_budget_line: &'static str,
    pub budget_label: &'static str,
    pub budget_budget: &'static str,
    pub budget_actual: &'static str,
    pub budget_result: &'static str,
    pub budget_result_help: &'static str,
    pub indicators_title: &'static str,
    pub add_indicator: &'static str,
    pub indicator_name: &'static str,
    pub indicator_unit: &'static str,
    pub indicator_direction: &'static str,
    pub indicator_baseline: &'static str,
    pub indicator_target: &'static str,
    pub measurements_title: &'static str,
    pub add_measurement: &'static str,
    pub measurement_date: &'static str,
    pub measurement_value: &'static str,
    pub chart_summary: &'static str,
    pub chart_none: &'static str,
    pub target_reached: &'static str,
    pub target_not_reached: &'static str,
    pub err_number_empty: &'static str,
    pub err_number_nan: &'static str,
    pub err_number_grouping: &'static str,
    pub err_number_large: &'static str,
    pub err_number_decimals: &'static str,
    pub not_saved_hint: &'static str,
    pub benefit_kinds: [&'static str; 3],
    pub measure_statuses: [&'static str; 3],
    pub follow_ups: [&'static str; 3],
    pub indicator_units: [&'static str; 4],
    pub directions: [&'static str; 2],
    pub cause_kinds: [&'static str; 2],

    pub storage_usage: &'static str,
    pub reminder_title: &'static str,
    pub reminder_never: &'static str,
    pub reminder_days: &'static str,
    pub reminder_dismiss: &'static str,
    pub last_export_never: &'static str,
    pub last_export_on: &'static str,
    pub trash_title: &'static str,
    pub trash_intro: &'static str,
    pub trash_empty: &'static str,
    pub trash_link: &'static str,
    pub restore_button: &'static str,
    pub deleted_on: &'static str,
    pub import_preview_title: &'static str,
    pub import_preview_counts: &'static str,
    pub import_confirm: &'static str,
    pub import_cancel: &'static str,
    pub import_cancelled: &'static str,

    pub update_title: &'static str,
    pub update_body: &'static str,
    pub update_button: &'static str,
    pub update_later: &'static str,

    pub remove_cause: &'static str,
    pub remove_benefit: &'static str,
    pub remove_measure: &'static str,
    pub remove_budget_line: &'static str,
    pub remove_indicator: &'static str,
    pub remove_measurement: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub to_home: &'static str,
}

/// The texts of the language in use.
pub fn t() -> &'static Texts {
    &NB
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, params: &[(&str, &dyn std::fmt::Display)]) -> String {
    params
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), &value.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

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
            (nb.import_done, &["{added}", "{updated}", "{unchanged}"][..]),
            (nb.import_failed, &["{name}", "{reason}"][..]),
            (nb.err_too_new, &["{found}", "{supported}"][..]),
            (nb.err_not_json, &["{line}", "{column}"][..]),
            (nb.quarantine_body, &["{reason}"][..]),
            (nb.save_failed_body, &["{reason}"][..]),
        ] {
            for name in names {
                assert!(template.contains(name), "{template:?} lacks {name}");
            }
        }
    }
}
