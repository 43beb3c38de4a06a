"""The operating system's errors in the reader's language, by errno.

``OSError.strerror`` is the C library's English ("No such file or directory"): Python
never switches LC_MESSAGES, so a Russian consultant would read it in English. The errors
a user can cause or meet (a missing file, a read-only stick, a full disk, a folder where a
file should be) have their own codes; any other keeps the system's text inside a
translated frame, with the errno name so it can still be looked up.
"""

from __future__ import annotations

import errno

from . import Message

# errno -> code, the same whether the program was reading or writing.
_ANY = {
    errno.EACCES: "io.reason.permission",
    errno.EPERM: "io.reason.not-permitted",
    errno.ENOTDIR: "io.reason.not-a-folder",
    errno.ENOSPC: "io.reason.disk-full",
    errno.EROFS: "io.reason.read-only",
    errno.EBUSY: "io.reason.in-use",
    errno.ETXTBSY: "io.reason.in-use",
    errno.EEXIST: "os.exists",
    errno.ENAMETOOLONG: "os.name-too-long",
    errno.ELOOP: "os.link-loop",
    errno.EMFILE: "os.too-many-open",
    errno.ENFILE: "os.too-many-open",
    errno.EIO: "os.io",
    errno.EFBIG: "os.too-big",
    errno.EAGAIN: "os.locked",
    errno.EXDEV: "os.other-disk",
    errno.ENOTEMPTY: "os.not-empty",
    errno.EADDRINUSE: "os.address-in-use",
    errno.EADDRNOTAVAIL: "os.address-not-here",
    errno.ECONNREFUSED: "os.refused",
    errno.ENETUNREACH: "os.no-network",
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _ANY[errno.EDQUOT] = "io.reason.quota"

# Where reading and writing mean different things: a missing file is "no such file" to a
# reader and "the folder does not exist" to a writer (the file itself is being made).
_READING = {errno.ENOENT: "os.no-such-file", errno.EISDIR: "os.is-folder"}
_WRITING = {errno.ENOENT: "io.reason.no-folder", errno.EISDIR: "io.reason.folder-named"}

# Windows' own error numbers for "another program has the file" (sharing and lock
# violations); os.replace and open raise them as PermissionError.
_WINDOWS_IN_USE = {32, 33}


def os_reason(error: OSError, *, writing: bool = False) -> Message:
    """Why ``error`` happened, in plain words: a Message for every errno we know, else
    the system's own text framed as "system error NAME: text"."""
    if isinstance(error.strerror, Message):  # ours already (a file held by another program)
        return error.strerror
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return Message("io.reason.in-use")
    number = error.errno or 0
    code = (_WRITING if writing else _READING).get(number) or _ANY.get(number)
    if code is not None:
        return Message(code)
    reason = error.strerror or str(error) or type(error).__name__
    name = errno.errorcode.get(number)
    if name:
        return Message("os.other", name=name, reason=reason)
    return Message("os.other-plain", reason=reason)
