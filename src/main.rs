//! Entry point: mounts the app in the browser; natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    attune::ui::mount();
}
