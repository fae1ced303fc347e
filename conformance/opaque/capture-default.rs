//@ reference: opaque.capture.default
//@ compile-fail: E0597
fn first<'a>(s: &'a str) -> impl std::fmt::Debug { s.len() } // captures `'a` in 2024
fn main() {
    let r;
    {
        let s = String::from("abc");
        r = first(&s); //~ E0597
    }
    println!("{r:?}");
}
