namespace KitchenKatas.Grader.Exploration;

/// <summary>One schedule, run to the end: its decisions, and how it failed if it did.</summary>
/// <param name="Decisions">Every decision with more than one runnable chef, in order.</param>
/// <param name="Failure">The failure, or null.</param>
/// <param name="Unmodelled">Why the schedule cannot be trusted (code outside the model), or null.</param>
/// <param name="Diverged">A scripted choice named a chef that could not run: the script was made for other code.</param>
/// <param name="Trace">The steps in words, when recorded.</param>
internal sealed record ScheduleRun(
    IReadOnlyList<ScheduleDecision> Decisions, ScheduleFailure? Failure, string? Unmodelled, bool Diverged, ScheduleTrace? Trace);

/// <summary>How a schedule failed, in the story's words.</summary>
/// <param name="Kind">Outcome, exception, deadlock or overlap.</param>
/// <param name="Found">What happened instead of the expectation.</param>
/// <param name="Meaning">The outcome table's sentence, for a forbidden outcome.</param>
internal sealed record ScheduleFailure(FailureKind Kind, string Found, string? Meaning);
