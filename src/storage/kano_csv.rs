//! Kano CSV files, as design.md defines them: responses import and export
//! (`respondent,feature,functional,dysfunctional,importance`, plus an optional
//! `segment` column) and the results export.
//!
//! Categories are written as their letters `A`, `O`, `M`, `I`, `R`, `Q` (the column
//! names of the counts), so the file reads the same in every language; a feature
//! without answers has empty category and strength cells.

use super::csv::{self, CsvError, Writer};
use crate::domain::bounded::Importance;
use crate::domain::kano::{Analysis, FeatureAnswer, KanoAnswer, Response, Survey, UnknownAnswer};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// The header of the results export.
pub const RESULTS_HEADER: [&str; 20] = [
    "feature",
    "n",
    "A",
    "O",
    "M",
    "I",
    "R",
    "Q",
    "category",
    "rule_category",
    "total_strength",
    "category_strength",
    "fong_significant",
    "better",
    "worse",
    "importance",
    "better_low",
    "better_high",
    "worse_low",
    "worse_high",
];

const REQUIRED: [&str; 4] = ["respondent", "feature", "functional", "dysfunctional"];

/// Why a whole file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KanoCsvError {
    /// Not CSV.
    Csv(CsvError),
    /// Required columns are missing.
    MissingColumns(Vec<String>),
}

impl fmt::Display for KanoCsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Csv(e) => e.fmt(f),
            Self::MissingColumns(names) => write!(
                f,
                "the file has no column {}; the header needs respondent, feature, functional and dysfunctional",
                names
                    .iter()
                    .map(|n| format!("\"{n}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

impl std::error::Error for KanoCsvError {}

/// What is wrong with one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    NoRespondent,
    UnknownFeature(String),
    BadAnswer {
        column: &'static str,
        error: UnknownAnswer,
    },
    BadImportance(String),
    UnknownSegment(String),
    AnsweredTwice {
        respondent: String,
        feature: String,
        first_line: usize,
    },
    /// More fields than the header has columns, e.g. an unquoted comma in a name.
    ExtraFields {
        found: usize,
        expected: usize,
    },
}

/// A row that was not imported, with its line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub problem: RowProblem,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.problem {
            RowProblem::NoRespondent => f.write_str("the respondent is empty"),
            RowProblem::UnknownFeature(name) => {
                write!(f, "the survey has no feature called '{name}'")
            }
            RowProblem::BadAnswer { column, error } => write!(f, "{error} in column {column}"),
            RowProblem::BadImportance(v) => {
                write!(f, "importance '{v}' is not a whole number from 1 to 9")
            }
            RowProblem::UnknownSegment(s) => {
                write!(f, "segment '{s}' is not one of the survey's choices")
            }
            RowProblem::AnsweredTwice {
                respondent,
                feature,
                first_line,
            } => write!(
                f,
                "respondent '{respondent}' already answered '{feature}' on line {first_line}"
            ),
            RowProblem::ExtraFields { found, expected } => write!(
                f,
                "the row has {found} fields but the header has {expected} (quote a text that holds a comma)"
            ),
        }
    }
}

impl std::error::Error for RowError {}

/// The outcome of reading a responses file: the responses built from the good rows
/// and every bad row. Import nothing when `errors` is not empty, unless the user
/// chooses to import the good rows.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponsesImport {
    pub responses: Vec<Response>,
    pub errors: Vec<RowError>,
    /// Number of rows read (good and bad).
    pub rows: usize,
}

impl ResponsesImport {
    /// The answers ready to import: one per good row.
    pub fn answers(&self) -> usize {
        self.responses.iter().map(|r| r.answers.len()).sum()
    }
}

/// Reads a responses CSV for `survey`.
pub fn import_responses(survey: &Survey, text: &str) -> Result<ResponsesImport, KanoCsvError> {
    let table = csv::parse(text).map_err(KanoCsvError::Csv)?;
    let missing = table.missing_columns(&REQUIRED);
    if !missing.is_empty() {
        return Err(KanoCsvError::MissingColumns(
            missing.into_iter().map(str::to_owned).collect(),
        ));
    }
    let col = |name| table.column(name);
    let (c_resp, c_feat, c_fun, c_dys, c_imp, c_seg) = (
        col("respondent"),
        col("feature"),
        col("functional"),
        col("dysfunctional"),
        col("importance"),
        col("segment"),
    );
    let mut responses: Vec<Response> = Vec::new();
    let mut by_respondent: HashMap<String, usize> = HashMap::new();
    let mut answered: HashMap<(String, usize), usize> = HashMap::new();
    let mut errors = Vec::new();
    let width = table.headers().len();
    for row in table.rows() {
        let fail = |problem| RowError {
            line: row.line,
            problem,
        };
        if row.fields.iter().skip(width).any(|f| !f.trim().is_empty()) {
            errors.push(fail(RowProblem::ExtraFields {
                found: row.fields.len(),
                expected: width,
            }));
            continue;
        }
        let respondent = row.get(c_resp);
        if respondent.is_empty() {
            errors.push(fail(RowProblem::NoRespondent));
            continue;
        }
        let feature_name = row.get(c_feat);
        let Some(fi) = survey.feature_by_name(feature_name) else {
            errors.push(fail(RowProblem::UnknownFeature(feature_name.to_owned())));
            continue;
        };
        let answer = |column: &'static str, index| {
            KanoAnswer::parse(row.get(index))
                .map_err(|error| fail(RowProblem::BadAnswer { column, error }))
        };
        let (functional, dysfunctional) =
            match (answer("functional", c_fun), answer("dysfunctional", c_dys)) {
                (Ok(f), Ok(d)) => (f, d),
                (Err(e), _) | (_, Err(e)) => {
                    errors.push(e);
                    continue;
                }
            };
        let raw_importance = row.get(c_imp);
        let importance = if raw_importance.is_empty() {
            None
        } else {
            match raw_importance
                .parse::<i64>()
                .ok()
                .and_then(|v| Importance::new(v).ok())
            {
                Some(i) => Some(i),
                None => {
                    errors.push(fail(RowProblem::BadImportance(raw_importance.to_owned())));
                    continue;
                }
            }
        };
        let raw_segment = row.get(c_seg);
        let segment = if raw_segment.is_empty() {
            None
        } else {
            let choice = survey
                .segment_question
                .as_ref()
                .and_then(|q| q.choice_index(raw_segment).and_then(|i| q.choices.get(i)));
            match choice {
                Some(c) => Some(c.clone()),
                None => {
                    errors.push(fail(RowProblem::UnknownSegment(raw_segment.to_owned())));
                    continue;
                }
            }
        };
        if let Some(&first_line) = answered.get(&(respondent.to_owned(), fi)) {
            errors.push(fail(RowProblem::AnsweredTwice {
                respondent: respondent.to_owned(),
                feature: feature_name.to_owned(),
                first_line,
            }));
            continue;
        }
        answered.insert((respondent.to_owned(), fi), row.line);
        let Some(feature) = survey.features.get(fi) else {
            continue;
        };
        let index = *by_respondent
            .entry(respondent.to_owned())
            .or_insert_with(|| {
                responses.push(Response {
                    respondent: respondent.to_owned(),
                    segment: None,
                    answers: Vec::new(),
                });
                responses.len() - 1
            });
        if let Some(response) = responses.get_mut(index) {
            if response.segment.is_none() {
                response.segment = segment;
            }
            response.answers.push(FeatureAnswer {
                feature_id: feature.id.clone(),
                functional,
                dysfunctional,
                importance,
            });
        }
    }
    Ok(ResponsesImport {
        responses,
        errors,
        rows: table.rows().len(),
    })
}

/// Writes responses in the import format (answers as words; a `segment` column when
/// the survey has a segment question). Answers to unknown features are skipped.
pub fn export_responses(survey: &Survey, responses: &[Response]) -> String {
    let with_segment = survey.segment_question.is_some();
    let mut w = Writer::new();
    let mut header = vec![
        "respondent",
        "feature",
        "functional",
        "dysfunctional",
        "importance",
    ];
    if with_segment {
        header.push("segment");
    }
    w.row(header);
    for r in responses {
        let mut seen = HashSet::new();
        for a in &r.answers {
            let Some(i) = survey.feature_index(&a.feature_id) else {
                continue;
            };
            if !seen.insert(i) {
                continue;
            }
            let name = survey.features.get(i).map_or("", |f| f.name.as_str());
            let importance = a
                .importance
                .map(|i| i.get().to_string())
                .unwrap_or_default();
            let mut fields = vec![
                r.respondent.as_str(),
                name,
                a.functional.word(),
                a.dysfunctional.word(),
                importance.as_str(),
            ];
            if with_segment {
                fields.push(r.segment.as_deref().unwrap_or(""));
            }
            w.row(fields);
        }
    }
    w.finish()
}

/// Writes the results export (header [`RESULTS_HEADER`]): four decimals for strengths,
/// better and worse and their 95 % Wilson intervals (the last four columns), two for
/// importance, empty when undefined, `true`/`false`.
pub fn export_results(analysis: &Analysis) -> String {
    let mut w = Writer::new();
    w.row(RESULTS_HEADER);
    let fixed = |v: Option<f64>, digits: usize| {
        v.filter(|v| v.is_finite())
            .map(|v| {
                let text = format!("{v:.digits$}");
                // "-0.0000" (a worse of −0) reads as zero.
                match text.strip_prefix('-') {
                    Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_owned(),
                    _ => text,
                }
            })
            .unwrap_or_default()
    };
    for f in &analysis.features {
        let mut fields = vec![f.name.clone(), f.n.to_string()];
        fields.extend(f.counts.0.iter().map(u32::to_string));
        fields.push(
            f.category
                .map(|c| c.letter().to_owned())
                .unwrap_or_default(),
        );
        fields.push(
            f.rule_category
                .map(|c| c.letter().to_owned())
                .unwrap_or_default(),
        );
        fields.push(fixed(f.total_strength, 4));
        fields.push(fixed(f.category_strength, 4));
        fields.push(f.fong_significant.to_string());
        fields.push(fixed(f.better, 4));
        fields.push(fixed(f.worse, 4));
        fields.push(fixed(f.importance, 2));
        for interval in [f.better_interval, f.worse_interval] {
            fields.push(fixed(interval.map(|i| i.low), 4));
            fields.push(fixed(interval.map(|i| i.high), 4));
        }
        w.row(fields);
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kano::{analyze, AnalysisOptions, Feature, SegmentQuestion};
    use crate::domain::Id;

    fn survey() -> Survey {
        let mut s = Survey::new(Id::new("k").unwrap(), "T", "en").unwrap();
        for (id, name) in [("f1", "Offline mode"), ("f2", "Dark mode, please")] {
            s.add_feature(Feature::new(Id::new(id).unwrap(), name, "").unwrap())
                .unwrap();
        }
        s.segment_question = SegmentQuestion::new("Team", &["IT", "Sales"]).ok();
        s
    }

    #[test]
    fn imports_words_synonyms_codes_in_any_column_order() {
        let text = "Importance,DYSFUNCTIONAL,feature,Functional,respondent\n\
                    7,dislike, offline MODE ,like,r001\n\
                    ,live-with,\"Dark mode, please\",must-be,r001\n\
                    9,5,Offline mode,1,r002\n";
        let import = import_responses(&survey(), text).unwrap();
        assert_eq!(import.errors, vec![]);
        assert_eq!(import.rows, 3);
        assert_eq!(import.responses.len(), 2);
        let r1 = &import.responses[0];
        assert_eq!(r1.respondent, "r001");
        assert_eq!(r1.answers[0].importance.map(|i| i.get()), Some(7));
        assert_eq!(r1.answers[1].functional, KanoAnswer::Expect);
        assert_eq!(r1.answers[1].dysfunctional, KanoAnswer::Tolerate);
        assert_eq!(r1.answers[1].importance, None);
        assert_eq!(
            import.responses[1].answers[0].dysfunctional,
            KanoAnswer::Dislike
        );
    }

    #[test]
    fn a_row_with_extra_fields_is_refused_with_its_line() {
        let text = "respondent,feature,functional,dysfunctional\n\
                    r1,Offline mode,like,dislike\n\
                    r2,Dark mode, please,like,dislike\n\
                    r3,Offline mode,like,dislike,,\n";
        let import = import_responses(&survey(), text).unwrap();
        assert_eq!(
            import.errors,
            [RowError {
                line: 3,
                problem: RowProblem::ExtraFields {
                    found: 5,
                    expected: 4
                }
            }]
        );
        assert_eq!(import.responses.len(), 2);
    }

    #[test]
    fn bad_rows_are_reported_with_line_and_reason() {
        let text = "respondent,feature,functional,dysfunctional,importance,segment\n\
                    r1,Offline mode,like,dislike,7,IT\n\
                    r1,Teleport,like,dislike,,\n\
                    r2,Offline mode,maybe,dislike,,\n\
                    r2,Offline mode,like,dislike,10,\n\
                    r1,offline mode,like,like,,\n\
                    ,Offline mode,like,like,,\n\
                    r3,Offline mode,like,like,,HR\n";
        let import = import_responses(&survey(), text).unwrap();
        let messages: Vec<String> = import.errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            vec![
                "line 3: the survey has no feature called 'Teleport'",
                "line 4: 'maybe' is not an answer (use like, expect, neutral, tolerate, dislike or 1-5) in column functional",
                "line 5: importance '10' is not a whole number from 1 to 9",
                "line 6: respondent 'r1' already answered 'offline mode' on line 2",
                "line 7: the respondent is empty",
                "line 8: segment 'HR' is not one of the survey's choices",
            ]
        );
        assert_eq!(import.responses.len(), 1);
        assert_eq!(import.responses[0].segment.as_deref(), Some("IT"));
    }

    #[test]
    fn missing_columns_and_non_csv_are_file_errors() {
        assert_eq!(
            import_responses(&survey(), "respondent,feature\nr,x\n"),
            Err(KanoCsvError::MissingColumns(vec![
                "functional".into(),
                "dysfunctional".into()
            ]))
        );
        assert!(matches!(
            import_responses(&survey(), ""),
            Err(KanoCsvError::Csv(CsvError::Empty))
        ));
    }

    #[test]
    fn responses_export_round_trips() {
        let text = "respondent,feature,functional,dysfunctional,importance,segment\n\
                    r1,Offline mode,like,dislike,7,IT\n\
                    r1,\"Dark mode, please\",neutral,neutral,,IT\n\
                    r2,Offline mode,expect,dislike,,\n";
        let import = import_responses(&survey(), text).unwrap();
        let out = export_responses(&survey(), &import.responses);
        assert!(out.starts_with("respondent,feature,functional,dysfunctional,importance,segment\r\nr1,Offline mode,like,dislike,7,IT\r\n"), "{out}");
        let again = import_responses(&survey(), &out).unwrap();
        assert_eq!(again.responses, import.responses);
    }

    #[test]
    fn results_export_hand_checked() {
        // Offline mode: O (like/dislike), M (expect/dislike), A (like/neutral), importance 7 and 8.
        // Dark mode: one Q (like/like).
        let text = "respondent,feature,functional,dysfunctional,importance\n\
                    r1,Offline mode,like,dislike,7\n\
                    r2,Offline mode,expect,dislike,8\n\
                    r3,Offline mode,like,neutral,\n\
                    r1,\"Dark mode, please\",like,like,\n";
        let import = import_responses(&survey(), text).unwrap();
        let analysis = analyze(&survey(), &import.responses, &AnalysisOptions::default());
        let out = export_results(&analysis);
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines[0], "feature,n,A,O,M,I,R,Q,category,rule_category,total_strength,category_strength,fong_significant,better,worse,importance,better_low,better_high,worse_low,worse_high");
        // n 3, A1 O1 M1: M by tie-break, strength 0 → rule M; total 1; better 2/3, worse −2/3.
        assert_eq!(
            lines[1],
            "Offline mode,3,1,1,1,0,0,0,M,M,1.0000,0.0000,false,0.6667,-0.6667,7.50,0.2077,0.9385,-0.9385,-0.2077"
        );
        // Only Q: no better/worse, no importance.
        assert_eq!(
            lines[2],
            "\"Dark mode, please\",1,0,0,0,0,0,1,Q,Q,0.0000,1.0000,false,,,,,,,"
        );
        assert_eq!(lines[3], "");
    }

    /// Issue 16.10: names a spreadsheet would run as formulas are exported with a
    /// leading `'` and imported back as they were; plain numbers stay numbers.
    #[test]
    fn responses_export_guards_formula_cells_and_imports_them_back() {
        let mut survey = Survey::new(Id::new("k").unwrap(), "T", "en").unwrap();
        for (id, name) in [("f1", "Offline mode"), ("f2", "=SUM(A1)")] {
            survey
                .add_feature(Feature::new(Id::new(id).unwrap(), name, "").unwrap())
                .unwrap();
        }
        survey.segment_question = SegmentQuestion::new("Team", &["@home", "-5"]).ok();
        let names = [
            "=HYPERLINK(\"http://x\")",
            "+cmd",
            "-",
            "--",
            "-x",
            "@cmd",
            "\tx",
            "\rx",
            "'=x",
            "'hello",
            "-5",
            "-0.25",
        ];
        let responses: Vec<Response> = names
            .iter()
            .map(|name| Response {
                respondent: (*name).to_owned(),
                segment: Some(if *name == "-5" { "-5" } else { "@home" }.to_owned()),
                answers: ["f1", "f2"]
                    .iter()
                    .map(|f| FeatureAnswer {
                        feature_id: Id::new(*f).unwrap(),
                        functional: KanoAnswer::Like,
                        dysfunctional: KanoAnswer::Dislike,
                        importance: Importance::new(7).ok(),
                    })
                    .collect(),
            })
            .collect();
        let out = export_responses(&survey, &responses);
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(
            lines[..4],
            [
                "respondent,feature,functional,dysfunctional,importance,segment",
                "\"'=HYPERLINK(\"\"http://x\"\")\",Offline mode,like,dislike,7,'@home",
                "\"'=HYPERLINK(\"\"http://x\"\")\",'=SUM(A1),like,dislike,7,'@home",
                "'+cmd,Offline mode,like,dislike,7,'@home",
            ]
        );
        let firsts: Vec<&str> = lines
            .iter()
            .skip(1)
            .step_by(2)
            .filter(|l| !l.is_empty())
            .map(|l| l.split(',').next().unwrap_or(""))
            .collect();
        assert_eq!(
            firsts,
            [
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
                "'+cmd",
                "'-",
                "'--",
                "'-x",
                "'@cmd",
                "'\tx",
                "\"'\rx\"",
                "''=x",
                "'hello",
                "-5",
                "-0.25",
            ]
        );
        assert!(
            out.ends_with("-0.25,'=SUM(A1),like,dislike,7,'@home\r\n"),
            "{out}"
        );
        assert!(
            out.contains("\r\n-5,Offline mode,like,dislike,7,-5\r\n"),
            "{out}"
        );
        let again = import_responses(&survey, &out).unwrap();
        assert_eq!(again.errors, vec![]);
        assert_eq!(again.responses, responses);
        // The results export guards the feature name but not the negative worse.
        let analysis = analyze(&survey, &responses, &AnalysisOptions::default());
        let results = export_results(&analysis);
        let row = results.split("\r\n").nth(2).unwrap_or("");
        assert!(row.starts_with("'=SUM(A1),12,0,12,0,0,0,0,O,O,"), "{row}");
        assert!(row.contains(",1.0000,-1.0000,7.00,"), "{row}");
    }

    /// The shared fixture, checked by hand: the browser test exports the same file.
    #[test]
    fn fixture_results_match_the_hand_checked_file() {
        let mut survey = Survey::new(Id::new("k").unwrap(), "Fixture", "en").unwrap();
        for (id, name) in [
            ("f1", "Offline mode"),
            ("f2", "Dark theme"),
            ("f3", "Live chat"),
        ] {
            survey
                .add_feature(Feature::new(Id::new(id).unwrap(), name, "").unwrap())
                .unwrap();
        }
        let text = include_str!("../../tests/fixtures/kano-responses.csv");
        let import = import_responses(&survey, text).unwrap();
        // Line 20 names a feature the survey does not have; everything else is good.
        assert_eq!(import.errors.len(), 1);
        assert_eq!(import.errors[0].line, 20);
        assert_eq!(import.responses.len(), 7);
        // One row per respondent and feature: rows and answers are not respondents.
        assert_eq!((import.rows, import.answers()), (20, 19));
        let analysis = analyze(&survey, &import.responses, &AnalysisOptions::default());
        // Offline mode: O O O M M M Q → M (tie with O broken M first), n = 7.
        let offline = &analysis.features[0];
        assert_eq!(offline.counts.0, [0, 3, 3, 0, 0, 1]);
        assert_eq!(offline.importance.map(|i| (i * 100.0).round()), Some(743.0));
        let expected = include_str!("../../tests/fixtures/kano-results.csv");
        assert_eq!(export_results(&analysis), expected);
    }
}
