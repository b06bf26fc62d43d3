//! Response codes: a respondent's answers travel back as `r1.<base64url>`.
//!
//! Bytes: respondent (48 bits, LE), survey tag (u32 LE, [`Survey::tag`]), fingerprint
//! (u32 LE), segment (0 none, k+1 for choice k), a byte holding the feature count
//! (low 7 bits) and whether importances follow (bit 7), then per feature 5 bits (0 not
//! answered, 1 + functional·5 + dysfunctional) and, with importances, 4 bits (0 none,
//! 1–9), packed least significant bit first; last a 24-bit FNV-1a checksum of all
//! bytes before it, so typing mistakes and truncation are detected.

use super::share::base64url;
use crate::domain::bounded::Importance;
use crate::domain::kano::{fnv1a32, FeatureAnswer, KanoAnswer, Response, ResponseSet, Survey};
use crate::domain::Id;
use std::fmt;

/// The code format version this build writes and reads.
pub const CODE_VERSION: u32 = 1;
/// Most features a code can carry.
pub const MAX_CODE_FEATURES: usize = 127;
/// Most characters pasted at once into the codes box (about 2,000 codes): the box stops
/// there, and text that reaches it is refused whole, so a huge paste cannot freeze the
/// tab.
pub const MAX_PASTE_CHARS: usize = 100_000;
/// Longest line read as a code, in characters; a 127-feature code with importances
/// is about 200.
pub const MAX_CODE_CHARS: usize = 400;

/// One feature's answer as given by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PositionalAnswer {
    pub functional: KanoAnswer,
    pub dysfunctional: KanoAnswer,
    pub importance: Option<Importance>,
}

/// A decoded response code, not yet matched to a survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedResponse {
    /// 48 random bits chosen by the respondent's browser.
    pub respondent: u64,
    pub survey_tag: u32,
    pub fingerprint: u32,
    /// Index of the chosen segment.
    pub segment: Option<usize>,
    /// One entry per feature, in survey order.
    pub answers: Vec<Option<PositionalAnswer>>,
}

/// Why a response code is not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Not a response code.
    Foreign,
    /// Made by a newer DSV Studio.
    WrongVersion { found: u32 },
    /// A well-formed code that answers no feature: not counted as a respondent.
    NoAnswers,
    /// Far longer than any code: refused before it is read.
    TooLong,
    /// Mistyped or cut off.
    Corrupt,
    /// Belongs to another survey, or to an older version of this one.
    AnotherSurvey,
    /// This respondent is already counted.
    AlreadyCounted { respondent: String },
    /// More features than a code can carry.
    TooManyFeatures,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Foreign => f.write_str("not a response code (codes start with r1.)"),
            Self::WrongVersion { found } => write!(
                f,
                "made by a different DSV Studio version (code version {found}); update the app"
            ),
            Self::Corrupt => f.write_str("the code is mistyped or incomplete; copy it again"),
            Self::NoAnswers => f.write_str("the code answers no feature"),
            Self::TooLong => write!(f, "longer than any response code ({MAX_CODE_CHARS} characters at most)"),
            Self::AnotherSurvey => f.write_str(
                "the code belongs to another survey (or to this survey before its features changed)",
            ),
            Self::AlreadyCounted { respondent } => {
                write!(f, "respondent {respondent} is already counted")
            }
            Self::TooManyFeatures => write!(f, "a code carries at most {MAX_CODE_FEATURES} features"),
        }
    }
}

impl std::error::Error for CodeError {}

/// The respondent id stored for the 48 random bits of a code (`r-…`).
pub fn respondent_id(bits: u64) -> String {
    Id::from_random("r", bits & RESPONDENT_MASK).to_string()
}

const RESPONDENT_MASK: u64 = (1 << 48) - 1;

/// Encodes answers given to the survey with `survey_tag` and `fingerprint` (from the
/// link). `respondent` is random bits from the browser (48 are kept).
pub fn encode_response(
    survey_tag: u32,
    fingerprint: u32,
    respondent: u64,
    segment: Option<usize>,
    answers: &[Option<PositionalAnswer>],
) -> Result<String, CodeError> {
    if answers.len() > MAX_CODE_FEATURES {
        return Err(CodeError::TooManyFeatures);
    }
    let with_importance = answers.iter().flatten().any(|a| a.importance.is_some());
    let mut out = Vec::with_capacity(20 + answers.len() * 9 / 8);
    out.extend_from_slice(&(respondent & RESPONDENT_MASK).to_le_bytes()[..6]);
    out.extend_from_slice(&survey_tag.to_le_bytes());
    out.extend_from_slice(&fingerprint.to_le_bytes());
    out.push(segment.map_or(0, |s| (s + 1).min(255) as u8));
    out.push(answers.len() as u8 | if with_importance { 0x80 } else { 0 });
    let mut bits = BitWriter::default();
    for answer in answers {
        let pair = answer.map_or(0, |a| {
            1 + a.functional.index() as u32 * 5 + a.dysfunctional.index() as u32
        });
        bits.put(pair, 5);
        if with_importance {
            let i = answer
                .and_then(|a| a.importance)
                .map_or(0, |i| i.get().clamp(0, 9) as u32);
            bits.put(i, 4);
        }
    }
    out.extend(bits.finish());
    let sum = fnv1a32(&out);
    out.extend_from_slice(&sum.to_le_bytes()[..3]);
    Ok(format!("r{CODE_VERSION}.{}", base64url::encode(&out)))
}

/// Decodes a code (surrounding whitespace ignored).
pub fn decode_response(code: &str) -> Result<DecodedResponse, CodeError> {
    let code = code.trim();
    if code.len() > MAX_CODE_CHARS {
        return Err(CodeError::TooLong);
    }
    let (head, body) = code.split_once('.').ok_or(CodeError::Foreign)?;
    let version: u32 = head
        .strip_prefix('r')
        .filter(|v| !v.is_empty() && v.len() < 6 && v.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|v| v.parse().ok())
        .ok_or(CodeError::Foreign)?;
    // Versions start at 1: `r0.` was never written by DSV Studio.
    if version == 0 {
        return Err(CodeError::Foreign);
    }
    if version > CODE_VERSION {
        return Err(CodeError::WrongVersion { found: version });
    }
    let bytes = base64url::decode(body).ok_or(CodeError::Corrupt)?;
    let split = bytes.len().checked_sub(3).ok_or(CodeError::Corrupt)?;
    let (data, sum) = bytes.split_at(split);
    if fnv1a32(data).to_le_bytes()[..3] != *sum {
        return Err(CodeError::Corrupt);
    }
    let get = |range: std::ops::Range<usize>| data.get(range).ok_or(CodeError::Corrupt);
    let mut respondent = [0u8; 8];
    respondent[..6].copy_from_slice(get(0..6)?);
    let word = |at: usize| -> Result<u32, CodeError> {
        let b = get(at..at + 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let tag = word(6)?;
    let fingerprint = word(10)?;
    let header = get(14..16)?;
    let segment = header[0].checked_sub(1).map(usize::from);
    let count = usize::from(header[1] & 0x7f);
    let with_importance = header[1] & 0x80 != 0;
    let per = if with_importance { 9 } else { 5 };
    let packed = get(16..data.len())?;
    if packed.len() != (count * per).div_ceil(8) {
        return Err(CodeError::Corrupt);
    }
    let mut bits = BitReader {
        bytes: packed,
        pos: 0,
    };
    let mut answers = Vec::with_capacity(count);
    for _ in 0..count {
        let pair = bits.get(5).ok_or(CodeError::Corrupt)? as usize;
        let importance = if with_importance {
            bits.get(4).ok_or(CodeError::Corrupt)?
        } else {
            0
        };
        let importance = match importance {
            0 => None,
            i => Some(Importance::new(i64::from(i)).map_err(|_| CodeError::Corrupt)?),
        };
        answers.push(match pair {
            0 => None,
            p => {
                let f = KanoAnswer::from_index((p - 1) / 5).ok_or(CodeError::Corrupt)?;
                let d = KanoAnswer::from_index((p - 1) % 5).ok_or(CodeError::Corrupt)?;
                Some(PositionalAnswer {
                    functional: f,
                    dysfunctional: d,
                    importance,
                })
            }
        });
    }
    if answers.iter().all(Option::is_none) {
        return Err(CodeError::NoAnswers);
    }
    Ok(DecodedResponse {
        respondent: u64::from_le_bytes(respondent),
        survey_tag: tag,
        fingerprint,
        segment,
        answers,
    })
}

impl DecodedResponse {
    /// The response to `survey` (the owner's copy), or [`CodeError::AnotherSurvey`] when
    /// the code was made for another survey or for different features.
    pub fn to_response(&self, survey: &Survey) -> Result<Response, CodeError> {
        if self.survey_tag != survey.tag()
            || self.fingerprint != survey.fingerprint()
            || self.answers.len() != survey.features.len()
        {
            return Err(CodeError::AnotherSurvey);
        }
        let segment = match self.segment {
            None => None,
            Some(i) => Some(
                survey
                    .segment_question
                    .as_ref()
                    .and_then(|q| q.choices.get(i))
                    .cloned()
                    .ok_or(CodeError::Corrupt)?,
            ),
        };
        Ok(Response {
            respondent: respondent_id(self.respondent),
            segment,
            answers: survey
                .features
                .iter()
                .zip(&self.answers)
                .filter_map(|(f, a)| {
                    a.map(|a| FeatureAnswer {
                        feature_id: f.id.clone(),
                        functional: a.functional,
                        dysfunctional: a.dysfunctional,
                        importance: a.importance,
                    })
                })
                .collect(),
        })
    }
}

/// What happened to one pasted line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeLine {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// The respondent id added, or why the line was rejected.
    pub outcome: Result<String, CodeError>,
}

/// Adds every code in `text` (one per line; blank lines skipped) to `set`, returning
/// per line whether it was accepted or why not.
pub fn add_codes(set: &mut ResponseSet, survey: &Survey, text: &str) -> Vec<CodeLine> {
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let outcome = decode_response(line)
            .and_then(|d| d.to_response(survey))
            .and_then(|response| {
                if set.contains(&response.respondent) {
                    return Err(CodeError::AlreadyCounted {
                        respondent: response.respondent,
                    });
                }
                let id = response.respondent.clone();
                set.responses.push(response);
                Ok(id)
            });
        lines.push(CodeLine {
            line: i + 1,
            outcome,
        });
    }
    lines
}

#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    acc: u32,
    used: u32,
}

impl BitWriter {
    fn put(&mut self, value: u32, width: u32) {
        self.acc |= (value & ((1 << width) - 1)) << self.used;
        self.used += width;
        while self.used >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.used -= 8;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.used > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl BitReader<'_> {
    fn get(&mut self, width: usize) -> Option<u32> {
        let mut value = 0u32;
        for k in 0..width {
            let bit = self.pos + k;
            let byte = *self.bytes.get(bit / 8)?;
            value |= u32::from((byte >> (bit % 8)) & 1) << k;
        }
        self.pos += width;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::kano_link::tests::fifteen_feature_survey;

    fn answers(n: usize, seed: u64) -> Vec<Option<PositionalAnswer>> {
        (0..n)
            .map(|i| {
                let k = (seed as usize).wrapping_add(i * 7);
                (!k.is_multiple_of(6)).then(|| PositionalAnswer {
                    functional: KanoAnswer::ALL[k % 5],
                    dysfunctional: KanoAnswer::ALL[(k / 5) % 5],
                    importance: Importance::new((k % 10) as i64).ok(),
                })
            })
            .collect()
    }

    fn code_for(survey: &Survey, respondent: u64) -> String {
        encode_response(
            survey.tag(),
            survey.fingerprint(),
            respondent,
            Some(3),
            &answers(survey.features.len(), respondent),
        )
        .unwrap()
    }

    #[test]
    fn round_trip_and_length_for_fifteen_features() {
        let survey = fifteen_feature_survey();
        let code = code_for(&survey, 0xdead_beef_cafe);
        assert!(code.starts_with("r1."));
        assert!(code.len() <= 60, "{} characters: {code}", code.len());
        let decoded = decode_response(&format!(" {code}\n")).unwrap();
        assert_eq!(decoded.answers, answers(15, 0xdead_beef_cafe));
        assert_eq!(decoded.segment, Some(3));
        let response = decoded.to_response(&survey).unwrap();
        assert_eq!(response.segment.as_deref(), Some("IT"));
        assert_eq!(response.respondent, respondent_id(0xdead_beef_cafe));
        assert_eq!(
            response.answers.len(),
            answers(15, 0xdead_beef_cafe).iter().flatten().count()
        );
        assert_eq!(response.check(&survey), Ok(()));
    }

    #[test]
    fn a_code_made_from_the_link_is_accepted_by_the_owner() {
        let owner = fifteen_feature_survey();
        let shared = crate::storage::kano_link::decode_survey_link(
            &crate::storage::kano_link::encode_survey_link(&owner),
        )
        .unwrap();
        let code = shared.response_code(99, None, &answers(15, 5)).unwrap();
        let mut set = ResponseSet::new(owner.id.clone());
        let lines = add_codes(&mut set, &owner, &code);
        assert_eq!(lines[0].outcome, Ok(respondent_id(99)));
        assert_eq!(set.responses[0].check(&owner), Ok(()));
    }

    #[test]
    fn codes_without_importance_are_shorter() {
        let plain: Vec<_> = answers(15, 1)
            .into_iter()
            .map(|a| {
                a.map(|a| PositionalAnswer {
                    importance: None,
                    ..a
                })
            })
            .collect();
        let code = encode_response(1, 2, 3, None, &plain).unwrap();
        let decoded = decode_response(&code).unwrap();
        assert_eq!(decoded.answers, plain);
        assert_eq!(decoded.segment, None);
        assert!(code.len() < code_for(&fifteen_feature_survey(), 3).len());
    }

    #[test]
    fn rejections_have_reasons() {
        let survey = fifteen_feature_survey();
        let code = code_for(&survey, 42);
        assert_eq!(decode_response("hello"), Err(CodeError::Foreign));
        assert_eq!(decode_response("k1.abc"), Err(CodeError::Foreign));
        assert_eq!(
            decode_response("r2.abc"),
            Err(CodeError::WrongVersion { found: 2 })
        );
        assert_eq!(
            decode_response(&code[..code.len() - 1]),
            Err(CodeError::Corrupt)
        );
        let mut typo = code.clone().into_bytes();
        let i = typo.len() - 10;
        typo[i] = if typo[i] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            decode_response(std::str::from_utf8(&typo).unwrap()),
            Err(CodeError::Corrupt)
        );
        let mut other = survey.clone();
        other.features.swap(0, 1);
        assert_eq!(
            decode_response(&code).unwrap().to_response(&other),
            Err(CodeError::AnotherSurvey)
        );
        let mut renamed = survey.clone();
        renamed.id = Id::new("another").unwrap();
        assert_eq!(
            decode_response(&code).unwrap().to_response(&renamed),
            Err(CodeError::AnotherSurvey)
        );
        assert!(CodeError::Corrupt.to_string().contains("mistyped"));
    }

    #[test]
    fn a_version_dsv_studio_never_wrote_is_not_called_newer() {
        assert_eq!(decode_response("r0.AAAA"), Err(CodeError::Foreign));
        assert_eq!(decode_response("r00.AAAA"), Err(CodeError::Foreign));
        assert_eq!(
            decode_response("r7.AAAA"),
            Err(CodeError::WrongVersion { found: 7 })
        );
    }

    #[test]
    fn a_code_that_answers_nothing_is_not_a_respondent() {
        let survey = fifteen_feature_survey();
        let tag = survey.tag();
        let none = vec![None; survey.features.len()];
        let code = encode_response(tag, survey.fingerprint(), 9, None, &none).unwrap();
        assert_eq!(decode_response(&code), Err(CodeError::NoAnswers));
        let mut set = ResponseSet::new(survey.id.clone());
        let lines = add_codes(&mut set, &survey, &code);
        assert_eq!(lines[0].outcome, Err(CodeError::NoAnswers));
        assert!(set.responses.is_empty());
    }

    #[test]
    fn a_huge_line_is_refused_at_once_and_the_largest_code_is_read() {
        let line = format!("r1.{}", "A".repeat(1 << 20));
        assert_eq!(decode_response(&line), Err(CodeError::TooLong));
        // 127 features with importances: the longest code there is.
        let mut survey = Survey::new(Id::new("big").unwrap(), "Big", "en").unwrap();
        for i in 0..MAX_CODE_FEATURES {
            let id = Id::new(format!("f{i}")).unwrap();
            let feature = crate::domain::kano::Feature::new(id, &format!("Feature {i}"), "");
            if survey.add_feature(feature.unwrap()).is_err() {
                break;
            }
        }
        let n = survey.features.len();
        let code =
            encode_response(survey.tag(), survey.fingerprint(), 1, None, &answers(n, 3)).unwrap();
        assert!(code.len() <= MAX_CODE_CHARS, "{}", code.len());
        assert_eq!(decode_response(&code).map(|d| d.answers.len()), Ok(n));
    }

    #[test]
    fn adding_codes_reports_each_line() {
        let survey = fifteen_feature_survey();
        let mut set = ResponseSet::new(survey.id.clone());
        let a = code_for(&survey, 1);
        let b = code_for(&survey, 2);
        let mut other = survey.clone();
        other.id = Id::new("other").unwrap();
        let foreign = code_for(&other, 3);
        let text = format!("{a}\n\n{b}\nr1.garbage\n{foreign}\n{a}\n");
        let lines = add_codes(&mut set, &survey, &text);
        let outcomes: Vec<_> = lines.iter().map(|l| (l.line, l.outcome.clone())).collect();
        assert_eq!(
            outcomes,
            vec![
                (1, Ok(respondent_id(1))),
                (3, Ok(respondent_id(2))),
                (4, Err(CodeError::Corrupt)),
                (5, Err(CodeError::AnotherSurvey)),
                (
                    6,
                    Err(CodeError::AlreadyCounted {
                        respondent: respondent_id(1)
                    })
                ),
            ]
        );
        assert_eq!(set.responses.len(), 2);
    }

    #[test]
    fn random_mutations_never_panic() {
        let survey = fifteen_feature_survey();
        let code = code_for(&survey, 7);
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.r1 ";
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut accepted_mutants = 0;
        for _ in 0..5000 {
            let mut bytes = code.clone().into_bytes();
            match next() % 3 {
                0 => bytes.truncate((next() % bytes.len() as u64) as usize),
                _ => {
                    let i = (next() % bytes.len() as u64) as usize;
                    bytes[i] = alphabet[(next() % alphabet.len() as u64) as usize];
                }
            }
            let text = String::from_utf8(bytes).unwrap();
            if text != code {
                if let Ok(d) = decode_response(&text) {
                    accepted_mutants += usize::from(d.to_response(&survey).is_ok());
                }
            }
        }
        // A 24-bit checksum lets through about one change in 16 million.
        assert!(accepted_mutants <= 2, "{accepted_mutants}");
    }
}
