//! Browser entry point: `trunk build` compiles this to WebAssembly.

fn main() {
    dsv_studio::ui::start();
}
