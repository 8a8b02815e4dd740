namespace KitchenKatas.Grader.Katas;

/// <summary>How one test of a kata ended.</summary>
/// <param name="FullName">Namespace, class and method, as a kata names its checks.</param>
/// <param name="Outcome">"Passed", "Failed", "NotExecuted", ... as the test platform reports it.</param>
/// <param name="Message">The failure message, if any.</param>
/// <param name="StackTrace">The failure's stack trace, if any.</param>
/// <param name="StandardOutput">What the test wrote to its output (capped by the reader of the test results).</param>
/// <param name="Duration">How long it ran.</param>
public sealed record TestOutcome(string FullName, string Outcome, string? Message, string? StackTrace, string? StandardOutput, TimeSpan Duration)
{
    /// <summary>True when the test ran and passed.</summary>
    public bool Passed => string.Equals(Outcome, "Passed", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when its output was longer than the reader of the test results keeps, and was cut.</summary>
    public bool OutputCut { get; init; }

    /// <summary>The data lines the check handed to the grader (<see cref="CheckData"/>), or null.</summary>
    public string? HandedData { get; init; }
}
