"""``python -m amend.data [FILE…]``: rebuild the JSON twins of data files (the rule table by default)."""

import sys

from amend.data import FOLDER, build_twin

for name in sys.argv[1:] or sorted(p.relative_to(FOLDER).as_posix() for p in FOLDER.glob("rules/*.yaml")):
    print(build_twin(name))
