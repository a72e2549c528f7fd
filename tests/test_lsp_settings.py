"""Language-server settings: sources, precedence, validation."""

from __future__ import annotations

from nccd.clients.lsp.settings import PyprojectSettings, Settings, layer, merge


def test_defaults():
    s = merge()
    assert (s.target, s.auto_cast, s.debounce_ms, s.deep_check, s.use_daemon) == ("trn1", "matmult", 150, True, True)


def test_later_sources_win_key_by_key_and_null_means_unset():
    problems: list[str] = []
    project = layer({"target": "trn2", "disable": ["W201"], "debounce-ms": 50}, "pyproject", problems)
    init = layer({"ncc": {"target": "inf2", "autoCast": "none"}}, "init", problems)
    editor = layer({"target": None, "severity": {"w200": "hint"}}, "editor", problems)
    s = merge(project, init, editor)
    assert (s.target, s.auto_cast, s.debounce_ms) == ("inf2", "none", 50)
    assert s.disable == {"NCC-W201"} and dict(s.severity) == {"NCC-W200": "hint"}
    assert problems == []


def test_invalid_values_are_ignored_with_a_message():
    problems: list[str] = []
    s = merge(layer({"target": "trn9", "severity": {"E200": "loud"}, "debounceMs": -1, "colour": "red"}, "x",
                    problems))
    assert s == Settings()
    assert len(problems) == 4 and any("valid targets are" in p for p in problems)


def test_off_and_disable_hide_a_code():
    s = merge(layer({"severity": {"NCC-W200": "off"}, "disable": "E210"}, "x", []))
    assert not s.reported("NCC-W200") and not s.reported("NCC-E210") and s.reported("NCC-E200")


def test_the_nearest_pyproject_with_a_tool_ncc_table_applies(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.ncc]\ntarget = "trn3"\n')
    inner = tmp_path / "pkg" / "models"
    inner.mkdir(parents=True)
    (tmp_path / "pkg" / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no [tool.ncc]: skipped
    store = PyprojectSettings()
    path, table, problems = store.find(str(inner / "model.py"))
    assert path == str(tmp_path / "pyproject.toml") and table == {"target": "trn3"} and problems == []
    (tmp_path / "pyproject.toml").write_text('[tool.ncc]\ntarget = "inf2"\nextra = 1\n')
    _, table, problems = store.find(str(inner / "model.py"))
    assert table == {"target": "inf2"} and problems and "unknown setting" in problems[0]


def test_a_broken_pyproject_is_reported_not_fatal(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.ncc\n")
    path, table, problems = PyprojectSettings().find(str(tmp_path / "m.py"))
    assert table == {} and path is None and "cannot read it" in problems[0]
