#include "base/thread_pool.h"

#include <algorithm>
#include <atomic>

#include "base/check.h"

namespace sc {

ThreadPool::ThreadPool(std::size_t threads) {
  SC_CHECK(threads >= 1);
  workers_.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { WorkerLoop(); });
}

ThreadPool::~ThreadPool() {
  Wait();
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

std::size_t ThreadPool::DefaultThreads() {
  return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

void ThreadPool::Submit(std::function<void()> task) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(task));
  }
  work_ready_.notify_one();
}

void ThreadPool::Wait() {
  std::unique_lock lock(mutex_);
  work_done_.wait(lock, [this] { return queue_.empty() && running_ == 0; });
}

void ThreadPool::ParallelFor(std::size_t count, const std::function<void(std::size_t)>& body) {
  // Workers pull indices from a shared counter, so uneven items (long calls next to short
  // ones) still balance across threads.
  std::atomic<std::size_t> next{0};
  std::size_t tasks = std::min(count, workers_.size());
  std::mutex done_mutex;
  std::condition_variable done;
  std::size_t finished = 0;
  for (std::size_t t = 0; t < tasks; ++t) {
    Submit([&] {
      for (std::size_t index = next++; index < count; index = next++) body(index);
      std::lock_guard lock(done_mutex);
      ++finished;
      done.notify_one();
    });
  }
  std::unique_lock lock(done_mutex);
  done.wait(lock, [&] { return finished == tasks; });
}

void ThreadPool::WorkerLoop() {
  while (true) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping_ and nothing left to do
      task = std::move(queue_.front());
      queue_.pop_front();
      ++running_;
    }
    task();
    {
      std::lock_guard lock(mutex_);
      --running_;
    }
    work_done_.notify_all();
  }
}

}  // namespace sc
