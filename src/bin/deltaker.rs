//! The participant entry (`deltaker.html`): a participant's screens only, so a phone that
//! opens a seminar's link loads a fraction of the app (see `ui::screens`).

fn main() {
    gevinstverksted::start::<gevinstverksted::ui::screens::ParticipantApp>();
}
