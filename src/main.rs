//! The full app (`index.html`): mounts every screen, nothing else.

fn main() {
    gevinstverksted::platform::keep_focused_field_in_view();
    leptos::mount::mount_to_body(gevinstverksted::app::<gevinstverksted::ui::screens::FullApp>);
    gevinstverksted::platform::mark_mounted();
}
