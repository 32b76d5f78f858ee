"""Pasted comment sections: a site's rule, or a layout learned from the paste, cuts them into comments.

- :mod:`.choose`: which reading a paste gets (a site rule, a learned layout, or neither);
- :mod:`.rules`: the site rules, as data; :mod:`.learned_page`, :mod:`.learned_chat`: layouts learned
  from the paste itself;
- :mod:`.engine`: the one engine that applies a rule, with :mod:`.lines` (a paste's lines),
  :mod:`.headers` (finding a header), :mod:`.cutter` (the comment being read), :mod:`.text` (its text),
  :mod:`.previews` (link previews, attachments) and :mod:`.inline_chrome`;
- :mod:`.learned_shapes`: what each line looks like to the layout inference;
- :mod:`.detect`: which site a paste comes from.
"""

from .choose import choose, describe, describe_table
from .rules import NAMES

__all__ = ["NAMES", "choose", "describe", "describe_table"]
