//! Scoring against gold annotations (stub).
