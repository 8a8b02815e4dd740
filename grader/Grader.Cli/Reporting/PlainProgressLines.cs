using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using Spectre.Console;

namespace KitchenKatas.Grader.Cli.Reporting;

/// <summary>
/// Progress as plain lines, for a log or a pipe: a line when grading moves to a new stage, a check starts or a check
/// moves to a new step, and never the same line twice in a row. No redraws, no colours, no timings.
/// </summary>
internal sealed class PlainProgressLines(IAnsiConsole console) : IProgress<KataProgress>
{
    private readonly Lock _lock = new();
    private string? _last;

    /// <inheritdoc />
    public void Report(KataProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var stage = ProgressWords.Stage(value);
        if (stage is null && value.Step == CheckStep.Finished)
        {
            return; // a check that ended only moves the count; the next check's line follows
        }

        var line = stage is not null
            ? stage
            : ProgressWords.Step(value) is { } step ? $"    {step}" : $"  {ProgressWords.Check(value)}";
        lock (_lock)
        {
            // Waiting shows in a live display only; in a log the next kata's own lines say when it starts.
            if (line == _last || value.Stage == KataStage.Waiting || (value.Stage == KataStage.Done && _last is null))
            {
                return;
            }

            _last = line;
            console.Profile.Out.Writer.WriteLine(line);
        }
    }
}
