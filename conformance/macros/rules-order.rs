//@ reference: macro.rules.matching
//@ run-pass
//@ stdout: literal one
//@ stdout: any expr
macro_rules! which {
    (1) => { "literal one" };
    ($e:expr) => { "any expr" };
}
fn main() {
    println!("{}", which!(1)); // the first rule that matches wins
    println!("{}", which!(2));
}
