namespace KitchenKatas.Grader.Stress;

/// <summary>How an outcome of a trial is judged, in the jcstress vocabulary.</summary>
public enum OutcomeGrade
{
    /// <summary>A result a correct kitchen may produce.</summary>
    Acceptable,

    /// <summary>Allowed, but worth showing: a rare yet legal interleaving.</summary>
    Interesting,

    /// <summary>A result only a broken kitchen can produce: the check fails.</summary>
    Forbidden,
}
