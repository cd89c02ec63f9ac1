// A fixed-size pool of worker threads for data-parallel work (call analysis, team reports).
//
//   ThreadPool pool(ThreadPool::DefaultThreads());
//   pool.ParallelFor(calls.size(), [&](std::size_t index) { results[index] = Analyze(calls[index]); });
//
// Thread-safe: Submit and ParallelFor may be called from any thread. The destructor waits
// for queued work to finish.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sc {

class ThreadPool {
 public:
  // REQUIRES: threads >= 1.
  explicit ThreadPool(std::size_t threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // The number of hardware threads, at least 1.
  static std::size_t DefaultThreads();

  std::size_t size() const { return workers_.size(); }

  // Queues `task`; it runs on some worker thread.
  void Submit(std::function<void()> task);
  // Blocks until every task submitted so far has finished.
  void Wait();
  // Runs body(0) .. body(count - 1) across the workers and returns when all are done. Each
  // index runs exactly once; the order is unspecified.
  void ParallelFor(std::size_t count, const std::function<void(std::size_t)>& body);

 private:
  void WorkerLoop();

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable work_done_;
  std::deque<std::function<void()>> queue_;  // guarded by mutex_
  std::size_t running_ = 0;                  // guarded by mutex_
  bool stopping_ = false;                    // guarded by mutex_
  std::vector<std::thread> workers_;
};

}  // namespace sc
