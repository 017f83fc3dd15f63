#include "core/pipeline/writer.h"

#include <chrono>
#include <exception>

namespace parallax::pipeline {
namespace {
// Two queued jobs keep the writer busy while the pipeline encodes the next batch; more would only hold memory.
constexpr std::size_t kMaxQueued = 2;
}  // namespace

BackgroundWriter::BackgroundWriter(store::Library* library) : m_library(library) {
    if (!library) return;
    if (library->path() == ":memory:" || library->path().empty()) {
        m_library = nullptr;
        return;
    }
    auto second = store::Library::open(library->path());
    if (!second) return;  // writes stay in line, on the pipeline's connection
    m_connection.emplace(std::move(second).value());
    m_thread = std::thread([this] { loop(); });
}

BackgroundWriter::~BackgroundWriter() {
    std::vector<std::string> lost;
    finish(lost);
}

BackgroundWriter::Ticket BackgroundWriter::post(std::string failure, Job job) {
    if (!m_library) return 0;
    if (!m_thread.joinable()) {
        run(failure, job, *m_library);
        return ++m_posted;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < kMaxQueued; });
    const Ticket ticket = ++m_posted;
    if (m_abandoned) {
        m_done = ticket;
        return ticket;
    }
    m_queue.emplace_back(std::move(failure), std::move(job));
    m_changed.notify_all();
    return ticket;
}

void BackgroundWriter::waitFor(Ticket ticket) {
    if (!m_thread.joinable()) return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_done >= ticket; });
}

void BackgroundWriter::finish(std::vector<std::string>& notes) {
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    for (auto& n : m_notes) notes.push_back(std::move(n));
    m_notes.clear();
}

void BackgroundWriter::abandon() {
    if (!m_thread.joinable()) return;
    std::unique_lock lock(m_mutex);
    m_abandoned = true;
    m_queue.clear();
    m_done = m_posted;  // nothing waits for a dropped job
    m_changed.notify_all();
    // sqlite3_interrupt stops the statement running now; one made between two statements of a job is lost, so it
    // is repeated until the job has returned.
    while (m_running) {
        m_connection->interrupt();
        m_changed.wait_for(lock, std::chrono::milliseconds(5));
    }
}

void BackgroundWriter::loop() {
    while (true) {
        std::pair<std::string, Job> next;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) return;  // stopping, and everything posted has run
            next = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = true;
            m_changed.notify_all();  // room in the queue
        }
        run(next.first, next.second, *m_connection);
        {
            std::lock_guard lock(m_mutex);
            m_running = false;
            m_done = m_abandoned ? m_posted : m_done + 1;  // jobs run in the order of their tickets
        }
        m_changed.notify_all();
    }
}

void BackgroundWriter::run(const std::string& failure, const Job& job, store::Library& library) {
    std::string error;
    try {
        if (auto r = job(library); !r) error = r.error();
    } catch (const std::exception& e) {
        error = std::string("internal error: ") + e.what();
    }
    if (error.empty()) return;
    std::lock_guard lock(m_mutex);
    if (!m_abandoned) m_notes.push_back(failure + ": " + error);
}

}  // namespace parallax::pipeline
