//! The QR code of a link, or, for a link too long for one readable code, its numbered parts
//! one after another ("Del 3 av 7"), so the scanner on the other device can collect them.

use crate::i18n::{fill, t};
use crate::platform;
use leptos::html;
use leptos::prelude::*;
use std::time::Duration;

/// How long each part stays on screen: long enough for a phone's decoder to try it several
/// times, short enough that seven parts go round in under six seconds.
pub const PART_MS: u64 = 800;

/// One code (`svgs` has one item), or the parts cycling by themselves with Pause and
/// Previous/Next (moving content must be stoppable: WCAG 2.2.2).
#[component]
pub fn QrCodes(svgs: Vec<String>) -> impl IntoView {
    let t = t();
    let n = svgs.len();
    // Whole device pixels per module, so the code stays sharp enough to read (Firefox blurred
    // module edges at a fractional scale); again when the code or the window changes.
    let code = NodeRef::<html::Div>::new();
    platform::on_resize_fit_qr_codes();
    if n == 1 {
        let svg = svgs.into_iter().next().unwrap_or_default();
        Effect::new(move |_| {
            if let Some(code) = code.get() {
                platform::fit_qr_code(&code);
            }
        });
        return view! {
            <figure class="qr">
                <div class="qr-code" node_ref=code role="img" aria-label=t.share.qr_label inner_html=svg></div>
                <figcaption>{t.share.qr_caption}</figcaption>
            </figure>
        }
        .into_any();
    }
    let shown = RwSignal::new(0usize);
    let paused = RwSignal::new(false);
    let step = move |by: usize| shown.update(|i| *i = (*i + by) % n);
    let timer = set_interval_with_handle(
        move || {
            if paused.try_get_untracked() == Some(false) {
                step(1);
            }
        },
        Duration::from_millis(PART_MS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
    });
    let part = move || shown.get() + 1;
    Effect::new(move |_| {
        shown.track();
        if let Some(code) = code.get() {
            platform::fit_qr_code(&code);
        }
    });
    let svgs = StoredValue::new(svgs);
    view! {
        <figure class="qr qr-sequence" data-testid="qr-sequence" data-part=part data-parts=n>
            <div
                class="qr-code"
                node_ref=code
                role="img"
                aria-label=move || fill(t.share.qr_parts_label, &[("i", &part()), ("n", &n)])
                inner_html=move || svgs.with_value(|s| s[shown.get() % n].clone())
            ></div>
            <figcaption aria-live="off">{move || fill(t.share.qr_parts_caption, &[("i", &part()), ("n", &n)])}</figcaption>
            <div class="button-row qr-controls">
                <button type="button" class="button" on:click=move |_| step(n - 1)>{t.share.qr_previous}</button>
                <button type="button" class="button" on:click=move |_| paused.update(|p| *p = !*p)>
                    {move || if paused.get() { t.share.qr_resume } else { t.share.qr_pause }}
                </button>
                <button type="button" class="button" on:click=move |_| step(1)>{t.share.qr_next}</button>
            </div>
        </figure>
    }
    .into_any()
}
