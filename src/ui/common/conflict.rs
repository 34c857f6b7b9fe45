//! A field changed on two devices at once: the other device's value, shown on the field, with
//! *Bruk denne* (take it) and *Behold min* (keep this one). Either choice is an ordinary edit
//! and travels to the other devices by the usual merge.

use crate::i18n::{fill, t, Lang};
use crate::model::workspace::FieldConflict;
use crate::model::{Id, Workspace};
use crate::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Names the other device's value of a conflict on a choice field: the field's label and the
/// value in words (see [`crate::report::conflict_choice`]).
pub type ChoiceInWords =
    fn(&Workspace, &Id, &FieldConflict, Lang) -> Option<(&'static str, String)>;

/// The conflicts of one field; nothing when there are none. `label` names the field for
/// screen readers. `in_words` names a choice's value; without it (a text field, whose value is
/// its text) the value is shown as it is. Passed in, not called here, so that the participant
/// entry's text fields do not link the A3 sheet's texts.
#[component]
pub fn FieldConflicts(
    entity: Id,
    #[prop(into)] conflicts: Signal<Vec<FieldConflict>>,
    label: String,
    #[prop(optional)] in_words: Option<ChoiceInWords>,
) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let label = StoredValue::new(label);
    view! {
        <For each=move || conflicts.get() key=|c| c.stamp.to_string() let:conflict>
            {
                let (take, keep) = (conflict.clone(), conflict.clone());
                // A choice (a kind, a goal, an indicator) in words, any other value as it is.
                let named = in_words.and_then(|in_words| {
                    state
                        .workspace
                        .with_untracked(|w| in_words(w, &entity, &conflict, crate::i18n::lang()))
                });
                let text = named.map_or_else(|| conflict.text(), |(_, value)| value);
                let shown = if text.is_empty() { t.conflict.empty.to_owned() } else { text };
                let group = format!("{} – {}", t.conflict.group, label.get_value());
                view! {
                    <div class="conflict" role="group" aria-label=group data-testid="conflict">
                        <p class="conflict-text">
                            <span class="conflict-lead">{t.conflict.other_device}</span>" "
                            <span class="conflict-value">{shown}</span>
                        </p>
                        <div class="conflict-actions">
                            <button type="button" class="button small"
                                aria-label=format!("{} – {}", t.conflict.use_this, label.get_value())
                                on:click=move |_| {
                                    state.edit(|w| w.resolve_conflict(&entity, &take, true, platform::now()));
                                }>
                                {t.conflict.use_this}
                            </button>
                            <button type="button" class="button small"
                                aria-label=format!("{} – {}", t.conflict.keep, label.get_value())
                                on:click=move |_| {
                                    state.edit(|w| w.resolve_conflict(&entity, &keep, false, platform::now()));
                                }>
                                {t.conflict.keep}
                            </button>
                        </div>
                    </div>
                }
            }
        </For>
    }
}

/// Every conflict of an entity that its screen does not show on a field (`shown_on_field`),
/// listed with the field's name: so no conflict is ever out of reach.
#[component]
pub fn EntityConflicts(entity: Id, shown_on_field: fn(&FieldConflict) -> bool) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let conflicts = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.conflicts(&entity)
                .into_iter()
                .filter(|c| !shown_on_field(c))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || conflicts.with(|c| !c.is_empty())>
            <section class="card conflicts" aria-labelledby="conflicts-title">
                <h2 id="conflicts-title">{t.conflict.title}</h2>
                <For each=move || conflicts.get() key=|c| c.stamp.to_string() let:conflict>
                    {
                        // A choice field by its label on the form; any other by its name.
                        let name = state
                            .workspace
                            .with_untracked(|w| crate::report::conflict_choice(w, &entity, &conflict, crate::i18n::lang()))
                            .map_or_else(|| conflict.field.clone(), |(label, _)| label.to_owned());
                        let one = Signal::derive(move || {
                            conflicts.with(|all| all.iter().filter(|c| c.stamp == conflict.stamp).cloned().collect())
                        });
                        view! {
                            <p class="field-label">{fill(t.conflict.field, &[("field", &name)])}</p>
                            <FieldConflicts entity=entity conflicts=one label=name.clone() in_words=crate::report::conflict_choice />
                        }
                    }
                </For>
            </section>
        </Show>
    }
}
