"""mlsc01.links: every relative link of a workspace names a file there, every anchor a heading of it."""

import pytest
from conftest import REPO

from mlsc01.authoring import code, md, write_notebook
from mlsc01.cli import main
from mlsc01.links import anchors_of, check_workspace, heading_anchor, markdown_links


def test_heading_anchors_as_jupyterlab_makes_them():
    assert heading_anchor("1.1 Parse the types") == "1.1-Parse-the-types"
    assert heading_anchor("§2 Cost: *cheap* vs `fast`") == "§2-Cost:-cheap-vs-fast"  # markup dropped, text kept
    assert heading_anchor("3. A [linked](x.ipynb) title &amp; more") == "3.-A-linked-title-&-more"
    assert heading_anchor("How the exam asks about this") == "How-the-exam-asks-about-this"
    assert heading_anchor("Ünïcode — dash (parens)") == "Ünïcode-—-dash-(parens)"  # case and punctuation stay


def test_links_are_read_from_markdown_tables_html_and_references():
    src = ("See [a](a.ipynb), ![img](p.png) and <a href='b.ipynb#X'>b</a>.\n\n"
           "| x |\n|---|\n| [c](c.ipynb#Y) |\n\n[ref]: d.ipynb\nUse [d][ref]. Skip [web](https://aws.amazon.com/).")
    assert markdown_links(src) == ["a.ipynb", "p.png", "b.ipynb#X", "c.ipynb#Y", "d.ipynb", "https://aws.amazon.com/"]


@pytest.fixture
def ws(tmp_path):
    ws = tmp_path / "ws"
    write_notebook(ws / "lessons" / "topic.ipynb", [
        md("# Topic\n\n*Estimated time: about 30 minutes.*"), md("## 1.1 Parse the types\n\ntext"),
        md("Setext one\n---\n\n<a id='custom-anchor'></a>"),
        md("[exercise](../topic/topic.ipynb) · [same page](#1.1-Parse-the-types)"), code("x = '[not](a-link.ipynb)'")])
    write_notebook(ws / "topic" / "topic.ipynb", [
        md("Read the [lesson](../lessons/topic.ipynb) first ([lesson §1.1](../lessons/topic.ipynb#1.1-Parse-the-types), "
           "[setext](../lessons/topic.ipynb#Setext-one), [custom](../lessons/topic.ipynb#custom-anchor), "
           "[spaces](../lessons/topic.ipynb#1.1%20Parse%20the%20types), [docs](https://docs.aws.amazon.com/))")])
    return ws


def test_a_good_workspace_has_no_broken_links(ws):
    assert anchors_of(ws / "lessons" / "topic.ipynb") >= {"Topic", "1.1-Parse-the-types", "Setext-one", "custom-anchor"}
    broken, checked = check_workspace(ws)
    assert [str(b) for b in broken] == [
        f"{ws / 'topic' / 'topic.ipynb'} cell 0: [../lessons/topic.ipynb#1.1%20Parse%20the%20types] "
        "no heading #1.1 Parse the types in lessons/topic.ipynb; headings there: 1.1-Parse-the-types"]
    assert checked == 7  # the code cell's text is no link; the https link is not checked


def test_broken_links_say_what_is_wrong(ws):
    write_notebook(ws / "topic" / "broken.ipynb", [md(
        "[old path](../notebooks/topic.ipynb) [bad anchor](../lessons/topic.ipynb#1.2-Nope) "
        "[outside](../../elsewhere.ipynb) [absolute](/lessons/topic.ipynb) [here](#Missing)")])
    broken, _ = check_workspace(ws)
    reasons = [b.reason for b in broken if b.source.name == "broken.ipynb"]
    assert reasons[0] == "no file notebooks/topic.ipynb"
    assert reasons[1].startswith("no heading #1.2-Nope in lessons/topic.ipynb")
    assert "outside" in reasons[2] and "absolute path" in reasons[3] and reasons[4].startswith("no heading #Missing")
    assert len(reasons) == 5


def test_the_cli_reports_broken_links(ws, tmp_path, capsys):
    from conftest import make_course

    course = make_course(tmp_path / "course")
    assert main(["--root", str(course), "start", "--workspace", str(ws), "--no-lab"]) == 0
    assert main(["links", "--workspace", str(ws)]) == 1
    assert "1 broken" in capsys.readouterr().out
    assert main(["links", "--workspace", str(tmp_path / "nope")]) == 2
    assert "mlsc01 start --workspace" in capsys.readouterr().err


def test_every_link_in_a_real_workspace_resolves(tmp_path):
    ws = tmp_path / "workspace"
    assert main(["--root", str(REPO), "start", "--workspace", str(ws), "--no-lab"]) == 0
    broken, checked = check_workspace(ws)
    assert checked > 0 and not broken, "\n".join(map(str, broken))
