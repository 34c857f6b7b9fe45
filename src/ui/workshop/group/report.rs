//! Rapport: the group's answer as text for Teams or chat, and as a file for the facilitator.

use super::priority::group_items;
use crate::i18n::t;
use crate::model::{encode_workspace, Id};
use crate::platform;
use crate::share::handover_filename;
use crate::ui::common::report_box::ReportBox;
use crate::ui::common::share_panel::SharePanel;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ReportSection(group: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let items = group_items(state, group);
    let text = Signal::derive(move || {
        let items = items.get();
        state.workspace.with(|w| {
            let Some(g) = w.group(&group) else {
                return String::new();
            };
            let Some(seminar) = w.seminar(&g.seminar) else {
                return String::new();
            };
            let agreed = g.agreed.map(platform::format_date);
            crate::report::report_text(
                seminar,
                g,
                &items,
                &w.group_notes(&group),
                agreed.as_deref(),
                t,
            )
        })
    });
    let file = Callback::new(move |()| {
        state.with_stamped(|w| {
            let name = w.group(&group).map(|g| g.name.clone()).unwrap_or_default();
            let seminar = w
                .group(&group)
                .and_then(|g| w.seminar(&g.seminar))
                .map(|s| s.title.clone())
                .unwrap_or_default();
            (
                handover_filename(t.group.file_prefix, &seminar, &name, platform::today()),
                encode_workspace(&w.group_package(&group)),
            )
        })
    });
    view! {
        <section class="step" aria-labelledby="step-report">
            <h2 id="step-report">{t.group.step_report}</h2>
            <p class="hint">{t.group.report_hint}</p>
            <ReportBox label=t.group.report_label name="group" text=text download=(t.group.download_file, file) />
            <SharePanel
                opens=crate::route::Entry::Participant
                name="group"
                button=t.group.share_button
                package=Callback::new(move |()| state.workspace.with_untracked(|w| w.group_package(&group)))
                filename=Callback::new(move |()| file.run(()).0)
            />
        </section>
    }
}
