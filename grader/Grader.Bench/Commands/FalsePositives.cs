using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// <c>corpus --check NAME</c>: the false positives of chosen checks (a new check, say) on the reference solution and
/// every correct variant, many runs each. Each is built once (learner files only) into a build slot of its own; every
/// run is a fresh test host that runs the chosen checks once (<see cref="RepeatedChecks"/>, as the soak does).
/// </summary>
internal static class FalsePositives
{
    public static async Task<int> RunAsync(string root, IReadOnlyList<KataInfo> katas, string[] checks, string[] entries, int runs, CancellationToken cancellationToken)
    {
        var failures = 0;
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Kata", "Correct learner files", "Check", "Runs", "Failed", "Median ms", "Max ms");
        foreach (var kata in katas)
        {
            var tests = kata.Manifest.Checks.Where(c => checks.Contains(RuleMap.MethodName(c.Test))).Select(c => c.Test).ToArray();
            var correct = RuleCorpus.CorrectVariants(root, kata).Prepend(new CorpusEntry("solution", Path.Combine(root, "solutions", kata.FolderName), null))
                .Where(e => entries.Length == 0 || entries.Contains(e.Name));
            foreach (var entry in correct)
            {
                using var copy = SubmissionCopy.Take(kata, entry.Folder);
                AnsiConsole.MarkupLine($"Building [bold]{Markup.Escape(kata.FolderName)}[/] against {Markup.Escape(entry.Name)}...");
                var built = await RepeatedChecks.BuildAsync(kata.Folder, copy.Folder, "false-positives", cancellationToken: cancellationToken).ConfigureAwait(false);
                // A fresh test host per run: a kata's checks may share one evening per test session (kata 3's do), so
                // runs in one session would repeat the first run's verdict instead of judging again.
                var tallies = await RepeatedChecks.RunAsync(built, tests, runs, (run, sofar) =>
                {
                    // One line a run, so a soak of hours can be followed and, if it must stop early, counted.
                    var failedNow = sofar.Count(t => t.Runs.Count == run && t.Runs[^1] is { Passed: false, NotJudged: false });
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                        $"  {Markup.Escape(entry.Name)} run {run}: {(failedNow == 0 ? "no check failed" : $"[red]{failedNow} check(s) failed[/]")}, {sofar.Sum(t => t.NotJudged)} not judged so far");
                    foreach (var failed in sofar.Where(t => t.Runs.Count == run && t.Runs[^1] is { Passed: false } last))
                    {
                        AnsiConsole.MarkupLine($"[red]{Markup.Escape(entry.Name)} run {run}, {Markup.Escape(RuleMap.MethodName(failed.Test))} failed:[/] {Markup.Escape(failed.Runs[^1].Message ?? "")}");
                    }
                }, cancellationToken).ConfigureAwait(false);
                foreach (var tally in tallies)
                {
                    failures += tally.Failed;
                    table.AddRow(Markup.Escape(kata.FolderName), Markup.Escape(entry.Name), Markup.Escape(RuleMap.MethodName(tally.Test)),
                        tally.Runs.Count.ToString(CultureInfo.InvariantCulture),
                        (tally.Failed == 0 ? "0" : $"[red]{tally.Failed}[/]") + (tally.NotJudged == 0 ? "" : $" ({tally.NotJudged} not judged)"),
                        tally.Median.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
                        tally.Slowest.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
                }
            }
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"False positives: [bold]{failures}[/].");
        return failures == 0 ? 0 : 1;
    }
}
