//! Group commit for SQLite's hot write path (submissions on registration day). Every commit
//! of SQLite in WAL mode with `synchronous = FULL` waits for the disk; one commit per
//! submission caps the throughput at the disk's flushes per second. Here the writers of one
//! process queue their work; whoever holds the write gate runs all queued work in one
//! transaction, each piece in its own savepoint (so one failure rolls back only its own
//! writes), commits once, and only then hands every writer its answer. Nobody is answered
//! before the commit is on disk, so an acknowledged submission survives a crash as before.

use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{sync_channel, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};

use diesel::Connection;

use super::{Db, DbConnection};
use crate::error::AppError;

/// At most this many pieces of work share one commit (bounds the wait of the first).
const MAX_BATCH: usize = 64;

/// Work queued by a writer: runs in the batch's transaction and later learns whether the
/// batch was committed.
trait Work: Send {
    /// Runs in its own savepoint; returns how to answer once the batch's fate is known.
    fn run(self: Box<Self>, conn: &mut DbConnection) -> Box<dyn Answer>;
}

/// Answers one writer after the commit (`Ok`) or after it failed (`Err` with the reason).
trait Answer: Send {
    fn send(self: Box<Self>, committed: Result<(), String>);
}

struct Job<T, F> {
    f: F,
    reply: SyncSender<Result<T, AppError>>,
}

struct Reply<T> {
    outcome: Result<T, AppError>,
    reply: SyncSender<Result<T, AppError>>,
}

impl<T, F> Work for Job<T, F>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send,
    T: Send + 'static,
{
    fn run(self: Box<Self>, conn: &mut DbConnection) -> Box<dyn Answer> {
        let Job { f, reply } = *self;
        let outcome = conn.transaction::<T, AppError, _>(f);
        Box::new(Reply { outcome, reply })
    }
}

impl<T: Send> Answer for Reply<T> {
    fn send(self: Box<Self>, committed: Result<(), String>) {
        let answer = match (committed, self.outcome) {
            (Ok(()), outcome) => outcome,
            // A piece that failed on its own keeps its own error.
            (Err(_), Err(own)) => Err(own),
            (Err(why), Ok(_)) => Err(AppError::Internal(format!("group commit: {why}"))),
        };
        // The writer may have gone (its request was dropped): nothing to tell then.
        let _ = self.reply.send(answer);
    }
}

/// The queue of one database handle.
#[derive(Default, Clone)]
pub struct Queue(Arc<Mutex<VecDeque<Box<dyn Work>>>>);

impl Queue {
    fn push(&self, work: Box<dyn Work>) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back(work);
    }

    fn take(&self) -> Vec<Box<dyn Work>> {
        let mut q = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let n = q.len().min(MAX_BATCH);
        q.drain(..n).collect()
    }
}

/// Runs `f` in the next group commit and waits (on a blocking thread) for its answer.
pub fn write<T, F>(db: &Db, f: F) -> Result<T, AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    let (reply, answer) = sync_channel(1);
    db.writes.push(Box::new(Job { f, reply }));
    // Take turns at the gate; whoever holds it runs what is queued. A batch is answered
    // before its runner lets go of the gate, so a writer whose work was in it finds the
    // answer as soon as it gets its turn.
    loop {
        let turn = db.write_gate.lock().unwrap_or_else(|e| e.into_inner());
        match answer.try_recv() {
            Ok(a) => return a,
            Err(TryRecvError::Disconnected) => {
                return Err(AppError::Unavailable(
                    "database: the write was not carried out".into(),
                ))
            }
            Err(TryRecvError::Empty) => {}
        }
        let batch = db.writes.take();
        if !batch.is_empty() {
            run_batch(db, batch);
        }
        drop(turn);
    }
}

/// Ends whatever transaction a panic left open, so the connection goes back to the pool clean.
fn roll_back_all(conn: &mut DbConnection) {
    use diesel::connection::TransactionManager;
    type Manager = <DbConnection as Connection>::TransactionManager;
    while matches!(
        Manager::transaction_manager_status_mut(conn).transaction_depth(),
        Ok(Some(_))
    ) {
        if Manager::rollback_transaction(conn).is_err() {
            break;
        }
    }
}

/// Runs one batch in one transaction and answers every writer in it. Work dropped without
/// an answer (a panic, no connection) tells its writer that nothing was written.
fn run_batch(db: &Db, batch: Vec<Box<dyn Work>>) {
    let mut answers: Vec<Box<dyn Answer>> = Vec::with_capacity(batch.len());
    let committed = match db.get() {
        Err(e) => Err(e.to_string()),
        Ok(mut conn) => {
            let result = catch_unwind(AssertUnwindSafe(|| {
                conn.transaction::<(), AppError, _>(|tx| {
                    for work in batch {
                        answers.push(work.run(tx));
                    }
                    Ok(())
                })
            }));
            match result {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(e.to_string()),
                Err(_) => {
                    roll_back_all(&mut conn);
                    Err("a writer panicked; the batch was rolled back".to_string())
                }
            }
        }
    };
    for a in answers {
        a.send(committed.clone());
    }
}
