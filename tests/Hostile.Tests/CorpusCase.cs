using System.Text.Json;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Hostile.Tests;

/// <summary>
/// One case of the hostile corpus: a folder holding the learner files of one kata and an expected.json with the
/// verdict the grader must give, a phrase its reason must contain, and the verdict of single checks where it matters;
/// its "sandboxed" object, where it has one, gives the verdict and reason on a machine whose sandbox stops the harm first.
/// </summary>
/// <param name="Name">The folder's name.</param>
/// <param name="Folder">The folder.</param>
/// <param name="Kata">The kata id the files are for.</param>
/// <param name="Passes">True when the kata must pass as a whole.</param>
/// <param name="Reason">A phrase the reason shown must contain (notes and failure messages); empty for none.</param>
/// <param name="Checks">Expected verdict of single checks, by method name: true for pass.</param>
/// <param name="Slow">True when it runs into a timeout or a limit on purpose, so only the slow run grades it.</param>
public sealed record CorpusCase(string Name, string Folder, string Kata, bool Passes, string Reason, IReadOnlyDictionary<string, bool> Checks, bool Slow)
{
    /// <summary>The repository the tests run in.</summary>
    public static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    /// <summary>Every case of the corpus, by name.</summary>
    public static IReadOnlyList<CorpusCase> All { get; } = Load();

    /// <summary>The quick cases, graded by the default suite.</summary>
    public static IEnumerable<TestCaseData> Quick => All.Where(c => !c.Slow).Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    /// <summary>The slow cases.</summary>
    public static IEnumerable<TestCaseData> SlowOnes => All.Where(c => c.Slow).Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    /// <inheritdoc />
    public override string ToString() => Name;

    private static CorpusCase[] Load()
    {
        var corpus = Path.Combine(Repo, "tests", "Hostile.Tests", "Corpus");
        return Directory.GetDirectories(corpus).Order(StringComparer.Ordinal).Select(folder =>
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
            // A case whose harm the sandbox stops before the grader has to undo it says what it shows then.
            var root = expected.RootElement;
            var outcome = Platform.Current.Sandbox.Isolates && root.TryGetProperty("sandboxed", out var inside) ? inside : root;
            var checks = root.TryGetProperty("checks", out var c)
                ? c.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() == "pass", StringComparer.Ordinal)
                : new Dictionary<string, bool>(StringComparer.Ordinal);
            return new CorpusCase(
                Path.GetFileName(folder), folder, root.GetProperty("kata").GetString()!,
                outcome.GetProperty("verdict").GetString() == "pass", outcome.GetProperty("reason").GetString() ?? "", checks,
                root.TryGetProperty("slow", out var slow) && slow.GetBoolean());
        }).ToArray();
    }
}
