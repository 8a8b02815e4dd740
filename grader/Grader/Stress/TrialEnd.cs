namespace KitchenKatas.Grader.Stress;

/// <summary>How one trial ended: a value from the arbiter, or an exception from someone's code.</summary>
internal readonly record struct TrialEnd<TOutcome>(TOutcome? Value, string? Thrower, Exception? Exception)
    where TOutcome : notnull
{
    public static TrialEnd<TOutcome> Read(TOutcome value) => new(value, null, null);

    public static TrialEnd<TOutcome> Threw(string who, Exception e) => new(default, who, e);
}
