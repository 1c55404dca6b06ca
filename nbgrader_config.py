"""nbgrader settings for the MLS-C01 course (read by every nbgrader command run in this folder)."""

import os

c = get_config()  # noqa: F821  (provided by nbgrader)
# This folder, absolute (a relative root makes every nbgrader command warn "'.' is not absolute").
HERE = os.path.dirname(os.path.abspath(__file__))  # noqa: F821  (traitlets sets __file__)

c.CourseDirectory.course_id = "mlsc01"
c.CourseDirectory.root = HERE
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
# The gradebook: SQLite in the course folder on one machine; a class on JupyterHub (deploy/) sets
# MLSC01_DB_URL to a database server that several graders write at once, e.g.
# postgresql+psycopg://mlsc01:PASSWORD@db.example.org/mlsc01 (needs the course's `hub` extra: psycopg).
c.CourseDirectory.db_url = os.environ.get("MLSC01_DB_URL") or "sqlite:///gradebook.db"
# Data the exercises read ship inside the course package, so nothing else is copied per assignment.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]

# A runaway cell is interrupted after 60 s and scores 0; the rest of the notebook is still graded.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
# A loop that swallows the interrupt leaves the kernel silent: score 0 instead of an ungraded notebook.
c.Execute.raise_on_iopub_timeout = False
c.Execute.iopub_timeout = 15
# Kernels log only errors (no "running over TCP without encryption" line per notebook).
c.Execute.extra_arguments = ["--IPKernelApp.log_level=ERROR"]
# Kernel start-up is slow on a loaded 2-core laptop.
c.Execute.startup_timeout = 120

# Deleted test cells are restored from the gradebook and graded (nbgrader issue #1682).
c.OverwriteCells.add_missing_cells = True

# Feedback carries no hidden test code: removed from the cells, and from every output (tracebacks, prints)
# by mlsc01's RedactHiddenTests (jupyter/nbgrader#917); hidden tests print only a one-line message anyway.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "mlsc01.feedback.RedactHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# The student panels of JupyterLab need a local exchange for the classroom flow. exchange/ is git-ignored, so
# a fresh clone has none: make the empty folder, else the formgrader shows "The exchange directory ... does
# not exist" (a read-only course folder keeps the banner and nothing else changes).
# On JupyterHub (deploy/), MLSC01_EXCHANGE names the server's shared exchange: one folder per course in it, and who
# takes which course comes from JupyterHub's groups (nbgrader-<course>, formgrade-<course>).
if os.environ.get("MLSC01_EXCHANGE"):
    c.Exchange.root = os.environ["MLSC01_EXCHANGE"]
    c.Exchange.path_includes_course = True
    c.Authenticator.plugin_class = "nbgrader.auth.JupyterHubAuthPlugin"
else:
    c.Exchange.root = os.path.join(HERE, "exchange")
    try:
        os.makedirs(c.Exchange.root, exist_ok=True)
    except OSError:
        pass

# Hard limits of `mlsc01 autograde` (its sandbox, mlsc01.sandbox.SandboxExecute; plain `nbgrader autograde`
# ignores them). A whole submission (all its notebooks) runs at most `submission_timeout` seconds: then the
# running cell is stopped and the rest score 0. A cell that times out (Execute.timeout above) and has not
# stopped `interrupt_grace` seconds after the interrupt gets its kernel killed; the remaining cells run in
# a fresh kernel and the outcome says "cell N did not stop after the interrupt". Learner code gets at most
# `max_processes` processes and threads (a pids cgroup, where the machine has one) and a private writable
# /tmp of `scratch_mb` MiB (RAM-backed).
c.SandboxExecute.submission_timeout = 300
c.SandboxExecute.interrupt_grace = 5
c.SandboxExecute.max_processes = 256
c.SandboxExecute.scratch_mb = 512
