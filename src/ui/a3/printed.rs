//! The sheet as it prints (issue 22): [`crate::report::sheet_html`] of the sheet, with its
//! share link as a QR code in the corner. Hidden on screen; in print it replaces the form
//! (style/main.css). It is rendered half a second after the sheet opens and after the
//! workspace last changed, not on the way to the screen or per keystroke (the share code costs
//! a few milliseconds), and again when the browser starts printing, so the print is never
//! behind.

use crate::model::{Id, Workspace};
use crate::platform;
use crate::report::{sheet_html, PrintContext};
use crate::route::Entry;
use crate::share::link;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

const RENDER_DELAY: Duration = Duration::from_millis(500);

#[component]
pub fn PrintedSheet(id: Id) -> impl IntoView {
    let state = AppState::get();
    let host = NodeRef::<leptos::html::Div>::new();
    let render = move || {
        // `try_`: a timer set while the screen was closing may fire after it is gone.
        let Some(element) = host.try_get_untracked().flatten() else {
            return;
        };
        // What leaves the device carries its stamps (the code is a share link).
        let html = state.with_stamped(|w| {
            let sheet = w.a3(&id)?;
            let package = Workspace {
                a3_sheets: vec![sheet.clone()],
                ..Default::default()
            };
            let address = link::share_link(&platform::entry_address(Entry::Full), &package);
            let qr = link::printed_qr_svg(&address);
            let programme = sheet.programme.and_then(|l| w.programme(&l.programme));
            Some(sheet_html(
                sheet,
                &PrintContext {
                    lang: crate::i18n::lang(),
                    created: platform::local_day(sheet.created),
                    printed: platform::today(),
                    qr_svg: qr.as_deref(),
                    programme,
                    today: &platform::today_iso(),
                },
            ))
        });
        element.set_inner_html(&html.unwrap_or_default());
    };
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let cancel = move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    };
    // Half a second after the sheet opens or changes, off the path of opening and typing.
    Effect::new(move |_| {
        state.workspace.track();
        cancel();
        pending.try_set_value(set_timeout_with_handle(render, RENDER_DELAY).ok());
    });
    let before_print = window_event_listener_untyped("beforeprint", move |_| render());
    on_cleanup(move || {
        before_print.remove();
        cancel();
    });
    view! { <div class="a3-document" data-testid="printed-sheet" node_ref=host></div> }
}
