using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>
/// Another measure of a kata's power that <c>kitchen dev check</c> reports among its facts: the race-mutation score
/// plugs in here (each surviving mutant a broken fact with its location).
/// </summary>
public interface IPowerProbe
{
    /// <summary>What the probe measures, for progress lines.</summary>
    string Name { get; }

    /// <summary>Measures <paramref name="kata"/>; a fact that does not hold fails the self-check.</summary>
    Task<IReadOnlyList<SelfCheckFact>> ProbeAsync(string repoRoot, KataInfo kata, CancellationToken cancellationToken);
}
