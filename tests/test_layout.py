"""The house as the design card draws it: top-level grammars/, datasets/, trainer/ that
install as parts of the package, one list of negative kinds, no import cycles."""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from srlcap.schema import CLIP_KINDS, EVENT_KINDS, NEGATIVE_KINDS

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("srlcap", "trainer", "scripts", "benchmarks")


def test_top_level_is_the_design_cards():
    for name in ("pyproject.toml", "srlcap", "grammars", "datasets", "trainer", "tests", "docs", "LICENSE", "CHANGELOG.md"):
        assert (ROOT / name).exists(), name
    assert (ROOT / "grammars" / "default.toml").is_file()
    assert (ROOT / "datasets" / "vidsitu_sample" / "vidsitu_annotations").is_dir()
    for gone in ("srlcap/grammars", "srlcap/datasets", "srlcap_trainer"):
        assert not (ROOT / gone).exists(), gone
    assert (ROOT / "srlcap" / "py.typed").is_file() and (ROOT / "trainer" / "py.typed").is_file()


def test_datasets_folder_does_not_shadow_hugging_face(tmp_path):
    """From the checkout's root, `import datasets` finds an installed `datasets` package,
    never our data folder; without one, what it needs is missing as it would be elsewhere."""
    assert not (ROOT / "datasets" / "__init__.py").exists()
    fake = tmp_path / "site" / "datasets"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("load_dataset = 'the installed one'\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    code = "import datasets; print(datasets.load_dataset)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.stdout.strip() == "the installed one", done.stderr
    env.pop("PYTHONPATH")
    done = subprocess.run([sys.executable, "-c", "from datasets import load_dataset; import datasets; print(datasets.__file__)"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode == 0:  # Hugging Face's is installed (the test extra has it): that one, not our folder
        assert done.stdout.strip().endswith("__init__.py") and not done.stdout.startswith(str(ROOT / "datasets"))
    else:
        assert done.returncode == 1 and "ImportError" in done.stderr


def _python_files():
    for folder in SOURCE_DIRS:
        yield from sorted((ROOT / folder).rglob("*.py"))


def test_each_kind_is_written_in_the_schema_and_its_generator_only():
    for kind in NEGATIVE_KINDS:
        word = re.compile(rf"\b{kind}\b")
        found = {str(p.relative_to(ROOT)) for p in _python_files() if word.search(p.read_text(encoding="utf-8"))}
        generator = {str(p.relative_to(ROOT)) for p in (ROOT / "srlcap" / "negatives").glob("*.py")
                     if re.search(rf"^def {kind}\(", p.read_text(encoding="utf-8"), re.M)}
        assert len(generator) == 1, (kind, generator)
        assert found == {"srlcap/schema.py"} | generator, (kind, found)


def test_every_kind_has_a_registered_generator_with_a_description():
    from srlcap.negatives import CLIP_GENERATORS, EVENT_GENERATORS, describe

    assert tuple(EVENT_GENERATORS) == EVENT_KINDS and tuple(CLIP_GENERATORS) == CLIP_KINDS
    for kind in NEGATIVE_KINDS:
        short, paragraph = describe(kind)
        assert short and paragraph and len(short) < 70, kind


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    parts[0] = {"trainer": "srlcap_trainer"}.get(parts[0], parts[0])
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str) -> set[str]:
    """Our modules that ``path`` imports anywhere (module level or inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            out.add(base)
            out |= {f"{base}.{a.name}" for a in node.names}
    return {m for m in out if m.split(".")[0] in ("srlcap", "srlcap_trainer")}


def test_no_import_cycles():
    modules = {_module_name(p): p for folder in ("srlcap", "trainer") for p in (ROOT / folder).rglob("*.py")}
    graph = {name: {m for m in _imports(path, name) if m in modules and m != name} for name, path in modules.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


@pytest.mark.parametrize("argv", [["--help"], ["--version"]])
def test_help_and_version_import_neither_spacy_nor_torch(argv):
    code = ("import sys\nfrom srlcap.cli import main\ntry:\n    main(%r)\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('spacy', 'torch', 'open_clip', 'thinc') if m in sys.modules))" % argv)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_wheel_installed_in_a_fresh_venv_builds_the_sample(tmp_path):
    """The wheel carries the grammar, the sample and the trainer; installed into a fresh
    virtual environment it builds the train split from another folder, byte for byte
    the rows of the checkout's build."""
    wheels = tmp_path / "wheels"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                           "-w", str(wheels), str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = wheels.glob("srlcap-*.whl")
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("srlcap/grammars/default.toml", "srlcap_trainer/model.py", "srlcap/py.typed",
                   "srlcap/datasets/vidsitu_sample/vidsitu_annotations/vseg_ann_files/vsann_train_lb.json"):
        assert needed in names, needed
    assert not any(n.startswith(("grammars/", "datasets/", "trainer/")) for n in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # the dependencies come from this environment's site-packages, appended after the
    # fresh one's, whose .pth files (our editable install among them) are not processed
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # nor does it see a PYTHONPATH the suite runs under (PYTHONPATH=. from the checkout):
    # through it pip would find the checkout's srlcap.egg-info, which the wheel's build
    # writes, take srlcap for installed and install nothing
    fresh = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
                           "--no-index", str(wheel)], capture_output=True, text=True, env=fresh)
    assert done.returncode == 0, done.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([str(py), "-c", "import srlcap, srlcap_trainer; print(srlcap.__file__, srlcap_trainer.__file__)"],
                           cwd=elsewhere, capture_output=True, text=True, check=True, env=fresh).stdout
    assert str(ROOT) not in where
    done = subprocess.run([str(venv / "bin" / "srlcap"), "build", "--split", "train", "--quiet"],
                          cwd=elsewhere, capture_output=True, text=True, env=fresh)
    assert done.returncode == 0, done.stderr[-2000:]
    ours = elsewhere / "out" / "srlcap_train.parquet"
    reference = tmp_path / "reference.parquet"
    from srlcap.cli import main

    assert main(["build", "--split", "train", "--out", str(reference), "--quiet"]) == 0
    assert pq.read_table(ours).equals(pq.read_table(reference))


def test_every_python_package_is_listed_for_the_wheel():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {_module_name(init) for folder in ("srlcap", "trainer") for init in (ROOT / folder).rglob("__init__.py")}
    assert on_disk <= listed, sorted(on_disk - listed)
    assert config["package-dir"] == {"srlcap.grammars": "grammars", "srlcap.datasets": "datasets",
                                     "srlcap_trainer": "trainer"}
