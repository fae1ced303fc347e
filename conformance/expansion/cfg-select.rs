//@ reference: expand.cfg-macros.cfg_select
//@ run-pass
// The first true arm is chosen; `_` always matches; unselected payloads are not expanded.
cfg_select! {
    any() => { fn pick() -> u8 { "never checked" } }
    all() => { fn pick() -> u8 { 2 } }
    _ => { fn pick() -> u8 { 3 } }
}
fn main() {
    assert_eq!(pick(), 2);
    let x = cfg_select! { any() => 1, _ => 9 };
    assert_eq!(x, 9);
}
