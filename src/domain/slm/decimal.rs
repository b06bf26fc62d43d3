//! Reading decimal numbers typed by users, with a dot or a comma as decimal separator.

use std::fmt;

/// Why a text is not a decimal number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotADecimal(pub String);

impl fmt::Display for NotADecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}' is not a number (e.g. 99.5 or 99,5)", self.0)
    }
}

impl std::error::Error for NotADecimal {}

/// Parses `99.5`, `99,5`, `-3`, `+0.25` or `.5` (surrounding spaces ignored). Rejects
/// thousands separators, exponents, `NaN`, `inf` and anything else.
///
/// ```
/// use dsv_studio::domain::slm::parse_decimal;
/// assert_eq!(parse_decimal("99,5"), Ok(99.5));
/// assert!(parse_decimal("1,234.5").is_err());
/// ```
pub fn parse_decimal(text: &str) -> Result<f64, NotADecimal> {
    let err = || NotADecimal(text.trim().to_owned());
    let t = text.trim();
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (whole, fraction) = match unsigned.find(['.', ',']) {
        Some(i) => (unsigned.get(..i).unwrap_or(""), unsigned.get(i + 1..)),
        None => (unsigned, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let fraction_ok = fraction.is_none_or(|f| !f.is_empty() && digits(f));
    if whole.len() + fraction.map_or(0, str::len) == 0 || !digits(whole) || !fraction_ok {
        return Err(err());
    }
    let value: f64 = t.replace(',', ".").parse().map_err(|_| err())?;
    if value.is_finite() {
        Ok(value)
    } else {
        Err(err())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dot_and_comma() {
        assert_eq!(parse_decimal("99.5"), Ok(99.5));
        assert_eq!(parse_decimal(" 99,5 "), Ok(99.5));
        assert_eq!(parse_decimal("-3"), Ok(-3.0));
        assert_eq!(parse_decimal("+0,25"), Ok(0.25));
        assert_eq!(parse_decimal(".5"), Ok(0.5));
        assert_eq!(parse_decimal("100"), Ok(100.0));
    }

    #[test]
    fn rejects_garbage() {
        for text in [
            "", " ", "abc", "NaN", "nan", "inf", "-inf", "infinity", "1e5", "1,234.5", "1.2.3",
            "5.", ",", "-", "+-1", "1 000", "0x10", "99,5%", "٣",
        ] {
            assert!(parse_decimal(text).is_err(), "{text}");
        }
        assert_eq!(
            parse_decimal("abc").unwrap_err().to_string(),
            "'abc' is not a number (e.g. 99.5 or 99,5)"
        );
        let huge = format!("1{}", "0".repeat(400));
        assert!(parse_decimal(&huge).is_err());
    }
}
