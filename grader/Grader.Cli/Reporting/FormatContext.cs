using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Cli.Reporting;

/// <summary>What some formats need besides the report: where a kata's learner file is, which README task a check guards, and the environment.</summary>
/// <param name="LearnerFileOf">The first learner file of a kata (by id), relative to the repository.</param>
/// <param name="TaskOf">The README task number a check guards (kata id, check name), or null.</param>
/// <param name="Environment">Reads one environment variable (null when unset).</param>
internal sealed record FormatContext(Func<string, string> LearnerFileOf, Func<string, string, int?> TaskOf, Func<string, string?> Environment)
{
    /// <summary>The context of a grade of <paramref name="katas"/> in the repository <paramref name="root"/>, with the process's environment.</summary>
    public static FormatContext For(string root, IReadOnlyList<KataInfo> katas) => new(
        id =>
        {
            var kata = katas.First(k => k.Manifest.Id == id);
            return Path.GetRelativePath(root, Path.Combine(kata.Folder, kata.Manifest.LearnerFiles[0])).Replace('\\', '/');
        },
        (id, check) => katas.FirstOrDefault(k => k.Manifest.Id == id) is { } kata ? TaskNumber(kata.Manifest, check) : null,
        System.Environment.GetEnvironmentVariable);

    /// <summary>
    /// The number N of the one "task N" of kata.json's rules that lists <paramref name="check"/>, or null when none or
    /// several do (Exercism links a test to a task only when it guards exactly one).
    /// </summary>
    public static int? TaskNumber(KataManifest manifest, string check)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(check);
        var method = check[(check.LastIndexOf('.') + 1)..];
        var tasks = manifest.Rules
            .Where(r => r.Id.StartsWith("task ", StringComparison.Ordinal) && r.Checks.Contains(method, StringComparer.Ordinal))
            .Select(r => int.TryParse(r.Id.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null)
            .ToArray();
        return tasks is [{ } only] ? only : null;
    }
}
