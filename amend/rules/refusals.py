"""Refusals: the codes of the errors that stop a command (a file amend will not read or
overwrite, a repository state in which it will not commit, a rendering that failed).

They are not findings of ``amend check`` on a text, so their examples describe a situation
(``bad``) and its remedy (``good``) instead of a text; ``tests/test_rules_examples.py`` checks
instead that every code raised anywhere in amend is in the table, and that each of these is
exercised by a test.
"""

from amend.rules.base import Rule, Severity

E = Severity.ERROR
CTX = "refus"

ERR000 = Rule("ERR000", "erreur", E, "erreur d’amend", "amend/core/errors.py", "—", "—", CTX)
IO006 = Rule("IO006", "document-illisible", E, "document Word ou ODT illisible par pandoc",
             "amend/check/reader.py", "un .docx corrompu", "réenregistrez le document depuis Word", CTX)
IO007 = Rule("IO007", "sortie-invalide", E, "fichier de sortie invalide (extension attendue : .yaml)",
             "amend apply --output", "--output texte.txt", "--output texte-commission.yaml", CTX)
IO008 = Rule("IO008", "deja-existant", E, "amend ne remplace jamais un texte, un dossier ou un amendement existant",
             "amend new, amend amendment new, amend apply", "amend new ppre-1775 (dossier existant)",
             "choisissez un autre nom", CTX)
IO009 = Rule("IO009", "fichier-modifie-pendant-l-operation", E,
             "le fichier a changé sur le disque entre sa lecture et sa réécriture par amend",
             "amend check --fix, amend number --write, amend apply",
             "texte.yaml enregistré dans un éditeur pendant amend check --fix",
             "relancer la commande une fois l’autre modification terminée", CTX)
GIT001 = Rule("GIT001", "hors-depot-git", E, "dossier qui n’est pas un dépôt git",
              "amend/storage/git.py", "amend new hors d’un dépôt", "git init", CTX)
GIT002 = Rule("GIT002", "index-verrouille", E, "index git verrouillé par un autre processus (.git/index.lock)",
              "amend/storage/git.py", "un autre git en cours", "attendre, ou supprimer un verrou orphelin", CTX)
GIT003 = Rule("GIT003", "operation-git-en-cours", E, "fusion, rebase, cherry-pick, revert ou bisect en cours",
              "amend/storage/git.py", "MERGE_HEAD présent", "terminer ou annuler l’opération", CTX)
GIT004 = Rule("GIT004", "modifications-non-enregistrees", E,
              "le fichier à réécrire a des modifications non enregistrées",
              "amend/storage/git.py", "texte.yaml modifié, non enregistré", "git commit ou git stash", CTX)
GIT005 = Rule("GIT005", "identite-git", E, "git ne connaît pas l’identité de l’auteur des commits",
              "amend/storage/git.py", "user.name absent", "git config user.name …", CTX)
GIT006 = Rule("GIT006", "commit-refuse", E, "git a refusé l’enregistrement",
              "amend/storage/git.py", "crochet pre-commit en échec", "corriger ce que dit git", CTX)
GIT007 = Rule("GIT007", "git-introuvable", E, "le programme git est introuvable",
              "amend/storage/git.py", "git absent du PATH", "installer git", CTX)
GIT008 = Rule("GIT008", "git-echec", E, "une commande git a échoué", "amend/storage/git.py",
              "dépôt corrompu", "corriger ce que dit git", CTX)
GIT012 = Rule("GIT012", "revision-git-inconnue", E, "révision git inconnue, ou dépôt sans commit",
              "amend diff, amend log", "amend diff brnache-mal-ecrite", "amend diff main", CTX)
CFG001 = Rule("CFG001", "configuration-invalide", E, "configuration d’amend illisible ou invalide",
              "[tool.amend] de pyproject.toml, amend.toml", "select = 3", "select = [\"CIT\"]", CTX)
CFG002 = Rule("CFG002", "baseline-illisible", E, "baseline illisible", "amend/check/baseline.py",
              "amend-baseline.json tronqué", "amend check --update-baseline", CTX)
CI001 = Rule("CI001", "workflow-existant", E, "fichier de CI existant : amend ne l’écrase pas sans --force",
             "amend ci init", ".github/workflows/amend.yml existe", "amend ci init --force", CTX)
REG010 = Rule("REG010", "registre-invalide", E, "registre d’actes du dépôt invalide", "amend/citations/registry.py",
              "registre-ue.yaml qui n’est pas une liste", "- type: règlement …", CTX)
RND001 = Rule("RND001", "rendu-impossible", E, "mise en forme impossible", "amend/render/",
              "—", "—", CTX)
RND002 = Rule("RND002", "style-introuvable", E, "gabarit ou document de référence introuvable",
              "styles/", "styles/an.typst supprimé", "réinstaller amend", CTX)
RND003 = Rule("RND003", "pandoc-introuvable", E, "pandoc introuvable", "pypandoc-binary",
              "paquet pypandoc-binary absent", "make install", CTX)
RND004 = Rule("RND004", "pandoc-echec", E, "pandoc a échoué", "amend/render/pipeline.py",
              "pandoc interrompu", "relancer ; signaler si cela persiste", CTX)
RND005 = Rule("RND005", "polices-introuvables", E, "polices du dépôt introuvables", "styles/fonts/",
              "styles/fonts/ vide", "réinstaller amend", CTX)
RND006 = Rule("RND006", "typst-echec", E, "Typst a échoué", "amend/render/pipeline.py",
              "gabarit Typst modifié et invalide", "corriger le gabarit", CTX)
RND007 = Rule("RND007", "sortie-impossible", E, "fichier de sortie impossible à écrire",
              "amend render --output", "--output vers un dossier en lecture seule", "--output out/x.pdf", CTX)
USG001 = Rule("USG001", "commande-mal-formee", E, "commande mal formée (code de sortie 2)", "amend --help",
              "amend check --formt x", "amend check --format concise", CTX)

RULES = (ERR000, IO006, IO007, IO008, IO009, GIT001, GIT002, GIT003, GIT004, GIT005, GIT006, GIT007,
         GIT008, GIT012, CFG001, CFG002, CI001, REG010, RND001, RND002, RND003, RND004, RND005,
         RND006, RND007, USG001)
