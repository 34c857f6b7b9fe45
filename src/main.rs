//! Mounts the app, nothing else.

fn main() {
    gevinstverksted::platform::keep_focused_field_in_view();
    leptos::mount::mount_to_body(gevinstverksted::App);
}
