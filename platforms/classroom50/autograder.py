#!/usr/bin/env python3
"""Kitchen Katas autograder for Classroom 50.

Copy this file to CLASSROOM/autograders/ASSIGNMENT/autograder.py in your classroom50 config repository (see
docs/teachers.md, "Classroom 50"). The Classroom 50 runner runs it in the student's checkout with CLASSROOM,
ASSIGNMENT, SUBMISSION_TAG, COMMIT_URL, RELEASE_URL and REVIEW_URL set; it writes ./result.json
(classroom50/result/v1) and ./release-body.md, and exits 0 whatever the mark.

The grader and the checks come from YOUR copy of Kitchen Katas at a commit you name, never from the student's
repository: only the kata's learner files are taken from the submission, so changed checks earn nothing.
A non-zero exit means the grading machine failed (no .NET, no clone): Classroom 50 then records an error, not a 0.
"""

import datetime
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

# Set these two for your course: your fork of Kitchen Katas, and the full commit SHA of the checks you grade with.
KITCHEN_REPOSITORY = os.environ.get("KITCHEN_REPOSITORY", "https://github.com/YOUR-ORG/kitchen-katas")
KITCHEN_COMMIT = os.environ.get("KITCHEN_COMMIT", "")
# The kata this assignment grades: its id from kata.json. By default the assignment's slug names it.
KATA = os.environ.get("KITCHEN_KATA") or os.environ.get("ASSIGNMENT", "racy-cart")
DOTNET_CHANNEL = "10.0"


def run(args, **kwargs):
    print("+", " ".join(args), flush=True)
    return subprocess.run(args, check=False, **kwargs)


def dotnet():
    """A dotnet with a .NET 10 SDK: the runner's own, or one installed into the home folder."""
    found = shutil.which("dotnet")
    if found:
        sdks = subprocess.run([found, "--list-sdks"], capture_output=True, text=True, check=False).stdout
        if any(line.startswith(DOTNET_CHANNEL.split(".")[0] + ".") for line in sdks.splitlines()):
            return found
    home = pathlib.Path.home() / ".dotnet"
    script = pathlib.Path(tempfile.gettempdir()) / "dotnet-install.sh"
    if run(["curl", "-sSL", "-o", str(script), "https://dot.net/v1/dotnet-install.sh"]).returncode != 0:
        sys.exit("::error::the grading machine could not download the .NET installer")
    if run(["bash", str(script), "--channel", DOTNET_CHANNEL, "--install-dir", str(home)]).returncode != 0:
        sys.exit("::error::the grading machine could not install .NET " + DOTNET_CHANNEL)
    return str(home / "dotnet")


def learner_folder(student):
    """The kata's folder in the student's checkout (katas/NN-KATA), or the checkout itself."""
    for folder in sorted((student / "katas").glob("*-" + KATA)):
        if folder.is_dir():
            return folder
    return student


def submitted_at(student):
    """The graded commit's date in UTC: Classroom 50's `datetime`, the same on every regrade."""
    said = subprocess.run(["git", "-C", str(student), "log", "-1", "--format=%ct"], capture_output=True, text=True, check=False)
    if said.returncode != 0 or not said.stdout.strip():
        return ""
    instant = datetime.datetime.fromtimestamp(int(said.stdout.strip()), datetime.timezone.utc)
    return instant.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    if len(KITCHEN_COMMIT) != 40:
        sys.exit("::error::set KITCHEN_COMMIT in autograder.py to the full commit SHA of the checks to grade with")
    student = pathlib.Path.cwd()
    grader = pathlib.Path(tempfile.mkdtemp(prefix="kitchen-"))
    if run(["git", "clone", "--quiet", "--filter=blob:none", KITCHEN_REPOSITORY, str(grader)]).returncode != 0 \
            or run(["git", "-C", str(grader), "checkout", "--quiet", KITCHEN_COMMIT]).returncode != 0:
        sys.exit("::error::the grading machine could not fetch the checks from " + KITCHEN_REPOSITORY)

    env = dict(os.environ, SUBMISSION_DATETIME=submitted_at(student), DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    run([dotnet(), "run", "-c", "Release", "--project", str(grader / "grader" / "Grader.Cli"), "--",
         "grade", "--repo", str(grader), "--kata", KATA, "--submission", str(learner_folder(student)),
         "--format", "classroom50", "--output", str(student / "result.json"),
         "--format", "markdown", "--output", str(student / "release-body.md")], env=env)
    # 0 and 1 are marks (passed, failed); only a grader that wrote no result failed on the machine's side.
    if not (student / "result.json").is_file():
        sys.exit("::error::the grader wrote no result.json: the grading machine failed, not the student's code")
    return 0


if __name__ == "__main__":
    sys.exit(main())
