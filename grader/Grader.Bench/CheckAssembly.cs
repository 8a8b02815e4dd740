using System.Reflection;
using System.Runtime.Loader;

namespace KitchenKatas.Grader.Bench;

/// <summary>
/// A copy of a kata's built checks, loaded into a context of its own, whose NUnit tests can be called one
/// by one without a test runner: the fixture is created, the method called, and an exception is a failure.
/// </summary>
internal sealed class CheckAssembly : IDisposable
{
    private readonly string _snapshot;
    private readonly Assembly _assembly;
    private readonly AssemblyLoadContext _context;

    private CheckAssembly(string snapshot, string assemblyPath)
    {
        _snapshot = snapshot;
        _context = new DependencyContext(assemblyPath);
        _assembly = _context.LoadFromAssemblyPath(assemblyPath);
    }

    /// <summary>True when the checks were built with -p:KataSolution=true.</summary>
    public bool IsSolutionBuild =>
        _assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Any(a => a.Key == "KataSolution" && a.Value == "true");

    /// <summary>Copies the build output of <paramref name="assemblyPath"/> aside (a later build cannot disturb the runs) and loads it.</summary>
    public static CheckAssembly LoadSnapshot(string assemblyPath)
    {
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

    /// <summary>Runs the test <paramref name="fullName"/> (namespace.class.method); null when it passed, else its message.</summary>
    public string? Run(string fullName)
    {
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
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return cause.GetType().Name == "SuccessException" ? null : $"{cause.GetType().Name}: {cause.Message}";
        }
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
        try
        {
            Directory.Delete(_snapshot, recursive: true);
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
    private sealed class DependencyContext(string mainAssembly) : AssemblyLoadContext("kata-checks")
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

        protected override nint LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : 0;
    }
}
