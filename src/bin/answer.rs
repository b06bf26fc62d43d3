//! The respondent page's entry point (`answer.html`): `trunk build` compiles this to
//! its own, small WebAssembly, which links only what answering a survey needs.

fn main() {
    dsv_studio::ui::respondent::start();
}
