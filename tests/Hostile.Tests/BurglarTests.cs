using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Hostile.Tests;

/// <summary>
/// A submission that tries to harm the teacher who grades it (<c>SandboxCorpus/burglar</c>: read a private key and
/// another student's work, write beside them, call a listener on loopback, kill a process of the teacher's, attach to
/// the grader) is graded in the sandbox: every harm fails, and its correct cart still gets full marks, with a report
/// that says what protected the run.
/// </summary>
[TestFixture]
[NonParallelizable] // a listener and a sentinel of its own, and a whole class graded
public sealed class BurglarTests
{
    private Burglary _burglary = null!;

    [OneTimeSetUp]
    public async Task Grade_the_burglar_in_the_sandbox()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "bubblewrap is the Linux sandbox");
        if (Environment.GetEnvironmentVariable("KITCHEN_REQUIRE_SANDBOX") == "1")
        {
            // .ci/run sets it once bubblewrap is installed and works: a sandbox the grader cannot use is a failure there.
            Assert.That(Platform.Current.Sandbox.Isolates, Is.True, Platform.Current.Sandbox.Protection);
        }

        Assume.That(Platform.Current.Sandbox.Isolates, Is.True, "Not judged on this machine: " + Platform.Current.Sandbox.Protection);
        _burglary = await Burglary.GradeAsync(sandbox: true);
    }

    [OneTimeTearDown]
    public void Clean_up() => _burglary?.Dispose();

    [Test]
    public void The_key_in_the_teachers_home_and_another_students_work_are_never_read() =>
        Assert.That(_burglary.Reports + _burglary.Output, Does.Not.Contain(_burglary.Secret));

    [Test]
    public void Nothing_is_written_outside_the_run() => Assert.That(_burglary.Graffiti, Is.Empty);

    [Test]
    public void The_teachers_service_on_loopback_gets_no_call() => Assert.That(_burglary.Calls, Is.Zero);

    [Test]
    public void The_teachers_process_lives() => Assert.That(_burglary.SentinelLives, Is.True);

    [Test]
    public void The_grader_is_not_even_seen() => Assert.That(_burglary.Reports, Does.Not.Contain("saw the grader"));

    [Test]
    public void The_correct_cart_gets_full_marks_with_a_note_for_the_teacher_and_the_report_says_the_run_was_sandboxed()
    {
        var report = _burglary.Report;
        Assert.Multiple(() =>
        {
            Assert.That(report.Katas.Single().Passed, Is.True, _burglary.Reports);
            // Its looking through /proc for the teacher's processes is told to the teacher, though it found nothing.
            Assert.That(report.Katas.Single().Notes, Has.Some.Contains("/proc"));
            Assert.That(report.Protection, Does.StartWith("sandboxed (bubblewrap)"));
        });
    }
}

/// <summary>
/// The control: the same burglar graded with <c>KITCHEN_SANDBOX=off</c> does every harm it tries, so it is the sandbox
/// that stops them, not a burglar that never worked. Slow (a second class graded); run it with
/// <c>dotnet test tests/Hostile.Tests -s tests/Hostile.Tests/slow.runsettings --filter Name~burglar</c>.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Slow")]
public sealed class UnsandboxedBurglarTests
{
    private Burglary _burglary = null!;

    [OneTimeSetUp]
    public async Task Grade_the_burglar_without_the_sandbox()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "the burglar looks for Linux's /proc");
        _burglary = await Burglary.GradeAsync(sandbox: false);
    }

    [OneTimeTearDown]
    public void Clean_up() => _burglary?.Dispose();

    [Test]
    public void Unsandboxed_the_burglar_reads_the_key_and_the_other_students_work() =>
        Assert.That(_burglary.Reports, Does.Contain(_burglary.Secret).And.Contain("id_ed25519").And.Contain("student-7"));

    [Test]
    public void Unsandboxed_the_burglar_writes_beside_them() => Assert.That(_burglary.Graffiti.Count(), Is.EqualTo(2));

    [Test]
    public void Unsandboxed_the_burglar_calls_the_teachers_service() => Assert.That(_burglary.Calls, Is.Positive);

    [Test]
    public void Unsandboxed_the_burglar_kills_the_teachers_process() => Assert.That(_burglary.SentinelLives, Is.False);

    [Test]
    public void Unsandboxed_the_burglar_sees_the_grader() => Assert.That(_burglary.Reports, Does.Contain("saw the grader"));

    [Test]
    public void Unsandboxed_the_burglar_fails_in_its_own_words_and_the_report_says_the_run_was_not_sandboxed()
    {
        var report = _burglary.Report;
        Assert.Multiple(() =>
        {
            Assert.That(report.Katas.Single().Passed, Is.False);
            Assert.That(_burglary.Reports, Does.Contain("kitchen-burglar:"));
            Assert.That(report.Protection, Does.StartWith("not sandboxed"));
        });
    }
}
