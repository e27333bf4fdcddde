"""Rules for files amend refuses to read: encoding, size, YAML syntax and safety, paths."""

from amend.rules.base import Rule, Severity

E = Severity.ERROR

IO001 = Rule("IO001", "encodage-non-utf8", E, "le fichier n’est pas encodé en UTF-8",
             "YAML 1.2, § 5.2 (encodages)", "titre: \udcff", "titre: État")
IO002 = Rule("IO002", "marqueurs-de-conflit", E,
             "marqueur de conflit de fusion git : résolvez le conflit avant toute autre opération",
             "git-merge(1), « HOW CONFLICTS ARE PRESENTED »",
             "<<<<<<< HEAD\ntitre: A\n=======\ntitre: B\n>>>>>>> autre\n", "titre: A\n")
IO003 = Rule("IO003", "fichier-trop-volumineux", E, "fichier trop volumineux pour un texte parlementaire",
             "limite de sécurité d’amend (voir README)", "", "")
IO004 = Rule("IO004", "chemin-hors-depot", E, "chemin situé hors du dépôt", "sécurité d’amend",
             "", "")
IO005 = Rule("IO005", "fichier-introuvable", E, "fichier ou dossier introuvable", "—", "", "")
YML001 = Rule("YML001", "yaml-invalide", E, "YAML invalide", "YAML 1.2",
              "titre: A\n  numero: 2\n", "titre: A\nnumero: 2\n")
YML002 = Rule("YML002", "cle-en-double", E, "clé en double", "YAML 1.2, § 3.2.1.1 (unicité des clés)",
              "titre: A\ntitre: B\n", "titre: A\n")
YML003 = Rule("YML003", "etiquette-interdite", E,
              "étiquette YAML interdite : un texte ne contient que des chaînes, nombres, listes et tables",
              "sécurité d’amend (chargement sûr)", "titre: !!python/object/apply:os.system [ls]\n",
              "titre: ls\n")
YML004 = Rule("YML004", "alias-interdit", E,
              "ancres et alias YAML refusés dans un texte (risque d’expansion exponentielle)",
              "sécurité d’amend (« billion laughs »)", "a: &x [1]\nb: *x\n", "a: [1]\nb: [1]\n")
YML005 = Rule("YML005", "document-non-table", E,
              "le document doit être une table YAML (clé: valeur)", "schemas/",
              "- un\n- deux\n", "titre: un\n")

RULES = (IO001, IO002, IO003, IO004, IO005, YML001, YML002, YML003, YML004, YML005)
