//@ reference: grammar.items.accepted-forms.visibility
//@ compile-fail: E0449
trait T { fn f(); }
struct S;
impl T for S {
    pub fn f() {} //~ E0449
}
fn main() {}
