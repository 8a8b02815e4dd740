using System.Globalization;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// What a kata run as a whole says about its checks: whether any result may count at all (the grader's files were
/// changed, a resource limit was crossed, time ran out, nothing was built, the results were forged), why a check
/// without a result failed, and the notes the learner should read. A check passes only when the test runner saw it
/// finish and pass, and the run around it is believable.
/// </summary>
public sealed class RunVerdict
{
    /// <summary>Longest text kept of one message from learner code; a flood cannot swell every report.</summary>
    public const int MessageCap = 4_000;

    // Processes of the build and test platform themselves, which may linger by design; not the learner's doing.
    private static readonly string[] PlatformProcesses = ["VBCSCompiler", "MSBuild.dll", "vstest.console", "testhost", "dotnet-build-server"];

    private RunVerdict(string? nothingCounts, string whyCheckMissing, IReadOnlyList<string> notes)
    {
        NothingCounts = nothingCounts;
        WhyCheckMissing = whyCheckMissing;
        Notes = notes;
    }

    /// <summary>Why no check of this run may count, or null when each check's own result decides.</summary>
    public string? NothingCounts { get; }

    /// <summary>
    /// What a report for people shows for a check whose message is the kata's note <paramref name="message"/> word for
    /// word (nothing counted): its first sentence and a pointer, so the story is told once, not once per check.
    /// </summary>
    public static string PointerToNote(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return $"{FirstSentence(message)} (The note above says more.)";
    }

    /// <summary>Whose doing it was that nothing counts (meaningful only when <see cref="NothingCounts"/> is set).</summary>
    public Fault NothingCountsFault { get; private init; } = Fault.LearnerCode;

    /// <summary>Whose doing a check the results do not mention is.</summary>
    public Fault MissingCheckFault { get; private init; } = Fault.LearnerCode;

    /// <summary>The message of a check the results do not mention.</summary>
    public string WhyCheckMissing { get; }

    /// <summary>What the learner should know about the run.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Judges <paramref name="run"/>; <paramref name="tampered"/> lists the grader files it changed.</summary>
    public static RunVerdict Of(KataTestRun run, IReadOnlyList<string> tampered, string sourceDir, GradeOptions options, IReadOnlyCollection<string> checks)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(tampered);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(checks);
        var notes = new List<string>();
        var nothingCounts = WhyNothingCounts(run, tampered, sourceDir, options, checks);
        if (nothingCounts is not null)
        {
            notes.Add(nothingCounts);
        }

        var aborted = RunTrust.Aborted(run);
        var whyMissing = aborted
            ? $"This check never finished: the test host stopped in the middle of the run ({HostDeath(run)}). A check counts only when the test runner saw it finish."
            : "This check did not run, so it cannot count as passed.";

        if (run.Process.OutputTruncated || run.Tests.Any(t => t.OutputCut || (t.StandardOutput?.Contains(OutputCapNotice.Start, StringComparison.Ordinal) ?? false))
            || run.Process.StandardOutput.Contains(OutputCapNotice.Start, StringComparison.Ordinal))
        {
            notes.Add("The run wrote more output than the grader keeps, so its output was capped: only its first and last part were kept. The grade itself is complete.");
        }

        var orphans = run.Process.Orphans.Where(o => o.Length > 0 && !PlatformProcesses.Any(p => o.Contains(p, StringComparison.Ordinal))).ToArray();
        if (orphans.Length > 0)
        {
            notes.Add($"{orphans.Length.ToString(CultureInfo.InvariantCulture)} process(es) your code started were still running after the checks ({Capped(string.Join(", ", orphans.Take(3)), 300)}); the grader stopped them. Close what you open.");
        }

        return new RunVerdict(nothingCounts, whyMissing, notes)
        {
            // Only a run that reported nothing, without a compiler error, a crash of the learner's or a limit crossed,
            // failed on the machine's side (a build server or the test platform giving up); the rest is the code's doing.
            NothingCountsFault = MachineFailed(run, tampered, sourceDir) ? Fault.GradingMachine : Fault.LearnerCode,
            MissingCheckFault = aborted ? Fault.LearnerCode : Fault.GradingMachine,
        };
    }

    /// <summary><paramref name="text"/>, cut to <paramref name="cap"/> characters with a mark where it was cut.</summary>
    public static string Capped(string text, int cap = MessageCap)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= cap ? text : string.Concat(text.AsSpan(0, cap), $" [... {(text.Length - cap).ToString("N0", CultureInfo.InvariantCulture)} more characters cut]");
    }

    private static bool MachineFailed(KataTestRun run, IReadOnlyList<string> tampered, string sourceDir) =>
        tampered.Count == 0 && run.Process.LimitExceeded is null && !run.Process.TimedOut && run.NoResults && !RunTrust.Aborted(run)
        && BuildErrors.Extract(run.Process.StandardOutput + "\n" + run.Process.StandardError, sourceDir).Count == 0;

    private static string? WhyNothingCounts(KataTestRun run, IReadOnlyList<string> tampered, string sourceDir, GradeOptions options, IReadOnlyCollection<string> checks)
    {
        if (tampered.Count > 0)
        {
            return $"Not counted: while the checks ran, your code changed the grader's files ({string.Join(", ", tampered.Take(5))}). "
                + "They were put back, and this grade fails: a check that can rewrite its own judge proves nothing.";
        }

        if (run.Process.LimitExceeded is { } breach)
        {
            return $"Stopped: your code {breach}, so the grader stopped the run with every process in it. No check could finish.";
        }

        if (run.Process.TimedOut)
        {
            return $"The checks did not finish within {options.KataTimeout.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} minutes and were stopped; no check could pass.";
        }

        if (run.NoResults)
        {
            var errors = BuildErrors.Extract(run.Process.StandardOutput + "\n" + run.Process.StandardError, sourceDir);
            return errors.Count > 0
                ? "Your code does not compile, so no check could run. The compiler says:\n" + string.Join("\n", errors.Take(20))
                : RunTrust.Aborted(run)
                ? $"The checks never finished: the test host stopped in the middle of the run ({HostDeath(run)}) before it reported any result, so no check counts."
                : $"The checks stopped before reporting any result (exit code {run.Process.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}). Last output:\n{Capped(Tail(run.Process.StandardOutput, 15), 1_500)}";
        }

        if (RunTrust.Distrust(run) is { } distrust)
        {
            return $"Not counted: the results of this run are not trusted: {distrust}. Something in the run, most likely the code under test, wrote the results or stopped the test runner.";
        }

        // The test host died after every check had finished and passed: code still running after the checks (a thread
        // of the learner's own, say) brought the kitchen down. A check that never finished is named on its own instead.
        var allFinished = checks.All(c => run.Tests.Any(t => t.Passed && string.Equals(t.FullName, c, StringComparison.Ordinal)));
        if (RunTrust.Aborted(run))
        {
            return allFinished
                ? $"Every check passed, but then the test host stopped before the run was over ({HostDeath(run)}): code of yours still running after the checks brought the kitchen down, so the kata fails."
                : null;
        }

        return RunTrust.FailedOutsideChecks(run)
            ? $"Every check passed, yet the test run failed (exit code {run.Process.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}): something went wrong outside the checks, such as an exception on a thread of your own, which would bring a real kitchen down. The test runner said:\n{Capped(RunnerWords(run.Process.StandardOutput + "\n" + run.Process.StandardError), 1_500)}"
            : null;
    }

    private static string FirstSentence(string text)
    {
        var line = text.Split('\n')[0];
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end < 0 ? line : line[..(end + 1)];
        return Capped(sentence.EndsWith(':') ? sentence.TrimEnd(':') + "." : sentence, 300);
    }

    // The test platform's words for a test host that died, made plain.
    private static string HostDeath(KataTestRun run)
    {
        var output = run.Process.StandardOutput + "\n" + run.Process.StandardError;
        var at = output.IndexOf("The active test run was aborted.", StringComparison.Ordinal);
        var said = at < 0 ? "" : string.Join(" ", output[at..].Split('\n').Skip(1).Prepend(output[at..].Split('\n')[0])
            .Select(l => l.Trim()).TakeWhile(l => !l.StartsWith("Results File:", StringComparison.Ordinal)).Where(l => l.Length > 0).Take(8));
        var why = said.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? "a stack overflow"
            : said.Contains("Process terminated.", StringComparison.Ordinal) || said.Contains("FailFast", StringComparison.Ordinal) ? "Environment.FailFast"
            : said.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase) ? "an exception nobody caught"
            : "it exited or was killed, e.g. by Environment.Exit";
        return said.Length == 0 ? why : $"{why}: {Capped(said, 600)}";
    }

    // The test runner's own lines, without the build's warnings (the hints say those better).
    private static string RunnerWords(string output)
    {
        var start = output.IndexOf("Test run for ", StringComparison.Ordinal);
        return Tail(string.Join("\n", output[Math.Max(0, start)..].Split('\n').Where(l => !l.Contains(": warning ", StringComparison.Ordinal))), 12);
    }

    private static string Tail(string text, int lines) =>
        string.Join("\n", text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).TakeLast(lines));
}
