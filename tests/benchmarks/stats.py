"""Figures as a benchmark reports them: median, min, max, and ratios of one run."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    what: str
    how: str
    target: str
    samples: list[float] = field(default_factory=list)
    unit: str = "s"
    # (label, value) shown beside the figure: a reference measured in the same run, a ratio.
    beside: list[tuple[str, str]] = field(default_factory=list)
    passed: bool | None = None
    skipped: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    def text(self) -> str:
        if self.skipped:
            return f"skipped: {self.skipped}"
        if not self.samples:
            return "-"
        scale, unit = (1000.0, "ms") if self.unit == "s" else (1.0, self.unit)
        return (
            f"median {self.median * scale:.1f} {unit} "
            f"(min {min(self.samples) * scale:.1f}, max {max(self.samples) * scale:.1f}, "
            f"n={len(self.samples)})"
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "what": self.what,
            "how": self.how,
            "target": self.target,
            "unit": self.unit,
            "median": self.median if self.samples else None,
            "min": min(self.samples) if self.samples else None,
            "max": max(self.samples) if self.samples else None,
            "n": len(self.samples),
            "beside": dict(self.beside),
            "passed": self.passed,
            "skipped": self.skipped or None,
        }


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples
