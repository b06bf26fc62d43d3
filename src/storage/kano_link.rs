//! Kano survey links: the questionnaire travels to respondents inside the URL fragment
//! (never sent to a server) as `k2.<payload>`, where the payload is a compact binary
//! form of the survey, raw-DEFLATE compressed, followed by a 24-bit FNV-1a checksum of
//! the compressed bytes, and written in URL-safe base64. The checksum makes a link
//! damaged by one typo refused as damaged rather than opened as another
//! questionnaire; version 1 links (the same without the checksum) are still read.
//!
//! Binary layout (version 1): survey tag (FNV-1a of the owner's survey id, u32 LE),
//! fingerprint (u32 LE), language byte (0 en, 1 es, 2 ru), flags (bit 0 ask
//! importance, bit 1 segment question), feature count (varint), three bits per
//! feature (has description, custom functional, custom dysfunctional question), the
//! number of segment choices when there is a segment question; then every text,
//! separated by NUL bytes: title, introduction, per feature its name and the texts its
//! bits announce, the segment question and its choices. Keeping the texts together
//! lets DEFLATE compress them well; NUL characters in texts are dropped.
//! keep links short: the respondent's copy is called `s-<tag in hex>` and numbers its
//! features `f1`, `f2`, …; answers go back by position, and the tag and fingerprint
//! ([`Survey::fingerprint`]) tell the owner which survey and that positions match.
//!
//! Size: a 15-feature survey with a title, a one-line introduction, feature names of
//! about 20 characters and a segment question makes a payload of about 430
//! characters: with a short site URL, a version 14 QR code at level L (see the tests
//! and `examples/kano_bench.rs`).

use super::share::base64url;
use crate::domain::kano::survey::MAX_FEATURES;
use crate::domain::kano::{fnv1a32, Feature, SegmentQuestion, Survey, SURVEY_LANGUAGES};
use crate::domain::Id;
use std::fmt;

/// The link format version this build writes (it reads every version up to it).
pub const LINK_VERSION: u32 = 2;
/// Bytes of checksum at the end of a version 2 payload.
const CHECKSUM_BYTES: usize = 3;
/// Longest payload accepted, in characters.
pub const MAX_LINK_CHARS: usize = 16_000;
/// Largest decompressed survey accepted, in bytes.
const MAX_RAW: usize = 64_000;

/// A survey as a respondent receives it, with what identifies the owner's copy.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedSurvey {
    /// The survey; its id is `s-<tag in hex>`, its features `f1`, `f2`, …
    pub survey: Survey,
    /// FNV-1a of the owner's survey id ([`Survey::tag`]).
    pub survey_tag: u32,
    /// The owner's [`Survey::fingerprint`].
    pub fingerprint: u32,
}

/// Why a survey link cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a DSV Studio survey link.
    Foreign,
    /// Made by a newer DSV Studio.
    TooNew { found: u32 },
    /// Longer than any survey this version makes.
    TooLarge,
    /// Damaged: bad characters, truncated, a checksum that does not match, or not a
    /// valid survey.
    Corrupt(String),
    /// A survey with no features: nothing to answer.
    NoFeatures,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Foreign => f.write_str("this is not a DSV Studio survey link"),
            Self::TooNew { found } => write!(
                f,
                "the survey link was made by a newer DSV Studio (link version {found}); update the app"
            ),
            Self::TooLarge => f.write_str("the survey link is too long to be a DSV Studio survey"),
            Self::Corrupt(why) => write!(f, "the survey link is damaged ({why}); ask for the link again"),
            Self::NoFeatures => f.write_str("the survey link holds no features to answer"),
        }
    }
}

impl std::error::Error for LinkError {}

impl SharedSurvey {
    /// The response code for `response`, a respondent's answers to this survey (by
    /// feature id, segment by name); `respondent` is random bits from the browser.
    pub fn code_for(
        &self,
        response: &crate::domain::kano::Response,
        respondent: u64,
    ) -> Result<String, super::response_code::CodeError> {
        let answers: Vec<_> = self
            .survey
            .features
            .iter()
            .map(|f| {
                response
                    .answer(&f.id)
                    .map(|a| super::response_code::PositionalAnswer {
                        functional: a.functional,
                        dysfunctional: a.dysfunctional,
                        importance: a.importance,
                    })
            })
            .collect();
        let segment = self
            .survey
            .segment_question
            .as_ref()
            .zip(response.segment.as_deref())
            .and_then(|(q, s)| q.choice_index(s));
        self.response_code(respondent, segment, &answers)
    }

    /// The response code for answers to this survey (see [`super::response_code`]);
    /// `respondent` is random bits from the browser's crypto RNG.
    pub fn response_code(
        &self,
        respondent: u64,
        segment: Option<usize>,
        answers: &[Option<super::response_code::PositionalAnswer>],
    ) -> Result<String, super::response_code::CodeError> {
        super::response_code::encode_response(
            self.survey_tag,
            self.fingerprint,
            respondent,
            segment,
            answers,
        )
    }
}

/// The link payload (`k2.…`, the part after the route in the fragment) for `survey`.
pub fn encode_survey_link(survey: &Survey) -> String {
    let mut w = Vec::with_capacity(512);
    w.extend_from_slice(&survey.tag().to_le_bytes());
    w.extend_from_slice(&survey.fingerprint().to_le_bytes());
    let lang = SURVEY_LANGUAGES
        .iter()
        .position(|l| *l == survey.language)
        .unwrap_or(0);
    w.push(lang as u8);
    let flags =
        u8::from(survey.ask_importance) | (u8::from(survey.segment_question.is_some()) << 1);
    w.push(flags);
    put_varint(&mut w, survey.features.len());
    let mut bits = vec![0u8; (survey.features.len() * 3).div_ceil(8)];
    let mut texts: Vec<&str> = vec![&survey.title, &survey.introduction];
    for (i, f) in survey.features.iter().enumerate() {
        texts.push(&f.name);
        let optional = [
            f.description.as_str(),
            f.functional_question.trim(),
            f.dysfunctional_question.trim(),
        ];
        for (j, text) in optional.into_iter().enumerate() {
            if !text.is_empty() {
                let bit = i * 3 + j;
                if let Some(byte) = bits.get_mut(bit / 8) {
                    *byte |= 1 << (bit % 8);
                }
                texts.push(text);
            }
        }
    }
    w.extend_from_slice(&bits);
    if let Some(q) = &survey.segment_question {
        w.push(q.choices.len().min(255) as u8);
        texts.push(&q.question);
        texts.extend(q.choices.iter().take(255).map(String::as_str));
    }
    for (i, text) in texts.iter().enumerate() {
        if i > 0 {
            w.push(0);
        }
        w.extend(text.bytes().filter(|&b| b != 0));
    }
    let mut packed = miniz_oxide::deflate::compress_to_vec(&w, 10);
    let sum = fnv1a32(&packed).to_le_bytes();
    packed.extend_from_slice(&sum[..CHECKSUM_BYTES]);
    format!("k{LINK_VERSION}.{}", base64url::encode(&packed))
}

/// Reads a survey link payload (surrounding whitespace ignored).
pub fn decode_survey_link(payload: &str) -> Result<SharedSurvey, LinkError> {
    let payload = payload.trim();
    let (head, body) = payload.split_once('.').ok_or(LinkError::Foreign)?;
    let version: u32 = head
        .strip_prefix('k')
        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|v| v.parse().ok())
        .ok_or(LinkError::Foreign)?;
    if version > LINK_VERSION {
        return Err(LinkError::TooNew { found: version });
    }
    if version == 0 {
        return Err(LinkError::Foreign);
    }
    if body.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let corrupt = |why: &str| LinkError::Corrupt(why.to_owned());
    let decoded = base64url::decode(body).ok_or_else(|| corrupt("invalid characters"))?;
    let packed = if version >= 2 {
        let split = decoded
            .len()
            .checked_sub(CHECKSUM_BYTES)
            .ok_or_else(|| corrupt("truncated"))?;
        let (packed, sum) = decoded.split_at(split);
        if fnv1a32(packed).to_le_bytes()[..CHECKSUM_BYTES] != *sum {
            return Err(corrupt("the checksum does not match"));
        }
        packed
    } else {
        &decoded[..]
    };
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_RAW)
        .map_err(|_| corrupt("cannot be decompressed"))?;
    let truncated = || corrupt("truncated");
    let mut r = Reader {
        bytes: &raw,
        pos: 0,
    };
    let tag = r.u32().ok_or_else(truncated)?;
    let fingerprint = r.u32().ok_or_else(truncated)?;
    let language = SURVEY_LANGUAGES
        .get(usize::from(r.byte().ok_or_else(truncated)?))
        .ok_or_else(|| corrupt("unknown language"))?;
    let flags = r.byte().ok_or_else(truncated)?;
    let count = r.varint().ok_or_else(truncated)?;
    if count == 0 {
        return Err(LinkError::NoFeatures);
    }
    if count > MAX_FEATURES {
        return Err(corrupt("too many features"));
    }
    let bits = r.take((count * 3).div_ceil(8)).ok_or_else(truncated)?;
    let bit = |i: usize| bits.get(i / 8).is_some_and(|b| b & (1 << (i % 8)) != 0);
    let choices = if flags & 2 != 0 {
        Some(usize::from(r.byte().ok_or_else(truncated)?))
    } else {
        None
    };
    let rest = r.bytes.get(r.pos..).unwrap_or_default();
    let mut texts = rest
        .split(|&b| b == 0)
        .map(|t| String::from_utf8(t.to_vec()));
    let mut next = || -> Result<String, LinkError> {
        texts
            .next()
            .ok_or_else(truncated)?
            .map_err(|_| corrupt("a text is not UTF-8"))
    };
    let title = next()?;
    let introduction = next()?;
    let mut features = Vec::with_capacity(count);
    for i in 0..count {
        let id = Id::new(format!("f{}", i + 1)).map_err(|e| LinkError::Corrupt(e.to_string()))?;
        let name = next()?;
        let mut optional = [String::new(), String::new(), String::new()];
        for (j, slot) in optional.iter_mut().enumerate() {
            if bit(i * 3 + j) {
                *slot = next()?;
            }
        }
        let [description, functional_question, dysfunctional_question] = optional;
        features.push(Feature {
            id,
            name,
            description,
            functional_question,
            dysfunctional_question,
        });
    }
    let segment_question = match choices {
        Some(n) => {
            let question = next()?;
            let choices = (0..n).map(|_| next()).collect::<Result<Vec<_>, _>>()?;
            Some(SegmentQuestion { question, choices })
        }
        None => None,
    };
    if texts.next().is_some() {
        return Err(corrupt("unexpected data at the end"));
    }
    let survey = Survey {
        id: Id::new(format!("s-{tag:08x}")).map_err(|e| LinkError::Corrupt(e.to_string()))?,
        title,
        introduction,
        language: (*language).to_owned(),
        features,
        ask_importance: flags & 1 != 0,
        segment_question,
    };
    survey.validate().map_err(|errors| {
        LinkError::Corrupt(
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    Ok(SharedSurvey {
        survey,
        survey_tag: tag,
        fingerprint,
    })
}

fn put_varint(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(slice)
    }

    fn u32(&mut self) -> Option<u32> {
        let slice = self.bytes.get(self.pos..self.pos.checked_add(4)?)?;
        self.pos += 4;
        Some(u32::from_le_bytes(slice.try_into().ok()?))
    }

    fn varint(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..28).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::kano::Feature;

    /// A realistic 15-feature survey with short descriptions on a few features.
    pub fn fifteen_feature_survey() -> Survey {
        let names = [
            "Self-service password reset",
            "Live chat with an agent",
            "Ticket status by e-mail",
            "Knowledge base",
            "Remote desktop support",
            "Same-day laptop swap",
            "Survey after each ticket",
            "Mobile app",
            "24/7 phone line",
            "Software catalogue",
            "Outage notices",
            "Named contact for VIPs",
            "Chatbot",
            "Walk-up IT desk",
            "Monthly service report",
        ];
        let mut s = Survey::new(
            Id::new("survey-3k9x0q2b1").unwrap(),
            "Service desk features 2026",
            "en",
        )
        .unwrap();
        s.introduction =
            "Tell us how you would feel about each service desk feature. It takes five minutes."
                .into();
        s.ask_importance = true;
        s.segment_question = SegmentQuestion::new(
            "Your department",
            &["Finance", "Sales", "Operations", "IT", "Other"],
        )
        .ok();
        for (i, name) in names.iter().enumerate() {
            let description = if i % 5 == 0 {
                "Available from the portal and the app."
            } else {
                ""
            };
            s.add_feature(
                Feature::new(
                    Id::from_random("feature", 0x9e37_79b9_7f4a_7c15 ^ i as u64),
                    name,
                    description,
                )
                .unwrap(),
            )
            .unwrap();
        }
        s
    }

    #[test]
    fn link_round_trips_with_numbered_features_and_the_owners_fingerprint() {
        let survey = fifteen_feature_survey();
        let link = encode_survey_link(&survey);
        assert!(link.starts_with("k2."));
        assert!(link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        let shared = decode_survey_link(&format!("  {link}\n")).unwrap();
        assert_eq!(shared.fingerprint, survey.fingerprint());
        assert_eq!(shared.survey_tag, survey.tag());
        assert_eq!(
            shared.survey.id.as_str(),
            format!("s-{:08x}", shared.survey_tag)
        );
        assert_eq!(shared.survey.features[14].id.as_str(), "f15");
        let mut expected = survey.clone();
        expected.id = shared.survey.id.clone();
        for (i, f) in expected.features.iter_mut().enumerate() {
            f.id = Id::new(format!("f{}", i + 1)).unwrap();
        }
        assert_eq!(shared.survey, expected);
    }

    #[test]
    fn a_fifteen_feature_link_fits_a_version_15_qr_code() {
        let link = format!(
            "https://dsv-studio.example/#/k/{}",
            encode_survey_link(&fifteen_feature_survey())
        );
        let qr = crate::charts::qr_code::encode_qr(&link).unwrap();
        assert!(
            qr.version <= 15,
            "version {} for {} characters",
            qr.version,
            link.len()
        );
    }

    #[test]
    fn bad_links_are_refused() {
        assert_eq!(decode_survey_link("hello"), Err(LinkError::Foreign));
        assert_eq!(decode_survey_link("j2.abc"), Err(LinkError::Foreign));
        assert_eq!(decode_survey_link("k.abc"), Err(LinkError::Foreign));
        assert_eq!(decode_survey_link("k0.abc"), Err(LinkError::Foreign));
        assert_eq!(
            decode_survey_link("k3.abc"),
            Err(LinkError::TooNew { found: 3 })
        );
        assert_eq!(
            decode_survey_link(&format!("k2.{}", "A".repeat(MAX_LINK_CHARS + 1))),
            Err(LinkError::TooLarge)
        );
        assert!(matches!(
            decode_survey_link("k1.!!!"),
            Err(LinkError::Corrupt(_))
        ));
        let link = encode_survey_link(&fifteen_feature_survey());
        for cut in [4, link.len() / 2, link.len() - 2] {
            assert!(
                matches!(decode_survey_link(&link[..cut]), Err(LinkError::Corrupt(_))),
                "{cut}"
            );
        }
        assert!(LinkError::TooNew { found: 2 }.to_string().contains("newer"));
    }

    #[test]
    fn random_mutations_never_panic() {
        let link = encode_survey_link(&fifteen_feature_survey());
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..1500 {
            let mut bytes = link.clone().into_bytes();
            for _ in 0..1 + next() % 4 {
                let i = (next() % bytes.len() as u64) as usize;
                bytes[i] = alphabet[(next() % alphabet.len() as u64) as usize];
            }
            let text = String::from_utf8(bytes).unwrap();
            let _ = decode_survey_link(&text);
        }
    }

    #[test]
    fn code_for_a_response_decodes_to_the_same_answers() {
        use crate::domain::kano::{FeatureAnswer, KanoAnswer, Response};
        let owner = fifteen_feature_survey();
        let shared = decode_survey_link(&encode_survey_link(&owner)).unwrap();
        let answers = shared.survey.features[..3]
            .iter()
            .map(|f| FeatureAnswer {
                feature_id: f.id.clone(),
                functional: KanoAnswer::Like,
                dysfunctional: KanoAnswer::Dislike,
                importance: None,
            })
            .collect();
        let response = Response {
            respondent: String::new(),
            segment: None,
            answers,
        };
        let code = shared.code_for(&response, 7).unwrap();
        let decoded = super::super::response_code::decode_response(&code).unwrap();
        assert_eq!(decoded.survey_tag, shared.survey_tag);
        // Matched against the owner's copy, the answers land on the owner's features.
        let back = decoded.to_response(&owner).unwrap();
        assert_eq!(back.answers.len(), 3);
        for (got, feature) in back.answers.iter().zip(&owner.features) {
            assert_eq!(got.feature_id, feature.id);
            assert_eq!(
                (got.functional, got.dysfunctional),
                (KanoAnswer::Like, KanoAnswer::Dislike)
            );
        }
    }

    #[test]
    fn a_link_made_before_the_checksum_still_opens() {
        // Written by the version 1 encoder.
        let old = "k1.ASgA1__bIXCz21UiBQEAAQBPbGQgbGluawAATW9kbyBzaW4gY29uZXhpw7Nu";
        let shared = decode_survey_link(old).unwrap();
        assert_eq!(shared.survey.title, "Old link");
        assert_eq!(shared.survey.features[0].name, "Modo sin conexión");
        assert_eq!(shared.fingerprint, 86136283);
    }

    #[test]
    fn every_one_character_typo_in_a_link_is_refused_as_damaged() {
        let link = encode_survey_link(&fifteen_feature_survey());
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut tried = 0;
        for at in 3..link.len() {
            for &c in alphabet.iter().step_by(7) {
                let mut typo = link.clone().into_bytes();
                if typo[at] == c {
                    continue;
                }
                typo[at] = c;
                let typo = String::from_utf8(typo).unwrap();
                match decode_survey_link(&typo) {
                    Err(LinkError::Corrupt(_)) => {}
                    // The last character may carry only padding bits.
                    Ok(shared) if at == link.len() - 1 => {
                        assert_eq!(shared.survey.title, "Service desk features 2026");
                    }
                    other => panic!("typo at {at} gave {other:?}"),
                }
                tried += 1;
            }
        }
        assert!(tried > 3_000, "{tried}");
    }

    #[test]
    fn a_link_with_no_features_is_refused() {
        let empty = Survey::new(Id::new("e").unwrap(), "Nothing to ask", "en").unwrap();
        assert_eq!(
            decode_survey_link(&encode_survey_link(&empty)),
            Err(LinkError::NoFeatures)
        );
    }
}
