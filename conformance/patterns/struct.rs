//@ reference: pat.struct.intro
//@ reference: pat.struct.shorthand
//@ reference: pat.struct.rest
//@ reference: pat.struct.numbered
//@ reference: pat.struct.variant
//@ reference: pat.struct.tuple-struct
//@ reference: pat.struct.tuple
//@ reference: pat.struct.irrefutable
//@ run-pass
struct Point { x: i32, y: i32, z: i32 }
struct Pair(i32, i32);
enum Shape { Circle { r: u32 }, Square(u32) }
fn area(s: &Shape) -> u32 {
    match s {
        Shape::Circle { r } => 3 * r * r,
        Shape::Square(side) => side * side,
    }
}
fn main() {
    let Point { x, y: b, .. } = Point { x: 1, y: 2, z: 3 };
    let Point { ref z, .. } = Point { x: 4, y: 5, z: 6 };
    let Pair { 0: first, .. } = Pair(7, 8);
    let Pair(p, q) = Pair(9, 10);
    let (one,) = (11,);
    let (t1, t2, t3) = (1, 2, 3);
    assert_eq!((x, b, *z, first, p + q, one, t1 + t2 + t3), (1, 2, 6, 7, 19, 11, 6));
    assert_eq!(area(&Shape::Circle { r: 1 }) + area(&Shape::Square(2)), 7);
    assert!(!matches!(Shape::Square(1), Shape::Circle { .. }));
}
