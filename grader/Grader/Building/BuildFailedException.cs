namespace KitchenKatas.Grader.Building;

/// <summary>The learner's code, or an instrumented copy of it, did not compile in memory.</summary>
public sealed class BuildFailedException : Exception
{
    /// <summary>Creates the exception with the compiler's errors, one per line, with file and line.</summary>
    public BuildFailedException(IReadOnlyList<string> errors)
        : base("The code did not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>The compiler's errors, each "file(line,col): error CSxxxx: message".</summary>
    public IReadOnlyList<string> Errors { get; }
}
