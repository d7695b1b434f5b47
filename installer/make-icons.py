#!/usr/bin/env python3
# Writes installer/pgjsonload.ico (NSIS, Windows) and installer/pgjsonload.icns (macOS bundle) from
# resources/icons/*.png. Both formats can hold PNGs as they are, so no image library is needed and
# the packaged icons stay the very pixels the window uses. Run again after changing those PNGs.
import pathlib
import struct

root = pathlib.Path(__file__).resolve().parent.parent
icons = root / "resources" / "icons"
png = {size: (icons / f"pgjsonload-{size}.png").read_bytes() for size in (16, 32, 48, 64, 128)}
png[256] = (icons / "pgjsonload.png").read_bytes()

# ICO: a directory of entries, then the images; 0 stands for 256 in the one-byte sizes.
sizes = sorted(png)
offset = 6 + 16 * len(sizes)
directory, images = b"", b""
for size in sizes:
    data = png[size]
    directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(images))
    images += data
(root / "installer" / "pgjsonload.ico").write_bytes(struct.pack("<HHH", 0, 1, len(sizes)) + directory + images)

# ICNS: big-endian (type, length) chunks; these types take PNG data (48 px has none, it is left out).
chunks = b"".join(t + struct.pack(">I", 8 + len(png[s])) + png[s]
                  for t, s in ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)))
(root / "installer" / "pgjsonload.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
