namespace KitchenKatas.Grader.SelfCheck;

/// <summary>One fact <c>kitchen dev check</c> checked about the repository or one kata.</summary>
/// <param name="Subject">What the fact is about: a kata folder (<c>01-racy-cart</c>) or <c>repository</c>.</param>
/// <param name="Fact">The fact, as a sentence that is true when it holds.</param>
/// <param name="Holds">True when it held.</param>
/// <param name="Detail">What was seen: counts, bounds, the names that differ.</param>
/// <param name="Fix">How to put it right; null when it holds.</param>
public sealed record SelfCheckFact(string Subject, string Fact, bool Holds, string Detail, string? Fix = null)
{
    /// <summary>A fact that held.</summary>
    public static SelfCheckFact Held(string subject, string fact, string detail) => new(subject, fact, true, detail);

    /// <summary>A fact that did not hold, with its fix.</summary>
    public static SelfCheckFact Broken(string subject, string fact, string detail, string fix) => new(subject, fact, false, detail, fix);

    /// <summary>Held or broken, by <paramref name="holds"/>.</summary>
    public static SelfCheckFact Of(string subject, string fact, bool holds, string detail, string fix) =>
        new(subject, fact, holds, detail, holds ? null : fix);
}
