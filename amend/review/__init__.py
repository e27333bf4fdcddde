"""Floor 7: git *review* — what changed in a text between revisions (semantic diff, history,
textconv rendering for ``git diff``, merge conflicts). Git *access* is :mod:`amend.storage.git`."""
