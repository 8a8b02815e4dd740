namespace KitchenKatas.Grader.Stress;

/// <summary>What kind of thing ended a trial.</summary>
public enum OutcomeKind
{
    /// <summary>The arbiter read a value.</summary>
    Value,

    /// <summary>A chef, the arbiter or the state's constructor threw.</summary>
    Exception,

    /// <summary>The trial never finished: an endless loop or a deadlock.</summary>
    Hang,
}

/// <summary>One row of the outcome histogram.</summary>
/// <param name="Outcome">The outcome as shown to the learner.</param>
/// <param name="Count">How many trials ended this way.</param>
/// <param name="Percent">Share of all trials, 0 to 100.</param>
/// <param name="Grade">How the outcome is judged.</param>
/// <param name="Meaning">What it means in the story.</param>
/// <param name="Kind">Value, exception or hang.</param>
public sealed record OutcomeCount(string Outcome, long Count, double Percent, OutcomeGrade Grade, string Meaning, OutcomeKind Kind);
