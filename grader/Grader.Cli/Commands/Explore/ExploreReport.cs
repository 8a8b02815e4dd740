using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KitchenKatas.Grader.Exploration;
using Spectre.Console;

namespace KitchenKatas.Grader.Cli.Commands.Explore;

/// <summary>What <c>kitchen explore</c> prints: per scenario the verdict, the coverage and the interleaving; as text or as JSON (docs/explorer.md).</summary>
internal static class ExploreReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Text(IAnsiConsole console, IReadOnlyList<ExploredScenario> results)
    {
        foreach (var (member, title, result) in results)
        {
            var verdict = result.Verdict switch
            {
                ExplorationVerdict.FailureFound => "[red]FAILS[/]",
                ExplorationVerdict.NoFailureFound => "[green]no failure found[/]",
                _ => "[yellow]cannot model[/]",
            };
            console.MarkupLine($"[bold]{Markup.Escape(member)}[/]: {Markup.Escape(title)}: {verdict}");
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Coverage} in {result.Elapsed.TotalMilliseconds:F0} ms"));
            if (result.Note is { } note)
            {
                console.WriteLine("  " + note);
            }

            if (result.Interleaving is { } interleaving)
            {
                console.WriteLine();
                console.WriteLine(interleaving.ToString());
            }

            console.WriteLine();
        }
    }

    public static string Json(IReadOnlyList<ExploredScenario> results) => JsonSerializer.Serialize(
        new
        {
            Passed = results.All(r => r.Result.Verdict != ExplorationVerdict.FailureFound),
            Scenarios = results.Select(r => new
            {
                r.Member,
                r.Title,
                r.Result.Verdict,
                r.Result.Coverage,
                r.Result.SchedulesExplored,
                r.Result.PctSchedules,
                r.Result.Bound,
                r.Result.CompleteUpTo,
                r.Result.Unexplored,
                ElapsedMs = (long)r.Result.Elapsed.TotalMilliseconds,
                r.Result.Note,
                Interleaving = r.Result.Interleaving is { } i
                    ? new
                    {
                        i.Kind,
                        i.Found,
                        i.Meaning,
                        i.Expectation,
                        i.ContextSwitches,
                        i.Chefs,
                        Rows = i.Rows.Select(row => new { row.Chef, row.Text, row.Location, row.Note }),
                        i.ReplayToken,
                    }
                    : null,
            }),
        },
        Options);
}
