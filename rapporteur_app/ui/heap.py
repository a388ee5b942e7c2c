"""What the window holds for long kept out of Python's full garbage collections.

A full (generation 2) collection walks every object the program holds: with the
program's modules, the directory of names and a session's log in memory, one
came in the middle of a key about once in a few hundred keys and made it cost
some 50–100 ms of CPU instead of 2. Once a session is shown, what is alive then
is set aside (``gc.freeze``, which costs nothing: it moves lists, it walks none):
later collections walk only what came after it. When another session is shown,
what was set aside is given back and collected at once, so that what the
previous session left behind goes then, on a step the user waits on anyway, and
nothing set aside stays for good; the window's first session has nothing to give
back, so its start pays nothing.
"""

import gc


def set_aside() -> None:
    """Keep every object alive now out of later full collections (instant)."""
    gc.freeze()


def give_back() -> None:
    """Before another session is shown: collect what was set aside, now (a full
    collection: tens of milliseconds), rather than inside a later key."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
