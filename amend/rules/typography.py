"""Typography rules (TYP): French and Assemblée nationale house style (domain-rules.md § 5, § 6).

The spacing the renderer sets by itself — no-break spaces before « ; : ! ? » and inside « » — is
not checked in sources. Rules that carry a ``fix`` are applied by ``amend check --fix``: they
only change spaces, apostrophes and ordinal suffixes, never a number or a word of a citation.
"""

from __future__ import annotations

from amend.rules.base import Rule, Severity


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO
TYPO = "domain-rules.md § 5"
C = "considerant"

TYP001 = Rule("TYP001", "numero-sans-espace", E, "espace manquante après « n° »",
              TYPO + " (T-3) ; E-FR-2", "que la loi n°2022‑300 du 2 mars 2022 protège les enfants",
              "que la loi n° 2022‑300 du 2 mars 2022 protège les enfants", C)
TYP002 = Rule("TYP002", "espaces-doubles", W, "espaces consécutives", TYPO + " (E-TYPO-SPACE)",
              "que l’observation générale n°  25 s’applique", "que l’observation générale n° 25 s’applique", C)
TYP003 = Rule("TYP003", "ordinal", W, "ordinal mal abrégé : « 1er », « 1re », « 2e »…",
              TYPO + " (T-4)", "que la 2ème lecture approche", "que la 2e lecture approche", C)
TYP004 = Rule("TYP004", "apostrophe-droite", W, "apostrophe droite : les textes de l’Assemblée emploient « ’ »",
              TYPO + " (T-7)", "que l'Union agit", "que l’Union agit", C)
TYP005 = Rule("TYP005", "capitale-accentuee", W, "les capitales prennent leurs accents (« État », « À »)",
              TYPO + " (T-8)", "que chaque Etat membre agit", "que chaque État membre agit", C)
TYP006 = Rule("TYP006", "espace-avant-virgule", W, "pas d’espace avant « , » ni « . »",
              TYPO + " (T-10)", "que l’Ukraine , la Moldavie et la Géorgie", "que l’Ukraine, la Moldavie et la Géorgie", C)
TYP007 = Rule("TYP007", "espace-manquante", W, "espace manquante entre un nombre et un mot",
              TYPO + " (T-11)", "que le protocole du 8novembre 2001 s’applique",
              "que le protocole du 8 novembre 2001 s’applique", C)
TYP008 = Rule("TYP008", "date-citee-inexistante", E, "cette date n’existe pas", TYPO + " (T-11)",
              "que la décision du 31 avril 2023 s’applique", "que la décision du 30 avril 2023 s’applique", C)
TYP009 = Rule("TYP009", "majuscule-institution", W,
              "majuscule au seul premier mot du nom d’une institution (« Assemblée nationale », « Nations unies »)",
              TYPO + " (T-9)", "que l’Assemblée Nationale agit", "que l’Assemblée nationale agit", C)
TYP010 = Rule("TYP010", "forme-date", W, "date mal écrite : « 1er » pour le premier jour, pas de zéro initial",
              TYPO + " (T-11)", "que le 1 janvier 2024 approche", "que le 1er janvier 2024 approche", C)
TYP011 = Rule("TYP011", "tiret", W, "tiret de séparation : « – » (demi-cadratin), pas « - »",
              TYPO + " (T-13)", "que le rapport - publié hier - le montre", "que le rapport – publié hier – le montre", C)
TYP012 = Rule("TYP012", "espace-parenthese", W, "pas d’espace à l’intérieur des parenthèses",
              TYPO + " (T-10)", "que le centre ( CEPL ) agit", "que le centre (CEPL) agit", C)
TYP013 = Rule("TYP013", "separateur-milliers", W,
              "séparateur de milliers : une espace insécable, pas un point (« 1 205 632 »)",
              TYPO + " (T-12)", "que 1.205.632 euros suffisent", "que 1 205 632 euros suffisent", C)
TYP014 = Rule("TYP014", "numero-majuscule", W, "« N° » en capitale au milieu d’une phrase : « n° »",
              TYPO + " (T-3)", "que la loi N° 2022‑300 du 2 mars 2022 protège", "que la loi n° 2022‑300 du 2 mars 2022 protège", C)

RULES = (TYP001, TYP002, TYP003, TYP004, TYP005, TYP006, TYP007, TYP008, TYP009, TYP010, TYP011,
         TYP012, TYP013, TYP014)
