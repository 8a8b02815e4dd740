using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// Takes only the learner-editable files of a submission into a fresh temporary folder; everything else the
/// submission holds is ignored, and a changed copy of a grader file is named in a note.
/// </summary>
public sealed class SubmissionCopy : IDisposable
{
    private SubmissionCopy(string folder, IReadOnlyList<string> notes)
    {
        Folder = folder;
        Notes = notes;
    }

    /// <summary>The temporary folder holding the learner files to grade.</summary>
    public string Folder { get; }

    /// <summary>What the learner should know: missing files, ignored changes.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Copies the learner files of <paramref name="kata"/> from <paramref name="submission"/>.</summary>
    public static SubmissionCopy Take(KataInfo kata, string submission)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentException.ThrowIfNullOrEmpty(submission);
        if (!Directory.Exists(submission))
        {
            throw new DirectoryNotFoundException($"The submission folder {submission} does not exist.");
        }

        var folder = Directory.CreateTempSubdirectory("kata-submission-").FullName;
        var notes = new List<string>();
        foreach (var file in kata.Manifest.LearnerFiles)
        {
            var from = Path.Combine(submission, file);
            var to = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            if (File.Exists(from))
            {
                File.Copy(from, to);
            }
            else
            {
                File.Copy(Path.Combine(kata.Folder, file), to);
                notes.Add($"{file} is missing from the submission: the starter's {file} was graded instead.");
            }
        }

        notes.AddRange(ChangedGraderFiles(kata, submission)
            .Select(f => $"{f} differs from the grader's copy: the change is ignored, the grader's own {f} was used."));
        return new SubmissionCopy(folder, notes);
    }

    /// <summary>Deletes the temporary folder.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a grade.
        }
    }

    private static IEnumerable<string> ChangedGraderFiles(KataInfo kata, string submission)
    {
        var learner = new HashSet<string>(kata.Manifest.LearnerFiles.Select(Normalize), StringComparer.Ordinal);
        foreach (var theirs in Directory.EnumerateFiles(submission, "*", SearchOption.AllDirectories))
        {
            var relative = Normalize(Path.GetRelativePath(submission, theirs));
            if (learner.Contains(relative) || relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var ours = Path.Combine(kata.Folder, relative);
            if (!File.Exists(ours) || !File.ReadAllBytes(ours).AsSpan().SequenceEqual(File.ReadAllBytes(theirs)))
            {
                yield return relative;
            }
        }
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
