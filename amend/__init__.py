"""amend — rédiger, numéroter, vérifier et mettre en forme résolutions et amendements.

Importing this package must stay cheap: it is imported by every command, including the
``amend check`` that runs in pre-commit hooks. Heavy modules are imported where they are used.
"""

__version__ = "0.1.0"
