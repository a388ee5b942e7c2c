"""Speaking time: elapsed and remaining against the limit, and how it should look."""

from datetime import date, datetime, time
from enum import Enum
from typing import NamedTuple

# The timer warns when this share of the limit is used.
WARNING_SHARE = 0.8


class TimerState(Enum):
    IDLE = "idle"
    RUNNING = "running"
    WARNING = "warning"
    OVER = "over"


class Timing(NamedTuple):
    # A NamedTuple: made at import, on the first paint's path, at a seventh of a frozen
    # dataclass's cost (docs/performance.md, round 10).
    elapsed_s: int
    limit_s: int

    @property
    def remaining_s(self) -> int:
        return self.limit_s - self.elapsed_s

    @property
    def state(self) -> TimerState:
        if self.elapsed_s > self.limit_s:
            return TimerState.OVER
        if self.elapsed_s >= self.limit_s * WARNING_SHARE:
            return TimerState.WARNING
        return TimerState.RUNNING

    @property
    def elapsed_text(self) -> str:
        return clock(self.elapsed_s)

    @property
    def remaining_text(self) -> str:
        """'1:20' left, or '+0:15' over: the overrun is shown, not hidden."""
        if self.remaining_s < 0:
            return "+" + clock(-self.remaining_s)
        return clock(self.remaining_s)


def clock(seconds: int) -> str:
    seconds = max(0, seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def timing_since(start: time, limit_s: int, now: datetime | None = None) -> Timing:
    current = now or datetime.now()
    began = datetime.combine(current.date() if now else date.today(), start)
    elapsed = int((current - began).total_seconds())
    if elapsed < 0:  # started before midnight
        elapsed += 24 * 3600
    return Timing(elapsed, limit_s)


COLOURS = {
    TimerState.IDLE: "#5f6b7a",
    TimerState.RUNNING: "#1b7f3b",
    TimerState.WARNING: "#c77800",
    TimerState.OVER: "#c0162c",
}
