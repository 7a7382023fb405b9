"""The lexicon gates a long text paragraph by paragraph (chunks); these check
the shortcuts it takes against the plain definitions."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checkers.engine.post import Post
from checkers.rules import lexicon

# Paragraphs long enough that texts pass LONG_TEXT and long paragraphs are cut
# into overlapping pieces, with few occurrences of the looked-for strings, so
# that one often lies only in the overlap of two pieces or across a cut.
_paragraph = st.lists(st.sampled_from(["x" * 197, "x" * 13, " ", "ab", "a", "b"]), max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_paragraph, min_size=1, max_size=6), st.sampled_from(["ab", "a", "b ab", "x"]))
@example(["x" * 1400 + " ab " + "x" * 1000], "ab")  # only in the overlap of a paragraph's two pieces
@example(["x" * 1499 + "ab" + "x" * 1000, "ab"], "ab")  # across a cut, then in the next paragraph
@example(["x" * 2100 + "ab", "ab" + "x" * 10], "b\n\na")  # across a paragraph break: in no chunk
def test_chunks_holding_a_substring_are_those_a_find_per_chunk_gives(paragraphs, item):
    post = Post("\n\n".join(paragraphs))
    chunks = lexicon._chunks(post)
    expected = {i for i, (lo, hi, _) in enumerate(chunks) if post.text.find(item, lo, hi) != -1}
    assert lexicon._chunks_with(post, item) == expected
