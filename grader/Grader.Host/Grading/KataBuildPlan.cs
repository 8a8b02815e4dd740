using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// What was built before a grade and where its own build goes. Made by the one prepare step
/// (<see cref="PrepareAsync"/>) and handed to each grade, so what a user asks for (<see cref="GradeOptions"/>) and
/// what the grader did meanwhile never mix.
/// </summary>
public sealed record KataBuildPlan
{
    /// <summary>Nothing built beforehand: each grade builds its kata with the grader projects it references.</summary>
    public static KataBuildPlan Nothing { get; } = new();

    /// <summary>
    /// The grader projects the katas reference are built: a grade builds only its kata's own project, which saves a
    /// few seconds and lets several builds run at once.
    /// </summary>
    public bool SharedProjectsBuilt { get; init; }

    /// <summary>
    /// Each kata folder's checks were built against the folder's own learner files: grading a kata folder in place
    /// only runs them.
    /// </summary>
    public bool KataFoldersBuilt { get; init; }

    /// <summary>Build folder of this grade's own (see <see cref="KataTestRequest.BuildSlot"/>); null for the kata's usual one.</summary>
    public string? Slot { get; init; }

    /// <summary>
    /// Builds the checks of every kata in <paramref name="katas"/> against its own folder in one go (one restore, the
    /// shared grader projects looked at once; see <see cref="KataPrebuild"/>). A kata that does not build leaves
    /// <see cref="Nothing"/>: each grade then builds alone and finds its own errors.
    /// </summary>
    public static async Task<KataBuildPlan> PrepareAsync(IReadOnlyList<KataInfo> katas, GradeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(options);
        if (katas.Count == 0 || !File.Exists(Path.Combine(katas[0].RepoRoot, "KitchenKatas.slnx")))
        {
            return Nothing;
        }

        var build = await KataPrebuild.BuildAsync(katas[0].RepoRoot, katas.Select(k => k.Folder), options.KataTimeout, options.Limits, cancellationToken).ConfigureAwait(false);
        return build.ExitCode == 0 ? new KataBuildPlan { SharedProjectsBuilt = true, KataFoldersBuilt = true } : Nothing;
    }

    /// <summary>The plan for worker <paramref name="worker"/> of <paramref name="workers"/>: a build folder of its own when more than one builds at once.</summary>
    public KataBuildPlan ForWorker(int worker, int workers) => this with { Slot = workers > 1 ? $"worker-{worker}" : null };
}
