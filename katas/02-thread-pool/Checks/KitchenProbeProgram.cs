namespace Kitchen.ThreadPool.Checks;

/// <summary>
/// The checks assembly's entry point, used only by check 5: it runs <see cref="ThrowingJobProbe"/> in a child
/// process, where a pool that lets an exception escape can crash without taking the test run down.
/// </summary>
public static class KitchenProbeProgram
{
    /// <summary>The argument that selects the probe.</summary>
    public const string ThrowingJobs = "throwing-jobs";

    /// <summary>Runs the probe named by the first argument; 2 when there is none.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 1 && args[0] == ThrowingJobs)
        {
            Console.WriteLine(ThrowingJobProbe.Run().ToLine());
            return 0;
        }

        Console.Error.WriteLine($"These are the checks of kata 2; run them with 'dotnet test'. (Probe: '{ThrowingJobs}'.)");
        return 2;
    }
}
