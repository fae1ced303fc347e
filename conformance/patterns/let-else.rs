//@ reference: pat.let-else.intro
//@ reference: pat.let-else.match
//@ reference: pat.let-else.else
//@ run-pass
//@ stdout: matched 3
//@ stdout: else ran
fn f(o: Option<i32>) {
    let Some(v) = o else {
        println!("else ran");
        return;
    };
    println!("matched {v}");
}
fn main() {
    f(Some(3));
    f(None);
}
