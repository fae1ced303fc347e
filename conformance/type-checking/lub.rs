//@ reference: typeck.coerce.lub
//@ run-pass
fn double(x: i32) -> i32 { x * 2 }
fn triple(x: i32) -> i32 { x * 3 }
fn main() {
    let pick = true;
    let f = if pick { double } else { triple }; // two function items: both coerce to `fn(i32) -> i32`
    let fs = [double, triple];
    let g = match 1 { 0 => double, _ => triple };
    assert_eq!((f(1), fs[1](1), g(2)), (2, 3, 6));
}
