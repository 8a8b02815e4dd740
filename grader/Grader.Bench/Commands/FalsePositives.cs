using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// <c>corpus --check NAME</c>: the false positives of chosen checks (a new check, say) on the reference solution and
/// every correct variant, many runs each. Each is built once (learner files only) and its checks are loaded once and
/// called again and again in this process: a fresh load per run is what makes a long soak grow.
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
                using var built = await CheckBuild.BuildAsync(kata.Folder, copy.Folder, cancellationToken).ConfigureAwait(false);
                foreach (var test in tests)
                {
                    var times = new List<double>();
                    var failed = 0;
                    for (var run = 0; run < runs && !cancellationToken.IsCancellationRequested; run++)
                    {
                        var clock = Stopwatch.StartNew();
                        if (built.Run(test, RepeatedChecks.CheckTimeout) is { } message)
                        {
                            failed++;
                            AnsiConsole.MarkupLine($"[red]{Markup.Escape(entry.Name)} run {run + 1}, {Markup.Escape(RuleMap.MethodName(test))} failed:[/] {Markup.Escape(message)}");
                        }

                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }

                    failures += failed;
                    times.Sort();
                    table.AddRow(Markup.Escape(kata.FolderName), Markup.Escape(entry.Name), Markup.Escape(RuleMap.MethodName(test)),
                        times.Count.ToString(CultureInfo.InvariantCulture), failed == 0 ? "0" : $"[red]{failed}[/]",
                        times.Count == 0 ? "-" : times[times.Count / 2].ToString("0", CultureInfo.InvariantCulture),
                        times.Count == 0 ? "-" : times[^1].ToString("0", CultureInfo.InvariantCulture));
                }
            }
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"False positives: [bold]{failures}[/].");
        return failures == 0 ? 0 : 1;
    }
}
