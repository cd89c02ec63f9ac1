// FileChannel: writes each message as an .eml file (RFC 5322, with its Date), for a mail
// system that picks files up from a folder, for archiving, or to read before sending for
// real. The record's one recipient is the file's path, chosen when it is queued.
#pragma once

#include "delivery/channel.h"

namespace sc::delivery {

class FileChannel final : public Channel {
 public:
  std::string_view name() const override { return "file"; }
  // Writes the file whole or not at all (a temporary file renamed into place), creating its
  // folder. kIoError when the folder or file cannot be written.
  Status Send(const OutgoingMessage& message) override;
};

}  // namespace sc::delivery
