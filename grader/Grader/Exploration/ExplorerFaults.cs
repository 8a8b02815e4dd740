namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Tells the explorer's own faults from the exceptions of the code it explores, by where they were thrown: an
/// exception thrown in the grader's own code is the explorer's fault (never the learner's), unless the model threw it
/// on purpose, as the real primitive would (releasing a lock one does not hold, a bad timeout).
/// </summary>
internal static class ExplorerFaults
{
    private const string ModelledKey = "KitchenKatas.Explorer.Modelled";

    /// <summary>Marks <paramref name="error"/> as thrown on purpose by the model, in place of the real primitive.</summary>
    public static T Modelled<T>(T error)
        where T : Exception
    {
        error.Data[ModelledKey] = true;
        return error;
    }

    /// <summary>Whether <paramref name="error"/> is a fault of the explorer itself.</summary>
    public static bool IsExplorers(Exception error) =>
        error is not ScheduleAbandonedException
        && !error.Data.Contains(ModelledKey)
        && error.TargetSite?.DeclaringType?.Assembly == typeof(ExplorerFaults).Assembly;

    /// <summary>The reason the schedule cannot be trusted, naming the fault and where it came from.</summary>
    public static string Describe(Exception error) =>
        $"the explorer itself failed ({error.GetType().Name} in {error.TargetSite?.DeclaringType?.Name}.{error.TargetSite?.Name}: {error.Message.TrimEnd('.')})";
}
