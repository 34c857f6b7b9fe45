//! The participant entry (`deltaker.html`): a participant's screens only, so a phone that
//! opens a seminar's link loads a fraction of the app (see `ui::screens`).

fn main() {
    gevinstverksted::platform::keep_focused_field_in_view();
    leptos::mount::mount_to_body(
        gevinstverksted::app::<gevinstverksted::ui::screens::ParticipantApp>,
    );
    gevinstverksted::platform::mark_mounted();
}
