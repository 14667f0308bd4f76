//! Calendar dates as the articles give them: often without a year, sometimes
//! only a year ("năm 2023") or a month.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A date that may lack its day or month. Ordered chronologically, with a
/// missing part sorting before any present one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: i32,
    /// 1..=12 when known.
    pub month: Option<u8>,
    /// 1..=31 when known (only with a month).
    pub day: Option<u8>,
}

impl Date {
    /// A full date, when it exists in the calendar.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: Some(month as u8),
            day: Some(day as u8),
        })
    }

    /// Only the year is known.
    pub fn year_only(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// True when day and month are both known.
    pub fn is_full(&self) -> bool {
        self.day.is_some() && self.month.is_some()
    }

    /// The days from `earlier` to this date, when both are full.
    pub fn days_since(&self, earlier: &Date) -> Option<i64> {
        Some(self.day_number()? - earlier.day_number()?)
    }

    /// Days since 1 March of year 0 (proleptic Gregorian), for a full date.
    fn day_number(&self) -> Option<i64> {
        let (m, d) = (i64::from(self.month?), i64::from(self.day?));
        // Years start in March, so the leap day ends a year.
        let y = i64::from(self.year) - i64::from(m <= 2);
        let mp = (m + 9) % 12;
        Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * mp + 2) / 5 + d - 1)
    }
}

/// Days of `month` in `year` (Gregorian).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {s:?}");
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str| p.parse::<u32>().map_err(|_| bad());
        match parts.as_slice() {
            [y] => Ok(Date::year_only(num(y)? as i32)),
            [y, m] => {
                let m = num(m)?;
                if !(1..=12).contains(&m) {
                    return Err(bad());
                }
                Ok(Date {
                    year: num(y)? as i32,
                    month: Some(m as u8),
                    day: None,
                })
            }
            [y, m, d] => Date::ymd(num(y)? as i32, num(m)?, num(d)?).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_print_and_order() {
        for s in ["2023", "2023-06", "2024-02-29"] {
            assert_eq!(s.parse::<Date>().unwrap().to_string(), s);
        }
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2023-13".parse::<Date>().is_err());
        let a: Date = "2020".parse().unwrap();
        let b: Date = "2020-01-01".parse().unwrap();
        assert!(a < b);
    }

    #[test]
    fn days_between_full_dates_cross_months_years_and_leap_days() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(d("2024-03-01").days_since(&d("2024-02-28")), Some(2));
        assert_eq!(d("2023-03-01").days_since(&d("2023-02-28")), Some(1));
        assert_eq!(d("2025-01-02").days_since(&d("2024-12-30")), Some(3));
        assert_eq!(d("2024-06-08").days_since(&d("2024-06-10")), Some(-2));
        assert_eq!(d("2024-06").days_since(&d("2024-06-10")), None);
    }
}
