//@ reference: grammar.patterns.identifier-or-path
//@ run-pass
const ONE: i32 = 1;
fn main() {
    let hit = match 2 { ONE => "one", other => if other == 2 { "bound" } else { "no" } };
    assert_eq!(hit, "bound");
}
