// The payload a webhook channel posts: a Slack-compatible incoming-webhook message (JSON) made
// from a Markdown document such as the quick coaching card (report/card.h). Mattermost and
// other chat tools that accept Slack's format read it too.
//
// Slack does not read Markdown but its own "mrkdwn", and treats "<...>" as links and mentions
// ("<!channel>" notifies everyone), so the conversion also decides what the text may do: every
// &, < and > that came from the document is escaped, and the only links are the ones made from
// Markdown links. Pure and thread-safe.
//
//   std::string payload = SlackMessage("Weekly coaching", report::RenderCard(report));
#pragma once

#include <string>
#include <string_view>

namespace sc::delivery {

// {"text": <fallback>, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": ...}},
// ...]} as compact JSON. The fallback (shown in notifications) is the text of the first heading
// of `markdown`, or `title` when there is none, without markup.
//
// The Markdown becomes mrkdwn line by line: "# ".."###### Title" -> "*Title*", "**x**" -> "*x*",
// "[t](u)" -> "<u|t>" (a "|" in u becomes %7C), a "> " quote stays a quote, a "- ", "* " or
// "+ " bullet becomes "• ". Backslash escapes (a backslash before ASCII punctuation, as
// report::MarkdownEscape writes them) are removed and the character kept as written; &, < and >
// are then written as &amp;, &lt; and &gt; everywhere, the text and URL of a link included,
// except for the "<", "|" and ">" of the links made here. Slack has no escape for *, _, ~ and
// `, so an escaped one stays a plain character that Slack may still read as formatting: that
// can change how text looks, never what it links to or who it notifies.
//
// One section block per paragraph (paragraphs are separated by blank lines); a paragraph longer
// than 3000 bytes (Slack's limit, counted in bytes so it holds in characters too) is split at
// a line break, or, for a single longer line, at a space or between characters, never inside
// a link or an entity. When that gives more than 50 blocks (Slack's limit per message),
// consecutive paragraphs share blocks up to 3000 bytes each. Bytes that are not valid UTF-8
// become U+FFFD.
std::string SlackMessage(std::string_view title, std::string_view markdown);

}  // namespace sc::delivery
