//! Mulig dobbelttelling on the programme page: gevinster that two or more of the programme's
//! sheets claim (the same indicator and unit over overlapping periods), each claim with a link
//! to its sheet. Nothing at all when there is none. The status report says the same
//! (`report::status_html`).

use crate::i18n::t;
use crate::model::Id;
use crate::report::{claim_text, double_count_heading};
use crate::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The notice, for the programme `programme`; shown only while some gevinst may be counted
/// twice.
#[component]
pub fn DoubleCountingNotice(programme: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let counts = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.programme_double_counts(&programme))
    });
    move || {
        let counts = counts.get();
        (!counts.is_empty()).then(|| {
            let items = counts
                .into_iter()
                .map(|count| {
                    let claims = count
                        .claims
                        .iter()
                        .map(|claim| {
                            view! {
                                <li><a href=Route::A3Sheet(claim.sheet).href()>{claim_text(claim)}</a></li>
                            }
                        })
                        .collect_view();
                    view! {
                        <li><strong>{double_count_heading(&count, t)}</strong><ul>{claims}</ul></li>
                    }
                })
                .collect_view();
            view! {
                <section class="card notice warning double-counting" data-testid="double-counting"
                    aria-labelledby="double-counting-title">
                    <h2 id="double-counting-title">{t.report().double_counting_title}</h2>
                    <p>{t.report().double_counting_intro}</p>
                    <ul class="double-counts">{items}</ul>
                </section>
            }
        })
    }
}
