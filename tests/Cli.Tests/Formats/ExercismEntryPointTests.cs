using System.Diagnostics;
using System.Text.Json;
using KitchenKatas.Cli.Tests.Formats;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// bin/run.sh SLUG INPUT_DIR OUTPUT_DIR, as Exercism's test-runner interface calls it: it exits 0 whatever the verdict
/// and always leaves a results.json the interface accepts, even when the grader cannot run at all. The grader stands
/// in as a small script (KITCHEN_CLI); the real grader's exercism file is held to the schema by the conformance tests.
/// </summary>
[TestFixture]
public sealed class ExercismEntryPointTests
{
    private static readonly string Script = Path.Combine(KataLocator.FindRepoRoot(AppContext.BaseDirectory)!, "bin", "run.sh");

    private string _dir = "";

    [SetUp]
    public void Folder()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "bin/run.sh runs in Exercism's Linux image");
        _dir = Directory.CreateTempSubdirectory("exercism-").FullName;
    }

    [TearDown]
    public void Remove()
    {
        if (_dir.Length > 0)
        {
            Directory.Delete(_dir, true);
        }
    }

    [Test]
    public void A_grader_that_cannot_run_still_leaves_an_error_result_that_blames_the_machine_and_exits_0()
    {
        var stub = Stub("printf 'crashed in %s/Cart.cs with \"quotes\", a \\\\ and a\\ttab\\n' \"$7\" >&2; exit 2");

        var (code, results) = Run(stub);

        using var json = JsonDocument.Parse(results);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(PlatformSchemas.Errors(PlatformSchemas.Exercism, results), Is.Empty, results);
            Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("error"));
            Assert.That(json.RootElement.GetProperty("message").GetString(), Does.Contain("the grading machine").And.Contain("<solution-dir>/Cart.cs"));
        });
    }

    [Test]
    public void A_failing_solution_is_a_result_and_exits_0()
    {
        var stub = Stub("""while [ "$1" != "--output" ]; do shift; done; printf '{"version":3,"status":"fail","message":null,"tests":[{"name":"t","status":"fail","message":"m"}]}' > "$2"; exit 1""");

        var (code, results) = Run(stub);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(results, Does.Contain("\"status\":\"fail\""), "the grader's own file is kept");
        });
    }

    private string Stub(string body)
    {
        var stub = Path.Combine(_dir, "kitchen-stub.sh");
        File.WriteAllText(stub, body + "\n");
        return "sh " + stub;
    }

    private (int Code, string Results) Run(string kitchen)
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        var output = Path.Combine(_dir, "out");
        var start = new ProcessStartInfo("bash", [Script, "racy-cart", input + "/", output + "/"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["KITCHEN_CLI"] = kitchen;
        using var process = Process.Start(start)!;
        process.WaitForExit(60_000);
        return (process.ExitCode, File.ReadAllText(Path.Combine(output, "results.json")));
    }
}
