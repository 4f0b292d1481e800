//! Parallel work with the results handed back in input order, in bounded memory.
//!
//! Items are pulled one at a time from a lazy iterator by the pool's workers (`par_bridge`),
//! so nothing is read ahead of the workers. Results come back in completion order; the caller's
//! thread puts them back in input order with a small reorder buffer. So that one slow input
//! (a 100 MB page) cannot make the buffer grow without bound while the other workers race
//! ahead, an item is only handed out once it is within `window` places of the last result
//! emitted: memory is bounded by `window` results whatever the tree's size.

use rayon::ThreadPool;
use rayon::iter::{ParallelBridge, ParallelIterator};
use std::collections::BTreeMap;
use std::io;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

/// How far ahead of the emitted results items may be handed out.
struct Window {
    state: Mutex<Gate>,
    moved: Condvar,
    size: u64,
}

struct Gate {
    emitted: u64,
    cancelled: bool,
}

impl Window {
    fn new(size: u64) -> Window {
        Window {
            state: Mutex::new(Gate {
                emitted: 0,
                cancelled: false,
            }),
            moved: Condvar::new(),
            size: size.max(1),
        }
    }

    /// Waits until item `seq` may start; `false` when the run was cancelled.
    fn admit(&self, seq: u64) -> bool {
        let mut gate = self.state.lock().unwrap_or_else(|p| p.into_inner());
        while !gate.cancelled && seq >= gate.emitted + self.size {
            gate = self.moved.wait(gate).unwrap_or_else(|p| p.into_inner());
        }
        !gate.cancelled
    }

    fn advance(&self, emitted: u64) {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).emitted = emitted;
        self.moved.notify_all();
    }

    fn cancel(&self) {
        self.state
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .cancelled = true;
        self.moved.notify_all();
    }
}

/// Runs `work` over `items` on `pool` and calls `emit` with each result, in the items' order,
/// on the calling thread. The first error from `emit` (a closed stdout) stops handing out new
/// items; the ones already started finish and are dropped, and the error is returned.
pub fn run_ordered<I, T, R, W, E>(
    pool: &ThreadPool,
    items: I,
    window: usize,
    work: W,
    mut emit: E,
) -> io::Result<()>
where
    I: Iterator<Item = T> + Send,
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    E: FnMut(R) -> io::Result<()>,
{
    let gate = Window::new(window as u64);
    let (tx, rx) = mpsc::channel::<(u64, R)>();
    std::thread::scope(|scope| {
        let gate = &gate;
        let work = &work;
        scope.spawn(move || {
            let admitted = items.zip(0u64..).take_while(|(_, seq)| gate.admit(*seq));
            pool.install(|| {
                admitted.par_bridge().for_each(|(item, seq)| {
                    // The receiver only goes away once every sender has: cannot fail.
                    let _ = tx.send((seq, work(item)));
                });
            });
            // `tx` drops here, which ends the loop below.
        });

        let mut pending: BTreeMap<u64, R> = BTreeMap::new();
        let mut next = 0u64;
        let mut result = Ok(());
        for (seq, r) in rx {
            if result.is_err() {
                continue; // draining the work already started
            }
            pending.insert(seq, r);
            while let Some(r) = pending.remove(&next) {
                next += 1;
                if let Err(e) = emit(r) {
                    result = Err(e);
                    gate.cancel();
                    pending.clear();
                    break;
                }
            }
            gate.advance(next);
        }
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(n: usize) -> ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap()
    }

    #[test]
    fn results_come_back_in_input_order_whatever_the_finishing_order() {
        let mut got = Vec::new();
        run_ordered(
            &pool(4),
            0..200u64,
            8,
            |i| {
                // Early items are the slowest, so they finish last.
                std::thread::sleep(std::time::Duration::from_micros((200 - i) * 20));
                i * 2
            },
            |r| {
                got.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(got, (0..200u64).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn items_are_never_handed_out_beyond_the_window() {
        use std::sync::atomic::{AtomicU64, Ordering};
        let emitted = AtomicU64::new(0);
        let max_ahead = AtomicU64::new(0);
        run_ordered(
            &pool(3),
            0..300u64,
            5,
            |i| {
                let ahead = i.saturating_sub(emitted.load(Ordering::SeqCst));
                max_ahead.fetch_max(ahead, Ordering::SeqCst);
                if i % 50 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                i
            },
            |_| {
                emitted.fetch_add(1, Ordering::SeqCst);
                Ok(())
            },
        )
        .unwrap();
        assert!(max_ahead.load(Ordering::SeqCst) < 5);
    }

    #[test]
    fn an_emit_error_stops_the_run_and_is_returned() {
        let mut seen = 0;
        let err = run_ordered(
            &pool(2),
            0..1_000_000u64,
            4,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 {
                    Err(io::Error::from(io::ErrorKind::BrokenPipe))
                } else {
                    Ok(())
                }
            },
        )
        .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(seen, 11);
    }
}
