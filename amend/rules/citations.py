"""Citation rules: EU acts (CIT), Commission and other EU documents (COM), French texts (FRA) and
the cross-check against the registry of EU acts (REG). Sources: domain-rules.md § 3, § 4, § 6."""

from __future__ import annotations

from amend.rules.base import Rule, Severity


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

V = "visa"
ISG = "Code de rédaction interinstitutionnel (ISG) 1.2.2"

CIT001 = Rule("CIT001", "numero-apres-2015", E,
              "« n° » devant un numéro d’acte postérieur au 1er janvier 2015",
              ISG, "le règlement (UE) n° 2016/679", "le règlement (UE) 2016/679", V)
CIT002 = Rule("CIT002", "numero-annee-en-tete", E,
              "« n° » devant un numéro qui commence par l’année",
              ISG + " ; guide de légistique 4.1.3", "la directive n° 2004/35/CE", "la directive 2004/35/CE", V)
CIT003 = Rule("CIT003", "numero-sans-n", E,
              "règlement antérieur à 2015 : le numéro s’écrit avec « n° » (« (CE) n° N/AAAA »)", ISG,
              "le règlement (CE) 1049/2001", "le règlement (CE) n° 1049/2001", V)
CIT004 = Rule("CIT004", "numero-inverse", E,
              "numéro inversé : depuis 2015, l’année vient d’abord", ISG,
              "le règlement (UE) 679/2016", "le règlement (UE) 2016/679", V)
CIT005 = Rule("CIT005", "domaine", E,
              "marque de domaine absente ou anglaise : « (UE) », « CE », « UE, Euratom »…", ISG,
              "la directive 2011/93/EU", "la directive 2011/93/UE", V)
CIT006 = Rule("CIT006", "domaine-epoque", W,
              "marque de domaine anachronique (CEE jusqu’en 1993, CE de 1993 à 2009, UE depuis le 1er décembre 2009)",
              ISG + " ; guide de légistique 4.1.3", "la directive 2011/93/CE", "la directive 2011/93/UE", V)
CIT007 = Rule("CIT007", "annee-numero", E,
              "année du numéro mal écrite : deux chiffres avant 1999, quatre ensuite ; forme « (UE) AAAA/N » depuis 2015 seulement",
              ISG, "le règlement (CE) n° 1049/01", "le règlement (CE) n° 1049/2001", V)
CIT008 = Rule("CIT008", "majuscule-acte", W,
              "majuscule inutile : « règlement », « directive », « traité » s’écrivent en minuscule dans le texte courant",
              "ISG 3.2.2", "en 2021 par le Règlement (UE) 2021/1232", "en 2021 par le règlement (UE) 2021/1232",
              "expose")
CIT009 = Rule("CIT009", "virgules-titre", W,
              "pas de virgule entre les éléments du titre d’un acte (« … du Conseil du 12 juillet 2002 concernant … »)",
              "ISG 3.2.1", "la directive 2002/58/CE, du 12 juillet 2002, concernant le traitement des données",
              "la directive 2002/58/CE du 12 juillet 2002 concernant le traitement des données", V)
CIT010 = Rule("CIT010", "annee-date", W,
              "année du numéro incompatible avec la date de l’acte", ISG,
              "le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2018",
              "le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016", V)

CIT011 = Rule("CIT011", "auteur-manquant", W,
              "auteur manquant dans la citation complète (« du Parlement européen et du Conseil », « de la Commission »…)",
              "ISG 3.2.1 ; domain-rules.md (E-EU-AUTH)",
              "le règlement (UE) 2023/334 du 2 février 2023 modifiant les annexes II et V du règlement (CE) n° 396/2005",
              "le règlement (UE) 2023/334 de la Commission du 2 février 2023 modifiant les annexes II et V du règlement (CE) n° 396/2005",
              V)
CIT012 = Rule("CIT012", "acte-sans-numero", W,
              "acte de l’Union visé sans son numéro : le visa doit permettre de l’identifier",
              "ISG 3.2.1 ; domain-rules.md (E-EU-TITLE)",
              "le règlement relatif à la mise à disposition sur le marché de l’Union de certains produits associés à la déforestation",
              "le règlement (UE) 2023/1115 du Parlement européen et du Conseil du 31 mai 2023 relatif à la mise à disposition sur le marché de l’Union de certains produits associés à la déforestation",
              V)

COM001 = Rule("COM001", "reference-com", E,
              "référence de document de la Commission mal formée", "ISG, annexe C",
              "la communication COM (2020) 381 final", "la communication COM(2020) 381 final", V)
COM002 = Rule("COM002", "com-final", W, "« final » manque après le numéro du document de la Commission",
              "ISG, annexe C", "la proposition COM(2023) 424", "la proposition COM(2023) 424 final", V)
COM003 = Rule("COM003", "legislature-pe", W,
              "législature du Parlement européen incompatible avec l’année de la référence",
              "domain-rules.md § 3.4", "le rapport A7-0364/2023", "le rapport A9-0364/2023", V)

FRA001 = Rule("FRA001", "numero-loi-sans-tiret", E,
              "numéro de texte sans trait d’union entre l’année et le numéro d’ordre (« n° 2018-938 »)",
              "domain-rules.md § 4 (E-FR-1)", "la loi n° 2018938 du 5 novembre 2018 relative au logement",
              "la loi n° 2018-938 du 5 novembre 2018 relative au logement", V)
FRA002 = Rule("FRA002", "annee-numero-loi", E,
              "l’année du numéro ne correspond pas à celle de la date du texte",
              "domain-rules.md § 4 (E-FR-3)", "la loi n° 2022‑300 du 2 mars 2021 visant à renforcer le contrôle parental",
              "la loi n° 2022‑300 du 2 mars 2022 visant à renforcer le contrôle parental", V)
FRA003 = Rule("FRA003", "intitule-loi-manquant", W,
              "intitulé manquant : un visa cite le texte en entier (« … du 2 mars 2022 visant à … »)",
              "domain-rules.md § 4 (E-FR-4)", "la loi n° 2022‑300 du 2 mars 2022",
              "la loi n° 2022‑300 du 2 mars 2022 visant à renforcer le contrôle parental", V)
FRA004 = Rule("FRA004", "article-constitution", E, "cet article de la Constitution n’existe pas",
              "Constitution du 4 octobre 1958", "l’article 341 de la Constitution",
              "l’article 34‑1 de la Constitution", V)
FRA005 = Rule("FRA005", "constitution-minuscule", E, "« Constitution » prend une majuscule",
              "domain-rules.md § 4", "l’article 88‑4 de la constitution", "l’article 88‑4 de la Constitution", V)
FRA006 = Rule("FRA006", "article-code-forme", E,
              "article de code mal écrit : « L. 34-1 » (lettre, point, espace)", "domain-rules.md § 4",
              "l’article L.34‑1 du code des postes et des communications électroniques",
              "l’article L. 34‑1 du code des postes et des communications électroniques", V)
FRA007 = Rule("FRA007", "code-majuscule", W,
              "le nom d’un code prend une minuscule dans le texte courant (« le code civil »)",
              "domain-rules.md § 4", "l’article 9 du Code civil", "l’article 9 du code civil", V)
FRA008 = Rule("FRA008", "reglement-assemblee-majuscule", W,
              "le Règlement d’une assemblée prend une majuscule (« du Règlement de l’Assemblée nationale »)",
              "domain-rules.md § 3.2 (E-CAP-REG)", "l’article 151‑5 du règlement de l’Assemblée nationale",
              "l’article 151‑5 du Règlement de l’Assemblée nationale", V)

REG001 = Rule("REG001", "intitule-autre-acte", E, "l’intitulé cité est celui d’un autre acte",
              "registre des actes de l’Union (amend/data/eu-acts.yaml)",
              "la directive 2011/92/UE du Parlement européen et du Conseil du 13 décembre 2011 relative à la lutte contre les abus sexuels et l’exploitation sexuelle des enfants, ainsi que la pédopornographie",
              "la directive 2011/93/UE du Parlement européen et du Conseil du 13 décembre 2011 relative à la lutte contre les abus sexuels et l’exploitation sexuelle des enfants, ainsi que la pédopornographie",
              V)
REG002 = Rule("REG002", "citation-incomplete", W,
              "première citation sans date ni intitulé : un visa cite l’acte en entier",
              "ISG 3.2.1 ; registre des actes de l’Union", "le règlement (UE) 2022/868",
              "le règlement (UE) 2022/868 du Parlement européen et du Conseil du 30 mai 2022 portant sur la gouvernance européenne des données",
              V)
REG003 = Rule("REG003", "acte-hors-registre", I,
              "acte absent du registre : numéro, date et intitulé non vérifiés",
              "registre des actes de l’Union", "la directive 2004/35/CE", "la directive 2002/58/CE", V)
REG004 = Rule("REG004", "cite-deux-fois", W, "même acte visé deux fois",
              "ISG 3.2.1 (citation complète une fois)",
              "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas:\n    - la Convention des Nations unies relative aux droits de l’enfant du 20 novembre 1989\n    - la Convention internationale des droits de l’enfant\n  points: [Demande au Gouvernement d’agir]\n",
              "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas:\n    - la Convention des Nations unies relative aux droits de l’enfant du 20 novembre 1989\n  points: [Demande au Gouvernement d’agir]\n")
REG005 = Rule("REG005", "date-differente", E, "date différente de celle de l’acte",
              "registre des actes de l’Union",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2003 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              V)
REG006 = Rule("REG006", "auteurs-differents", W, "auteurs différents de ceux de l’acte",
              "registre des actes de l’Union",
              "la directive 2002/58/CE du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              V)
REG007 = Rule("REG007", "intitule-different", W, "intitulé différent de celui de l’acte",
              "registre des actes de l’Union",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 relative au commerce électronique",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              V)
REG008 = Rule("REG008", "acte-abroge", I, "acte abrogé ou remplacé", "registre des actes de l’Union",
              "la directive 95/46/CE du Parlement européen et du Conseil du 24 octobre 1995 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel et à la libre circulation de ces données",
              "le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif à la protection des personnes physiques à l’égard du traitement des données à caractère personnel",
              V)

RULES = (CIT001, CIT002, CIT003, CIT004, CIT005, CIT006, CIT007, CIT008, CIT009, CIT010,
         CIT011, CIT012,
         COM001, COM002, COM003, FRA001, FRA002, FRA003, FRA004, FRA005, FRA006, FRA007, FRA008,
         REG001, REG002, REG003, REG004, REG005, REG006, REG007, REG008)
