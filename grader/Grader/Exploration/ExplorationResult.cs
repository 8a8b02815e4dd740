using System.Globalization;

namespace KitchenKatas.Grader.Exploration;

/// <summary>What the explorer did and found: a verdict, how much of the schedule space it covered, and the interleaving.</summary>
public sealed record ExplorationResult
{
    /// <summary>The verdict.</summary>
    public required ExplorationVerdict Verdict { get; init; }

    /// <summary>Schedules run, all strategies together.</summary>
    public required int SchedulesExplored { get; init; }

    /// <summary>The bound on context switches of the bounded search.</summary>
    public required int Bound { get; init; }

    /// <summary>Every schedule with at most this many context switches was explored; -1 when not even those with none.</summary>
    public required int CompleteUpTo { get; init; }

    /// <summary>Schedules within the bound known but not run when the budget ran out (a lower bound).</summary>
    public int Unexplored { get; init; }

    /// <summary>Of <see cref="SchedulesExplored"/>, those chosen by PCT.</summary>
    public int PctSchedules { get; init; }

    /// <summary>Wall-clock time spent exploring (the Roslyn build not included).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The failing interleaving, when one was found (or replayed).</summary>
    public InterleavingReport? Interleaving { get; init; }

    /// <summary>Why the explorer could not model the code, or anything else the learner should know.</summary>
    public string? Note { get; init; }

    /// <summary>Only the schedule of a replay token ran.</summary>
    public bool Replayed { get; init; }

    /// <summary>True unless a failing schedule was found.</summary>
    public bool Passed => Verdict != ExplorationVerdict.FailureFound;

    /// <summary>
    /// No failure in any schedule within the bound: every one of them ran (none left for lack of budget, no replay) and the
    /// explorer modelled all of the code. Only such a pass may stand for stress time (see <c>RaceCheck</c>).
    /// </summary>
    public bool CoveredEverySchedule =>
        Verdict == ExplorationVerdict.NoFailureFound && !Replayed && Unexplored == 0 && CompleteUpTo >= Bound;

    /// <summary>"explored N of M schedules with up to k context switches", so a pass is a statement about coverage.</summary>
    public string Coverage
    {
        get
        {
            var text = CultureInfo.InvariantCulture;
            if (Verdict == ExplorationVerdict.CannotModel)
            {
                return "the explorer could not model this code";
            }

            var bounded = SchedulesExplored - PctSchedules;
            // Never claims a level it did not finish: when not even the schedules without a switch all ran, it says so.
            var finished = CompleteUpTo < 0 ? "not even all of those with no context switch" : string.Format(text, "all of those with up to {0}", CompleteUpTo);
            var within = Unexplored == 0 && CompleteUpTo >= Bound
                ? string.Format(text, "explored {0:N0} of {0:N0} schedules with up to {1} context switch(es)", bounded, Bound)
                : string.Format(text, "explored {0:N0} of at least {1:N0} schedules with up to {2} context switch(es) ({3})",
                    bounded, bounded + Unexplored, Bound, finished);
            return PctSchedules > 0 ? within + string.Format(text, ", plus {0:N0} PCT schedule(s)", PctSchedules) : within;
        }
    }
}
