//! The full app (`index.html`): mounts every screen, nothing else.

fn main() {
    gevinstverksted::start::<gevinstverksted::ui::screens::FullApp>();
}
