"""What the window holds for long kept out of Python's full garbage collections.

A full (generation 2) collection walks every object the program holds: with the
program's modules, the directory of names and a session's log in memory, one
came in the middle of a key about once in a few hundred keys and made it cost
some 50 ms of CPU instead of 2. Once a session is shown, what is alive then is
collected once and set aside (``gc.freeze``): later collections walk only what
came after it. Setting aside is undone before the next session is shown, so
that what the previous session left behind is collected then (nothing set aside
stays for good).
"""

import gc


def settle() -> None:
    """Collect what is garbage now, and keep every object alive out of later full
    collections (called when a session is shown, not on a key)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
