//@ reference: borrowck.closure.drop
//@ run-pass
//@ stdout: closure body
//@ stdout: drop a
//@ stdout: end of main
//@ stdout: drop b
// `p.a` is moved into the closure and dropped with it; `p.b` stays in `p` until `main` ends.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct P {
    a: Loud,
    b: Loud,
}
fn main() {
    let p = P { a: Loud("a"), b: Loud("b") };
    {
        let c = move || {
            let _x = &p.a;
            println!("closure body");
        };
        c();
    }
    println!("end of main");
}
