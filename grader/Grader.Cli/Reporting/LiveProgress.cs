using System.Globalization;
using KitchenKatas.Grader.Grading;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KitchenKatas.Grader.Cli.Reporting;

/// <summary>
/// Progress for a live display (<see cref="ProgressDisplay"/> redraws it in place): the kata with a spinner and a bar
/// of its checks that ended, the check that runs now on a line of its own (titles are long), and its step under it.
/// </summary>
internal sealed class LiveProgress : IProgress<KataProgress>
{
    private const int BarWidth = 16;
    private const string Spinner = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

    private KataProgress? _now;

    /// <inheritdoc />
    public void Report(KataProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Volatile.Write(ref _now, value);
    }

    /// <summary>What to draw now; <paramref name="frame"/> turns the spinner.</summary>
    public IRenderable Render(int frame)
    {
        var spinner = $"[yellow]{Spinner[frame % Spinner.Length]}[/] ";
        if (Volatile.Read(ref _now) is not { } now)
        {
            return new Markup(spinner + "Getting ready…");
        }

        if (ProgressWords.Stage(now) is { } stage)
        {
            return new Markup(spinner + Markup.Escape(stage));
        }

        var filled = now.CheckCount == 0 ? 0 : BarWidth * now.ChecksDone / now.CheckCount;
        var lines = new List<IRenderable>
        {
            new Markup(string.Create(CultureInfo.InvariantCulture,
                $"{spinner}[bold]{Markup.Escape(now.KataTitle)}[/] [green]{new string('━', filled)}[/][grey]{new string('━', BarWidth - filled)}[/] {now.ChecksDone} of {now.CheckCount} checks done")),
            new Markup("  " + Markup.Escape(ProgressWords.Check(now))),
        };
        if (ProgressWords.Step(now) is { } step)
        {
            lines.Add(new Markup($"    [grey]{Markup.Escape(step)}[/]"));
        }

        return new Rows(lines);
    }
}
