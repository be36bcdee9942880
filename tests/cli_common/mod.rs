//! Helpers shared by the test files that run the real `timeline` binary: the command, the
//! seed articles, and a check that a run succeeded (its stderr in the failure message).

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// The `timeline` binary under test.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_timeline"))
}

/// The five seed articles of `input/`.
pub fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("input")
}

/// `o`, after asserting that `what` exited with success.
pub fn ok(o: Output, what: &str) -> Output {
    assert!(
        o.status.success(),
        "{what} failed ({:?}): {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}
