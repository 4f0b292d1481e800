//! `newsclean._newsclean`: the extension module behind the `newsclean` Python package.
//!
//! Every result is the document the command line prints with `--format json`, rendered by the
//! library's own JSON writer and read back with Python's `json.loads`, so the two can never
//! differ in keys, order or nulls. Cleaning runs with the GIL released; `clean_many` cleans on
//! a pool of Rust threads while the caller's thread turns finished documents into dicts.

use newsclean::{Format, render};
use newsclean::{InputMode, Options};
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyIterator, PyString};
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};

pyo3::create_exception!(
    newsclean,
    Error,
    PyException,
    "An input that could not be cleaned. Subclasses name the reason; `kind` is a short key for it."
);
pyo3::create_exception!(
    newsclean,
    EmptyInputError,
    Error,
    "Nothing but whitespace, or nothing at all."
);
pyo3::create_exception!(
    newsclean,
    BinaryInputError,
    Error,
    "The bytes are not text: an image, a PDF, an archive or other binary data."
);
pyo3::create_exception!(
    newsclean,
    TooDeepError,
    Error,
    "The page nests HTML elements deeper than the limit (2,000)."
);
pyo3::create_exception!(
    newsclean,
    InflatesTooLargeError,
    Error,
    "Gzip input that inflates past `max_bytes`."
);
pyo3::create_exception!(
    newsclean,
    TooLargeError,
    Error,
    "The input is larger than `max_bytes`."
);
pyo3::create_exception!(
    newsclean,
    StreamTooLargeError,
    Error,
    "A stream that went on past `max_bytes` (the command line's standard input; kept for a complete hierarchy)."
);
pyo3::create_exception!(
    newsclean,
    NoStoryError,
    Error,
    "Cleaning left no paragraph: a page of navigation or boilerplate only, or a story that could not be found."
);
pyo3::create_exception!(
    newsclean,
    LowConfidenceError,
    Error,
    "A story was found, but its confidence is below `min_confidence`: the message gives the confidence and its warnings."
);

/// Why one input failed: the exception's `kind` and the command line's message.
#[derive(Debug)]
struct Failure {
    kind: &'static str,
    message: String,
}

impl Failure {
    fn of(e: &newsclean::Error) -> Failure {
        use newsclean::Error as E;
        let kind = match e {
            E::Empty => "empty",
            E::Binary(_) => "binary",
            E::TooDeep { .. } => "too_deep",
            E::InflatesTooLarge { .. } => "inflates_too_large",
            E::TooLarge { .. } => "too_large",
            E::StreamTooLarge { .. } => "stream_too_large",
            E::NoStory => "no_story",
            E::LowConfidence(_) => "low_confidence",
            _ => "error",
        };
        Failure {
            kind,
            message: e.to_string(),
        }
    }

    fn into_pyerr(self, py: Python<'_>) -> PyErr {
        let m = self.message;
        match self.kind {
            "empty" => EmptyInputError::new_err(m),
            "binary" => BinaryInputError::new_err(m),
            "too_deep" => TooDeepError::new_err(m),
            "inflates_too_large" => InflatesTooLargeError::new_err(m),
            "too_large" => TooLargeError::new_err(m),
            "stream_too_large" => StreamTooLargeError::new_err(m),
            "no_story" => NoStoryError::new_err(m),
            "low_confidence" => LowConfidenceError::new_err(m),
            "type" => PyTypeError::new_err(m),
            other => {
                let err = Error::new_err(m);
                // The base class says "error"; a panic says so on the instance.
                let _ = err.value(py).setattr("kind", other);
                err
            }
        }
    }

    /// The error in place of a document, for `clean_many`.
    fn into_dict(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let inner = PyDict::new(py);
        inner.set_item("kind", self.kind)?;
        inner.set_item("message", self.message)?;
        let outer = PyDict::new(py);
        outer.set_item("error", inner)?;
        Ok(outer.into_any().unbind())
    }
}

/// One input, owned or borrowed from a Python object.
enum Data<'a> {
    Bytes(&'a [u8]),
    Str(&'a str),
}

/// An input copied out of its Python object, for a worker thread.
enum Owned {
    Bytes(Vec<u8>),
    Str(String),
}

impl Owned {
    fn data(&self) -> Data<'_> {
        match self {
            Owned::Bytes(b) => Data::Bytes(b),
            Owned::Str(s) => Data::Str(s),
        }
    }
}

fn not_data(item: &Bound<'_, PyAny>) -> Failure {
    let name = item
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into());
    Failure {
        kind: "type",
        message: format!("expected bytes or str, not {name}"),
    }
}

fn owned(item: &Bound<'_, PyAny>) -> Result<Owned, Failure> {
    if let Ok(b) = item.cast::<PyBytes>() {
        Ok(Owned::Bytes(b.as_bytes().to_vec()))
    } else if let Ok(s) = item.cast::<PyString>() {
        s.to_cow()
            .map(|s| Owned::Str(s.into_owned()))
            .map_err(|e| Failure {
                kind: "type",
                message: e.to_string(),
            })
    } else if let Ok(b) = item.cast::<PyByteArray>() {
        Ok(Owned::Bytes(b.to_vec()))
    } else {
        Err(not_data(item))
    }
}

/// Clean one input into the command line's JSON (compact), or say why not. A panic in the
/// cleaner (a bug) fails this input only, as in the command line's batch mode.
fn clean_to_json(data: Data<'_>, opts: &Options) -> Result<String, Failure> {
    let run = AssertUnwindSafe(|| {
        let doc = match data {
            Data::Bytes(b) => newsclean::clean(b, opts),
            Data::Str(s) => newsclean::clean_str(s, opts),
        }
        .map_err(|e| Failure::of(&e))?;
        if doc.paragraphs.is_empty() {
            return Err(Failure::of(&newsclean::Error::NoStory));
        }
        Ok(render(&doc, Format::Jsonl))
    });
    catch_unwind(run).unwrap_or_else(|_| {
        Err(Failure {
            kind: "panic",
            message: "internal error (panic) while cleaning".into(),
        })
    })
}

static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn to_dict(py: Python<'_>, json: &str) -> PyResult<Py<PyAny>> {
    let loads = JSON_LOADS.get_or_try_init(py, || {
        py.import("json")
            .and_then(|m| m.getattr("loads"))
            .map(Bound::unbind)
    })?;
    Ok(loads.bind(py).call1((json,))?.unbind())
}

fn options(
    input: &str,
    explain: bool,
    max_bytes: Option<usize>,
    min_confidence: Option<f64>,
) -> PyResult<Options> {
    let input = match input {
        "auto" => InputMode::Auto,
        "text" => InputMode::Text,
        "html" => InputMode::Html,
        other => {
            return Err(PyValueError::new_err(format!(
                "input must be \"auto\", \"text\" or \"html\", not {other:?}"
            )));
        }
    };
    if let Some(x) = min_confidence
        && !(0.0..=1.0).contains(&x)
    {
        return Err(PyValueError::new_err(format!(
            "min_confidence must be from 0 to 1, not {x}"
        )));
    }
    let mut opts = Options {
        input,
        explain,
        min_confidence,
        ..Options::default()
    };
    if let Some(m) = max_bytes {
        opts.max_bytes = m;
    }
    Ok(opts)
}

/// Clean one article and return the dict the command line prints with `--format json`.
///
/// `data` is the raw article: `bytes` in any encoding (gzip is inflated) or an already
/// decoded `str`. `input` is "auto" (sniffed from the content), "text" or "html". With
/// `explain`, the dict has a `removed` list. `max_bytes` refuses larger inputs (default
/// 100 MiB). With `min_confidence` (0.0 to 1.0), an article whose `quality.confidence` is
/// below it is refused, as the command line's `--min-confidence` refuses it. Raises a
/// subclass of `newsclean.Error` when the input cannot be cleaned, with the command line's
/// message. The GIL is released while cleaning.
#[pyfunction]
#[pyo3(signature = (data, *, input = "auto", explain = false, max_bytes = None, min_confidence = None))]
fn clean(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    input: &str,
    explain: bool,
    max_bytes: Option<usize>,
    min_confidence: Option<f64>,
) -> PyResult<Py<PyAny>> {
    let opts = options(input, explain, max_bytes, min_confidence)?;
    let result = if let Ok(b) = data.cast::<PyBytes>() {
        let b = b.as_bytes();
        py.detach(|| clean_to_json(Data::Bytes(b), &opts))
    } else {
        let owned = owned(data).map_err(|f| f.into_pyerr(py))?;
        py.detach(|| clean_to_json(owned.data(), &opts))
    };
    match result {
        Ok(json) => to_dict(py, &json),
        Err(f) => Err(f.into_pyerr(py)),
    }
}

type Outcome = Result<String, Failure>;

/// Worker pools, kept for the process's life and shared by `clean_many` calls with the same
/// `jobs`: threads made afresh for each call would each take a fresh malloc arena, and the
/// process's memory would climb with the number of calls. Tagged with the process id, so that
/// a child forked after a pool was made (multiprocessing, a cluster's worker) makes its own:
/// a pool's threads do not survive a fork.
struct Pools {
    pid: u32,
    by_jobs: Vec<(usize, Arc<rayon::ThreadPool>)>,
}

static POOLS: Mutex<Pools> = Mutex::new(Pools {
    pid: 0,
    by_jobs: Vec::new(),
});

/// The most pools kept at once; the least recently used goes first.
const POOLS_KEPT: usize = 4;

fn pool(jobs: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
    let pid = std::process::id();
    if pools.pid != pid {
        // Inherited from the parent: their threads are not in this process. Never dropped,
        // since dropping would signal threads that are not there.
        std::mem::forget(std::mem::take(&mut pools.by_jobs));
        pools.pid = pid;
    }
    if let Some(at) = pools.by_jobs.iter().position(|(j, _)| *j == jobs) {
        let entry = pools.by_jobs.remove(at);
        let pool = Arc::clone(&entry.1);
        pools.by_jobs.push(entry);
        return Ok(pool);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("newsclean-{i}"))
        .build()
        .map_err(|e| PyException::new_err(format!("cannot start worker threads: {e}")))?;
    let pool = Arc::new(pool);
    if pools.by_jobs.len() == POOLS_KEPT {
        pools.by_jobs.remove(0);
    }
    pools.by_jobs.push((jobs, Arc::clone(&pool)));
    Ok(pool)
}

/// The state of one `clean_many` run.
struct Run {
    /// The caller's iterator; `None` once it is exhausted.
    source: Option<Py<PyIterator>>,
    pool: Arc<rayon::ThreadPool>,
    opts: Arc<Options>,
    tx: mpsc::Sender<(u64, Outcome)>,
    rx: Mutex<mpsc::Receiver<(u64, Outcome)>>,
    /// Set when the iterator is dropped: queued work is skipped.
    cancelled: Arc<AtomicBool>,
    ordered: bool,
    /// Inputs taken from the source and not yet given back: at most `window`.
    window: u64,
    taken: u64,
    given: u64,
    /// Results that arrived before their turn (ordered) or are waiting to be given.
    ready: BTreeMap<u64, Outcome>,
}

/// The iterator `clean_many` returns: one dict per input, in input order unless
/// `ordered=False`.
#[pyclass(module = "newsclean")]
struct CleanMany {
    run: Mutex<Run>,
}

impl Drop for CleanMany {
    fn drop(&mut self) {
        if let Ok(run) = self.run.get_mut() {
            run.cancelled.store(true, Ordering::Relaxed);
        }
    }
}

#[pymethods]
impl CleanMany {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let mut run = self.run.try_lock().map_err(|_| {
            PyValueError::new_err("clean_many: the iterator is already being advanced")
        })?;
        let run = &mut *run;
        // Keep the pool fed: take inputs until the window is full or the source ends.
        while run.taken - run.given < run.window {
            let Some(source) = &run.source else { break };
            let next = source.bind(py).clone().next();
            match next {
                None => run.source = None,
                Some(Err(e)) => {
                    // The caller's iterable failed: the run ends with its exception.
                    run.source = None;
                    run.ready.clear();
                    run.given = run.taken;
                    return Err(e);
                }
                Some(Ok(item)) => {
                    let seq = run.taken;
                    run.taken += 1;
                    match owned(&item) {
                        Err(f) => {
                            run.ready.insert(seq, Err(f));
                        }
                        Ok(data) => {
                            let tx = run.tx.clone();
                            let opts = Arc::clone(&run.opts);
                            let cancelled = Arc::clone(&run.cancelled);
                            run.pool.spawn(move || {
                                if cancelled.load(Ordering::Relaxed) {
                                    return;
                                }
                                let out = clean_to_json(data.data(), &opts);
                                let _ = tx.send((seq, out));
                            });
                        }
                    }
                }
            }
        }
        loop {
            let next = if run.ordered {
                run.ready.remove(&run.given)
            } else {
                run.ready.pop_first().map(|(_, r)| r)
            };
            if let Some(outcome) = next {
                run.given += 1;
                return match outcome {
                    Ok(json) => to_dict(py, &json).map(Some),
                    Err(f) => f.into_dict(py).map(Some),
                };
            }
            if run.given == run.taken {
                return Ok(None);
            }
            let rx = &run.rx;
            let got = py.detach(|| rx.lock().expect("only this thread waits").recv());
            match got {
                Ok((seq, outcome)) => {
                    run.ready.insert(seq, outcome);
                }
                Err(_) => {
                    return Err(PyException::new_err(
                        "clean_many: the worker threads went away",
                    ));
                }
            }
        }
    }
}

/// Clean many articles on a pool of `jobs` Rust threads (default: all cores), with the GIL
/// released, and yield one dict per input, as `clean` returns it.
///
/// `items` is any iterable of `bytes` or `str`; it is read lazily, a few items per thread
/// ahead, never collected. With `ordered=True` (the default) results come in input order,
/// otherwise as they finish. An input that cannot be cleaned yields
/// `{"error": {"kind": ..., "message": ...}}` in its place (`kind` as the exception's, or
/// "type" for an item that is neither bytes nor str) and the rest are cleaned. An exception
/// raised by the iterable itself ends the run and propagates. `min_confidence` as for `clean`:
/// an article below it yields the error `low_confidence`.
#[pyfunction]
#[pyo3(signature = (items, *, jobs = None, ordered = true, input = "auto", explain = false, max_bytes = None, min_confidence = None))]
fn clean_many(
    items: &Bound<'_, PyAny>,
    jobs: Option<usize>,
    ordered: bool,
    input: &str,
    explain: bool,
    max_bytes: Option<usize>,
    min_confidence: Option<f64>,
) -> PyResult<CleanMany> {
    let opts = options(input, explain, max_bytes, min_confidence)?;
    let jobs = match jobs {
        Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let source = items.try_iter()?.unbind();
    let pool = pool(jobs)?;
    let (tx, rx) = mpsc::channel();
    Ok(CleanMany {
        run: Mutex::new(Run {
            source: Some(source),
            pool,
            opts: Arc::new(opts),
            tx,
            rx: Mutex::new(rx),
            cancelled: Arc::new(AtomicBool::new(false)),
            ordered,
            window: 4 * jobs as u64,
            taken: 0,
            given: 0,
            ready: BTreeMap::new(),
        }),
    })
}

#[pymodule]
fn _newsclean(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", newsclean::VERSION)?;
    m.add("DEFAULT_MAX_BYTES", Options::default().max_bytes)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(clean_many, m)?)?;
    m.add_class::<CleanMany>()?;
    let kinds: [(Bound<'_, pyo3::types::PyType>, &str, &str); 9] = [
        (py.get_type::<Error>(), "Error", "error"),
        (py.get_type::<EmptyInputError>(), "EmptyInputError", "empty"),
        (
            py.get_type::<BinaryInputError>(),
            "BinaryInputError",
            "binary",
        ),
        (py.get_type::<TooDeepError>(), "TooDeepError", "too_deep"),
        (
            py.get_type::<InflatesTooLargeError>(),
            "InflatesTooLargeError",
            "inflates_too_large",
        ),
        (py.get_type::<TooLargeError>(), "TooLargeError", "too_large"),
        (
            py.get_type::<StreamTooLargeError>(),
            "StreamTooLargeError",
            "stream_too_large",
        ),
        (py.get_type::<NoStoryError>(), "NoStoryError", "no_story"),
        (
            py.get_type::<LowConfidenceError>(),
            "LowConfidenceError",
            "low_confidence",
        ),
    ];
    for (ty, name, kind) in kinds {
        ty.setattr("kind", kind)?;
        m.add(name, ty)?;
    }
    Ok(())
}
