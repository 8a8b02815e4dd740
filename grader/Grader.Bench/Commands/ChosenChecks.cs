using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// <c>corpus --check NAME</c>: chosen checks, many runs each. On the reference solution and every correct variant it
/// counts false positives; on every rule breaker whose breaks.json names a chosen check it counts how often that check
/// caught it (the power a shorter budget must keep). Each learner file set is built once (learner files only) into a
/// build slot of its own; every run is a fresh test host that runs the chosen checks once (<see cref="RepeatedChecks"/>,
/// as the soak does).
/// </summary>
internal static class ChosenChecks
{
    public static async Task<int> RunAsync(string root, IReadOnlyList<KataInfo> katas, string[] checks, string[] entries, int runs, CancellationToken cancellationToken)
    {
        var wrong = 0;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Kata", "Learner files", "Check", "Runs", "Failed", "95 % bound", "Median ms", "Max ms");
        foreach (var kata in katas)
        {
            var chosen = kata.Manifest.Checks.Select(c => c.Test).Where(t => checks.Contains(RuleMap.MethodName(t))).ToArray();
            var correct = RuleCorpus.CorrectVariants(root, kata).Prepend(new CorpusEntry("solution", Path.Combine(root, "solutions", kata.FolderName), null));
            var breakers = RuleCorpus.Breakers(root, kata).Where(b => b.MustFail.Any(checks.Contains));
            foreach (var entry in correct.Concat(breakers).Where(e => entries.Length == 0 || entries.Contains(e.Name)))
            {
                // A breaker runs only the chosen checks it must fail: the others may fail beside them (its rule's other checks).
                var tests = entry.Breach is null ? chosen : chosen.Where(t => entry.MustFail.Contains(RuleMap.MethodName(t))).ToArray();
                using var copy = SubmissionCopy.Take(kata, entry.Folder);
                AnsiConsole.MarkupLine($"Building [bold]{Markup.Escape(kata.FolderName)}[/] against {Markup.Escape(entry.Name)}...");
                KataTestRequest built;
                try
                {
                    built = await RepeatedChecks.BuildAsync(kata.Folder, copy.Folder, "chosen-checks", cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidOperationException) when (entry.Breach is not null)
                {
                    // A breaker the build refuses (a changed public method) is caught before any check runs, every time.
                    table.AddRow(Markup.Escape(kata.FolderName), Markup.Escape($"{entry.Name} (must fail)"), "the build", "1", "1", "", "", "");
                    continue;
                }

                // A fresh test host per run: a kata's checks may share one evening per test session (kata 3's do), so
                // runs in one session would repeat the first run's verdict instead of judging again.
                var tallies = await RepeatedChecks.RunAsync(built, tests, runs, (run, sofar) => Progress(entry, run, sofar), cancellationToken).ConfigureAwait(false);
                foreach (var tally in tallies)
                {
                    var judged = tally.Runs.Count - tally.NotJudged;
                    var good = entry.Breach is null ? judged - tally.Failed : tally.Failed;
                    wrong += judged - good + (entry.Breach is null ? 0 : tally.NotJudged);
                    var failed = $"{tally.Failed}" + (tally.NotJudged == 0 ? "" : $" ({tally.NotJudged} not judged)");
                    table.AddRow(Markup.Escape(kata.FolderName), Markup.Escape(entry.Breach is null ? entry.Name : $"{entry.Name} (must fail)"),
                        Markup.Escape(RuleMap.MethodName(tally.Test)), tally.Runs.Count.ToString(CultureInfo.InvariantCulture),
                        good == judged && (entry.Breach is null || tally.NotJudged == 0) ? failed : $"[red]{failed}[/]",
                        // Correct files: how often at least they pass; a breaker: how often at least the check catches it.
                        ClopperPearson.LowerBound(good, Math.Max(1, tally.Runs.Count)).ToString("0.0 %", CultureInfo.InvariantCulture),
                        tally.Median.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
                        tally.Slowest.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
                }
            }
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"Wrong verdicts: [bold]{wrong}[/] (a correct file set failed, or a breaker was not caught or not judged). The bound is the 95 % lower bound of the share of right verdicts.");
        return wrong == 0 ? 0 : 1;
    }

    // One line a run, so a soak of hours can be followed and, if it must stop early, counted.
    private static void Progress(CorpusEntry entry, int run, IReadOnlyList<CheckTally> sofar)
    {
        var last = sofar.Where(t => t.Runs.Count == run).Select(t => (t.Test, Run: t.Runs[^1])).ToArray();
        var failedNow = last.Count(l => l.Run is { Passed: false, NotJudged: false });
        var verdict = entry.Breach is null
            ? failedNow == 0 ? "no check failed" : $"[red]{failedNow} check(s) failed[/]"
            : failedNow == last.Length ? "caught" : $"[red]{last.Length - failedNow} check(s) did not catch it[/]";
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"  {Markup.Escape(entry.Name)} run {run}: {verdict}, {sofar.Sum(t => t.NotJudged)} not judged so far");
        if (entry.Breach is null)
        {
            foreach (var (test, failed) in last.Where(l => l.Run is { Passed: false }))
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(entry.Name)} run {run}, {Markup.Escape(RuleMap.MethodName(test))} failed:[/] {Markup.Escape(failed.Message ?? "")}");
            }
        }
    }
}
