//! Every `examples/*.py` must print its `NAME.out` (made with CPython 3.11).
mod common;

use std::time::Duration;

#[test]
fn examples_print_expected_output() {
    let dir = common::root().join("examples");
    let names = common::list_py(&dir, |_| true);
    let xfail = common::name_list(&common::root().join("tests/known_failures/examples.txt"));
    common::run_suite("examples", &dir, &names, &xfail, |n| common::judge(&dir, n, &[], ".out", Duration::from_secs(30)));
}
