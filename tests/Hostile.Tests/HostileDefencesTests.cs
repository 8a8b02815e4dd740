using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Hostile.Tests;

/// <summary>The grader's defences one by one, on small made-up inputs: no kata is built here.</summary>
[TestFixture]
public sealed class HostileDefencesTests
{
    [Test]
    public async Task A_tree_that_starts_more_processes_than_allowed_is_frozen_and_killed_whole()
    {
        var mark = "HOSTILE_TEST_MARK=" + Guid.NewGuid().ToString("N");
        var result = await ChildProcessRunner.RunAsync(new ChildProcessRequest("bash", ["-c", "for i in $(seq 1 200); do sleep 120 & done; wait"])
        {
            Timeout = TimeSpan.FromSeconds(60),
            CaptureStacksOnTimeout = false,
            Environment = new Dictionary<string, string?> { [mark.Split('=')[0]] = mark.Split('=')[1] },
            Limits = new ResourceLimits(MaxMemoryBytes: 4L << 30, MaxProcesses: 20, MaxThreads: 10_000),
        });
        Assert.Multiple(() =>
        {
            Assert.That(result.LimitExceeded, Does.StartWith("started").And.Contain("more than the limit of 20"));
            Assert.That(result.TimedOut, Is.False, "The limit, not the timeout, stopped it.");
            Assert.That(ProcessTree.Carrying(mark), Is.Empty, "No sleeper of the run is left.");
        });
    }

    [Test]
    public void Limits_grow_with_the_cores_so_a_64_core_build_is_not_mistaken_for_a_bomb()
    {
        var two = ResourceLimits.ForKataRun(2);
        var many = ResourceLimits.ForKataRun(64);
        Assert.Multiple(() =>
        {
            Assert.That(many.MaxProcesses, Is.GreaterThan(two.MaxProcesses + 100));
            Assert.That(many.MaxThreads, Is.GreaterThan(two.MaxThreads * 2));
            Assert.That(two.Breach(new TreeUsage(10, 200, 500L << 20)), Is.Null, "A normal kata run is within every limit.");
            Assert.That(two.Breach(new TreeUsage(10, 200, 5L << 30)), Does.Contain("memory"));
            Assert.That(two.Breach(new TreeUsage(10, 50_000, 500L << 20)), Does.Contain("threads"));
        });
    }

    [TestCase("GITHUB_TOKEN", true)]
    [TestCase("GITHUB_ACTIONS", true)]
    [TestCase("CI", true)]
    [TestCase("RUNNER_TEMP", true)]
    [TestCase("NUGET_API_KEY", true)]
    [TestCase("MY_SECRET", true)]
    [TestCase("PATH", false)]
    [TestCase("HOME", false)]
    [TestCase("DOTNET_ROOT", false)]
    [TestCase("KITCHEN_STRESS_SCALE", false)]
    public void The_run_gets_no_variable_that_names_the_CI_or_looks_like_a_credential(string name, bool scrubbed) =>
        Assert.That(ChildEnvironment.IsScrubbed(name), Is.EqualTo(scrubbed));

    [Test]
    public void Results_count_only_when_the_test_runners_summary_and_exit_code_agree()
    {
        var passed = new TestOutcome("K.Checks.A", "Passed", null, null, null, TimeSpan.Zero);
        var failed = new TestOutcome("K.Checks.B", "Failed", "no", null, null, TimeSpan.Zero);
        const string Summary = "Failed!  - Failed:     1, Passed:     1, Skipped:     0, Total:     2, Duration: 1 s - K.dll (net10.0)";
        KataTestRun Run(int exitCode, string output, params TestOutcome[] tests) =>
            new(tests, new ChildProcessResult(exitCode, false, output, "", false, TimeSpan.Zero));
        Assert.Multiple(() =>
        {
            Assert.That(RunTrust.Distrust(Run(1, Summary, passed, failed)), Is.Null, "Summary, results and exit code agree.");
            Assert.That(RunTrust.Distrust(Run(1, "", passed, passed)), Does.Contain("never printed its summary"), "A results file nobody vouches for.");
            Assert.That(RunTrust.Distrust(Run(1, Summary, passed, passed)), Does.Contain("counted 1 passed"), "A results file that disagrees with the runner.");
            Assert.That(RunTrust.Distrust(Run(1, Summary + "\n" + Summary, passed, failed)), Does.Contain("more than one"), "A summary printed by someone else too.");
            Assert.That(RunTrust.FailedOutsideChecks(Run(1, Summary.Replace("Failed:     1", "Failed:     0", StringComparison.Ordinal), passed)), Is.True);
        });
    }

    [Test]
    public void Reading_the_environment_or_the_stack_is_named_with_its_line()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("inspect-").FullName, "Cart.cs");
        File.WriteAllText(file, "class Cart\n{\n    bool Watched() => System.Environment.GetEnvironmentVariable(\"CI\") != null;\n    string Who() => new System.Diagnostics.StackTrace().ToString();\n    string Mine(System.Exception e) => e.StackTrace ?? \"\";\n    int Others() => System.IO.Directory.GetDirectories(\"/proc\").Length + System.Diagnostics.Process.GetProcesses().Length;\n}\n");
        try
        {
            var sites = SelfInspection.Find([file]);
            Assert.Multiple(() =>
            {
                Assert.That(sites.Select(s => s.Line), Is.EqualTo(new[] { 3, 4, 6, 6 }), "An exception's own StackTrace is no look at the grader.");
                Assert.That(sites.Where(s => s.Line == 6).Select(s => s.What), Is.EquivalentTo(new[] { "GetProcesses (the processes around it)", "/proc (the processes around it)" }));
                Assert.That(SelfInspection.Note(sites), Does.Contain("Cart.cs line 3: Environment.GetEnvironmentVariable"));
                Assert.That(SelfInspection.Note([]), Is.Null);
            });
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, true);
        }
    }

    [Test]
    public void Changed_added_and_deleted_grader_files_are_named_and_put_back()
    {
        var repo = Directory.CreateTempSubdirectory("fake-repo-").FullName;
        try
        {
            var kata = Path.Combine(repo, "katas", "01-k");
            Directory.CreateDirectory(Path.Combine(kata, "Checks"));
            Directory.CreateDirectory(Path.Combine(kata, "bin"));
            File.WriteAllText(Path.Combine(kata, "kata.json"), "{}");
            File.WriteAllText(Path.Combine(kata, "Checks", "A.cs"), "// check");
            var files = GraderFiles.Take(repo, kata);
            File.WriteAllText(Path.Combine(kata, "kata.json"), "{ \"forged\": true }");
            File.Delete(Path.Combine(kata, "Checks", "A.cs"));
            File.WriteAllText(Path.Combine(kata, "Checks", "Planted.cs"), "// planted");
            File.WriteAllText(Path.Combine(repo, "katas", "Directory.Build.rsp"), "-p:Anything=1");
            File.WriteAllText(Path.Combine(kata, "bin", "output.dll"), "build output is nobody's business");
            var changed = files.Restore();
            Assert.Multiple(() =>
            {
                Assert.That(changed, Is.EqualTo(new[] { "katas/01-k/Checks/A.cs", "katas/01-k/Checks/Planted.cs", "katas/01-k/kata.json", "katas/Directory.Build.rsp" }));
                Assert.That(File.ReadAllText(Path.Combine(kata, "kata.json")), Is.EqualTo("{}"));
                Assert.That(File.Exists(Path.Combine(kata, "Checks", "A.cs")), Is.True);
                Assert.That(File.Exists(Path.Combine(kata, "Checks", "Planted.cs")), Is.False);
                Assert.That(File.Exists(Path.Combine(repo, "katas", "Directory.Build.rsp")), Is.False);
                Assert.That(files.Restore(), Is.Empty, "Once put back, nothing differs.");
            });
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }

    [Test]
    public void A_check_that_printed_megabytes_is_read_with_its_output_cut()
    {
        var trx = Path.Combine(Directory.CreateTempSubdirectory("trx-").FullName, "big.trx");
        const string Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        File.WriteAllText(trx,
            $"<TestRun xmlns=\"{Ns}\"><Results><UnitTestResult testId=\"1\" outcome=\"Passed\" duration=\"00:00:01\"><Output><StdOut>"
            + new string('x', 3 * TrxReader.TextCap)
            + "</StdOut></Output></UnitTestResult></Results><TestDefinitions><UnitTest id=\"1\" name=\"A\"><TestMethod className=\"K.Checks\" name=\"A\" /></UnitTest></TestDefinitions></TestRun>");
        try
        {
            var outcome = TrxReader.Read(trx).Single();
            Assert.Multiple(() =>
            {
                Assert.That(outcome.FullName, Is.EqualTo("K.Checks.A"));
                Assert.That(outcome.Passed, Is.True);
                Assert.That(outcome.OutputCut, Is.True);
                Assert.That(outcome.StandardOutput!.Length, Is.LessThan(TrxReader.TextCap + 100));
            });
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(trx)!, true);
        }
    }
}
