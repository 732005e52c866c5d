"""A stand-in PostgreSQL server that asks for a password and refuses it (SQLSTATE 28P01), as a
real server does for a wrong password; the test server itself trusts every local login."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SSL_REQUEST = 80877103
GSS_REQUEST = 80877104


def _read(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise ConnectionError
        data += chunk
    return data


def _serve_one(conn: socket.socket, received: list[str]) -> None:
    with conn:
        while True:  # SSLRequest / GSSENCRequest first: answer "not here"
            length = struct.unpack("!I", _read(conn, 4))[0]
            body = _read(conn, length - 4)
            if struct.unpack("!I", body[:4])[0] in (SSL_REQUEST, GSS_REQUEST):
                conn.sendall(b"N")
                continue
            break
        conn.sendall(b"R" + struct.pack("!II", 8, 3))  # AuthenticationCleartextPassword
        kind = _read(conn, 1)
        length = struct.unpack("!I", _read(conn, 4))[0]
        password = _read(conn, length - 4).rstrip(b"\0").decode("utf-8")
        if kind == b"p":
            received.append(password)
        fields = b"SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user\0\0"
        conn.sendall(b"E" + struct.pack("!I", len(fields) + 4) + fields)


@contextmanager
def refusing_server() -> Iterator[tuple[int, list[str]]]:
    """(port, the passwords it was sent) while it listens on 127.0.0.1."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    received: list[str] = []
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            conn.settimeout(10)
            with contextlib.suppress(ConnectionError, OSError):
                _serve_one(conn, received)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], received
    finally:
        stop.set()
        thread.join(5)
        listener.close()
