#include "delivery/file_channel.h"

#include "base/file_io.h"
#include "delivery/email_message.h"

namespace sc::delivery {

Status FileChannel::Send(const OutgoingMessage& message) {
  if (message.recipients.size() != 1) {
    return Status::InvalidArgument("a file message goes to exactly one path");
  }
  return WriteFile(message.recipients.front(), WithDate(message.payload, message.at));
}

}  // namespace sc::delivery
