//@ reference: pat.exhaustive.non-exhaustive
//@ compile-fail: E0004
// `std::io::ErrorKind` is `#[non_exhaustive]` and defined in another crate.
fn main() {
    use std::io::ErrorKind;
    match ErrorKind::Other { //~ E0004
        ErrorKind::NotFound => {}
        ErrorKind::Other => {}
    }
}
