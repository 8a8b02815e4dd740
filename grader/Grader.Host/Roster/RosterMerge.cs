using KitchenKatas.Grader.Grading;

namespace KitchenKatas.Grader.Roster;

/// <summary>A merge that must not happen: parts overlap, a student is missing, or the output holds another grade.</summary>
public sealed class RosterMergeException(string message) : Exception(message);

/// <summary>
/// Adds the parts of a class graded on several machines (<c>--shard K/N</c>) up into one roster, as one machine
/// grading the whole class would have written it. Refuses parts that overlap or leave a student out; running it again
/// changes nothing, and a merge stopped half-way finishes on the next run.
/// </summary>
public static class RosterMerge
{
    /// <summary>Merges the roster folders <paramref name="shardDirs"/> into <paramref name="output"/>.</summary>
    /// <returns>The class roster, one line per student in name order.</returns>
    /// <exception cref="RosterMergeException">The parts do not add up to the class, or the output holds a different grade.</exception>
    public static async Task<IReadOnlyList<RosterEntry>> MergeAsync(IReadOnlyList<string> shardDirs, string output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shardDirs);
        var parts = shardDirs.Select(dir => (Dir: dir, Record: RosterFiles.TryLoadShard(dir)
            ?? throw new RosterMergeException($"{dir} is not a part of a class: it has no {RosterFiles.ShardFile}. Grade each part with --shard K/N."))).ToArray();
        var shards = parts.Select(p => (p.Dir, p.Record, Shard: ClassShard.Parse(p.Record.Shard) ?? throw new RosterMergeException($"{p.Dir}: '{p.Record.Shard}' is not a part K/N."))).ToArray();
        var count = shards[0].Shard.Count;
        var everyone = shards[0].Record.Class.Order(StringComparer.Ordinal).ToArray();
        if (shards.Any(s => s.Shard.Count != count || !s.Record.Class.Order(StringComparer.Ordinal).SequenceEqual(everyone)))
        {
            throw new RosterMergeException("The parts were cut from different classes (another N, or another list of students): grade every part from the same submissions with the same N.");
        }

        var twice = shards.GroupBy(s => s.Shard.Number).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new RosterMergeException($"Part {twice.Key}/{count} is given twice ({string.Join(", ", twice.Select(s => s.Dir))}): its students would overlap.");
        }

        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dir, record, _) in shards)
        {
            foreach (var student in record.Students)
            {
                if (!owner.TryAdd(student, dir))
                {
                    throw new RosterMergeException($"{student} is in two parts ({owner[student]} and {dir}): the parts overlap.");
                }
            }
        }

        var missing = everyone.Where(s => !owner.TryGetValue(s, out var dir) || RosterFiles.TryLoad(RosterFiles.ReportFile(dir, s)) is null).ToArray();
        if (missing.Length > 0)
        {
            var absent = Enumerable.Range(1, count).Where(k => shards.All(s => s.Shard.Number != k)).Select(k => $"{k}/{count}").ToArray();
            throw new RosterMergeException(
                $"{missing.Length} student(s) have no grade in the parts given ({string.Join(", ", missing.Take(10))}{(missing.Length > 10 ? ", …" : "")})"
                + (absent.Length > 0 ? $"; part(s) {string.Join(", ", absent)} are missing." : ". Grade their part again: it resumes where it stopped."));
        }

        // One class, one set of checks: parts graded with different checks (a part graded again after a change) would
        // make a roster where two students were held to different rules.
        var mixed = everyone.SelectMany(s => RosterFiles.TryLoad(RosterFiles.ReportFile(owner[s], s))!.Katas.Select(k => (Student: s, k.Id, k.ChecksVersion)))
            .GroupBy(g => g.Id).FirstOrDefault(g => g.Select(x => x.ChecksVersion).Distinct().Count() > 1);
        if (mixed is not null)
        {
            var versions = mixed.GroupBy(x => x.ChecksVersion).Select(v => $"{v.Count()} with {(v.Key.Length == 0 ? "unrecorded checks" : v.Key)} (first: {v.First().Student})");
            throw new RosterMergeException(
                $"The parts graded {mixed.Key} with different checks: {string.Join("; ", versions)}. Grade every part again with the same checks: each regrades only the students graded with other ones.");
        }

        Directory.CreateDirectory(output);
        var entries = new List<RosterEntry>();
        var kataIds = new List<string>();
        foreach (var student in everyone)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var from = RosterFiles.ReportFile(owner[student], student);
            var to = RosterFiles.ReportFile(output, student);
            var text = await File.ReadAllTextAsync(from, cancellationToken).ConfigureAwait(false);
            if (!File.Exists(to))
            {
                // Written aside, then moved: a merge stopped here leaves no half-written report to trust.
                await File.WriteAllTextAsync(to + ".part", text, cancellationToken).ConfigureAwait(false);
                File.Move(to + ".part", to, overwrite: true);
            }
            else if (await File.ReadAllTextAsync(to, cancellationToken).ConfigureAwait(false) != text)
            {
                throw new RosterMergeException($"{to} already holds another grade of {student}: merge into an empty folder, or one this merge wrote.");
            }

            var report = RosterFiles.TryLoad(from)!;
            kataIds.AddRange(report.Katas.Select(k => k.Id).Where(id => !kataIds.Contains(id)));
            entries.Add(RosterFiles.Row(student, report));
        }

        await RosterFiles.WriteRosterAsync(output, entries, kataIds, cancellationToken).ConfigureAwait(false);
        return entries;
    }
}
