"""The real program in a real X window, driven by real key events.

A test starts its own X server (Xvfb, on a display nobody else uses), starts
``python -m rapporteur_app`` on it and types with ``xdotool``: the keys go
through X, Qt's xcb platform, the window's shortcut map and the focused widget,
as they do for a person at the keyboard. ``shot()`` saves the screen as a PNG.

Needs Xvfb, xdotool and ImageMagick's ``import`` (``./dev.sh`` installs them
when run as root); :func:`missing_tools` says which are missing, so that a test
can skip with that reason.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOOLS = ("Xvfb", "xdotool", "import")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _start_x_server(screen: str) -> "tuple[subprocess.Popen[bytes], str]":
    """Xvfb on a display it chooses itself (-displayfd: it writes the number once it
    accepts connections), so tests and engineers running at once never collide."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,),
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end, "rb") as announced:
        number = announced.readline().strip()
    if not number:
        server.kill()
        server.wait()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number.decode()}"


@dataclass
class RealWindow:
    display: str
    process: "subprocess.Popen[str]"
    window_id: str = ""
    log: list[str] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        return dict(os.environ, DISPLAY=self.display)

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60,
            check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout.strip()

    def wait_for_window(
        self, name: str, timeout_s: float = 30.0, process: "subprocess.Popen[str] | None" = None
    ) -> str:
        """The X window named ``name`` (of ``process`` when given: two programs may show
        windows of the same name)."""
        process = process or self.process
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"the program stopped: {process.communicate()}")
            done = subprocess.run(
                ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(process.pid),
                 "--name", name],
                env=self.env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            found = done.stdout.split()
            if found:
                return found[0]
            time.sleep(0.2)
        raise TimeoutError(f"no window named {name!r} appeared")

    def focus(self, window_id: str | None = None) -> None:
        # Xvfb has no window manager to "activate" a window: give it the X input focus.
        self.xdotool("windowfocus", "--sync", window_id or self.window_id)

    def key(self, *keys: str, delay_ms: int = 40) -> None:
        """Key chords as xdotool names them ("ctrl+l", "F5", "Escape", "Return"), one
        after the other (X keeps them in order; Qt handles each before the next)."""
        self.xdotool("key", "--clearmodifiers", "--delay", str(delay_ms), *keys)
        time.sleep(0.05)

    def type(self, text: str, delay_ms: int = 12) -> None:
        """Type text key by key (any script: xdotool maps what the keymap lacks)."""
        self.xdotool("type", "--delay", str(delay_ms), text)
        time.sleep(0.05)

    def click(self, x: int, y: int) -> None:
        """A left click at that place of the screen, as a person's mouse makes it."""
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.xdotool("click", "1")
        time.sleep(0.2)

    def views(self, report: Path, timeout_s: float = 10.0) -> dict[str, Any]:
        """What the program's views show now (``RAPPORTEUR_VIEW_REPORT=report``: it writes
        them on SIGUSR1, from its event loop, so every key sent before is handled)."""
        report.unlink(missing_ok=True)
        os.kill(self.process.pid, signal.SIGUSR1)
        self.wait_until(report.exists, timeout_s, "the view report")
        return json.loads(report.read_text(encoding="utf-8"))  # type: ignore[no-any-return]

    def another(self, args: Sequence[str], window_name: str) -> "tuple[subprocess.Popen[str], str]":
        """A second program on the same display (stopped by the caller): its process and
        its window."""
        program = subprocess.Popen(
            [sys.executable, "-m", "rapporteur_app", *args], env=_program_env(self.display),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        return program, self.wait_for_window(window_name, process=program)

    def shot(self, path: Path) -> Path:
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env, check=True, timeout=60
        )
        return path

    def wait_until(
        self, condition: Callable[[], bool], timeout_s: float = 5.0, what: str = ""
    ) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.1)
        raise AssertionError(f"not seen within {timeout_s} s: {what}")


def _program_env(display: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    environment = dict(os.environ, DISPLAY=display, **(extra or {}))
    environment.pop("QT_QPA_PLATFORM", None)  # a real xcb window, not offscreen
    environment.pop("WAYLAND_DISPLAY", None)
    return environment


@contextmanager
def real_window(
    args: Sequence[str], window_name: str = "Rapporteur", screen: str = "1600x1000x24",
    extra_env: dict[str, str] | None = None,
) -> Iterator[RealWindow]:  # fmt: skip
    """Xvfb on a display of its own, then ``python -m rapporteur_app ARGS`` on it; both are
    stopped (the program first, by its id) when the block ends."""
    server, display = _start_x_server(screen)
    try:
        environment = _program_env(display, extra_env)
        program = subprocess.Popen(
            [sys.executable, "-m", "rapporteur_app", *args],
            env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        window = RealWindow(display, program)
        try:
            window.window_id = window.wait_for_window(window_name)
            window.focus()
            yield window
        finally:
            if program.poll() is None:
                program.terminate()
            try:
                out, err = program.communicate(timeout=15)  # and its pipes closed
            except subprocess.TimeoutExpired:
                program.kill()
                out, err = program.communicate()
            window.log = [out, err]
    finally:
        server.terminate()
        server.wait(timeout=15)
