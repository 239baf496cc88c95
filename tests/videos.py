"""Small real video files for the tests, encoded with PyAV (the library that decodes them)."""
from __future__ import annotations

import numpy as np


def colour_at(clip: int, t: float) -> tuple[int, int, int]:
    """The flat colour of clip ``clip`` at second ``t``: it changes every half second, so a
    frame read at the wrong time shows the wrong colour."""
    step = int(t * 2)
    return ((40 * clip + 25 * step) % 200 + 20, (90 + 31 * step) % 200 + 20, (170 + 13 * clip) % 200 + 20)


def make_video(path: str, clip: int = 0, seconds: float = 10.0, fps: int = 10, width: int = 48, height: int = 32,
               codec: str = "libx264") -> None:
    """A clip whose frames are flat colours (``colour_at``), with a white bar on the left
    third so that a centre crop is checkable."""
    import av

    with av.open(path, "w") as container:
        stream = container.add_stream(codec, rate=fps)
        stream.width, stream.height = width, height
        stream.pix_fmt = "yuv420p"
        if codec == "libx264":
            stream.options = {"qp": "0", "preset": "ultrafast"}  # lossless luma: colours checkable
        for i in range(int(round(seconds * fps))):
            img = np.empty((height, width, 3), np.uint8)
            img[:] = colour_at(clip, i / fps)
            img[:, : width // 3] = 255
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
