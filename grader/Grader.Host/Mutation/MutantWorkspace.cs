namespace KitchenKatas.Grader.Mutation;

/// <summary>A temporary folder holding a kata's learner files as the reference solution has them, with a mutant's changes on top.</summary>
public sealed class MutantWorkspace : IDisposable
{
    private MutantWorkspace(string folder) => Folder = folder;

    /// <summary>The folder; build the kata with <c>-p:KataSourceDir=</c> this.</summary>
    public string Folder { get; }

    /// <summary>Copies <paramref name="learnerFiles"/> from <paramref name="solutionDir"/>, then writes the mutated files of <paramref name="mutant"/>.</summary>
    public static MutantWorkspace Create(string solutionDir, IEnumerable<string> learnerFiles, RaceMutant mutant)
    {
        ArgumentNullException.ThrowIfNull(learnerFiles);
        ArgumentNullException.ThrowIfNull(mutant);
        var folder = Directory.CreateTempSubdirectory("kata-mutant-").FullName;
        foreach (var file in learnerFiles)
        {
            var to = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            if (mutant.MutatedFiles.TryGetValue(file, out var source))
            {
                File.WriteAllText(to, source);
            }
            else
            {
                File.Copy(Path.Combine(solutionDir, file), to);
            }
        }

        return new MutantWorkspace(folder);
    }

    /// <summary>Deletes the folder.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run over.
        }
    }
}
