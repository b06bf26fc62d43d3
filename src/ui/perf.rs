//! Timing marks the benchmark reads (`performance.getEntriesByName`); they cost a
//! few microseconds and change nothing the user sees.

/// Runs `f` and records its duration as the performance measure `name`.
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}

/// Records the performance mark `name`: a point in time the benchmark or a test waits
/// for.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
