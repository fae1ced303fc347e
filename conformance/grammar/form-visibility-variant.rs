//@ reference: grammar.items.accepted-forms.visibility
//@ compile-fail: E0449
enum E {
    pub A, //~ E0449
}
fn main() {}
