//@ reference: macro.procedural.derive.invocation
//@ reference: macro.procedural.derive
//@ aux-build: auxiliary/spec_proc.rs
//@ run-pass
// A derive macro named in `derive` receives the item (without the `derive` attribute); the items it returns are
// added after the item, which is kept unchanged.
#[derive(spec_proc::Describe, Debug)]
struct Point {
    x: u8,
}
fn main() {
    assert_eq!(Point::describe(), "struct Point { x: u8, }");
    assert_eq!(format!("{:?}", Point { x: 1 }), "Point { x: 1 }");
    assert_eq!(Point { x: 2 }.x, 2);
}
