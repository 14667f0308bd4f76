//! The small binary encoding shared by the query cache
//! ([`crate::graph::cache`]) and the packed facts ([`crate::packed`]):
//! LEB128 varints, length-prefixed UTF-8 strings, and attribute maps as
//! their JSON text. Readers check every bound, so corrupted bytes read as
//! `None`, never as a panic or a huge allocation.

use serde_json::{Map, Value};

/// Append `v` as a LEB128 varint.
pub(crate) fn put_uint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Append a string: its byte length, then its bytes.
pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_uint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Append an optional string: length + 1 then the bytes, or 0 for none.
pub(crate) fn put_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => {
            put_uint(out, s.len() as u64 + 1);
            out.extend_from_slice(s.as_bytes());
        }
        None => put_uint(out, 0),
    }
}

/// Append an attribute map as its JSON text; the empty map is the empty
/// string (most records have none).
pub(crate) fn put_attrs(out: &mut Vec<u8>, attrs: &Map<String, Value>) {
    if attrs.is_empty() {
        put_uint(out, 0);
    } else {
        put_str(out, &serde_json::to_string(attrs).unwrap_or_default());
    }
}

/// Append a JSON value in binary: a tag byte, then the scalar, or the
/// count and the items. Faster to read back than JSON text, which must be
/// scanned character by character.
pub(crate) fn put_value(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => out.push(0),
        Value::Bool(false) => out.push(1),
        Value::Bool(true) => out.push(2),
        Value::Number(n) => {
            out.push(3);
            put_str(out, &n.to_string());
        }
        Value::String(s) => {
            out.push(4);
            put_str(out, s);
        }
        Value::Array(a) => {
            out.push(5);
            put_uint(out, a.len() as u64);
            for x in a {
                put_value(out, x);
            }
        }
        Value::Object(m) => {
            out.push(6);
            put_map(out, m);
        }
    }
}

/// Append a map in binary: the count, then key and value pairs.
pub(crate) fn put_map(out: &mut Vec<u8>, m: &Map<String, Value>) {
    put_uint(out, m.len() as u64);
    for (k, v) in m {
        put_str(out, k);
        put_value(out, v);
    }
}

/// The position of `t` in `all` (the number a type is written as).
pub(crate) fn type_no<T: PartialEq>(all: &[T], t: T) -> u64 {
    all.iter().position(|x| *x == t).unwrap_or(0) as u64
}

/// A cursor over encoded bytes.
pub(crate) struct Reader<'a> {
    pub(crate) buf: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `buf`.
    pub(crate) fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    /// The next `n` bytes.
    pub(crate) fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let b = self.buf.get(self.pos..end)?;
        self.pos = end;
        Some(b)
    }

    /// A varint.
    pub(crate) fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.buf.get(self.pos)?;
            self.pos += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    /// A count, which can never exceed the bytes left (each item takes at
    /// least one), so a corrupted count cannot ask for a huge allocation.
    pub(crate) fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.buf.len() - self.pos).then_some(n)
    }

    /// A varint that fits a `usize` (an index or an offset).
    pub(crate) fn small(&mut self) -> Option<usize> {
        usize::try_from(self.uint()?).ok()
    }

    /// A string written by [`put_str`].
    pub(crate) fn str(&mut self) -> Option<&'a str> {
        let n = self.len()?;
        utf8(self.bytes(n)?)
    }

    /// A string written by [`put_opt`].
    pub(crate) fn opt(&mut self) -> Option<Option<&'a str>> {
        let n = usize::try_from(self.uint()?).ok()?;
        if n == 0 {
            return Some(None);
        }
        utf8(self.bytes(n - 1)?).map(Some)
    }

    /// An attribute map written by [`put_attrs`].
    pub(crate) fn attrs(&mut self) -> Option<Map<String, Value>> {
        let s = self.str()?;
        if s.is_empty() {
            return Some(Map::new());
        }
        serde_json::from_str(s).ok()
    }

    /// A value written by [`put_value`]. Nesting is bounded, so hostile
    /// bytes cannot overflow the stack.
    pub(crate) fn value(&mut self) -> Option<Value> {
        self.value_at(0)
    }

    fn value_at(&mut self, depth: usize) -> Option<Value> {
        if depth > 128 {
            return None;
        }
        let tag = *self.bytes(1)?.first()?;
        Some(match tag {
            0 => Value::Null,
            1 => Value::Bool(false),
            2 => Value::Bool(true),
            3 => Value::Number(self.str()?.parse().ok()?),
            4 => Value::String(self.str()?.to_string()),
            5 => {
                let n = self.len()?;
                let mut a = Vec::with_capacity(n);
                for _ in 0..n {
                    a.push(self.value_at(depth + 1)?);
                }
                Value::Array(a)
            }
            6 => Value::Object(self.map_at(depth + 1)?),
            _ => return None,
        })
    }

    /// A map written by [`put_map`].
    pub(crate) fn map(&mut self) -> Option<Map<String, Value>> {
        self.map_at(0)
    }

    fn map_at(&mut self, depth: usize) -> Option<Map<String, Value>> {
        let n = self.len()?;
        let mut m = Map::with_capacity(n);
        for _ in 0..n {
            let k = self.str()?.to_string();
            let v = self.value_at(depth)?;
            m.insert(k, v);
        }
        Some(m)
    }

    /// Whether every byte was read.
    pub(crate) fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }
}

/// Check the UTF-8 of a string read back. Sentences make up most of the
/// bytes a merge reads, and simdutf8 checks them several times faster than
/// `std` (the error position is never needed here).
fn utf8(b: &[u8]) -> Option<&str> {
    simdutf8::basic::from_utf8(b).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        for v in [0, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            let mut b = Vec::new();
            put_uint(&mut b, v);
            let mut r = Reader::new(&b);
            assert_eq!(r.uint(), Some(v));
            assert!(r.at_end());
        }
    }

    #[test]
    fn values_round_trip() {
        let v = serde_json::json!({
            "code": "017", "n": 3, "x": -1.5, "big": 18446744073709551615u64,
            "ok": true, "no": false, "none": null,
            "list": ["a", 1, [], {"k": [null]}], "": ""
        });
        let mut b = Vec::new();
        put_value(&mut b, &v);
        let mut r = Reader::new(&b);
        assert_eq!(r.value(), Some(v));
        assert!(r.at_end());
    }

    #[test]
    fn deep_nesting_is_refused() {
        let b = [5u8, 1].repeat(1000);
        assert_eq!(Reader::new(&b).value(), None);
    }

    #[test]
    fn a_count_larger_than_the_bytes_left_is_refused() {
        let mut b = Vec::new();
        put_uint(&mut b, 1 << 40);
        assert_eq!(Reader::new(&b).len(), None);
    }
}
