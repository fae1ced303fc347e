//@ reference: resolve.macro.textual-shadow
//@ reference: resolve.macro.export-anywhere
//@ reference: resolve.macro.use-reexport
//@ reference: resolve.hygiene.items
//@ reference: resolve.hygiene.arguments
//@ run-pass
//@ stdout: 2 1 3 5 4
macro_rules! get { ($v:ident) => { $v } } // `$v` resolves where it is written
macro_rules! define { () => { fn made() -> u8 { 4 } } }
define!();
fn main() {
    let early = crate::exported!(); // before the definition, by path
    macro_rules! m { () => { 1 } }
    macro_rules! m { () => { 2 } } // shadows the first from here on
    let read = 5;
    println!("{} {} {} {} {}", m!(), early, a::local!(), get!(read), made());
}
#[macro_export]
macro_rules! exported { () => { 1 } }
mod a {
    macro_rules! local { () => { 3 } }
    pub(crate) use local;
}
