using KitchenKatas.Grader.Building;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KitchenKatas.Grader.Tests;

[TestFixture]
public sealed class BuildingTests
{
    [Test]
    public void Noise_goes_before_every_statement_of_every_block_and_nowhere_else()
    {
        const string Before = """
            class Cart
            {
                int _total;
                public int Total => _total;
                public void Add(int q)
                {
                    var t = _total;
                    if (q > 0) { _total = t + q; }
                }
            }
            """;
        var after = NoiseInjector.Inject(CSharpSyntaxTree.ParseText(Before)).GetRoot().NormalizeWhitespace().ToFullString();
        const string Jitter = "global::KitchenKatas.Grader.Building.Noise.Jitter();";
        Assert.Multiple(() =>
        {
            Assert.That(CountOf(after, Jitter), Is.EqualTo(3), "Two statements in Add's body, one in the if block.");
            Assert.That(after, Does.Contain("public int Total => _total;"), "Expression bodies are left alone.");
            Assert.That(after, Does.Contain(Jitter + "\n        var t = _total;").Or.Contain(Jitter + "\r\n        var t = _total;"));
        });
    }

    [Test]
    public void Code_that_does_not_compile_gets_the_compiler_errors_with_file_and_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.cs");
        File.WriteAllText(file, "public class Broken\n{\n    public int Count => missing;\n}\n");
        try
        {
            var error = Assert.Throws<BuildFailedException>(() => InMemoryBuild.Compile([file]));
            Assert.That(error!.Errors, Has.Some.Contains(Path.GetFileName(file) + "(3,25)").And.Contains("CS0103"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Code_built_in_memory_runs_and_its_load_context_can_be_unloaded()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pan-{Guid.NewGuid():N}.cs");
        File.WriteAllText(file, "namespace K; public static class Pan { public static int Heat(int x) { var y = x * 2; return y + 1; } }");
        try
        {
            var weak = BuildAndRun(file, out var answer);
            Assert.That(answer, Is.EqualTo(7));
            for (var i = 0; i < 10 && weak.IsAlive; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            Assert.That(weak.IsAlive, Is.False, "The collectible load context must go away once unloaded.");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference BuildAndRun(string file, out int answer)
    {
        using var build = InMemoryBuild.Compile([file], NoiseInjector.Inject);
        answer = (int)build.Assembly.GetType("K.Pan")!.GetMethod("Heat")!.Invoke(null, [3])!;
        return new WeakReference(build.Assembly);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
