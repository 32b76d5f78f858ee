"""Renderer: the unique thread (and the reports about it) written in the chosen format.

- :mod:`.formats`: the formats; :mod:`.machine` writes the machine ones (:mod:`.plain`,
  :mod:`.records` for json and jsonl, :mod:`.tables` for csv and tsv), none of which imports rich;
- :mod:`.terminal` and :mod:`.progress`: the rich view for people on a terminal;
- :mod:`.reports`: ``--explain``, ``--borderline``, ``--stats`` and ``find`` as text and JSON;
- :mod:`.escape`: text made safe to show.
"""
