#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples, self and inclusive, as shares of all samples.
Usage: jfr print --stack-depth 200 --events jdk.ExecutionSample REC.jfr | bench/jfr-top.py [N] [THREAD-SUBSTRING]"""
import re
import sys
from collections import Counter

top = int(sys.argv[1]) if len(sys.argv) > 1 else 25
thread_filter = sys.argv[2] if len(sys.argv) > 2 else None
self_count, inclusive, samples = Counter(), Counter(), 0


def flush(frames, thread):
    global samples
    if not frames or (thread_filter and thread_filter not in (thread or "")):
        return
    samples += 1
    self_count[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1


frames, thread, in_stack = [], None, False
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush(frames, thread)
        frames, thread, in_stack = [], None, False
    elif "sampledThread" in line:
        thread = line.split("=", 1)[1].strip()
    elif "stackTrace = [" in line:
        in_stack = True
    elif in_stack:
        match = re.match(r"\s+([\w$.<>/]+)\(", line)
        if match:
            frames.append(match.group(1))
        elif line.strip().startswith("]"):
            in_stack = False
flush(frames, thread)
print(f"{samples} samples")
print("self:")
for frame, n in self_count.most_common(top):
    print(f"  {100 * n / samples:5.1f} %  {frame}")
print("inclusive:")
for frame, n in inclusive.most_common(top * 2):
    print(f"  {100 * n / samples:5.1f} %  {frame}")
