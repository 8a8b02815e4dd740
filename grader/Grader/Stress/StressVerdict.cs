namespace KitchenKatas.Grader.Stress;

/// <summary>The overall result of shaking a scenario.</summary>
public enum StressVerdict
{
    /// <summary>No forbidden outcome in the whole budget. Evidence, not proof.</summary>
    NoRaceSeen,

    /// <summary>At least one trial ended in a forbidden outcome or an exception.</summary>
    RaceSeen,

    /// <summary>A trial did not finish within the trial timeout.</summary>
    Hung,
}
