"""A registration list that mixes encodings (most of it UTF-8, some names UTF-8
read as Windows-1252 on the way: "MÃ¼ller") is imported as written, with a warning
naming the words, so the rapporteur can fix the file."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.mis_encoding import is_mis_encoded, mis_encoded_words


def test_a_mixed_encoding_list_is_warned(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("meeting", "add", "--title", "M").code == 0
    mangled = "Müller".encode().decode("cp1252")  # "MÃ¼ller"
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Name,Organization\nAnna Schmidt,Austria\n"
        f"Hans {mangled},Germany\nИван Петров,Russian Federation\n",
        encoding="utf-8",
    )
    result = cli("participants", "import", "--meeting", "1", str(listing))
    assert result.code == 0, result.err
    warning = [line for line in result.err.splitlines() if "mis-encoded" in line]
    assert len(warning) == 1 and mangled in warning[0]

    # Lines saved by two programs: one in Windows-1252, one in UTF-8.
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(
        "Name,Organization\nFrançois Dupont,France\n".encode("cp1252")
        + "Jürgen Müller,Germany\n".encode()
    )
    result = cli("participants", "import", "--meeting", "1", str(mixed))
    assert result.code == 0, result.err
    assert "mis-encoded" in result.err and "JÃ¼rgen" in result.err

    clean = tmp_path / "clean.csv"
    clean.write_text("Name,Organization\nJosé Müller,Austria\nŁucja Łódź,Poland\n", "utf-8")
    result = cli("participants", "import", "--meeting", "1", str(clean))
    assert result.code == 0 and "mis-encoded" not in result.err


def test_real_words_are_not_called_mis_encoded() -> None:
    words = ["Müller", "Weiß", "José", "Łódź", "İlker", "Yıldız", "Иванова", "Ελένη", "Çağrı"]
    assert mis_encoded_words(words) == ()


@given(st.text(min_size=1, max_size=20).filter(lambda t: not t.isascii() and " " not in t))
def test_any_word_read_the_wrong_way_is_caught(word: str) -> None:
    try:
        mangled = word.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return  # a byte cp1252 has no letter for: not a mangling a file can hold
    assert is_mis_encoded(mangled)
