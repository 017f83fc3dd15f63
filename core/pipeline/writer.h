#pragma once
// Private to core/pipeline: the run's writes to the library database, made on a thread and connection of their own.
//
// Writing the article cache, the file list and the search index of 10,000 articles takes a second of one core, and
// the profile cache another half: done in line, the other core idled meanwhile. A job posted here runs while the
// pipeline goes on computing; SQLite's WAL lets the pipeline's own connection keep reading the caches meanwhile.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/store/library.h"

namespace parallax::pipeline {

class BackgroundWriter {
public:
    using Job = std::function<Result<bool>(store::Library&)>;
    using Ticket = std::uint64_t;

    /// Writes go to a second connection on `library`'s file; when that cannot be opened, each job runs in line on
    /// `library` when posted. Without a library, or with an in-memory one, nothing is written: an in-memory database
    /// ends with the run, which reads each cache before it writes it, so nobody would ever read the writes (at 10k
    /// articles they were 0.6 s of `analyze --no-cache`).
    explicit BackgroundWriter(store::Library* library);
    BackgroundWriter(const BackgroundWriter&) = delete;
    BackgroundWriter& operator=(const BackgroundWriter&) = delete;
    ~BackgroundWriter();  ///< finishes (the notes of jobs not yet collected are lost)

    /// Queues `job`; a failure becomes the note `failure + ": " + error`. The job must own what it writes or read
    /// only what nobody changes until waitFor(its ticket) or finish() returns. Blocks while a few jobs are queued
    /// already, so a fast producer cannot pile up every encoded row of a large folder in memory.
    Ticket post(std::string failure, Job job);
    /// Returns once the job with this ticket (and every job before it) has run.
    void waitFor(Ticket ticket);
    /// Runs what is queued, stops the thread, and appends the notes of failed jobs to `notes`.
    void finish(std::vector<std::string>& notes);
    /// For a cancelled run: drops the queued jobs, interrupts the running one and returns once it has stopped;
    /// later posts are dropped and waitFor returns at once. An interrupt stops a long statement at once (its
    /// transaction rolls back), but SQLite forgets one that falls between two short statements, so a job of many
    /// small ones may still run to its end. Every job is a cache or an index that the next run checks and
    /// completes, so nothing is lost but time; no note is made of what was dropped.
    void abandon();
    /// False when posted jobs are dropped (no library, or an in-memory one): nothing need be encoded for them.
    [[nodiscard]] bool writes() const { return m_library != nullptr; }
    /// True when jobs run on a thread of their own (for tests).
    [[nodiscard]] bool inBackground() const { return m_connection.has_value(); }

private:
    void loop();
    void run(const std::string& failure, const Job& job, store::Library& library);

    store::Library* m_library = nullptr;
    std::optional<store::Library> m_connection;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<std::string, Job>> m_queue;
    Ticket m_posted = 0;
    Ticket m_done = 0;
    bool m_stopping = false;
    bool m_running = false;    // a job is running on the thread
    bool m_abandoned = false;
    std::vector<std::string> m_notes;
};

}  // namespace parallax::pipeline
