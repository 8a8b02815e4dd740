namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// The line a kata's checks print where they cut the learner's output (KitchenKatas.Grader.Testing.OutputCap), so the
/// grader can tell the learner the output was capped even when the run's own output stayed small.
/// </summary>
public static class OutputCapNotice
{
    /// <summary>How the line starts.</summary>
    public const string Start = "[kitchen] Output capped";

    /// <summary>The whole line, for a limit of <paramref name="limit"/> characters (or bytes, on standard output).</summary>
    public static string For(long limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Start}: the checks printed more than {limit:N0} characters, and the rest was dropped.");
}
