using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Mutation;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>
/// The race-mutation score of a kata as self-check facts: one fact for the score (it holds when every mutant that
/// counts was killed), and one broken fact per survivor with its location.
/// </summary>
/// <param name="options">How the mutants run; the defaults when null.</param>
public sealed class RaceMutationProbe(RaceMutationOptions? options = null) : IPowerProbe
{
    /// <inheritdoc />
    public string Name => "race mutants of the reference solution";

    /// <inheritdoc />
    public async Task<IReadOnlyList<SelfCheckFact>> ProbeAsync(string repoRoot, KataInfo kata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var report = await RaceMutationRunner.RunAsync(kata, options, cancellationToken).ConfigureAwait(false);
        var facts = new List<SelfCheckFact>
        {
            SelfCheckFact.Of(kata.FolderName, "Every race mutant of the reference solution is killed by a check", report.Passed, report.Summary,
                $"See each survivor below; run dotnet run --project grader/Grader.Cli -- dev mutants --kata {kata.Manifest.Id} for the details."),
        };
        facts.AddRange(report.Survivors.Select(s => SelfCheckFact.Broken(kata.FolderName, $"Race mutant killed: {s.Mutant.OperatorId} at {s.Mutant.Location}",
            $"SURVIVED: {s.Mutant.Description}",
            $"Add a check that catches it, or list it with the reason it changes nothing in solutions/{kata.FolderName}/equivalent-mutants.json.")));
        facts.AddRange(report.StaleEquivalents.Select(e => SelfCheckFact.Broken(kata.FolderName, "The equivalent-mutant list matches the solution",
            $"{e.Operator} at {e.Location} matches no mutant any more", $"Update or remove that entry of solutions/{kata.FolderName}/equivalent-mutants.json.")));
        return facts;
    }
}
