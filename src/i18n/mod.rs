//! Every user-facing string. One `Texts` table per language; because every language is a
//! value of the same struct, a missing text is a compile error, not a blank on screen.
//! Bokmål is the default; nynorsk and English are complete tables of their own.

mod en;
mod nb;
mod nn;

use std::sync::atomic::{AtomicU8, Ordering};

pub use en::EN;
pub use nb::NB;
pub use nn::NN;

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
    /// The printed sheet (issue 22): the day it was printed, its QR code's caption, the note
    /// printed instead when the sheet is too large for one code, the comments column.
    pub print_printed: &'static str,
    pub print_qr_caption: &'static str,
    pub print_qr_too_large: &'static str,
    pub print_comments: &'static str,
    /// The CSV for planning tools (issue 22): the button, and headings and words of its own.
    pub plan_csv_button: &'static str,
    pub plan_csv_row: &'static str,
    pub plan_csv_measure: &'static str,
    pub plan_csv_benefit: &'static str,
    pub plan_csv_programme: &'static str,
    pub plan_csv_focus_area: &'static str,
    pub plan_csv_sheet: &'static str,
    pub plan_csv_name: &'static str,
    pub plan_csv_amount: &'static str,
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
    /// Ulemper (dis-benefits, issue 22): the check box on a gevinst, the heading they print
    /// under, their sum, and the CSV's word for the row.
    pub benefit_disbenefit: &'static str,
    // Gevinstkart and gevinstrealiseringsplan on the A3 sheet (issue 22).
    pub benefit_goal: &'static str,
    pub benefit_goal_none: &'static str,
    pub benefit_goal_desired: &'static str,
    pub benefit_goal_effect: &'static str,
    pub benefit_measured_by: &'static str,
    pub benefit_measured_by_none: &'static str,
    pub benefit_unnamed: &'static str,
    pub measure_unnamed: &'static str,
    pub indicator_unnamed: &'static str,
    pub realisation_plan_title: &'static str,
    pub realisation_method: &'static str,
    pub realisation_frequency: &'static str,
    pub realisation_responsible: &'static str,
    pub realisation_cost: &'static str,
    pub realisation_points_title: &'static str,
    pub realisation_points_help: &'static str,
    pub realisation_point_date: &'static str,
    pub realisation_point_value: &'static str,
    pub add_realisation_point: &'static str,
    pub remove_realisation_point: &'static str,
    pub realisation_status_today: &'static str,
    pub chart_plan: &'static str,
    pub chart_plan_point: &'static str,
    pub measure_delivers: &'static str,
    pub measure_delivers_none: &'static str,
    pub map_title: &'static str,
    pub map_help: &'static str,
    pub map_empty: &'static str,
    pub map_column_measures: &'static str,
    pub map_column_benefits: &'static str,
    pub map_column_goals: &'static str,
    pub map_label: &'static str,
    /// Under the benefit map where the screen is narrower than the map (it scrolls sideways).
    pub map_scroll_hint: &'static str,
    pub map_text_title: &'static str,
    pub map_delivers: &'static str,
    pub map_delivers_nothing: &'static str,
    pub map_serves: &'static str,
    pub map_serves_nothing: &'static str,
    pub map_owner: &'static str,
    pub realisation_frequencies: [&'static str; 5],
    pub disbenefits_title: &'static str,
    pub disbenefits_total: &'static str,
    pub plan_csv_disbenefit: &'static str,
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

    pub opening_full_app: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub to_home: &'static str,
    // The group exercise (Verksted).
    /// `{date}`, `{notes}`, `{groups}`
    pub seminar_meta: &'static str,
    pub seminar_not_found: &'static str,
    pub back_to_workshop: &'static str,
    pub join_seminar_title: &'static str,
    pub join_seminar_hint: &'static str,
    pub seminar_setup: &'static str,
    pub seminar_title: &'static str,
    pub seminar_date: &'static str,
    pub framing: &'static str,
    pub framings: [&'static str; 2],
    pub framing_hints: [&'static str; 2],
    pub reflection_question: &'static str,
    pub group_question: &'static str,
    pub reflection_minutes: &'static str,
    pub turn_minutes: &'static str,
    pub dots_per_member: &'static str,
    /// `{min}`, `{max}`
    pub number_range: &'static str,
    pub reference_date: &'static str,
    pub reference_date_hint: &'static str,
    pub day: &'static str,
    pub month: &'static str,
    pub months: [&'static str; 12],
    pub share_seminar_title: &'static str,
    pub share_seminar_hint: &'static str,
    pub share_seminar_button: &'static str,
    pub step_reflection: &'static str,
    pub one_potential_per_note: &'static str,
    pub reflection_timer: &'static str,
    pub timer_start: &'static str,
    pub timer_pause: &'static str,
    pub timer_resume: &'static str,
    pub timer_reset: &'static str,
    pub timer_done: &'static str,
    pub my_notes: &'static str,
    pub new_note: &'static str,
    /// `{n}`
    pub note_number: &'static str,
    pub note_potential: &'static str,
    pub note_potential_hint: &'static str,
    pub note_benefit: &'static str,
    pub note_benefit_hint: &'static str,
    pub not_chosen: &'static str,
    /// `{note}`
    pub delete_note_named: &'static str,
    pub note_deleted: &'static str,
    pub give_notes_title: &'static str,
    pub give_notes_hint: &'static str,
    pub download_my_notes: &'static str,
    pub file_prefix_notes: &'static str,
    pub file_prefix_seminar: &'static str,
    pub file_prefix_group: &'static str,
    pub file_prefix_tasks: &'static str,
    pub step_group: &'static str,
    pub step_group_hint: &'static str,
    pub groups_empty: &'static str,
    pub groups_label: &'static str,
    /// `{n}`
    pub group_default_name: &'static str,
    pub new_group_label: &'static str,
    pub new_group_button: &'static str,
    /// `{n}`
    pub members_count: &'static str,
    pub agreed_badge_short: &'static str,
    pub group_name_edit: &'static str,
    pub group_name: &'static str,
    pub step_members: &'static str,
    pub members_label: &'static str,
    pub member_name: &'static str,
    pub birthday: &'static str,
    pub birthday_hint: &'static str,
    pub birthday_incomplete: &'static str,
    pub birthday_invalid: &'static str,
    pub member_name_missing: &'static str,
    pub add_member: &'static str,
    pub no_birthday: &'static str,
    pub remove_button: &'static str,
    /// `{name}`
    pub remove_member_named: &'static str,
    pub timekeeper_title: &'static str,
    /// `{name}`
    pub timekeeper_is: &'static str,
    pub timekeeper_none_yet: &'static str,
    /// `{name}`, `{date}`
    pub timekeeper_rule: &'static str,
    /// `{names}`, `{date}`
    pub timekeeper_tie: &'static str,
    pub timekeeper_nobody: &'static str,
    pub timekeeper_pick: &'static str,
    pub timekeeper_by_birthday: &'static str,
    pub step_notes: &'static str,
    pub step_notes_hint: &'static str,
    pub members_first: &'static str,
    /// `{n}`
    pub notes_count: &'static str,
    /// `{name}`
    pub notes_of: &'static str,
    /// `{name}`
    pub new_note_for: &'static str,
    /// `{name}`
    pub import_notes_of: &'static str,
    /// `{added}`, `{updated}`, `{name}`
    pub member_notes_imported: &'static str,
    pub paste_instead: &'static str,
    pub paste_label: &'static str,
    pub paste_import: &'static str,
    pub pasted_text: &'static str,
    pub step_round: &'static str,
    /// `{name}`, `{n}`, `{total}`
    pub turn_of: &'static str,
    pub keep_it_short: &'static str,
    pub turn_timer: &'static str,
    pub speaker_notes: &'static str,
    pub next_turn: &'static str,
    pub round_done: &'static str,
    pub round_restart: &'static str,
    pub step_priority: &'static str,
    pub items_empty: &'static str,
    pub merge_title: &'static str,
    pub merge_hint: &'static str,
    /// `{title}`
    pub merge_with: &'static str,
    pub merge_choose: &'static str,
    pub cluster_heading: &'static str,
    pub split_cluster: &'static str,
    /// `{title}`
    pub split_cluster_named: &'static str,
    pub vote_title: &'static str,
    /// `{n}`
    pub vote_hint: &'static str,
    pub voter: &'static str,
    /// `{name}`, `{left}`, `{n}`
    pub dots_left: &'static str,
    /// `{n}`
    pub dots_count: &'static str,
    pub dots_total_label: &'static str,
    pub my_dots_label: &'static str,
    /// `{title}`
    pub give_dot: &'static str,
    /// `{title}`
    pub take_dot: &'static str,
    pub ranking_title: &'static str,
    pub joint_title: &'static str,
    pub propose_from_votes: &'static str,
    /// `{title}`
    pub move_up: &'static str,
    /// `{title}`
    pub move_down: &'static str,
    /// `{title}`
    pub remove_from_priority: &'static str,
    pub add_to_priority: &'static str,
    pub agree_button: &'static str,
    /// `{date}`
    pub agreed_on: &'static str,
    pub step_report: &'static str,
    pub report_hint: &'static str,
    pub report_label: &'static str,
    pub copy_text: &'static str,
    pub copied: &'static str,
    pub copy_refused: &'static str,
    pub download_group_file: &'static str,
    pub report_members: &'static str,
    pub report_timekeeper: &'static str,
    pub report_priority: &'static str,
    pub report_agreed: &'static str,
    pub report_not_agreed: &'static str,
    pub report_benefit: &'static str,
    pub report_dot: &'static str,
    pub report_dots: &'static str,
    pub report_notes: &'static str,
    pub report_nothing: &'static str,
    pub task_review_title: &'static str,
    pub task_review_intro: &'static str,
    pub task_review_default: &'static str,
    pub new_task_review_label: &'static str,
    pub new_task_review_button: &'static str,
    /// `{n}`
    pub tasks_count: &'static str,
    pub task_review_name: &'static str,
    pub add_task_title: &'static str,
    pub task_category: &'static str,
    pub task_text: &'static str,
    pub task_text_missing: &'static str,
    pub add_task: &'static str,
    pub tasks_empty: &'static str,
    pub no_category: &'static str,
    pub triage_names: [&'static str; 3],
    /// Categories offered before a task board has its own (seed 002).
    pub task_categories: [&'static str; 3],
    pub triage_open: &'static str,
    /// `{task}`
    pub triage_for: &'static str,
    /// `{now}`, `{week}`, `{drop}`, `{open}`
    pub triage_summary: &'static str,
    /// `{task}`
    pub delete_task_named: &'static str,
    pub download_tasks_file: &'static str,
    pub trash_seminar: &'static str,
    pub trash_group: &'static str,
    pub trash_task_review: &'static str,
    pub trash_button_hint: &'static str,
    // Samle (the facilitator).
    pub collect_csv_columns: [&'static str; 8],
    pub collect_points: &'static str,
    /// `{n}`
    pub collect_points_count: &'static str,
    pub collect_named_by: &'static str,
    pub collect_method: &'static str,
    pub collect_seminars: &'static str,
    /// `{n}`
    pub collect_groups_count: &'static str,
    pub collect_groups_title: &'static str,
    pub collect_no_groups: &'static str,
    /// `{n}`
    pub collect_group_line: &'static str,
    pub collect_agreed: &'static str,
    pub collect_not_agreed: &'static str,
    pub collect_import_title: &'static str,
    pub collect_import_hint: &'static str,
    pub collect_import_files: &'static str,
    pub collect_paste_summary: &'static str,
    pub collect_paste_label: &'static str,
    /// `{group}`, `{n}`, `{new}`
    pub collect_added: &'static str,
    /// `{group}`, `{n}`, `{new}`
    pub collect_updated: &'static str,
    /// `{group}`, `{n}`
    pub collect_unchanged: &'static str,
    /// `{name}`
    pub collect_no_answer: &'static str,
    pub collect_text_needs_seminar: &'static str,
    pub collect_text_not_report: &'static str,
    pub collect_ranking_title: &'static str,
    pub collect_present: &'static str,
    pub collect_search: &'static str,
    pub collect_all_kinds: &'static str,
    pub collect_no_ideas: &'static str,
    /// `{title}`
    pub collect_merge_with: &'static str,
    pub collect_promote: &'static str,
    pub collect_open_a3: &'static str,
    /// `{seminar}`, `{groups}`
    pub promote_rationale: &'static str,
    pub collect_export_title: &'static str,
    pub collect_download_csv: &'static str,
    pub collect_download_json: &'static str,
    pub collect_text_label: &'static str,
    pub file_prefix_collected: &'static str,
    pub collect_present_close: &'static str,
    pub collect_present_one: &'static str,
    pub collect_present_list: &'static str,
    /// `{n}`, `{total}`
    pub collect_place_of: &'static str,
    pub collect_previous: &'static str,
    pub collect_next: &'static str,
    pub sheet_source: &'static str,
    // Share links and QR codes.
    pub share_link_label: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub share_file: &'static str,
    pub file_shared: &'static str,
    pub file_downloaded: &'static str,
    pub qr_label: &'static str,
    pub qr_caption: &'static str,
    pub link_too_long_for_qr: &'static str,
    pub link_title: &'static str,
    /// `{what}`
    pub link_holds: &'static str,
    /// `{reason}`
    pub link_failed: &'static str,
    pub link_err_too_long: &'static str,
    pub link_err_corrupt: &'static str,
    /// `{n}`, with its plural form: "{n} {n:lapp|lapper}"; likewise the four below.
    pub link_seminars: &'static str,
    pub link_notes: &'static str,
    pub link_groups: &'static str,
    pub link_sheets: &'static str,
    pub link_task_reviews: &'static str,
    pub link_whose_notes: &'static str,
    pub link_keep_as_mine: &'static str,
    pub scan_qr: &'static str,
    pub scan_stop: &'static str,
    pub scan_video_label: &'static str,
    pub scan_hint: &'static str,
    pub scan_unsupported: &'static str,
    pub scan_failed: &'static str,
    pub scanned_link: &'static str,

    // The room: join, hand-overs, previews, the first screen (issue 16).
    pub err_too_deep: &'static str,
    pub join_title: &'static str,
    pub join_intro: &'static str,
    /// `{date}`
    pub join_date: &'static str,
    /// `{question}`
    pub join_question: &'static str,
    pub participant_name: &'static str,
    pub participant_name_hint: &'static str,
    pub participant_name_missing: &'static str,
    pub join_button: &'static str,
    /// `{name}`
    pub join_already: &'static str,
    pub join_open: &'static str,
    pub show_join_qr: &'static str,
    pub join_qr_title: &'static str,
    pub join_qr_hint: &'static str,
    /// `{address}`
    pub join_qr_address: &'static str,
    pub join_qr_close: &'static str,
    pub join_qr_too_long: &'static str,
    pub share_setup_button: &'static str,
    pub share_notes_button: &'static str,
    pub share_group_button: &'static str,
    pub share_sheet_button: &'static str,
    pub handover_name_missing: &'static str,
    pub receive_title: &'static str,
    pub receive_hint: &'static str,
    pub receive_files: &'static str,
    /// `{name}`, `{added}` with plural forms
    pub receive_new_member: &'static str,
    /// `{name}`, `{added}`, `{updated}` with plural forms
    pub receive_known_member: &'static str,
    /// `{source}`
    pub receive_no_participant: &'static str,
    /// `{source}`
    pub receive_other_seminar: &'static str,
    /// `{source}`
    pub receive_not_notes: &'static str,
    /// `{n}` with plural forms
    pub received_count: &'static str,
    /// `{name}`
    pub scan_qr_for: &'static str,
    /// `{name}`
    pub paste_instead_for: &'static str,
    /// `{title}`
    pub preview_seminar: &'static str,
    /// `{name}`, `{n}`
    pub preview_notes_from: &'static str,
    /// `{n}` with plural forms
    pub preview_notes_nameless: &'static str,
    /// `{group}`, `{n}` with plural forms
    pub preview_answer_from: &'static str,
    /// `{group}`
    pub add_to_group: &'static str,
    pub add_to_which_group: &'static str,
    pub make_group_and_add: &'static str,
    pub receive_answer: &'static str,
    pub start_title: &'static str,
    pub start_join: &'static str,
    pub start_join_hint: &'static str,
    pub start_join_paste: &'static str,
    pub start_join_open: &'static str,
    pub start_join_invalid: &'static str,
    pub start_seminar: &'static str,
    pub start_seminar_hint: &'static str,
    pub start_a3: &'static str,
    pub start_a3_hint: &'static str,
    /// `{label}`
    pub timer_bar_close: &'static str,
    pub collect_suggestions_title: &'static str,
    /// `{a}`, `{b}`
    pub collect_suggestion: &'static str,
    pub collect_suggestion_merge: &'static str,
    pub collect_suggestion_refuse: &'static str,
    /// `{n}`
    pub collect_same_title: &'static str,
    /// `{reason}`
    pub save_failed_bar: &'static str,

    // Language, the Om page and the first-run example.
    pub lang_label: &'static str,
    pub nav_about: &'static str,
    pub about_title: &'static str,
    pub about_method: [&'static str; 2],
    pub about_source: &'static str,
    pub about_storage: &'static str,
    pub example_title: &'static str,
    pub example_intro: &'static str,
    pub example_load: &'static str,
    pub example_remove: &'static str,
    pub example_badge: &'static str,
    pub example_loaded: &'static str,
    pub example_removed: &'static str,
    // Programmes and the status report.
    pub nav_programmes: &'static str,
    pub programmes_title: &'static str,
    pub programmes_intro: &'static str,
    pub new_programme_label: &'static str,
    pub new_programme_button: &'static str,
    pub programmes_empty: &'static str,
    pub programme_list_label: &'static str,
    pub programme_not_found: &'static str,
    pub back_to_programmes: &'static str,
    /// `{sheets}`, `{measures}`, with plural forms
    pub programme_counts: &'static str,
    pub programme_title_label: &'static str,
    pub goals_title: &'static str,
    pub overall_goal: &'static str,
    pub overall_goal_hint: &'static str,
    pub result_goals_title: &'static str,
    pub result_goal_label: &'static str,
    pub result_goal_done: &'static str,
    pub add_result_goal: &'static str,
    pub effect_goals_title: &'static str,
    pub effect_goal_label: &'static str,
    pub add_effect_goal: &'static str,
    pub focus_areas_title: &'static str,
    pub focus_areas_help: &'static str,
    /// `{n}`: the roman number
    pub focus_area_label: &'static str,
    pub add_focus_area: &'static str,
    pub remove_focus_area: &'static str,
    pub focus_area_empty: &'static str,
    pub move_sheet_here: &'static str,
    pub move_seminar_here: &'static str,
    pub choose_one: &'static str,
    pub move_button: &'static str,
    pub no_focus_area: &'static str,
    pub no_unit: &'static str,
    pub take_out_of_programme: &'static str,
    pub programme_measures_title: &'static str,
    pub programme_measures_empty: &'static str,
    pub grouping_label: &'static str,
    pub groupings: [&'static str; 2],
    pub measure_sheet: &'static str,
    pub latest_comment: &'static str,
    pub group_total: &'static str,
    pub programme_total: &'static str,
    /// `{n}`, with plural forms
    pub comments_title: &'static str,
    pub comment_date: &'static str,
    pub comment_text: &'static str,
    pub add_comment: &'static str,
    pub comment_blank: &'static str,
    pub comments_help: &'static str,
    pub milestones_title: &'static str,
    /// År, milepæl, tema, oppdrag, frist, godkjent
    pub milestone_fields: [&'static str; 6],
    pub add_milestone: &'static str,
    pub remove_milestone: &'static str,
    pub overdue: &'static str,
    /// `{n}`, with plural forms, and `{date}`: the date the count is made against (today on
    /// the programme page, the report date in the report).
    pub overdue_count: &'static str,
    /// `{date}`: the heading of the CSV's overdue column.
    pub overdue_on: &'static str,
    pub risks_title: &'static str,
    /// Beskrivelse, sannsynlighet, konsekvens, eier, tiltak
    pub risk_fields: [&'static str; 5],
    pub add_risk: &'static str,
    pub remove_risk: &'static str,
    pub risk_levels: [&'static str; 3],
    /// `{score}`, `{level}`
    pub risk_score: &'static str,
    pub risk_matrix_title: &'static str,
    pub risk_matrix_likelihood: &'static str,
    pub risk_matrix_consequence: &'static str,
    /// Below the matrix: which scores make which level, so the colours are not the only cue.
    pub risk_matrix_legend: &'static str,
    pub programme_select_label: &'static str,
    pub programme_none: &'static str,
    pub focus_area_select_label: &'static str,
    pub status_report_button: &'static str,
    /// `{title}`, `{date}`
    pub status_report_title: &'static str,
    pub report_date_label: &'static str,
    pub report_print: &'static str,
    pub report_text_label: &'static str,
    pub report_text_show: &'static str,
    /// Start of the status report's CSV file name.
    pub file_prefix_status_report: &'static str,
    pub back_to_programme: &'static str,
    pub report_none: &'static str,
    /// The headings of a measure line's columns (the programme page, the status report's text,
    /// CSV and HTML; see `report::MeasureColumn`).
    pub measure_columns: crate::report::MeasureHeadings,
    pub report_indicators_title: &'static str,
    pub report_indicator_columns: [&'static str; 6],
    /// Not measured, reached, not reached
    pub target_states: [&'static str; 3],
    pub report_risk_columns: [&'static str; 5],
    /// The score column: likelihood × consequence.
    pub risk_product: &'static str,
    /// The report's score cell: `{score}`, `{level}` ("20 (Høy)").
    pub risk_score_short: &'static str,
    /// The CSV's level column.
    pub risk_level_column: &'static str,
    // Gevinstrealisering and possible double counting in the status report and on the
    // programme page (issue 22).
    pub benefit_plans_title: &'static str,
    /// `{date}`: the date the benefits are held against their plans.
    pub benefit_plans_on: &'static str,
    /// A benefit against its plan on a date: on track, behind plan, not measured
    /// (`PlanStatus::ALL`'s order).
    pub plan_statuses: [&'static str; 3],
    /// Gevinst, A3-ark, gevinstansvarlig, status, plan, siste måling, målt (dato), enhet
    pub benefit_plan_columns: [&'static str; 8],
    /// After an ulempe's description: "(ulempe)".
    pub benefit_plan_disbenefit: &'static str,
    pub double_counting_title: &'static str,
    pub double_counting_intro: &'static str,
    /// The CSV's columns: indikator, enhet, A3-ark, gevinst.
    pub double_counting_columns: [&'static str; 4],
    pub delete_programme: &'static str,
    pub programme_deleted: &'static str,
    pub programme_kind: &'static str,
    pub programme_csv_button: &'static str,
    pub programme_sheets_title: &'static str,
    pub programme_seminars_title: &'static str,
    /// `{d}`, `{m}`, `{y}`: how a date is written.
    pub date_pattern: &'static str,

    // The scanner (every browser), multi-part codes, scanned hand-overs waiting.
    pub scan_refused: &'static str,
    pub scan_no_camera: &'static str,
    pub scan_decoder_failed: &'static str,
    pub scan_starting: &'static str,
    pub scan_switch_camera: &'static str,
    /// `{n}`, with plural forms: codes read since the scanner opened
    pub scan_read: &'static str,
    /// `{have}`, `{total}`, `{missing}`: parts of a multi-part code
    pub scan_part_progress: &'static str,
    pub scan_not_ours: &'static str,
    /// `{have}`, `{total}`
    pub scan_other_payload: &'static str,
    pub scan_restart: &'static str,
    pub scan_corrupt: &'static str,
    /// `{i}`, `{n}`: the part on screen
    pub qr_parts_caption: &'static str,
    /// `{i}`, `{n}`
    pub qr_parts_label: &'static str,
    pub qr_pause: &'static str,
    pub qr_resume: &'static str,
    pub qr_previous: &'static str,
    pub qr_next: &'static str,
    /// `{n}`, with plural forms
    pub pending_title: &'static str,
    pub pending_accept: &'static str,
    /// `{n}`
    pub pending_accept_all: &'static str,
    pub pending_discard: &'static str,
    /// `{i}`, `{n}`: a part of a multi-part code opened by a phone's camera app
    pub part_title: &'static str,
    /// `{n}`
    pub part_hint: &'static str,
    pub part_scan: &'static str,
    pub part_invalid: &'static str,
    pub share_collection_button: &'static str,
    // Merge conflicts (issue 20).
    pub conflict_other_device: &'static str,
    pub conflict_use: &'static str,
    pub conflict_keep: &'static str,
    pub conflict_empty: &'static str,
    pub conflict_group: &'static str,
    pub conflicts_title: &'static str,
    pub conflicts_field: &'static str,
    pub home_conflicts: &'static str,
    pub import_preview_conflicts: &'static str,
}

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
        texts.date_pattern,
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
                fill(texts.members_count, &[("n", &1)])
                    .split_whitespace()
                    .count(),
                2,
                "{}",
                texts.lang
            );
            assert!(!fill(texts.members_count, &[("n", &1)]).contains('|'));
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
