"""The citation parser (amend.citations): every era's forms, decomposed, with exact offsets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amend.citations import find_all
from amend.citations.dates import find_dates
from amend.citations.documents import find_references
from amend.citations.eu import find_eu_acts
from amend.citations.french_texts import find_articles, find_french_acts, find_resolutions
from amend.core.french import format_date, parse_date

NBSP, NNBSP, NBH = "\u00a0", "\u202f", "\u2011"


@pytest.mark.parametrize("text, form, type_, domain, year, serial, key", [
    ("le règlement (UE) 2016/679", "new", "règlement", "UE", 2016, 679, "32016R0679"),
    ("la directive (UE) 2016/680", "new", "directive", "UE", 2016, 680, "32016L0680"),
    ("la décision (PESC) 2019/797 du Conseil", "new", "décision", "PESC", 2019, 797, "32019D0797"),
    ("le règlement délégué (UE) 2015/281 de la Commission", "new", "règlement", "UE", 2015, 281, "32015R0281"),
    ("le règlement d’exécution (UE) 2019/947", "new", "règlement", "UE", 2019, 947, "32019R0947"),
    ("la décision (UE, Euratom) 2015/457 du Conseil", "new", "décision", "UE, Euratom", 2015, 457, "32015D0457"),
    ("le règlement (CE) n° 1049/2001", "old_reg", "règlement", "CE", 2001, 1049, "32001R1049"),
    ("le règlement (CE) nº 2820/98 du Conseil", "old_reg", "règlement", "CE", 1998, 2820, "31998R2820"),
    ("le règlement (CEE) n° 1470/68", "old_reg", "règlement", "CEE", 1968, 1470, "31968R1470"),
    ("le règlement (Euratom) n° 1493/93", "old_reg", "règlement", "Euratom", 1993, 1493, "31993R1493"),
    ("le règlement (CECA) n° 3632/93", "old_reg", "règlement", "CECA", 1993, 3632, "31993R3632"),
    ("la directive 2002/58/CE", "year_first", "directive", "CE", 2002, 58, "32002L0058"),
    ("la directive 95/46/CE", "year_first", "directive", "CE", 1995, 46, "31995L0046"),
    ("la décision-cadre 2004/68/JAI du Conseil", "year_first", "décision-cadre", "JAI", 2004, 68, "32004F0068"),
    (f"la décision{NBH}cadre 2004/68/JAI", "year_first", "décision-cadre", "JAI", 2004, 68, "32004F0068"),
    ("la décision n° 284/2010/UE", "number_first", "décision", "UE", 2010, 284, "32010D0284"),
    ("la décision 2009/496/CE, Euratom", "year_first", "décision", "CE, Euratom", 2009, 496, "32009D0496"),
    ("le règlement (UE) 679/2016", "inverted", "règlement", "UE", 2016, 679, "32016R0679"),
    ("la directive 2016/680", "bare", "directive", None, 2016, 680, "32016L0680"),
    (f"le règlement{NBSP}(UE){NNBSP}2022/868", "new", "règlement", "UE", 2022, 868, "32022R0868"),
])
def test_eu_act_forms(text, form, type_, domain, year, serial, key) -> None:
    (act,) = find_eu_acts(text)
    assert (act.form, act.type, act.domain, act.year, act.serial, act.key) == (
        form, type_, domain, year, serial, key)
    assert text[act.start:].lower().startswith(type_[:5])


def test_full_citation_parts() -> None:
    text = ("Vu la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 "
            "concernant le traitement des données à caractère personnel, ")
    (act,) = find_eu_acts(text)
    assert act.authors == "du Parlement européen et du Conseil"
    assert act.date_value == dt.date(2002, 7, 12) and text[act.date.start:act.date.end] == "12 juillet 2002"
    assert act.title == "concernant le traitement des données à caractère personnel"
    assert text[act.title_start:].startswith("concernant")
    assert act.commas == ()


def test_commas_between_elements_are_recorded() -> None:
    (act,) = find_eu_acts("la directive 2002/58/CE, du 12 juillet 2002, concernant x")
    assert act.commas == (23, 43)
    (act,) = find_eu_acts("le règlement (UE) 2017/1939, sur la base de l’article 86")
    assert act.commas == ()


def test_wrong_forms_are_recognised() -> None:
    (act,) = find_eu_acts("le règlement (UE) n° 2016/679")
    assert act.form == "new" and act.no == "n° " and act.number == "(UE) 2016/679"
    (act,) = find_eu_acts("la directive n° 2004/35/CE")
    assert act.form == "year_first" and act.no
    (act,) = find_eu_acts("la directive 2011/93/EU")
    assert act.domain == "EU" and act.number == "2011/93/UE"
    (act,) = find_eu_acts("décision 76/787/ECSC, CEE, Euratom")
    assert act.number == "76/787/CECA, CEE, Euratom"


def test_acts_inside_titles_are_found_too() -> None:
    text = ("la directive 2011/93/UE du Parlement européen et du Conseil du 13 décembre 2011 relative à "
            "la lutte contre les abus sexuels, et remplaçant la décision-cadre 2004/68/JAI du Conseil")
    assert [a.key for a in find_eu_acts(text)] == ["32011L0093", "32004F0068"]


@pytest.mark.parametrize("text, kind, parts", [
    ("COM(2022) 209 final", "com", {"series": "COM", "year": "2022", "num": "209"}),
    ("JOIN(2012) 558 final", "com", {"series": "JOIN", "year": "2012"}),
    ("SWD(2020) 1 final", "com", {"series": "SWD"}),
    ("SEC(1998) 558 final", "com", {"series": "SEC"}),
    ("2022/0155(COD)", "procedure", {"year": "2022", "num": "0155", "type": "COD"}),
    (f"A9{NBH}0364/2023", "pe_rapport", {"term": "9", "num": "0364", "year": "2023"}),
    ("P7_TA(2010)0311", "pe_texte", {"term": "7", "year": "2010", "num": "0311"}),
    (f"C{NBH}293/12", "affaire", {"court": "C", "num": "293", "yy": "12"}),
    ("T-203/01", "affaire", {"court": "T"}),
    ("ECLI:EU:C:2014:238", "ecli", {"cc": "EU", "court": "C", "year": "2014", "ord": "238"}),
    ("32016R0679", "celex", {"sector": "3", "year": "2016", "desc": "R", "num": "0679"}),
    ("52022PC0209", "celex", {"desc": "PC"}),
    ("http://data.europa.eu/eli/reg/2013/216/oj", "eli_ue", {"type": "reg", "year": "2013", "num": "216"}),
    ("https://www.legifrance.gouv.fr/eli/decret/2023/10/9/2023-931/jo/texte", "eli_fr",
     {"type": "decret", "y": "2023", "id": "2023-931"}),
])
def test_eu_documents(text, kind, parts) -> None:
    refs = [r for r in find_references(f"voir {text}.") if r.kind == kind]
    assert len(refs) == 1
    ref = refs[0]
    assert f"voir {text}."[ref.start:ref.end] == text
    assert parts.items() <= ref.parts.items()


@pytest.mark.parametrize("text, ok", [
    ("COM(2019) 640 final", True), ("COM/2022/209 final", True), ("COM(97) 558 final", True),
    ("COM [2019] 640 final", False), ("COM (2020) 381 final", False), (f"COM{NBH}(2020) 37 final", False),
    ("COM(2022)209", False), ("COM(98) 1 final", False),
])
def test_com_well_formed(text, ok) -> None:
    (ref,) = find_references(text, ("com",))
    assert ref.well_formed is ok


def test_french_acts() -> None:
    text = f"la loi n°{NBSP}2022{NBH}300 du 2 mars 2022 visant à renforcer le contrôle parental"
    (act,) = find_french_acts(text)
    assert (act.kind, act.year_digits, act.serial, act.hyphen, act.has_title) == ("loi", "2022", "300", True, True)
    assert act.date.value == dt.date(2022, 3, 2)
    (act,) = find_french_acts("l’ordonnance n° 58-1100 du 17 novembre 1958 relative au fonctionnement")
    assert (act.kind, act.year_digits, act.serial) == ("ordonnance", "58", "1100")
    (act,) = find_french_acts("la loi organique n° 2009-403 du 15 avril 2009")
    assert act.kind == "loi organique" and not act.has_title
    (act,) = find_french_acts("la loi n° 2018938")
    assert not act.hyphen
    (act,) = find_french_acts("le décret n° 2023-931 du 9 octobre 2023 relatif à")
    assert act.kind == "décret"


def test_articles() -> None:
    text = ("l’article 88‑4 de la Constitution, l’article 151‑5 du Règlement de l’Assemblée nationale, "
            "l’article 73 quinquies du Règlement du Sénat, l’article L. 34-1 du code des postes et "
            "des communications électroniques, les articles 2, 3 et 6 de la Constitution")
    found = find_articles(text)
    assert [(a.kind, a.number) for a in found] == [
        ("constitution", "88‑4"), ("reglement", "151‑5"), ("reglement", "73 quinquies"),
        ("code", "34-1"), ("constitution", "2")]
    assert found[1].extra == "de l’Assemblée nationale" and found[2].extra == "du Sénat"
    assert found[3].extra == "L. " and found[3].word == "code des postes et des communications électroniques"
    assert [n for n, _ in found[4].others] == ["3", "6"]
    assert all(text[a.number_start:].startswith(a.number.split()[0]) or a.kind == "code" for a in found)


def test_resolutions_and_dates() -> None:
    (res,) = find_resolutions("la résolution européenne n° 1395 du 15 juin 2023 de l’Assemblée nationale")
    assert res.number == 1395 and res.date.value == dt.date(2023, 6, 15)
    dates = find_dates(f"le 1er{NBSP}août 2008, le 31 avril 2023 et le 2 mars 2022")
    assert [d.value for d in dates] == [dt.date(2008, 8, 1), None, dt.date(2022, 3, 2)]
    assert parse_date("1er août 2008") == dt.date(2008, 8, 1)
    assert format_date(dt.date(2008, 8, 1)) == "1er août 2008"


def test_find_all_is_in_reading_order() -> None:
    text = ("Vu le règlement (UE) 2016/679 du 27 avril 2016, la loi n° 2022-300 du 2 mars 2022 et "
            "COM(2022) 209 final")
    starts = [c.start for c in find_all(text)]
    assert starts == sorted(starts) and len(starts) >= 5


# -- properties ---------------------------------------------------------------------------------

SPACES = st.sampled_from([" ", NBSP, NNBSP])
HYPHENS = st.sampled_from(["-", NBH])


@settings(max_examples=200, deadline=None)
@given(year=st.integers(2015, 2099), serial=st.integers(1, 99999), sp1=SPACES, sp2=SPACES,
       kind=st.sampled_from(["règlement", "directive", "décision"]), prefix=st.text(
           alphabet="abc ,;", max_size=12))
def test_new_numbers_roundtrip_whatever_the_spaces(year, serial, sp1, sp2, kind, prefix) -> None:
    text = f"{prefix} {kind}{sp1}(UE){sp2}{year}/{serial}"
    (act,) = find_eu_acts(text)
    assert (act.year, act.serial, act.form, act.key) == (year, serial, "new",
                                                         f"3{year}{'RLD'[['règlement', 'directive', 'décision'].index(kind)]}{serial:04d}")
    assert text[act.start:act.start + len(kind)] == kind
    assert text[act.number_start:act.number_end].replace(sp2, " ") == f"(UE) {year}/{serial}"


@settings(max_examples=200, deadline=None)
@given(year=st.integers(1950, 2014), serial=st.integers(1, 9999), hy=HYPHENS, sp=SPACES)
def test_old_numbers_roundtrip(year, serial, hy, sp) -> None:
    y = str(year)[2:] if year < 1999 else str(year)
    text = f"la directive{sp}{y}/{serial}/CE et le règlement (CE){sp}n°{sp}{serial}/{y} et la décision{hy}cadre {y}/{serial}/JAI"
    directive, regulation, framework = find_eu_acts(text)
    assert (directive.year, directive.serial, directive.form) == (year, serial, "year_first")
    assert (regulation.year, regulation.serial, regulation.form) == (year, serial, "old_reg")
    assert (framework.type, framework.year) == ("décision-cadre", year)


@settings(max_examples=200, deadline=None)
@given(day=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), sp=SPACES)
def test_every_real_date_is_found_and_read_back(day, sp) -> None:
    written = format_date(day).replace(" ", sp)
    (found,) = find_dates(f"le {written},")
    assert found.value == day and found.start == 3 and found.end == 3 + len(written)


def test_registry_twins_are_in_sync_with_their_yaml() -> None:
    """eu-acts.json and instruments.json are built from the YAML (python -m amend.citations.registry)."""
    import hashlib
    import json

    from amend.citations.registry import key_of, load_registry
    from amend.data import path as data_path

    for name in ("eu-acts", "instruments"):
        yaml_bytes = data_path(f"{name}.yaml").read_bytes()
        twin = json.loads(data_path(f"{name}.json").read_text(encoding="utf-8"))
        assert twin["sha256"] == hashlib.sha256(yaml_bytes).hexdigest(), \
            f"{name}.json périmé : lancez python -m amend.citations.registry"
    registry = load_registry()
    assert len(registry.by_key) == len(registry.entries) == 51
    for entry in registry.entries:
        assert entry.key and entry.key == key_of(entry.label)
    assert registry.lookup("2011/93/UE").celex == "32011L0093"
    assert registry.lookup("(UE) 2016/679").date == dt.date(2016, 4, 27)
    assert registry.lookup("COM(2022) 209 final").type == "proposition de règlement"


def test_every_shipped_entry_names_its_sources_and_its_celex_agrees() -> None:
    """The registry shipped in the repository: each value was read in a named public source."""
    from amend.citations.registry import load_registry

    registry = load_registry()
    for entry in registry.entries:
        assert any(s.startswith(("http://", "https://")) for s in entry.sources), entry.label
        if entry.celex is not None and not entry.type.startswith(("proposition", "communication")):
            assert entry.celex == entry.key, f"{entry.label} : CELEX {entry.celex} ≠ {entry.key}"
        assert entry.date is None or 1950 <= entry.date.year <= dt.date.today().year


@pytest.mark.parametrize("article, expected", [
    ("37‑1", []), ("68‑1", []), ("68‑2", []), ("68‑3", []), ("88‑7", []), ("1er", []),
    ("48‑1", ["FRA004"]), ("65‑1", ["FRA004"]), ("73‑1", ["FRA004"]), ("88‑8", ["FRA004"]),
    ("81", ["FRA004"]),
])
def test_constitution_articles_are_those_in_force(article: str, expected: list[str],
                                                  tmp_path, monkeypatch) -> None:
    """amend/data/constitution.json: Title X (68‑1 to 68‑3) and 37‑1 exist; 48‑1, 65‑1, 73‑1 never did."""
    from amend.check.examples import text_with
    from amend.check.pipeline import check_paths

    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AMEND_NO_CACHE", "1")
    target = tmp_path / "drafts" / "exemple" / "texte.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(text_with("visa", f"l’article {article} de la Constitution"), encoding="utf-8")
    codes = [d.code for d in check_paths([target], tmp_path).diagnostics]
    assert [c for c in codes if c.startswith("FRA")] == expected


def test_a_lost_hyphen_suggests_the_article_of_title_x() -> None:
    from amend.check.citations import _nearest_article

    assert _nearest_article("681") == "68\u20111"
    assert _nearest_article("341") == "34\u20111"
