//! Helpers shared by the hostile-input and property tests: running the
//! binary, and cheap validators of exported documents (the same checks as
//! the fuzz targets in `fuzz/src/lib.rs`).

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run of `vnkg` did.
#[derive(Debug)]
pub struct Run {
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// The stderr line that names `path` (panics with all of stderr when
    /// none does).
    pub fn line_for(&self, path: &Path) -> &str {
        let name = path.display().to_string();
        self.stderr
            .lines()
            .find(|l| l.contains(&name))
            .unwrap_or_else(|| panic!("no message names {name}:\n{}", self.stderr))
    }
}

/// Run `vnkg` with these arguments; asserts it did not panic.
pub fn vnkg<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(args)
        .output()
        .expect("vnkg runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("internal error"),
        "vnkg panicked:\n{}",
        run.stderr
    );
    run
}

#[path = "../../fuzz/src/validate.rs"]
mod validate;
// Not every test crate that includes this module validates exports.
#[allow(unused_imports)]
pub use validate::*;

/// Copy the seeds into two folders: A (000-002) and B (003-004).
pub fn split_seeds(dir: &Path) -> (PathBuf, PathBuf) {
    let (a, b) = (dir.join("a"), dir.join("b"));
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    let mut names: Vec<PathBuf> = fs::read_dir("data/articles")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for (i, p) in names.iter().enumerate() {
        let to = if i < 3 { &a } else { &b };
        fs::copy(p, to.join(p.file_name().unwrap())).unwrap();
    }
    (a, b)
}
