//! QR codes for survey links (Nayuki's `qrcodegen`): the module matrix and an SVG
//! path the UI draws as `<svg viewBox=…><path d=…/></svg>`.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use std::fmt;

/// The error-correction level chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrLevel {
    Low,
    Medium,
    Quartile,
    High,
}

/// An encoded QR symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSymbol {
    /// QR version 1–40.
    pub version: u8,
    /// Error-correction level.
    pub level: QrLevel,
    /// Modules per side.
    pub size: usize,
    dark: Vec<bool>,
}

/// The text does not fit any QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrTooLong {
    pub length: usize,
}

impl fmt::Display for QrTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} characters are too many for a QR code; shorten the survey's texts",
            self.length
        )
    }
}

impl std::error::Error for QrTooLong {}

/// Encodes `text` in the smallest QR version that holds it, with the strongest error
/// correction that fits that version: M or better whenever it fits, L only when M
/// would need a larger symbol (a smaller symbol scans more reliably from a screen).
pub fn encode_qr(text: &str) -> Result<QrSymbol, QrTooLong> {
    let segments = QrSegment::make_segments(text);
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::MAX,
        None,
        true,
    )
    .map_err(|_| QrTooLong {
        length: text.chars().count(),
    })?;
    let size = usize::try_from(code.size()).unwrap_or(0);
    let mut dark = Vec::with_capacity(size * size);
    for y in 0..code.size() {
        for x in 0..code.size() {
            dark.push(code.get_module(x, y));
        }
    }
    Ok(QrSymbol {
        version: code.version().value(),
        level: match code.error_correction_level() {
            QrCodeEcc::Low => QrLevel::Low,
            QrCodeEcc::Medium => QrLevel::Medium,
            QrCodeEcc::Quartile => QrLevel::Quartile,
            QrCodeEcc::High => QrLevel::High,
        },
        size,
        dark,
    })
}

impl QrSymbol {
    /// True when the module at column `x`, row `y` is dark (false outside the symbol).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark.get(y * self.size + x).copied().unwrap_or(false)
    }

    /// Width of the SVG view box with a quiet zone of `border` modules on each side.
    pub fn view_size(&self, border: usize) -> usize {
        self.size + 2 * border
    }

    /// An SVG path drawing the dark modules, one rectangle per horizontal run, offset
    /// by `border` modules (use `viewBox="0 0 s s"` with `s` = [`QrSymbol::view_size`]).
    pub fn svg_path(&self, border: usize) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                d.push_str(&format!(
                    "M{},{}h{run}v1h-{run}z",
                    start + border,
                    y + border
                ));
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_version_one_with_finder_patterns() {
        let qr = encode_qr("HELLO").unwrap();
        assert_eq!((qr.version, qr.size), (1, 21));
        assert!(matches!(
            qr.level,
            QrLevel::Medium | QrLevel::Quartile | QrLevel::High
        ));
        // The top-left finder pattern: a dark 7×7 ring.
        assert!(qr.is_dark(0, 0) && qr.is_dark(6, 6) && !qr.is_dark(1, 1) && qr.is_dark(3, 3));
        assert!(!qr.is_dark(99, 0));
        let path = qr.svg_path(4);
        assert!(path.starts_with("M4,4h7v1h-7z"), "{path}");
        assert_eq!(qr.view_size(4), 29);
    }

    #[test]
    fn longer_text_needs_a_higher_version_and_too_long_is_an_error() {
        let qr = encode_qr(&"a".repeat(400)).unwrap();
        assert!(qr.version > 10);
        let err = encode_qr(&"a".repeat(3_000)).unwrap_err();
        assert_eq!(err, QrTooLong { length: 3_000 });
        assert!(err.to_string().contains("3000"));
    }

    #[test]
    fn uses_medium_when_the_version_has_room_and_low_otherwise() {
        // Byte mode: version 9 holds 230 bytes at L and 180 at M.
        let qr = encode_qr(&"a".repeat(200)).unwrap();
        assert_eq!((qr.version, qr.level), (9, QrLevel::Low));
        // Version 4 holds 78 bytes at L and 62 at M.
        let qr = encode_qr(&"a".repeat(60)).unwrap();
        assert_eq!((qr.version, qr.level), (4, QrLevel::Medium));
    }
}
