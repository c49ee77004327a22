"""Who may do what (no gradio here): the users file, password checks, roles, and the log of changes.

The users file (BQA_USERS, default <store>/users.json) maps a name to its role and a salted scrypt hash;
`python app.py user add NAME --role reader|editor` writes it. Readers ask; editors also upload bulletins
and start index runs. Every upload and index run is appended to <store>/activity.jsonl with user and time.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)
ROLES = ("reader", "editor")
LOCAL_USER = "本机"  # the user of an app without logins (loopback, or --no-auth)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # ~50 ms a check on one core: cheap for a login, slow for guessing


class AccessError(ValueError):
    """A user that cannot be added (bad name, role or password); the message says why."""


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(digest) // 2)
    except ValueError:
        return False
    return scheme == "scrypt" and hmac.compare_digest(got.hex(), digest)


class Users:
    """The users file; read again when it changes, so users added while the app runs can log in."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._loaded: tuple[float | None, dict] = (None, {})
        self._lock = threading.Lock()

    def _all(self) -> dict[str, dict]:
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            return {}
        with self._lock:
            if self._loaded[0] != mtime:
                self._loaded = (mtime, json.loads(self.path.read_text(encoding="utf-8")))
            return self._loaded[1]

    def __bool__(self) -> bool:
        return bool(self._all())

    def names(self) -> list[tuple[str, str]]:
        return sorted((name, entry["role"]) for name, entry in self._all().items())

    def add(self, name: str, role: str, password: str) -> None:
        """Add a user, or replace the role and password of one (the file is replaced atomically)."""
        if not name or not name.strip() or name != name.strip() or ":" in name:
            raise AccessError("用户名不能为空，不能以空格开头或结尾，也不能包含“:”")
        if role not in ROLES:
            raise AccessError(f"角色只能是 {' 或 '.join(ROLES)}")
        if len(password) < 8:
            raise AccessError("密码至少 8 个字符")
        users = dict(self._all())
        users[name] = {"role": role, "password": hash_password(password)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}")
        tmp.write_text(json.dumps(users, ensure_ascii=False, indent=1), encoding="utf-8")
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def check(self, name: str, password: str) -> bool:
        entry = self._all().get(name)
        ok = entry is not None and password_matches(password, entry["password"])
        if not ok:
            log.warning("refused login for %r", name)
        return ok

    def role(self, name: str | None) -> str | None:
        entry = self._all().get(name or "")
        return entry["role"] if entry else None


class ActivityLog:
    """Uploads and index runs, one JSON line each: {time, user, action, files, ...}."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, user: str, action: str, **details) -> None:
        entry = {"time": time.strftime("%Y-%m-%d %H:%M:%S"), "user": user, "action": action, **details}
        log.info("%s by %s: %s", action, user, details)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def uploaded_by(self) -> dict[str, str]:
        """File name -> the user who uploaded it last."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return {}
        added = {}
        for line in lines:
            entry = json.loads(line)
            if entry.get("action") == "upload":
                added.update({name: entry["user"] for name in entry.get("files", [])})
        return added
