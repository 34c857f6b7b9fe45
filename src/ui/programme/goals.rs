//! The programme's name and goals: overall goal (overordnet målsetting / hovudmål), result
//! goals as a checklist, and effect goals.

use super::screen::programme_text;
use crate::i18n::t;
use crate::model::programme::{EffectGoal, ResultGoal};
use crate::model::Id;
use crate::ui::common::rows::{row_adder, row_check, row_ids, row_remover, row_text, row_value};
use crate::ui::common::text_field::TextField;
use leptos::prelude::*;

#[component]
pub fn GoalsSection(programme: Id) -> impl IntoView {
    let t = t();
    let (title, set_title) = programme_text(programme, |p| &p.title, |p, v| p.title = v);
    let (goal, set_goal) =
        programme_text(programme, |p| &p.overall_goal, |p, v| p.overall_goal = v);
    view! {
        <section class="card" aria-labelledby="goals-title">
            <h2 id="goals-title">{t.programme().goals_title}</h2>
            <TextField label=t.programme().title_label name="programme-title" value=title on_input=set_title />
            <TextField
                label=t.programme().overall_goal
                name="overall-goal"
                placeholder=t.programme().overall_goal_hint
                multiline=true
                value=goal
                on_input=set_goal
            />
            <h3 id="result-goals-title">{t.programme().result_goals_title}</h3>
            <ul class="rows checklist" aria-labelledby="result-goals-title">
                <For each={row_ids::<ResultGoal>(programme)} key=|id| *id let:row>
                    <ResultGoalRow programme=programme row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click={row_adder::<ResultGoal>(programme, ResultGoal::new, Some("result-goal"))}>
                {t.programme().add_result_goal}
            </button>
            <h3 id="effect-goals-title">{t.programme().effect_goals_title}</h3>
            <ul class="rows" aria-labelledby="effect-goals-title">
                <For each={row_ids::<EffectGoal>(programme)} key=|id| *id let:row>
                    <li class="row-card inline-row">
                        {row_text::<EffectGoal>((programme, row), t.programme().effect_goal_label, "effect-goal", |g| g.text.clone(), |g, v| g.text = v, None)}
                        <button type="button" class="button small danger" aria-label=format!("{} – {}", t.common.remove_row, t.programme().effect_goal_label)
                            on:click={row_remover::<EffectGoal>(programme, row)}>
                            {t.common.remove_row}
                        </button>
                    </li>
                </For>
            </ul>
            <button type="button" class="button small" on:click={row_adder::<EffectGoal>(programme, EffectGoal::new, Some("effect-goal"))}>
                {t.programme().add_effect_goal}
            </button>
        </section>
    }
}

#[component]
fn ResultGoalRow(programme: Id, row: Id) -> impl IntoView {
    let t = t();
    let done = row_value::<ResultGoal, _>(programme, row, |g| g.done);
    view! {
        <li class="row-card inline-row">
            {row_check::<ResultGoal>((programme, row), t.programme().result_goal_done, "result-goal-done", done, |g, v| g.done = v)}
            {row_text::<ResultGoal>((programme, row), t.programme().result_goal_label, "result-goal", |g| g.text.clone(), |g, v| g.text = v, None)}
            <button type="button" class="button small danger" aria-label=format!("{} – {}", t.common.remove_row, t.programme().result_goal_label)
                on:click={row_remover::<ResultGoal>(programme, row)}>
                {t.common.remove_row}
            </button>
        </li>
    }
}
