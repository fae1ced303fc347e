//@ reference: expand.cfg.compiler-set.test
//@ compile-flags: --test
//@ check-pass
// Compiling as a test harness sets `test`.
#[cfg(not(test))]
compile_error!("`test` is not set under --test");
