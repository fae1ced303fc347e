//@ reference: expand.cfg-macros.cfg
//@ compile-fail: E0308
// `cfg!` is only a `bool`: the branch it disables is still type-checked.
fn main() {
    if cfg!(any()) {
        let _x: u8 = "text"; //~ E0308
    }
}
