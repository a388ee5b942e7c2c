"""What is asked of the console before its services are there (the database still
opening): kept, in order, shown above the console, and done once they are.

Text typed meanwhile needs nothing of this: it goes into the quick entry and the
notes as always. An action (Enter in the quick entry, F5, a one-key count …) is kept
here with the words that name it, so that what could not be done can be said.
"""

from __future__ import annotations

from collections.abc import Callable


class BeforeOpen:
    """The actions kept until the services are there (``is_open``), in order; ``show``
    puts the words naming them above the console."""

    def __init__(self, is_open: Callable[[], bool], show: Callable[[list[str]], None]) -> None:
        self._is_open = is_open
        self._show = show
        self._waiting: list[tuple[str, Callable[[], object]]] = []

    def keep(self, what: str, action: Callable[[], object]) -> None:
        self._waiting.append((what, action))
        self._show(self.what())

    def once_open(self, what: str, action: Callable[[], None]) -> Callable[[], None]:
        """``action`` now, or kept until the services are there (in order)."""

        def run() -> None:
            if self._is_open():
                action()
            else:
                self.keep(what, action)

        return run

    def what(self) -> list[str]:
        """The words naming each action that waits."""
        return [what for what, _ in self._waiting]

    def take(self) -> list[Callable[[], object]]:
        """The services are there: the actions kept, in order, for the caller to do."""
        waiting, self._waiting = self._waiting, []
        return [action for _what, action in waiting]
