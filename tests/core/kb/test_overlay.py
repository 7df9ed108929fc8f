"""Local facts: added with a note, explained as local, exported, imported elsewhere, switched off; bad ones refused."""

import pytest

from app.core.domain import Device
from app.core.kb import overlay
from app.core.kb.installed import ENV, default_data_dir, load_installed
from app.core.kb.overlay import OverlayError, add_fact, new_fact, read_facts, set_enabled, with_overlay
from app.core.matching import Matcher

HV = Device(manufacturer="HV cams", model="HV-IPC2042")


def _verdict(kb, device=HV):
    return Matcher(kb).match(device)


def test_a_local_alias_flags_and_says_who_added_it(tmp_path, kb):
    assert _verdict(kb).verdict == "unknown"
    add_fact(tmp_path, kb, new_fact("alias", "HV cams", "hikvision", "Our integrator's shorthand", "alice"))
    local = load_installed(tmp_path)
    match = _verdict(local)
    assert match.verdict == "flagged"
    assert "HV cams" in match.explanation and "added locally by alice" in match.explanation
    assert any(s.short == "Added locally by alice" and s.quote == "Our integrator's shorthand" for s in match.sources)
    assert load_installed(tmp_path / "elsewhere").aliases.get("hvcams") is None  # the shipped base is untouched


def test_each_kind_of_local_fact_is_used(kb):
    facts = [
        new_fact("oem_brand", "Acme Secure", "dahua", "Acme's boxes carry Dahua firmware", certainty="high"),
        new_fact("model_rule", "HV-IPC[0-9]", "hikvision", "Seen on the labels", category="fixed_camera"),
        new_fact("oui", "00:11:22", "hikvision", "Every HV camera we opened"),
    ]
    local = with_overlay(kb, facts)
    assert _verdict(local, Device(manufacturer="Acme Secure")).verdict == "review"
    model = _verdict(local, Device(model="hv-ipc2042"))
    assert model.verdict == "flagged" and model.category == "fixed_camera"
    mac = _verdict(local, Device(mac="00-11-22-33-44-55"))
    assert mac.verdict == "flagged"
    assert "IEEE" not in mac.explanation and "recorded locally" in mac.explanation


def test_local_facts_are_exported_imported_on_another_machine_and_switched_off(tmp_path, kb):
    mine, theirs, shared = tmp_path / "mine", tmp_path / "theirs", tmp_path / "site-facts.json"
    fact = add_fact(mine, kb, new_fact("alias", "HV cams", "hikvision", "Integrator shorthand", "alice"))
    assert overlay.export_facts(read_facts(mine), shared) == 1

    added, skipped = overlay.import_facts(theirs, load_installed(theirs), shared)
    assert (added, skipped) == (1, [])
    assert _verdict(load_installed(theirs)).verdict == "flagged"
    assert "added locally by alice" in _verdict(load_installed(theirs)).explanation
    assert overlay.import_facts(theirs, load_installed(theirs), shared) == (0, [])  # already there

    set_enabled(theirs, fact.id, False)
    off = load_installed(theirs)
    assert _verdict(off).verdict == "unknown"
    assert [f.enabled for f in overlay.local_facts(off)] == [False]
    set_enabled(theirs, fact.id, True)
    assert _verdict(load_installed(theirs)).verdict == "flagged"


@pytest.mark.parametrize(
    ("kind", "value", "note", "words"),
    [
        ("alias", "", "why", "Type the name"),
        ("alias", "  ", "why", "Type the name"),
        ("alias", "Camera", "why", "too ordinary"),
        ("alias", "Hikvision", "why", "already knows"),
        ("alias", "HV cams", "", "Add a note"),
        ("model_rule", "DS-(", "why", "not a valid regular expression"),
        ("model_rule", "", "why", "Type the model-number pattern"),
        ("model_rule", "X?", "why", "matches every model"),
        ("model_rule", "[A-Z0-9]", "why", "ordinary models from other makers"),
        ("model_rule", "DS-2CD", "why", "already has this pattern"),
        ("oui", "12:34:5", "why", "six hexadecimal digits"),
        ("oui", "03:00:00", "why", "multicast or locally administered"),
        ("oui", "4C:BD:8F", "why", "already has"),
    ],
)
def test_bad_local_facts_get_one_sentence_and_are_not_saved(tmp_path, kb, kind, value, note, words):
    with pytest.raises(OverlayError, match=words) as refused:
        add_fact(tmp_path, kb, new_fact(kind, value, "hikvision", note))
    assert str(refused.value).count(". ") == 0 and str(refused.value).endswith(".")
    assert read_facts(tmp_path) == []


def test_a_name_that_would_flag_ordinary_devices_is_refused(tmp_path, kb, monkeypatch):
    monkeypatch.setattr(overlay, "CLEAN_MAKES", (*overlay.CLEAN_MAKES, "Vista Systems"))
    with pytest.raises(OverlayError, match="would flag ordinary devices such as “Vista Systems”"):
        add_fact(tmp_path, kb, new_fact("alias", "Vista", "hikvision", "why"))


def test_an_example_model_must_match_the_pattern(tmp_path, kb):
    with pytest.raises(OverlayError, match="does not match your example model HV-1234"):
        add_fact(tmp_path, kb, new_fact("model_rule", "HV-IPC", "hikvision", "why", example="HV-1234"))


def test_a_damaged_local_facts_file_is_left_out_with_a_sentence(tmp_path):
    (tmp_path / overlay.FILE_NAME).write_text("{not json", encoding="utf-8")
    kb = load_installed(tmp_path)
    assert "damaged" in kb.overlay_problem
    assert overlay.local_facts(kb) == []
    with pytest.raises(OverlayError, match="not a Vetted local-facts file"):
        overlay.import_facts(tmp_path / "x", kb, tmp_path / overlay.FILE_NAME)


def test_the_data_folder_can_be_set_by_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path))
    assert default_data_dir() == tmp_path


def test_a_refusal_is_said_in_the_users_language(tmp_path, kb):
    from app.core import language
    from app.core.kb.overlay import check_fact

    fact = new_fact("oui", "12:34:5", "hikvision", "pourquoi")
    language.set_language("fr")
    try:
        assert check_fact(kb, fact) == "Un préfixe MAC compte six chiffres hexadécimaux, comme 4C:BD:8F."
        with pytest.raises(OverlayError) as refused:
            add_fact(tmp_path, kb, new_fact("alias", "HV cams", "hikvision", ""))
        assert str(refused.value).startswith("Ajoutez une note qui dit pourquoi")
        with pytest.raises(OverlayError) as known:
            add_fact(tmp_path, kb, new_fact("alias", "Hikvision", "dahua", "pourquoi"))
        assert "«\u00a0Hikvision\u00a0»" in str(known.value)
    finally:
        language.set_language("en")
    assert str(refused.value).startswith("Add a note saying why")  # the same error, shown again in English
    assert read_facts(tmp_path) == []
