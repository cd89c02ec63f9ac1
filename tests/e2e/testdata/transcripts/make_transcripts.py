#!/usr/bin/env python3
"""Writes one short discovery call in every transcript format salescoach reads.

The same conversation, exported the way each tool exports it, so the end-to-end test can check
that every format analyzes to the same measures. Run it from this folder after changing the
conversation; the files it writes are checked in.
"""
import json

REP, CUSTOMER = "Dana Reyes", "Sam Patel"
# (speaker, start s, end s, text)
CALL = [
    (REP, 0.0, 6.0, "Hi Sam, thanks for taking the time today. How is the quarter going so far?"),
    (CUSTOMER, 6.8, 14.0, "Busy, honestly. We are trying to hit a bigger number with the same team."),
    (REP, 15.2, 21.0, "Tell me about how your reps prepare for calls right now."),
    (CUSTOMER, 22.5, 41.0, "Mostly they review notes in the CRM by hand. It takes forever and the "
                          "new reps struggle to ramp. Coaching is whatever the manager has time for."),
    (REP, 41.4, 42.0, "Mm-hm."),
    (CUSTOMER, 42.2, 50.0, "So we lose deals we should have won, and nobody really knows why."),
    (REP, 51.5, 58.0, "Um, why do you think the new reps struggle to ramp? What have you tried so far?"),
    (CUSTOMER, 59.0, 72.0, "We tried shadowing, but managers are stretched. Honestly it is too "
                          "expensive to add another enablement person this year."),
    (REP, 73.6, 92.0, "I understand, budget is tight for everyone this year. What would it be worth "
                     "if new reps ramped a month faster? Teams like yours cut ramp time by 30% so "
                     "that reps close their first deal sooner."),
    (CUSTOMER, 93.0, 99.0, "That would be a big deal for us, to be fair."),
    (REP, 100.0, 108.0, "Does that make sense so far? Our platform has a dashboard for managers too."),
    (CUSTOMER, 108.5, 111.0, "Yes, it does."),
    (REP, 112.0, 121.0, "Great. I'll send you the proposal by Friday at 2pm, and let's meet next "
                       "Tuesday with your VP of sales. Does that work for you?"),
    (CUSTOMER, 121.6, 126.0, "Tuesday works. I will bring our VP, Maria."),
]
ROLE = {REP: "rep", CUSTOMER: "customer"}


def hms(seconds, sep="."):
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02}:{m:02}:{s:02}{sep}{ms:03}"


def write(name, text):
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def zoom_vtt():  # "Name: " prefixes, numbered cues
    out = ["WEBVTT", ""]
    for n, (who, start, end, text) in enumerate(CALL, 1):
        out += [str(n), f"{hms(start)} --> {hms(end)}", f"{who}: {text}", ""]
    return "\n".join(out)


def teams_vtt():  # voice spans, cue ids, a NOTE block, CRLF
    out = ["WEBVTT", "", "NOTE", "Exported by Microsoft Teams", ""]
    for n, (who, start, end, text) in enumerate(CALL, 1):
        out += [f"a1b2c3d4-{n}", f"{hms(start)} --> {hms(end)}", f"<v {who}>{text}</v>", ""]
    return "\r\n".join(out)


def srt():
    out = []
    for n, (who, start, end, text) in enumerate(CALL, 1):
        out += [str(n), f"{hms(start, ',')} --> {hms(end, ',')}", f"{who}: {text}", ""]
    return "\n".join(out)


def gong():
    ids = {REP: "5550001", CUSTOMER: "5550002"}
    transcript = [{"speakerId": ids[who], "topic": None,
                   "sentences": [{"start": round(start * 1000), "end": round(end * 1000),
                                  "text": text}]}
                  for who, start, end, text in CALL]
    parties = [
        {"id": "1", "speakerId": ids[REP], "name": REP, "emailAddress": "dana.reyes@northwind.io",
         "title": "Account Executive", "affiliation": "Internal"},
        {"id": "2", "speakerId": ids[CUSTOMER], "name": CUSTOMER, "emailAddress": "sam@acme.com",
         "title": "VP Sales", "affiliation": "External"},
    ]
    return json.dumps({"requestId": "4al018gzaztcr8nbukw", "records": {"totalRecords": 1},
                       "callTranscripts": [{"callId": "7782342274025937895",
                                            "transcript": transcript}],
                       "parties": parties}, indent=2)


def words_of(text):
    return text.split(" ")


def aws():
    labels = {REP: "spk_0", CUSTOMER: "spk_1"}
    items, segments = [], []
    for who, start, end, text in CALL:
        words = words_of(text)
        step = (end - start) / len(words)
        seg_items = []
        for k, word in enumerate(words):
            core = word.rstrip(".,?!")
            punct = word[len(core):]
            t0, t1 = start + k * step, start + (k + 1) * step
            item = {"start_time": f"{t0:.2f}", "end_time": f"{t1:.2f}",
                    "alternatives": [{"confidence": "0.99", "content": core}],
                    "type": "pronunciation"}
            items.append(item)
            seg_items.append({"start_time": item["start_time"], "end_time": item["end_time"],
                              "speaker_label": labels[who]})
            for p in punct:
                items.append({"alternatives": [{"confidence": "0.0", "content": p}],
                              "type": "punctuation"})
        segments.append({"start_time": f"{start:.2f}", "end_time": f"{end:.2f}",
                         "speaker_label": labels[who], "items": seg_items})
    full = " ".join(text for _, _, _, text in CALL)
    return json.dumps({"jobName": "acme-discovery", "accountId": "123456789012",
                       "results": {"transcripts": [{"transcript": full}],
                                   "speaker_labels": {"speakers": 2, "segments": segments},
                                   "items": items},
                       "status": "COMPLETED"}, separators=(",", ":"))  # AWS writes it compact


def deepgram():
    speaker = {REP: 0, CUSTOMER: 1}
    utterances = [{"start": start, "end": end, "confidence": 0.98, "channel": 0,
                   "transcript": text, "speaker": speaker[who], "id": f"u{n}"}
                  for n, (who, start, end, text) in enumerate(CALL)]
    return json.dumps({"metadata": {"request_id": "c1d2e3", "duration": CALL[-1][2],
                                    "channels": 1},
                       "results": {"channels": [{"alternatives": [{"transcript": "..."}]}],
                                   "utterances": utterances}}, indent=2)


def assemblyai():
    speaker = {REP: "A", CUSTOMER: "B"}
    utterances = [{"speaker": speaker[who], "start": round(start * 1000),
                   "end": round(end * 1000), "text": text, "confidence": 0.97, "words": []}
                  for who, start, end, text in CALL]
    return json.dumps({"id": "6rlr37h5bg-8e1b", "status": "completed",
                       "audio_duration": round(CALL[-1][2]),
                       "text": " ".join(text for _, _, _, text in CALL),
                       "utterances": utterances}, indent=2)


def text():
    return "\n".join(f"[{hms(start)[:8]}] {who}: {line}" for who, start, _, line in CALL) + "\n"


def native():
    return json.dumps({"call_id": "acme-discovery", "title": "Acme discovery call",
                       "started_at": "2026-11-02T15:00:00Z", "rep_id": "R-1",
                       "call_type": "discovery", "rep_speakers": [REP],
                       "utterances": [{"speaker": who, "role": ROLE[who], "start": start,
                                       "end": end, "text": line}
                                      for who, start, end, line in CALL]}, indent=2)


write("zoom.vtt", zoom_vtt())
write("teams.vtt", teams_vtt())
write("meet.srt", srt())
write("gong.json", gong())
write("aws.json", aws())
write("deepgram.json", deepgram())
write("assemblyai.json", assemblyai())
write("notes.txt", text())
write("native.json", native())
