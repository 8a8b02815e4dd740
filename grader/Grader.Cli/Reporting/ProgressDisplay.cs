using KitchenKatas.Grader.Grading;
using Spectre.Console;

namespace KitchenKatas.Grader.Cli.Reporting;

/// <summary>
/// Shows how far grading is while the checks run, so a learner never waits in silence: a live Spectre display
/// in an interactive terminal, plain lines otherwise (output redirected, <c>CI=true</c>, a test console).
/// </summary>
internal static class ProgressDisplay
{
    // How often the live display is drawn: the spinner turns, and a new step shows within this time.
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(120);

    /// <summary>Runs <paramref name="work"/>, showing on <paramref name="console"/> the progress it reports.</summary>
    public static async Task<T> ShowAsync<T>(IAnsiConsole console, Func<IProgress<KataProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!IsLive(console.Profile.Capabilities, Environment.GetEnvironmentVariable("CI")))
        {
            return await work(new PlainProgressLines(console)).ConfigureAwait(false);
        }

        var live = new LiveProgress();
        return await console.Live(live.Render(0))
            .AutoClear(true)
            .StartAsync(async context =>
            {
                var working = work(live);
                for (var frame = 1; !working.IsCompleted; frame++)
                {
                    context.UpdateTarget(live.Render(frame));
                    await Task.WhenAny(working, Task.Delay(Redraw)).ConfigureAwait(false);
                }

                return await working.ConfigureAwait(false);
            })
            .ConfigureAwait(false);
    }

    /// <summary>The console for progress beside a report on standard output: standard error, so the report stays clean.</summary>
    public static IAnsiConsole StandardError() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>
    /// True for a terminal a person watches: interactive, with ANSI, and not on CI (<paramref name="ci"/> is the
    /// <c>CI</c> variable), where a live display would fill the log with redraws.
    /// </summary>
    public static bool IsLive(IReadOnlyCapabilities capabilities, string? ci)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var onCi = ci is { Length: > 0 } && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase) && ci != "0";
        return capabilities.Interactive && capabilities.Ansi && !onCi;
    }
}
