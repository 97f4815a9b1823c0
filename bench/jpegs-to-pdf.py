#!/usr/bin/env python3
"""Wraps JPEG files into a PDF, one page each, the image drawn at the page's full size (no re-encoding).

    bench/jpegs-to-pdf.py OUT.pdf DPI PAGE1.jpg [PAGE2.jpg ...]

Standard library only, so the benchmark corpus needs nothing beyond libvips' own tools."""
import struct
import sys


def jpeg_size(data):
    """Width, height and component count from the first start-of-frame marker."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height, data[i + 9]
        i += 2 + length
    raise ValueError("no JPEG frame header")


def main(out, dpi, pages):
    objects = []  # bodies of objects 1..n; 1 is the catalog, 2 the page tree
    kids = []
    for path in pages:
        data = open(path, "rb").read()
        width, height, components = jpeg_size(data)
        w, h = width * 72 / dpi, height * 72 / dpi
        image = len(objects) + 3
        content = f"q {w:.2f} 0 0 {h:.2f} 0 0 cm /Im Do Q".encode()
        colour = "/DeviceRGB" if components == 3 else "/DeviceGray"
        objects.append(f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {colour} "
                       f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode()
                       + data + b"\nendstream")
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:.2f} {h:.2f}] /Contents {image + 1} 0 R "
                       f"/Resources << /XObject << /Im {image} 0 R >> >> >>".encode())
        kids.append(f"{image + 2} 0 R")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()] + objects
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(out, "wb").write(pdf)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3:])
