using System.Text.Json;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>
/// Every run of a false-positive soak, or of one shard of it, as a JSON file. A thousand runs of every correct variant
/// take longer than any one CI job may run, so the soak is split into shards on several machines, and
/// <see cref="Combine"/> adds the shards up into the one soak they make together.
/// </summary>
/// <param name="Cores">The processor count of each machine the runs came from.</param>
/// <param name="Variants">Each soaked variant, with every run of every check.</param>
public sealed record SoakRecord(IReadOnlyList<int> Cores, IReadOnlyList<SoakedVariant> Variants)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Reads a record written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a soak record.</exception>
    public static SoakRecord Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<SoakRecord>(File.ReadAllText(path), Json) is { Cores: not null, Variants: not null } record
                ? record
                : throw new InvalidDataException($"{path} is not a soak record.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a soak record: {e.Message}", e);
        }
    }

    /// <summary>Writes the record as indented JSON, creating the folder it goes in.</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
    }

    /// <summary>
    /// One record holding the runs of all <paramref name="shards"/>: the runs of the same check of the same variant of the
    /// same kata follow each other in the order of the shards; variants and checks keep the order they first appear in.
    /// </summary>
    public static SoakRecord Combine(IEnumerable<SoakRecord> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        var all = shards.ToList();
        var variants = all.SelectMany(s => s.Variants)
            .GroupBy(v => (v.Kata, v.Variant))
            .Select(variant => new SoakedVariant(
                variant.Key.Kata,
                variant.Key.Variant,
                [.. variant.SelectMany(v => v.Checks).GroupBy(c => c.Test).Select(check => new SoakedCheck(check.Key, [.. check.SelectMany(c => c.Runs)]))]))
            .ToList();
        return new SoakRecord([.. all.SelectMany(s => s.Cores)], variants);
    }

    /// <summary>The record of a soak that ran <paramref name="variants"/>, each with the tallies of its checks.</summary>
    public static SoakRecord Of(IEnumerable<(string Kata, string Variant, IReadOnlyList<CheckTally> Tallies)> variants) =>
        new([Environment.ProcessorCount], [.. variants.Select(v => new SoakedVariant(v.Kata, v.Variant, [.. v.Tallies.Select(t => new SoakedCheck(t.Test, [.. t.Runs]))]))]);
}

/// <summary>One correct variant of one kata, and every run of each of its checks.</summary>
/// <param name="Kata">The kata's folder name.</param>
/// <param name="Variant">"solution", or the name of a correct variant's folder.</param>
/// <param name="Checks">Each check, in the kata's order.</param>
public sealed record SoakedVariant(string Kata, string Variant, IReadOnlyList<SoakedCheck> Checks)
{
    /// <summary>The runs as tallies, the shape the soak's summary reads.</summary>
    public IReadOnlyList<CheckTally> Tallies()
    {
        var tallies = Checks.Select(c => new CheckTally(c.Test)).ToList();
        foreach (var (tally, check) in tallies.Zip(Checks))
        {
            foreach (var run in check.Runs)
            {
                tally.Add(run);
            }
        }

        return tallies;
    }
}

/// <summary>Every run of one check.</summary>
/// <param name="Test">The check's full test name.</param>
/// <param name="Runs">Each run, in order.</param>
public sealed record SoakedCheck(string Test, IReadOnlyList<CheckRun> Runs);
