using System.Reflection;
using System.Runtime.Loader;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// A copy of a kata's built checks, loaded into a context of its own, whose NUnit tests can be called one
/// by one without a test runner: the fixture is created, the method called, and an exception is a failure.
/// Far cheaper than a <c>dotnet test</c> per run, so it is how checks are run many times over.
/// </summary>
public sealed class CheckAssembly : IDisposable
{
    private readonly string? _ownedSnapshot;
    private readonly Assembly _assembly;
    private readonly AssemblyLoadContext _context;

    private CheckAssembly(string? ownedSnapshot, string assemblyPath)
    {
        _ownedSnapshot = ownedSnapshot;
        AssemblyPath = assemblyPath;
        _context = new DependencyContext(assemblyPath);
        _assembly = _context.LoadFromAssemblyPath(assemblyPath);
    }

    /// <summary>The loaded copy of the checks.</summary>
    public string AssemblyPath { get; }

    /// <summary>True when the checks were built with -p:KataSolution=true.</summary>
    public bool IsSolutionBuild => BuildInfo?.IsSolution == true;

    /// <summary>Where the checks were built from (kata folder, learner files); null for an assembly without the stamp.</summary>
    public KataBuildInfo? BuildInfo => KataBuildInfo.Of(_assembly);

    /// <summary>Copies the build output of <paramref name="assemblyPath"/> aside (a later build cannot disturb the runs) and loads it.</summary>
    public static CheckAssembly LoadSnapshot(string assemblyPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);
        var source = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        var snapshot = Directory.CreateTempSubdirectory("kata-checks-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(snapshot, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new CheckAssembly(snapshot, Path.Combine(snapshot, Path.GetFileName(assemblyPath)));
    }

    /// <summary>
    /// The same copy loaded again in a fresh context: static state (a scenario played once per test session, say)
    /// starts anew, as in a fresh test host. The copy stays owned by this instance.
    /// </summary>
    public CheckAssembly Reload() => new(null, AssemblyPath);

    /// <summary>Runs the test <paramref name="fullName"/> (namespace.class.method); null when it passed, else its message.</summary>
    public string? Run(string fullName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullName);
        var split = fullName.LastIndexOf('.');
        var type = _assembly.GetType(fullName[..split], throwOnError: true)!;
        var method = type.GetMethod(fullName[(split + 1)..]) ?? throw new MissingMethodException(fullName);

        // A fresh NUnit context per run: outside a test runner every assertion would otherwise land in one
        // shared context, and a failure would be reported again by every later run.
        using var context = FreshNUnitContext();
        try
        {
            var result = method.Invoke(Activator.CreateInstance(type), null);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }

            return null;
        }
#pragma warning disable CA1031 // whatever the check throws is its verdict
        catch (Exception e)
#pragma warning restore CA1031
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return cause.GetType().Name switch
            {
                "SuccessException" => null,
                "IgnoreException" or "InconclusiveException" when cause.Message.StartsWith(NotJudged.Prefix, StringComparison.OrdinalIgnoreCase) => cause.Message,
                _ => $"{cause.GetType().Name}: {cause.Message}",
            };
        }
    }

    /// <summary>
    /// <see cref="Run(string)"/> with a wall-clock limit: a check that has not ended by then counts as failed with a
    /// message that says so (its thread is left behind, as a test runner would).
    /// </summary>
    public string? Run(string fullName, TimeSpan timeout)
    {
        var run = Task.Factory.StartNew(() => Run(fullName), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return run.Wait(timeout) ? run.Result : $"Timeout: the check did not end within {timeout.TotalSeconds:0} s.";
    }

    private IDisposable? FreshNUnitContext()
    {
        var nunit = _context.LoadFromAssemblyName(new AssemblyName("nunit.framework"));
        var isolated = nunit.GetType("NUnit.Framework.Internal.TestExecutionContext+IsolatedContext");
        return isolated is null ? null : Activator.CreateInstance(isolated) as IDisposable;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Collectible, so thousands of fresh loads do not pile up; a thread the checks left running keeps it alive.
        _context.Unload();
        if (_ownedSnapshot is null)
        {
            return;
        }

        try
        {
            Directory.Delete(_ownedSnapshot, recursive: true);
        }
        catch (IOException)
        {
            // Loaded files may still be mapped; the temp folder is cleaned up some other day.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    // Resolves the checks' own dependencies (NUnit, the grader) from the copied folder.
    private sealed class DependencyContext(string mainAssembly) : AssemblyLoadContext("kata-checks", isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

        protected override nint LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : 0;
    }
}
