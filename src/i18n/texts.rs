//! The `Texts` table grouped by screen (or shared area): one struct per group, and small
//! structs with one named field per variant of a model enum (each with `of`, the one place
//! that maps the variant to its text) or per column of a table (each with `all`, the one
//! place that puts the columns in order).

use crate::model::a3::benefit::{BenefitKind, Frequency};
use crate::model::a3::benefit_plan::PlanStatus;
use crate::model::a3::indicator::{Direction, IndicatorUnit};
use crate::model::a3::measure::{FollowUp, MeasureStatus};
use crate::model::a3::{CauseKind, Phase};
use crate::model::programme::{Grouping, RiskLevel};
use crate::model::seminar::task_review::Triage;
use crate::model::seminar::workshop::Framing;

/// A struct with one text per variant of a model enum, with `of` (the one place that maps a
/// variant to its text) and `all` (every text in the enum's `ALL` order: the choices a list
/// offers, by index).
macro_rules! variant_names {
    ($(#[$doc:meta])* $name:ident for $enum:ident { $($field:ident => $variant:ident,)* }) => {
        $(#[$doc])*
        pub struct $name {
            $(pub $field: &'static str,)*
        }

        impl $name {
            /// The text of `value`.
            pub fn of(&self, value: $enum) -> &'static str {
                match value {
                    $($enum::$variant => self.$field,)*
                }
            }

            /// Every text in the enum's `ALL` order: the choices a list offers, by index.
            pub fn all(&self) -> Vec<&'static str> {
                $enum::ALL.iter().map(|&value| self.of(value)).collect()
            }
        }
    };
}

/// A struct of named texts written out in one order (a table's columns, a form's fields), with
/// `all`: every text, in the order the fields are declared.
macro_rules! text_list {
    ($(#[$doc:meta])* $name:ident { $($(#[$field_doc:meta])* $field:ident,)* }) => {
        $(#[$doc])*
        pub struct $name {
            $($(#[$field_doc])* pub $field: &'static str,)*
        }

        impl $name {
            /// Every text, in order.
            pub fn all(&self) -> [&'static str; [$(stringify!($field)),*].len()] {
                [$(self.$field),*]
            }
        }
    };
}

/// The texts of one language. Templates mark their parameters as `{name}`; see [`super::fill`].
pub struct Texts {
    /// The BCP 47 code, as in `<html lang>`.
    pub lang: &'static str,
    pub common: CommonTexts,
    pub nav: NavTexts,
    pub home: HomeTexts,
    pub backup: BackupTexts,
    pub banners: BannerTexts,
    pub trash: TrashTexts,
    pub workshop: WorkshopTexts,
    pub setup: SetupTexts,
    pub join: JoinTexts,
    pub notes: NoteTexts,
    pub group: GroupTexts,
    pub priority: PriorityTexts,
    pub group_report: GroupReportTexts,
    pub task_review: TaskReviewTexts,
    pub share: ShareTexts,
    pub receive: ReceiveTexts,
    pub scan: ScanTexts,
    pub conflict: ConflictTexts,
    pub about: AboutTexts,
    pub programme_link: ProgrammeLinkTexts,
}

/// Declares [`LeaderTexts`] and, on [`Texts`], one accessor per group (`t.a3()`): the only way
/// to a leader-only text, so that code which never calls one does not link the tables.
macro_rules! leader_texts {
    ($(#[$doc:meta])* pub struct $name:ident { $(pub $group:ident: $ty:ident,)* }) => {
        $(#[$doc])*
        pub struct $name {
            $(pub $group: $ty,)*
        }

        impl Texts {
            $(
                #[doc = concat!("This language's `", stringify!($group), "` texts, from its [`", stringify!($name), "`].")]
                pub fn $group(&self) -> &'static $ty {
                    &self.leader().$group
                }
            )*
        }
    };
}

leader_texts! {
    /// The texts of the screens only the full app holds (A3 sheets and their parts, programmes
    /// and their status report, Samle, print and the planning CSV): a second table per
    /// language (`nb::LEADER`), apart from [`Texts`]. Read through the accessors on `Texts`
    /// (`t.a3().title`); the participant entry never calls them, so its wasm holds none of
    /// these texts (`scripts/size-check.mjs` checks it).
    pub struct LeaderTexts {
        pub a3_list: A3ListTexts,
        pub a3: A3Texts,
        pub print: PrintTexts,
        pub plan_csv: PlanCsvTexts,
        pub causes: CauseTexts,
        pub benefits: BenefitTexts,
        pub realisation: RealisationTexts,
        pub benefit_map: BenefitMapTexts,
        pub measures: MeasureTexts,
        pub indicators: IndicatorTexts,
        pub collect: CollectTexts,
        pub programme_list: ProgrammeListTexts,
        pub programme: ProgrammeTexts,
        pub plan: PlanTexts,
        pub report: ReportTexts,
    }
}

/// Texts used on many screens.
pub struct CommonTexts {
    pub untitled: &'static str,
    pub remove_row: &'static str,
    pub delete_button: &'static str,
    pub undo_button: &'static str,
    pub copy_text: &'static str,
    pub copied: &'static str,
    pub copy_refused: &'static str,
    pub paste_label: &'static str,
    pub paste_import: &'static str,
    pub pasted_text: &'static str,
    /// `{name}`, `{reason}`
    pub import_failed: &'static str,
    pub file_read_failed: &'static str,
    pub count_a3: &'static str,
    pub count_seminars: &'static str,
    pub count_notes: &'static str,
    pub day: &'static str,
    pub month: &'static str,
    pub months: MonthNames,
    /// `{min}`, `{max}`
    pub number_range: &'static str,
    pub err_number_empty: &'static str,
    pub err_number_nan: &'static str,
    pub err_number_grouping: &'static str,
    pub err_number_large: &'static str,
    pub err_number_decimals: &'static str,
    pub not_saved_hint: &'static str,
    pub opening_full_app: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub to_home: &'static str,
    /// `{d}`, `{m}`, `{y}`: how a date is written.
    pub date_pattern: &'static str,
    /// The button to a new A3 sheet, on the A3 list and the first screen.
    pub new_a3_button: &'static str,
    /// A benefit's kind: the choice on a note, in a group's report and on an A3 sheet.
    pub benefit_kind: &'static str,
    pub benefit_kinds: BenefitKindNames,
}

/// The header: the app's name, the main menu and the language switch.
pub struct NavTexts {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub label: &'static str,
    pub home: &'static str,
    pub workshop: &'static str,
    pub collect: &'static str,
    pub a3: &'static str,
    pub programmes: &'static str,
    pub about: &'static str,
    pub lang_label: &'static str,
}

/// The home screen: what is stored here, the first steps, the last export.
pub struct HomeTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub counts_label: &'static str,
    pub storage_usage: &'static str,
    pub last_export_never: &'static str,
    pub last_export_on: &'static str,
    pub conflicts: &'static str,
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
}

/// Export and import of everything, and why a file could not be read.
pub struct BackupTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub export_button: &'static str,
    pub import_button: &'static str,
    /// `{added}`, `{updated}`, `{unchanged}`
    pub import_done: &'static str,
    pub import_preview_title: &'static str,
    pub import_preview_counts: &'static str,
    pub import_preview_conflicts: &'static str,
    pub import_confirm: &'static str,
    pub import_cancel: &'static str,
    pub import_cancelled: &'static str,
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
    pub err_too_deep: &'static str,
}

/// The banners: stored data that could not be read, failed saves, the save status, the export reminder, a new version.
pub struct BannerTexts {
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
    /// `{reason}`
    pub save_failed_bar: &'static str,
    pub save_status_saved: &'static str,
    pub save_status_pending: &'static str,
    pub save_status_failed: &'static str,
    pub save_status_paused: &'static str,
    pub reminder_title: &'static str,
    pub reminder_never: &'static str,
    pub reminder_days: &'static str,
    pub reminder_dismiss: &'static str,
    pub update_title: &'static str,
    pub update_body: &'static str,
    pub update_button: &'static str,
    pub update_later: &'static str,
}

/// The trash (papirkurv) and the buttons that put things in it.
pub struct TrashTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub empty: &'static str,
    pub link: &'static str,
    pub restore_button: &'static str,
    pub deleted_on: &'static str,
    pub button_hint: &'static str,
    pub seminar: &'static str,
    pub group: &'static str,
    pub task_review: &'static str,
    pub programme_kind: &'static str,
}

/// The list of A3 sheets.
pub struct A3ListTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub new_label: &'static str,
    pub empty: &'static str,
    pub list_label: &'static str,
    pub duplicate_button: &'static str,
    pub copy_suffix: &'static str,
    pub deleted_notice: &'static str,
    pub search_label: &'static str,
    pub phase_filter_label: &'static str,
    pub phase_filter_all: &'static str,
    pub no_matches: &'static str,
    pub last_changed: &'static str,
}

/// The A3 sheet: its header, its numbered fields and its actions.
pub struct A3Texts {
    pub not_found: &'static str,
    pub back_to_list: &'static str,
    pub header_label: &'static str,
    pub field_title: &'static str,
    pub field_unit: &'static str,
    pub field_unit_hint: &'static str,
    pub field_owner: &'static str,
    pub field_phase: &'static str,
    /// Phase names in cycle order: Forberede, Planlegge, Utføre, Evaluere, Følge opp.
    pub phases: PhaseNames,
    /// Labels of A3 fields 1–6.
    pub field_labels: A3FieldTexts,
    /// Guiding sentences of A3 fields 1–6 (seed 000).
    pub field_guides: A3FieldTexts,
    pub field_method_coach: &'static str,
    pub field_next_review: &'static str,
    pub field_created: &'static str,
    pub actions_label: &'static str,
    pub print_button: &'static str,
    /// The CSV for planning tools (issue 22): the button, and headings and words of its own.
    pub plan_csv_button: &'static str,
    pub export_sheet_button: &'static str,
    pub share_sheet_button: &'static str,
    pub source: &'static str,
}

/// The printed A3 sheet (issue 22) and its charts.
pub struct PrintTexts {
    /// The printed sheet (issue 22): the day it was printed, its QR code's caption, the note
    /// printed instead when the sheet is too large for one code, the comments column.
    pub printed: &'static str,
    pub qr_caption: &'static str,
    pub qr_too_large: &'static str,
    pub comments: &'static str,
    pub chart_summary: &'static str,
    pub chart_none: &'static str,
    pub chart_plan: &'static str,
    pub chart_plan_point: &'static str,
    pub target_reached: &'static str,
    pub target_not_reached: &'static str,
}

/// The CSV for planning tools (issue 22): headings and words of its own.
pub struct PlanCsvTexts {
    pub row: &'static str,
    pub measure: &'static str,
    pub benefit: &'static str,
    pub programme: &'static str,
    pub focus_area: &'static str,
    pub sheet: &'static str,
    pub name: &'static str,
    pub amount: &'static str,
    pub disbenefit: &'static str,
}

/// The A3 sheet's causes.
pub struct CauseTexts {
    pub title: &'static str,
    pub help: &'static str,
    pub text: &'static str,
    pub kind: &'static str,
    pub kinds: CauseKindNames,
    pub add: &'static str,
    pub remove: &'static str,
}

/// The A3 sheet's benefits (gevinster) and dis-benefits (ulemper), and the benefit kinds wherever they are shown.
pub struct BenefitTexts {
    pub title: &'static str,
    pub help: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub description: &'static str,
    pub owner: &'static str,
    pub indicator: &'static str,
    pub baseline: &'static str,
    pub baseline_date: &'static str,
    pub target: &'static str,
    pub target_date: &'static str,
    pub amount: &'static str,
    pub total: &'static str,
    /// Ulemper (dis-benefits, issue 22): the check box on a gevinst, the heading they print
    /// under, their sum, and the CSV's word for the row.
    pub disbenefit: &'static str,
    pub disbenefits_title: &'static str,
    pub disbenefits_total: &'static str,
    pub goal: &'static str,
    pub goal_none: &'static str,
    pub goal_desired: &'static str,
    pub goal_effect: &'static str,
    pub measured_by: &'static str,
    pub measured_by_none: &'static str,
    pub unnamed: &'static str,
}

/// A benefit's realisation plan (gevinstrealiseringsplan, issue 22).
pub struct RealisationTexts {
    pub plan_title: &'static str,
    pub method: &'static str,
    pub frequency: &'static str,
    pub frequencies: FrequencyNames,
    pub responsible: &'static str,
    pub cost: &'static str,
    pub points_title: &'static str,
    pub points_help: &'static str,
    pub point_date: &'static str,
    pub point_value: &'static str,
    pub add_point: &'static str,
    pub remove_point: &'static str,
    pub status_today: &'static str,
    /// A benefit against its plan on a date: on track, behind plan, not measured.
    pub plan_statuses: PlanStatusNames,
}

/// The benefit map (gevinstkart, issue 22): on the sheet, printed and as text.
pub struct BenefitMapTexts {
    pub title: &'static str,
    pub help: &'static str,
    pub empty: &'static str,
    pub label: &'static str,
    /// Under the benefit map where the screen is narrower than the map (it scrolls sideways).
    pub scroll_hint: &'static str,
    pub text_title: &'static str,
    pub column_measures: &'static str,
    pub column_benefits: &'static str,
    pub column_goals: &'static str,
    pub delivers: &'static str,
    pub delivers_nothing: &'static str,
    pub serves: &'static str,
    pub serves_nothing: &'static str,
    pub owner: &'static str,
    pub measure_delivers: &'static str,
    pub measure_delivers_none: &'static str,
    pub measure_unnamed: &'static str,
}

/// The A3 sheet's measures (tiltak) and budget.
pub struct MeasureTexts {
    pub title: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub name: &'static str,
    pub fte: &'static str,
    pub amount: &'static str,
    pub status: &'static str,
    pub statuses: MeasureStatusNames,
    pub status_date: &'static str,
    pub follow_up: &'static str,
    pub follow_ups: FollowUpNames,
    pub responsible: &'static str,
    pub total: &'static str,
    /// The headings of a measure line's columns (the programme page, the status report's text,
    /// CSV and HTML; see `report::MeasureColumn`).
    pub columns: crate::report::MeasureHeadings,
    pub budget_title: &'static str,
    pub add_budget_line: &'static str,
    pub remove_budget_line: &'static str,
    pub budget_label: &'static str,
    pub budget_budget: &'static str,
    pub budget_actual: &'static str,
    pub budget_result: &'static str,
    pub budget_result_help: &'static str,
}

/// The A3 sheet's indicators and their measurements.
pub struct IndicatorTexts {
    pub title: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub name: &'static str,
    pub unnamed: &'static str,
    pub unit: &'static str,
    pub units: UnitNames,
    pub direction: &'static str,
    pub directions: DirectionNames,
    pub baseline: &'static str,
    pub target: &'static str,
    pub measurements_title: &'static str,
    pub add_measurement: &'static str,
    pub remove_measurement: &'static str,
    pub measurement_date: &'static str,
    pub measurement_value: &'static str,
}

/// Verksted: the list of seminars and a seminar's own screen.
pub struct WorkshopTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub new_seminar_label: &'static str,
    pub new_seminar_button: &'static str,
    pub seminars_empty: &'static str,
    pub seminar_list_label: &'static str,
    /// `{date}`, `{notes}`, `{groups}`
    pub seminar_meta: &'static str,
    pub seminar_not_found: &'static str,
    pub back_to_workshop: &'static str,
    pub join_seminar_title: &'static str,
    pub join_seminar_hint: &'static str,
    pub show_join_qr: &'static str,
    pub step_reflection: &'static str,
    pub one_potential_per_note: &'static str,
    pub reflection_timer: &'static str,
    pub timer_start: &'static str,
    pub timer_pause: &'static str,
    pub timer_resume: &'static str,
    pub timer_reset: &'static str,
    pub timer_done: &'static str,
    /// `{label}`
    pub timer_bar_close: &'static str,
}

/// A seminar's setup.
pub struct SetupTexts {
    pub title: &'static str,
    pub seminar_title: &'static str,
    pub seminar_date: &'static str,
    pub framing: &'static str,
    pub framings: FramingNames,
    pub framing_hints: FramingNames,
    pub reflection_question: &'static str,
    pub group_question: &'static str,
    pub reflection_minutes: &'static str,
    pub turn_minutes: &'static str,
    pub dots_per_member: &'static str,
    pub reference_date: &'static str,
    pub reference_date_hint: &'static str,
    pub share_title: &'static str,
    pub share_hint: &'static str,
    pub share_button: &'static str,
    pub share_setup_button: &'static str,
    pub file_prefix: &'static str,
}

/// Joining a seminar on one's own phone, and the join QR code.
pub struct JoinTexts {
    pub title: &'static str,
    pub intro: &'static str,
    /// `{date}`
    pub date: &'static str,
    /// `{question}`
    pub question: &'static str,
    pub participant_name: &'static str,
    pub participant_name_hint: &'static str,
    pub participant_name_missing: &'static str,
    pub button: &'static str,
    /// `{name}`
    pub already: &'static str,
    pub open: &'static str,
    pub qr_title: &'static str,
    pub qr_hint: &'static str,
    /// `{address}`
    pub qr_address: &'static str,
    pub qr_close: &'static str,
    pub qr_too_long: &'static str,
}

/// A participant's own notes (lapper) and handing them over.
pub struct NoteTexts {
    pub my_notes: &'static str,
    pub new_note: &'static str,
    /// `{n}`
    pub note_number: &'static str,
    pub potential: &'static str,
    pub potential_hint: &'static str,
    pub benefit: &'static str,
    pub benefit_hint: &'static str,
    pub not_chosen: &'static str,
    /// `{note}`
    pub delete_note_named: &'static str,
    pub note_deleted: &'static str,
    pub give_title: &'static str,
    pub give_hint: &'static str,
    pub download: &'static str,
    pub file_prefix: &'static str,
    pub share_button: &'static str,
    pub handover_name_missing: &'static str,
}

/// The group exercise (Verksted): groups, members, the timekeeper, notes into the group, the round.
pub struct GroupTexts {
    pub step_group: &'static str,
    pub step_group_hint: &'static str,
    pub groups_empty: &'static str,
    pub groups_label: &'static str,
    /// `{n}`
    pub default_name: &'static str,
    pub new_group_label: &'static str,
    pub new_group_button: &'static str,
    /// `{n}`
    pub members_count: &'static str,
    pub agreed_badge_short: &'static str,
    pub name_edit: &'static str,
    pub name: &'static str,
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
    pub receive_title: &'static str,
    pub receive_hint: &'static str,
    pub receive_files: &'static str,
    /// `{name}`, `{added}` with plural forms
    pub receive_new_member: &'static str,
    /// `{name}`, `{added}`, `{updated}` with plural forms
    pub receive_known_member: &'static str,
    /// `{source}`
    pub receive_not_notes: &'static str,
    /// `{n}` with plural forms
    pub received_count: &'static str,
    pub step_round: &'static str,
    /// `{name}`, `{n}`, `{total}`
    pub turn_of: &'static str,
    pub keep_it_short: &'static str,
    pub turn_timer: &'static str,
    pub speaker_notes: &'static str,
    pub next_turn: &'static str,
    pub round_done: &'static str,
    pub round_restart: &'static str,
    pub step_report: &'static str,
    pub report_hint: &'static str,
    pub report_label: &'static str,
    pub download_file: &'static str,
    pub file_prefix: &'static str,
    pub share_button: &'static str,
}

/// The group's prioritisation: merging notes, the dot vote, the joint list.
pub struct PriorityTexts {
    pub step: &'static str,
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
}

/// The words of a group's report text (written for Teams or chat, and read back in Samle).
pub struct GroupReportTexts {
    pub members: &'static str,
    pub timekeeper: &'static str,
    pub priority: &'static str,
    pub agreed: &'static str,
    pub not_agreed: &'static str,
    pub benefit: &'static str,
    pub dot: &'static str,
    pub dots: &'static str,
    pub notes: &'static str,
    pub nothing: &'static str,
}

/// The task review (oppgavegjennomgang).
pub struct TaskReviewTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub default_name: &'static str,
    pub new_label: &'static str,
    pub new_button: &'static str,
    /// `{n}`
    pub tasks_count: &'static str,
    pub name: &'static str,
    pub add_task_title: &'static str,
    pub category: &'static str,
    pub text: &'static str,
    pub text_missing: &'static str,
    pub add_task: &'static str,
    pub tasks_empty: &'static str,
    pub no_category: &'static str,
    pub triage: TriageNames,
    /// Categories offered before a task board has its own (seed 002).
    pub seed_categories: SeedCategories,
    pub triage_open: &'static str,
    /// `{task}`
    pub triage_for: &'static str,
    /// `{now}`, `{week}`, `{drop}`, `{open}`
    pub triage_summary: &'static str,
    /// `{task}`
    pub delete_task_named: &'static str,
    pub download_file: &'static str,
    pub file_prefix: &'static str,
}

/// Samle (the facilitator): collecting the groups' answers, the combined ranking, presenting it, its exports.
pub struct CollectTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub empty: &'static str,
    pub seminars: &'static str,
    /// `{n}`
    pub groups_count: &'static str,
    pub groups_title: &'static str,
    pub no_groups: &'static str,
    /// `{n}`
    pub group_line: &'static str,
    pub agreed: &'static str,
    pub not_agreed: &'static str,
    pub import_title: &'static str,
    pub import_hint: &'static str,
    pub import_files: &'static str,
    pub paste_summary: &'static str,
    pub paste_label: &'static str,
    /// `{group}`, `{n}`, `{new}`
    pub added: &'static str,
    /// `{group}`, `{n}`, `{new}`
    pub updated: &'static str,
    /// `{group}`, `{n}`
    pub unchanged: &'static str,
    /// `{name}`
    pub no_answer: &'static str,
    pub text_needs_seminar: &'static str,
    pub text_not_report: &'static str,
    pub ranking_title: &'static str,
    pub points: &'static str,
    /// `{n}`
    pub points_count: &'static str,
    pub named_by: &'static str,
    pub method: &'static str,
    pub present: &'static str,
    pub search: &'static str,
    pub all_kinds: &'static str,
    pub no_ideas: &'static str,
    /// `{title}`
    pub merge_with: &'static str,
    pub promote: &'static str,
    pub open_a3: &'static str,
    /// `{seminar}`, `{groups}`
    pub promote_rationale: &'static str,
    pub suggestions_title: &'static str,
    /// `{a}`, `{b}`
    pub suggestion: &'static str,
    pub suggestion_merge: &'static str,
    pub suggestion_refuse: &'static str,
    /// `{n}`
    pub same_title: &'static str,
    pub export_title: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub csv_columns: CollectCsvColumns,
    pub text_label: &'static str,
    pub file_prefix: &'static str,
    pub share_button: &'static str,
    pub present_close: &'static str,
    pub present_one: &'static str,
    pub present_list: &'static str,
    /// `{n}`, `{total}`
    pub place_of: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
}

/// Sharing: links, files and QR codes (one code or a sequence of parts).
pub struct ShareTexts {
    pub link_label: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub file: &'static str,
    pub file_shared: &'static str,
    pub file_downloaded: &'static str,
    pub qr_label: &'static str,
    pub qr_caption: &'static str,
    pub link_too_long_for_qr: &'static str,
    /// `{i}`, `{n}`: the part on screen
    pub qr_parts_caption: &'static str,
    /// `{i}`, `{n}`
    pub qr_parts_label: &'static str,
    pub qr_pause: &'static str,
    pub qr_resume: &'static str,
    pub qr_previous: &'static str,
    pub qr_next: &'static str,
}

/// Receiving: an opened link or a part of a multi-part code, its preview, pasted text, scanned hand-overs waiting.
pub struct ReceiveTexts {
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
    /// `{source}`
    pub no_participant: &'static str,
    /// `{source}`
    pub other_seminar: &'static str,
    pub answer: &'static str,
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
    /// `{i}`, `{n}`: a part of a multi-part code opened by a phone's camera app
    pub part_title: &'static str,
    /// `{n}`
    pub part_hint: &'static str,
    pub part_scan: &'static str,
    pub part_invalid: &'static str,
    pub scanned_link: &'static str,
    /// `{name}`
    pub scan_qr_for: &'static str,
    /// `{name}`
    pub paste_instead_for: &'static str,
    /// `{n}`, with plural forms
    pub pending_title: &'static str,
    pub pending_accept: &'static str,
    /// `{n}`
    pub pending_accept_all: &'static str,
    pub pending_discard: &'static str,
}

/// The QR scanner.
pub struct ScanTexts {
    pub qr: &'static str,
    pub stop: &'static str,
    pub video_label: &'static str,
    pub hint: &'static str,
    pub unsupported: &'static str,
    pub failed: &'static str,
    pub refused: &'static str,
    pub no_camera: &'static str,
    pub decoder_failed: &'static str,
    pub starting: &'static str,
    pub switch_camera: &'static str,
    /// `{n}`, with plural forms: codes read since the scanner opened
    pub read: &'static str,
    /// `{have}`, `{total}`, `{missing}`: parts of a multi-part code
    pub part_progress: &'static str,
    pub not_ours: &'static str,
    /// `{have}`, `{total}`
    pub other_payload: &'static str,
    pub restart: &'static str,
    pub corrupt: &'static str,
}

/// Merge conflicts (issue 20).
pub struct ConflictTexts {
    pub other_device: &'static str,
    pub use_this: &'static str,
    pub keep: &'static str,
    pub empty: &'static str,
    pub group: &'static str,
    pub title: &'static str,
    pub field: &'static str,
}

/// The Om page and the first-run example.
pub struct AboutTexts {
    pub title: &'static str,
    pub method: AboutMethod,
    pub source: &'static str,
    pub storage: &'static str,
    pub example_title: &'static str,
    pub example_intro: &'static str,
    pub example_load: &'static str,
    pub example_remove: &'static str,
    pub example_badge: &'static str,
    pub example_loaded: &'static str,
    pub example_removed: &'static str,
}

/// The "Program" and "Fokusområde" selects that place an A3 sheet or a seminar in a programme.
pub struct ProgrammeLinkTexts {
    pub select_label: &'static str,
    pub none: &'static str,
    pub focus_area_select_label: &'static str,
    pub no_focus_area: &'static str,
}

/// The list of programmes.
pub struct ProgrammeListTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub new_label: &'static str,
    pub new_button: &'static str,
    pub empty: &'static str,
    pub list_label: &'static str,
    /// `{sheets}`, `{measures}`, with plural forms
    pub counts: &'static str,
}

/// A programme's page: goals, focus areas, its measures and their comments, and the links from sheets and seminars.
pub struct ProgrammeTexts {
    pub not_found: &'static str,
    pub back_to_programmes: &'static str,
    pub title_label: &'static str,
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
    pub no_unit: &'static str,
    pub take_out_of_programme: &'static str,
    pub sheets_title: &'static str,
    pub seminars_title: &'static str,
    pub measures_title: &'static str,
    pub measures_empty: &'static str,
    pub grouping_label: &'static str,
    pub groupings: GroupingNames,
    pub latest_comment: &'static str,
    pub group_total: &'static str,
    pub total: &'static str,
    /// `{n}`, with plural forms
    pub comments_title: &'static str,
    pub comment_date: &'static str,
    pub comment_text: &'static str,
    pub add_comment: &'static str,
    pub comment_blank: &'static str,
    pub comments_help: &'static str,
    pub status_report_button: &'static str,
    pub csv_button: &'static str,
    pub delete: &'static str,
    pub deleted: &'static str,
}

/// A programme's plan: milestones and risks.
pub struct PlanTexts {
    pub milestones_title: &'static str,
    /// År, milepæl, tema, oppdrag, frist, godkjent
    pub milestone_fields: MilestoneFields,
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
    pub risk_fields: RiskFields,
    pub add_risk: &'static str,
    pub remove_risk: &'static str,
    pub risk_levels: RiskLevelNames,
    /// `{score}`, `{level}`
    pub risk_score: &'static str,
    pub risk_matrix_title: &'static str,
    pub risk_matrix_likelihood: &'static str,
    pub risk_matrix_consequence: &'static str,
    /// Below the matrix: which scores make which level, so the colours are not the only cue.
    pub risk_matrix_legend: &'static str,
}

/// The programme's status report (text, CSV and HTML).
pub struct ReportTexts {
    /// `{title}`, `{date}`
    pub title: &'static str,
    pub date_label: &'static str,
    pub print: &'static str,
    pub text_label: &'static str,
    pub text_show: &'static str,
    /// Start of the status report's CSV file name.
    pub file_prefix: &'static str,
    pub back_to_programme: &'static str,
    pub none: &'static str,
    pub indicators_title: &'static str,
    pub indicator_columns: IndicatorColumns,
    /// Not measured, reached, not reached
    pub target_states: TargetStates,
    pub risk_columns: RiskColumns,
    /// The score column: likelihood × consequence.
    pub risk_product: &'static str,
    /// The report's score cell: `{score}`, `{level}` ("20 (Høy)").
    pub risk_score_short: &'static str,
    /// The CSV's level column.
    pub risk_level_column: &'static str,
    pub benefit_plans_title: &'static str,
    /// `{date}`: the date the benefits are held against their plans.
    pub benefit_plans_on: &'static str,
    /// Gevinst, A3-ark, gevinstansvarlig, status, plan, siste måling, målt (dato), enhet
    pub benefit_plan_columns: BenefitPlanColumns,
    /// After an ulempe's description: "(ulempe)".
    pub benefit_plan_disbenefit: &'static str,
    pub double_counting_title: &'static str,
    pub double_counting_intro: &'static str,
    /// The CSV's columns: indikator, enhet, A3-ark, gevinst.
    pub double_counting_columns: DoubleCountingColumns,
}

variant_names! {
    /// The phases in cycle order.
    PhaseNames for Phase {
        forberede => Forberede,
        planlegge => Planlegge,
        utfore => Utfore,
        evaluere => Evaluere,
        folge_opp => FolgeOpp,
    }
}

text_list! {
    /// One text for each of the numbered A3 fields 1–6 (`A3Field::NUMBERED`).
    A3FieldTexts {
        rationale,
        current_situation,
        desired_situation,
        investigation,
        change_measures,
        measurement,
    }
}

/// How often a benefit is measured, and the choice of none.
pub struct FrequencyNames {
    pub not_chosen: &'static str,
    pub monthly: &'static str,
    pub quarterly: &'static str,
    pub half_yearly: &'static str,
    pub yearly: &'static str,
}

impl FrequencyNames {
    /// The text of `value`.
    pub fn of(&self, value: Frequency) -> &'static str {
        match value {
            Frequency::Monthly => self.monthly,
            Frequency::Quarterly => self.quarterly,
            Frequency::HalfYearly => self.half_yearly,
            Frequency::Yearly => self.yearly,
        }
    }

    /// The choices a list offers: `not_chosen` first, then every variant in `Frequency::ALL` order.
    pub fn options(&self) -> Vec<&'static str> {
        std::iter::once(self.not_chosen)
            .chain(Frequency::ALL.iter().map(|&value| self.of(value)))
            .collect()
    }
}

variant_names! {
    /// The benefit kinds.
    BenefitKindNames for BenefitKind {
        economic => Economic,
        quality => Quality,
        societal => Societal,
    }
}

variant_names! {
    /// A measure's status.
    MeasureStatusNames for MeasureStatus {
        planned => Planned,
        implemented => Implemented,
        closed => Closed,
    }
}

variant_names! {
    /// A measure's follow-up.
    FollowUpNames for FollowUp {
        not_assessed => NotAssessed,
        ok => Ok,
        needs_maintenance => NeedsMaintenance,
    }
}

variant_names! {
    /// An indicator's unit.
    UnitNames for IndicatorUnit {
        percent => Percent,
        bed_days => BedDays,
        nok => Nok,
        count => Count,
    }
}

variant_names! {
    /// Which way an indicator should go.
    DirectionNames for Direction {
        lower_is_better => LowerIsBetter,
        higher_is_better => HigherIsBetter,
    }
}

variant_names! {
    /// A cause's kind.
    CauseKindNames for CauseKind {
        symptom => Symptom,
        root_cause => RootCause,
    }
}

variant_names! {
    /// One text for each framing of a seminar.
    FramingNames for Framing {
        problem => Problem,
        appreciative => Appreciative,
    }
}

text_list! {
    /// The months, January first.
    MonthNames {
        january,
        february,
        march,
        april,
        may,
        june,
        july,
        august,
        september,
        october,
        november,
        december,
    }
}

variant_names! {
    /// A task's triage.
    TriageNames for Triage {
        now => Now,
        this_week => ThisWeek,
        drop => Drop,
    }
}

text_list! {
    /// Task categories offered before a task board has its own (seed 002).
    SeedCategories {
        health_care,
        meals,
        practical_help,
    }
}

text_list! {
    /// The headings of Samle's CSV columns.
    CollectCsvColumns {
        rank,
        idea,
        points,
        groups_count,
        groups,
        mean_place,
        benefit,
        benefit_kind,
    }
}

text_list! {
    /// The Om page's account of the method, one paragraph each.
    AboutMethod {
        model,
        sheets,
    }
}

variant_names! {
    /// How the programme's measures are grouped.
    GroupingNames for Grouping {
        focus_area => FocusArea,
        unit => Unit,
    }
}

text_list! {
    /// A milestone's fields.
    MilestoneFields {
        year,
        milestone,
        theme,
        assignment,
        deadline,
        approved,
    }
}

text_list! {
    /// A risk's fields.
    RiskFields {
        description,
        likelihood,
        consequence,
        owner,
        mitigation,
    }
}

variant_names! {
    /// A risk's level.
    RiskLevelNames for RiskLevel {
        low => Low,
        medium => Medium,
        high => High,
    }
}

text_list! {
    /// The status report's indicator columns.
    IndicatorColumns {
        sheet,
        indicator,
        baseline,
        latest,
        target,
        status,
    }
}

text_list! {
    /// An indicator against its target.
    TargetStates {
        not_measured,
        reached,
        not_reached,
    }
}

text_list! {
    /// The status report's risk columns.
    RiskColumns {
        risk,
        likelihood,
        consequence,
        owner,
        mitigation,
    }
}

variant_names! {
    /// A benefit against its plan on a date.
    PlanStatusNames for PlanStatus {
        on_track => OnTrack,
        behind => Behind,
        not_measured => NotMeasured,
    }
}

text_list! {
    /// The status report's benefit plan columns.
    BenefitPlanColumns {
        benefit,
        sheet,
        owner,
        status,
        plan,
        latest,
        measured_on,
        unit,
    }
}

text_list! {
    /// The columns of possible double counting.
    DoubleCountingColumns {
        indicator,
        unit,
        sheet,
        benefit,
    }
}

impl MonthNames {
    /// The name of month `month` (1 is January); blank for a number outside 1–12.
    pub fn of(&self, month: u8) -> &'static str {
        match month {
            1 => self.january,
            2 => self.february,
            3 => self.march,
            4 => self.april,
            5 => self.may,
            6 => self.june,
            7 => self.july,
            8 => self.august,
            9 => self.september,
            10 => self.october,
            11 => self.november,
            12 => self.december,
            _ => "",
        }
    }
}
