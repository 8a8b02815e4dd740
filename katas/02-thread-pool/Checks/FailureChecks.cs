using KitchenKatas.Grader.Isolation;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 5: a burnt order is reported through JobFailed, and neither the chef nor the kitchen goes down.</summary>
[TestFixture]
[NonParallelizable]
public sealed class FailureChecks
{
    [Check(5, "A burnt order is reported and the kitchen goes on", Points = 10)]
    public async Task A_throwing_job_is_reported_and_the_kitchen_goes_on()
    {
        // In a child process: if the exception escapes a chef's thread, it ends that process, not the test run.
        var child = await ChildProcessRunner.RunAsync(new ChildProcessRequest(DotnetHost(),
            ["exec", typeof(ThrowingJobProbe).Assembly.Location, KitchenProbeProgram.ThrowingJobs])
        {
            Timeout = TimeSpan.FromSeconds(90),
            OutputCap = 20_000,
        });
        const string story = "10 of 30 orders threw an exception while they cooked, in a kitchen of 2 chefs.";
        Assert.That(child.TimedOut, Is.False, Hints.Say($"{story}\nHappened: the kitchen was still busy after 90 s (a hang). Look at how a chef handles an exception in WorkerPool.cs."));
        var report = ThrowingJobReport.Parse(child.StandardOutput);
        Assert.That(report, Is.Not.Null, Hints.Say($"{story}\nHappened: the whole kitchen went down (exit code {child.ExitCode}):\n  {FirstLines(child.StandardError, 3)}\n" +
            "An exception that escapes a thread ends the whole process: every chef and every order with it. In WorkerPool.cs, put a try/catch " +
            "around the job alone (not around the chef's loop), report the exception through JobFailed, and let the chef take the next order."));
        Assert.Multiple(() =>
        {
            Assert.That(report!.Problem, Is.EqualTo("none"), Hints.Say($"{story}\nHappened: {report.Problem}."));
            Assert.That(report.Reported, Is.EqualTo(report.Burnt), Hints.Say($"{story}\nExpected: each of the {report.Burnt} exceptions reported once through the JobFailed event.\n" +
                $"Happened: {report.Reported} were. Catch the exception around the job and raise JobFailed with it (JobFailed?.Invoke(e)), in WorkerPool.cs."));
            Assert.That(report.Cooked, Is.EqualTo(report.Ordinary), Hints.Say($"{story}\nExpected: the {report.Ordinary} ordinary orders are all cooked.\n" +
                $"Happened: {report.Cooked} were. A burnt order must not stop the chef who cooked it: catch, report, go on with the next order."));
            Assert.That(report.CrewIntact, Is.True, Hints.Say($"{story}\nExpected: afterwards both chefs still cook side by side.\n" +
                "Happened: fewer than 2 chefs were left. A chef whose loop ends on an exception is gone for good; keep the try/catch inside the loop, around the job."));
        });
    }

    // The muxer that runs this test host; 'dotnet exec' then runs the checks assembly's own entry point.
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }

    private static string FirstLines(string text, int lines) =>
        string.Join("\n  ", text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).Take(lines));
}
