//! Input discovery and decoding (stub).
