using System.Globalization;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Testing;

/// <summary>What a learner reads when every check of a kata passed: the kata is done, and where to go next.</summary>
public static class KataDone
{
    /// <summary>The line for <paramref name="manifest"/>'s kata in <paramref name="kataDir"/>, naming the next kata folder (by name order) if any.</summary>
    public static string Say(KataManifest manifest, string kataDir)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        var done = string.Create(CultureInfo.InvariantCulture, $"All {manifest.Checks.Count} checks of {manifest.Title} pass: this kata is done.");
        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(kataDir));
        var katas = Path.GetDirectoryName(here);
        var next = katas is null ? null : Directory.GetDirectories(katas)
            .Where(d => File.Exists(Path.Combine(d, "kata.json")))
            .Order(StringComparer.Ordinal)
            .SkipWhile(d => !string.Equals(Path.TrimEndingDirectorySeparator(d), here, StringComparison.Ordinal))
            .Skip(1)
            .FirstOrDefault();
        if (next is null)
        {
            return $"{done} It was the last one: every kitchen is fixed.";
        }

        var title = KataManifest.Load(Path.Combine(next, "kata.json")).Title;
        return $"{done} Next: {title}, in katas/{Path.GetFileName(next)} (start with its README.md).";
    }
}
