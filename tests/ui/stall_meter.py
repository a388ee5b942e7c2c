"""How long the GUI thread's event loop went without turning, measured by a timer's lateness."""

import threading
import time

from PySide6.QtCore import QTimer


class StallMeter:
    """The longest time the GUI thread's event loop went without turning."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.turns = 0
        self._last = self._start = time.perf_counter()
        self.at = 0.0
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self._last > self.longest:
            self.at = now - self._start
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.turns += 1

    def turned(self, times: int, timeout_s: float = 30.0) -> bool:
        """From a worker: wait until the event loop has turned ``times`` more times
        (False if it did not within ``timeout_s``: the GUI thread was held)."""
        assert threading.current_thread() is not threading.main_thread()
        wanted = self.turns + times
        deadline = time.monotonic() + timeout_s
        while self.turns < wanted:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True

    def stop(self) -> None:
        self._timer.stop()
