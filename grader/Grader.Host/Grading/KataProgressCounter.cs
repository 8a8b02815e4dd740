using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// Turns what one kata's checks say while they run (<see cref="CheckProgress"/>) into <see cref="KataProgress"/> for a
/// display. Only the kata's own checks count; a line about anything else (the learner's code can write the file too)
/// is dropped, and a check counts as done once however often it says so.
/// </summary>
internal sealed class KataProgressCounter
{
    private readonly KataManifest _manifest;
    private readonly IProgress<KataProgress> _display;
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private KataProgress _now;

    public KataProgressCounter(KataManifest manifest, IProgress<KataProgress> display)
    {
        _manifest = manifest;
        _display = display;
        _now = new KataProgress(manifest.Id, manifest.Title, KataStage.Building, manifest.Checks.Count);
    }

    /// <summary>Grading moved on to <paramref name="stage"/>.</summary>
    public void Stage(KataStage stage)
    {
        lock (_lock)
        {
            // A new stage starts with no check running yet; the count of checks that ended stays.
            _now = _now with { Stage = stage, Check = 0, CheckTitle = null, Step = CheckStep.Started, Round = null, Of = null };
            _display.Report(_now);
        }
    }

    /// <summary>A check said where it is.</summary>
    public void Take(CheckProgress said)
    {
        ArgumentNullException.ThrowIfNull(said);
        var index = _manifest.Checks.ToList().FindIndex(c => string.Equals(c.Test, said.Test, StringComparison.Ordinal));
        if (index < 0)
        {
            return;
        }

        lock (_lock)
        {
            if (said.Step == CheckStep.Finished && !_finished.Add(said.Test))
            {
                return;
            }

            _now = _now with
            {
                ChecksDone = _finished.Count,
                Check = index + 1,
                CheckTitle = _manifest.Checks[index].Title,
                Step = said.Step,
                Round = said.Round,
                Of = said.Of,
            };
            _display.Report(_now);
        }
    }
}
