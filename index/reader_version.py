"""The version of the code that reads bulletins into chunks and facts: a digest of `index/`'s sources.

The incremental index keeps a file whose bytes did not change; a file indexed by another version of this code is
read again, so that an upgrade's reader fixes reach the documents indexed before it. Its vectors come from the
embedding cache when its chunks' texts did not change, so reading again costs reading, not embedding."""
from __future__ import annotations

import hashlib
from pathlib import Path


def reader_version(package: Path = Path(__file__).parent) -> str:
    """A digest of every Python source of the package, in name order."""
    digest = hashlib.sha256()
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()[:16]


READER_VERSION = reader_version()
