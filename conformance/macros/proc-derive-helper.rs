//@ reference: macro.procedural.derive.helpers
//@ aux-build: auxiliary/spec_proc.rs
//@ run-pass
// `attributes(describe)` declares `describe` as a helper of the derive: it may be used on the item and its fields,
// and reaches the macro in the item's tokens.
#[derive(spec_proc::Describe)]
#[describe]
enum Shape {
    #[describe]
    Dot,
}
fn main() {
    let _ = Shape::Dot;
    assert_eq!(Shape::describe(), "#[describe] enum Shape { #[describe] Dot, }");
}
