"""Where a row's pictures are: the video a clip id names, and the frame files of a row.

VidSitu clip ids carry their source: ``v_{youtube_id}_seg_{start}_{end}``, the clip
being seconds start..end of that YouTube video. Other ids are taken as a video of their
own starting at 0. A frames template maps a clip and a time to an image path; the
export and the gallery use the same one.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass

from srlcap.errors import SrlcapError

_VIDSITU = re.compile(r"^v_(?P<video>[A-Za-z0-9_\-]+)_seg_(?P<start>\d+)_(?P<end>\d+)$")

#: The frames template used when none is given: a folder per clip, a file per
#: millisecond of the clip ("v_abc_seg_0_10/001000.jpg" is 1 s into the clip).
DEFAULT_FRAMES_TEMPLATE = "{clip_id}/{ms:06d}.jpg"
#: The fields a frames template may use.
TEMPLATE_FIELDS = {
    "clip_id": "the row's clip id",
    "video_id": "the YouTube id of a VidSitu clip id (else the clip id)",
    "ann_idx": "the annotation index",
    "event": "Ev1..Ev5 or clip",
    "time": "seconds into the clip (float)",
    "ms": "milliseconds into the clip (int)",
    "video_time": "seconds into the video (float): the clip's start plus time",
    "video_ms": "milliseconds into the video (int)",
}


@dataclass(frozen=True)
class Segment:
    video_id: str
    start: int  # seconds into the video
    end: int | None  # None: not known

    @property
    def youtube(self) -> str | None:
        """The segment on YouTube (embed URLs honour both start and end), for VidSitu ids."""
        if self.end is None:
            return None
        return f"https://www.youtube.com/embed/{self.video_id}?start={self.start}&end={self.end}"


def segment(clip_id: str) -> Segment:
    m = _VIDSITU.match(clip_id)
    if m is None:
        return Segment(clip_id, 0, None)
    return Segment(m["video"], int(m["start"]), int(m["end"]))


class FramesTemplate:
    """A checked ``str.format`` template of the fields in :data:`TEMPLATE_FIELDS`."""

    def __init__(self, template: str | None):
        self.text = template or DEFAULT_FRAMES_TEMPLATE
        try:
            names = {f for _, f, _, _ in string.Formatter().parse(self.text) if f is not None}
        except ValueError as exc:
            raise SrlcapError(f"--frames-template {self.text!r}: {exc}") from None
        unknown = sorted(n for n in names if n.split(".")[0].split("[")[0] not in TEMPLATE_FIELDS)
        if "" in names or unknown:
            raise SrlcapError(f"--frames-template {self.text!r}: unknown field "
                              f"{{{(unknown or [''])[0]}}} (known: {', '.join(TEMPLATE_FIELDS)})")
        try:
            self.path("v_x_seg_0_10", 0, "Ev1", 1.0)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
            raise SrlcapError(f"--frames-template {self.text!r}: {exc}") from None

    def path(self, clip_id: str, ann_idx: int, event: str, time: float) -> str:
        seg = segment(clip_id)
        video_time = seg.start + time
        return self.text.format(
            clip_id=clip_id, video_id=seg.video_id, ann_idx=ann_idx, event=event, time=time,
            ms=int(round(time * 1000)), video_time=video_time, video_ms=int(round(video_time * 1000)))


def frame_times(start: float, end: float, step: float | None) -> list[float]:
    """Times of a row's frames: its middle (``step`` None), or every ``step`` seconds,
    each in the middle of its step (a 2 s event at 1 s steps: 0.5 and 1.5)."""
    if step is None:
        return [round((start + end) / 2, 3)]
    n = max(1, int(round((end - start) / step)))
    return [round(start + step * (k + 0.5), 3) for k in range(n)]
