"""A learned second opinion: naive Bayes over the words of the labelled corpus.

The hand-written rules recognise the situations they were written for and
explain exactly what they saw, but fresh wording slips past them (see the
README's accuracy section).  A multinomial naive Bayes model over word
unigrams and bigrams, trained on the project's labelled dev corpus, catches
much of that wording.  It is used only as a *fallback*: its rule in each area
fires only when no hand-written rule of that area has (see
:mod:`checkers.rules.learned_signal`), and its finding names the words that
weighed most so a reader can judge it.

* :mod:`.features` turns text into the model's features (shared by training
  and checking, so both see exactly the same features);
* :mod:`.model` loads ``weights.json`` on first use and scores a post;
* :mod:`.train` rebuilds ``weights.json`` from a corpus (``make model``).
"""
