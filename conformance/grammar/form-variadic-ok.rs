//@ reference: grammar.items.accepted-forms.variadic
//@ check-pass
unsafe extern "C" {
    fn printf(format: *const u8, ...) -> i32;
}
fn main() {}
