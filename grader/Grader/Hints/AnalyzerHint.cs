namespace KitchenKatas.Grader.Hints;

/// <summary>
/// One piece of advice from the KATA analyzers, for the grader's report. A hint never decides a grade: the checks do.
/// </summary>
/// <param name="Id">The rule id, such as <c>KATA001</c>.</param>
/// <param name="File">The path of the file, as it was given to <see cref="AnalyzerHints"/>.</param>
/// <param name="Line">The 1-based line the hint points at.</param>
/// <param name="Message">The advice, in the kitchen story, naming the learner's identifiers.</param>
public sealed record AnalyzerHint(string Id, string File, int Line, string Message)
{
    /// <summary>The same hint with <see cref="File"/> relative to <paramref name="folder"/> (a kata folder), with '/' separators.</summary>
    public AnalyzerHint RelativeTo(string folder) =>
        this with { File = Path.GetRelativePath(folder, File).Replace(Path.DirectorySeparatorChar, '/') };

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line}): {Id} {Message}";
}
