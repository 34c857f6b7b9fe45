//! "Del": a workspace part as a link (with its QR code for the phone across the table), and as
//! a file through the phone's share sheet (AirDrop, Nearby Share, mail) or a download.

use crate::i18n::t;
use crate::model::{encode_workspace, Workspace};
use crate::platform::{self, ShareOutcome};
use crate::route::Entry;
use crate::share::link;
use crate::ui::common::qr_sequence::QrCodes;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that opens the share panel for `package`; `filename` names the file.
#[component]
pub fn SharePanel(
    /// Unique on the page.
    name: &'static str,
    /// The button's text: says what is shared ("Del seminaret (lenke eller QR-kode)").
    button: &'static str,
    /// What is shared, made when the panel opens and again when the data changes while open.
    package: Callback<(), Workspace>,
    filename: Callback<(), String>,
    /// The entry the link opens: the participant entry for what a participant receives (a
    /// seminar's setup, notes, a group's answer), the full app for a sheet or a round-up.
    opens: Entry,
) -> impl IntoView {
    let t = t();
    let state = crate::ui::state::AppState::get();
    let open = RwSignal::new(false);
    // What is shared, taken again on every change while the panel is open; a memo, so a change
    // elsewhere in the workspace (that leaves the package as it was) stops here.
    let current = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        state.workspace.track();
        Some(package.run(()))
    });
    // (link, its QR codes: one, or the parts of a long link), packed only when the package itself changed, so a note edited
    // with the panel open is in the code the group scans.
    let shared = Memo::new(move |_| {
        current.with(|package| {
            package.as_ref().map(|package| {
                let link = link::share_link(&platform::entry_address(opens), package);
                let svgs = link::qr_texts(&link).map(|texts| {
                    texts
                        .iter()
                        .filter_map(|text| link::qr_svg(text))
                        .collect::<Vec<_>>()
                });
                (link, svgs)
            })
        })
    });
    let status = RwSignal::new(None::<&'static str>);
    // Edits not yet stamped are stamped before anything leaves the device (the link on screen
    // follows the stamps: they notify the workspace).
    let toggle = move |_| {
        state.stamp_edits();
        status.set(None);
        open.update(|o| *o = !*o);
    };
    let copy = move |_| {
        state.stamp_edits();
        let Some((link, _)) = shared.get_untracked() else {
            return;
        };
        spawn_local(async move {
            status.set(Some(if platform::copy_text(&link).await {
                t.share.link_copied
            } else {
                t.common.copy_refused
            }));
        });
    };
    let send_file = move |_| {
        state.stamp_edits();
        let json = encode_workspace(&package.run(()));
        let name = filename.run(());
        spawn_local(async move {
            match platform::share_file(&name, "application/json", &json).await {
                ShareOutcome::Shared => status.set(Some(t.share.file_shared)),
                ShareOutcome::Cancelled => status.set(None),
                ShareOutcome::Unsupported => {
                    let _ = platform::download_text(&name, "application/json", &json);
                    status.set(Some(t.share.file_downloaded));
                }
            }
        });
    };
    let panel_id = format!("share-{name}");
    view! {
        <div class="share-panel">
            <button
                type="button"
                class="button"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=panel_id.clone()
                on:click=toggle
            >
                {button}
            </button>
            <div id=panel_id class="share-body" hidden=move || !open.get() data-testid=format!("share-{name}")>
                {move || shared.get().map(|(link, svgs)| {
                    let qr = match svgs {
                        Some(svgs) if !svgs.is_empty() => view! { <QrCodes svgs=svgs /> }.into_any(),
                        _ => view! { <p class="notice error">{t.share.link_too_long_for_qr}</p> }.into_any(),
                    };
                    let input_id = format!("share-link-{name}");
                    let label_for = input_id.clone();
                    view! {
                        {qr}
                        <label for=label_for>{t.share.link_label}</label>
                        <input id=input_id class="share-link" type="text" readonly prop:value=link />
                    }
                })}
                <div class="button-row">
                    <button type="button" class="button primary" on:click=copy>{t.share.copy_link}</button>
                    <button type="button" class="button" on:click=send_file>{t.share.file}</button>
                </div>
                <p role="status" aria-live="polite" class="copy-status">{move || status.get()}</p>
            </div>
        </div>
    }
}
