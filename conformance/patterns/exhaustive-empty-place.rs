//@ reference: pat.exhaustive.empty.place
//@ compile-fail: E0004
enum Void {}
fn f(r: &Result<u32, Void>) -> u32 {
    match r { //~ E0004
        Ok(v) => *v,
    }
}
fn main() {}
