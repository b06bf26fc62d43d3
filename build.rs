//! Links the workbench's wasm with its relocations kept: `.ci/split-wasm` reads them
//! to cut it into a chunk per workspace (they do not reach the shipped modules).
//! The respondent page's binary is linked as usual.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=dsv-studio=--emit-relocs");
    }
}
