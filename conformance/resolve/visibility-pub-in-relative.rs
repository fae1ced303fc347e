//@ reference: resolve.visibility.pub-in-relative
//@ error: relative paths are not supported in visibilities in 2018 edition or later
//@ compile-fail
mod a {
    pub mod b {
        pub(in a) fn f() {}
    }
}
fn main() {}
