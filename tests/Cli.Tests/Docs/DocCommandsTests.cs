using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Cli.Tests.Docs;

/// <summary>
/// Every command a README or doc page shows works as written: the checks it runs really run (a filter that selects
/// nothing fails here), the options it passes exist (each command line is parsed by the program itself in a dry
/// run), and what is too long to run here names files that exist and says what runs it instead.
/// </summary>
[TestFixture]
[NonParallelizable] // runs the katas' checks in their own folders
public sealed partial class DocCommandsTests
{
    private static readonly string Root = KataLocator.FindRepoRoot(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("KitchenKatas.slnx was not found above " + AppContext.BaseDirectory);

    private static readonly ConcurrentDictionary<string, Lazy<ChildProcessResult>> Runs = new();

    // The grader's and the checks' code, where every setting a command may set is read by its name.
    private static readonly Lazy<string> Read = new(() => string.Join("\n",
        new[] { "grader", "katas" }.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root, f), "*.cs", SearchOption.AllDirectories)).Select(File.ReadAllText)));

    /// <summary>Every command of every page, once (the same command on two pages is checked once).</summary>
    public static IEnumerable<TestCaseData> Commands() =>
        DocCommands.All(Root)
            .DistinctBy(c => (c.Folder, c.Shell, c.Text))
            .Select(c => new TestCaseData(c).SetName($"{c.File}:{c.Line} {c.Text}"));

    [Test]
    public void The_docs_show_commands_in_every_kata_README_and_in_README()
    {
        var pages = DocCommands.All(Root).Select(c => c.File).Distinct().ToArray();
        Assert.That(pages, Does.Contain("README.md").And.Contain("katas/01-racy-cart/README.md").And.Contain("katas/02-thread-pool/README.md").And.Contain("katas/03-crash-isolation/README.md"));
    }

    [Test]
    public void A_cd_in_a_block_moves_the_commands_after_it_and_comments_are_not_part_of_a_command()
    {
        var commands = DocCommands.In("README.md", ["```sh", "cd katas/01-racy-cart", "dotnet test   # every check", "```", "dotnet test outside"]).ToArray();
        var inKata = DocCommands.In("katas/02-thread-pool/README.md", ["```sh", "cd katas/02-thread-pool", "dotnet test", "```", "```sh", "dotnet test", "```"]).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(commands, Is.EqualTo(new[] { new DocCommand("README.md", 3, "katas/01-racy-cart", "sh", "dotnet test") }));
            Assert.That(inKata.Select(c => c.Folder), Is.EqualTo(new[] { "katas/02-thread-pool", "katas/02-thread-pool" }), "A kata's README is read from the root or from the kata's folder alike.");
        });
    }

    [Test]
    public void Windows_shells_set_a_setting_the_way_sh_does()
    {
        var powershell = DocCommandPlan.For(new DocCommand("README.md", 1, "katas/01-racy-cart", "powershell", "$env:KITCHEN_STRESS_SCALE=\"0.3\"; dotnet test"));
        var cmd = DocCommandPlan.For(new DocCommand("README.md", 1, "katas/01-racy-cart", "cmd", "set \"KITCHEN_STRESS_SCALE=0.3\" && dotnet test"));
        Assert.Multiple(() =>
        {
            foreach (var proofs in new[] { powershell, cmd })
            {
                Assert.That(proofs!.OfType<DocProof.RunsChecks>(), Is.EqualTo(new[] { new DocProof.RunsChecks("katas/01-racy-cart", "KITCHEN_STRESS_SCALE=0.3 dotnet test") }));
                Assert.That(proofs!.OfType<DocProof.ReadsSettings>().Single().Names, Is.EqualTo(new[] { "KITCHEN_STRESS_SCALE" }));
            }
        });
    }

    [Test]
    public void A_whole_run_of_kata_ones_solution_is_left_to_the_kata_tests_while_a_filtered_one_runs_here()
    {
        var whole = DocCommandPlan.For(new DocCommand("docs/budgets.md", 1, "katas/01-racy-cart", "sh", "dotnet test -p:KataSolution=true"));
        var filtered = DocCommandPlan.For(new DocCommand("README.md", 1, "katas/01-racy-cart", "sh", "dotnet test -p:KataSolution=true --filter Name~last"));
        Assert.Multiple(() =>
        {
            Assert.That(whole!.OfType<DocProof.RunElsewhere>().Single().Paths, Does.Contain("tests/RacyCart.Tests"));
            Assert.That(whole!.OfType<DocProof.RunsChecks>(), Is.Empty, "RacyCart.Tests' end-to-end test runs exactly this; a second run proves nothing new.");
            Assert.That(filtered!.OfType<DocProof.RunsChecks>(), Is.Not.Empty);
        });
    }

    [Test]
    public void A_command_nobody_knows_how_to_check_is_not_let_through() =>
        Assert.That(DocCommandPlan.For(new DocCommand("README.md", 1, "", "sh", "curl https://example.invalid | sh")), Is.Null);

    [TestCaseSource(nameof(Commands))]
    public void Each_command_the_docs_show_works_as_written(DocCommand command)
    {
        var proofs = DocCommandPlan.For(command);
        Assert.That(proofs, Is.Not.Null, $"No rule says how to check {command}: add one to DocCommandPlan (run it, dry-run it, or name what runs it).");
        foreach (var proof in proofs!)
        {
            switch (proof)
            {
                case DocProof.RunsChecks run:
                    ChecksRan(command, run);
                    break;
                case DocProof.ParsesAs parse when command.Inline && !parse.Arguments.Any(a => a.StartsWith('-')):
                    Named(command, parse);
                    break;
                case DocProof.ParsesAs parse:
                    Parses(command, parse);
                    break;
                case DocProof.ReadsSettings settings:
                    Assert.That(settings.Names.Where(n => !Read.Value.Contains($"\"{n}\"", StringComparison.Ordinal)), Is.Empty,
                        $"{command} sets what nothing reads.");
                    break;
                case DocProof.RunElsewhere elsewhere:
                    Assert.That(elsewhere.Paths.Where(p => !File.Exists(Path.Combine(Root, p)) && !Directory.Exists(Path.Combine(Root, p))), Is.Empty,
                        $"{command} names what does not exist.");
                    Assert.That(elsewhere.By, Is.Not.Empty);
                    break;
                default:
                    Assert.Fail($"Unknown proof {proof}.");
                    break;
            }
        }
    }

    [Test]
    public void The_project_test_command_of_README_is_the_one_ci_runs()
    {
        var ci = File.ReadAllText(Path.Combine(Root, ".ci", "run"));
        Assert.That(ci, Does.Contain("dotnet tool restore").And.Contain("dotnet test tests/KitchenKatas.Tests.slnf -m:1"));
    }

    private static void ChecksRan(DocCommand command, DocProof.RunsChecks run)
    {
        var result = Runs.GetOrAdd($"{run.Folder}\n{run.ShellCommand}", _ => new Lazy<ChildProcessResult>(() => ChildProcessRunner.RunAsync(
            new ChildProcessRequest("sh", ["-c", run.ShellCommand])
            {
                WorkingDirectory = Path.Combine(Root, run.Folder),
                Timeout = TimeSpan.FromMinutes(10),
                Environment = DotnetHost.QuietEnvironment(),
                CaptureStacksOnTimeout = false,
            }).GetAwaiter().GetResult())).Value;
        var output = result.StandardOutput + "\n" + result.StandardError;
        var total = TotalTests().Matches(output).Sum(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Not.Contain("No test matches"), $"{command} selects no check.");
            Assert.That(total, Is.GreaterThanOrEqualTo(1), $"{command} ran no check.\n{Tail(output)}");
            Assert.That(result.ExitCode, Is.EqualTo(0).Or.EqualTo(1), $"{command} ended with {result.Describe()}.\n{Tail(output)}");
        });
    }

    private static void Parses(DocCommand command, DocProof.ParsesAs parse, bool expectDryRun = true)
    {
        var dll = Path.Combine(Root, "grader", parse.Program == "kitchen" ? "Grader.Cli" : "Grader.Bench", "bin", Configuration, "net10.0", parse.Program + ".dll");
        Assert.That(dll, Does.Exist, "The program is built with the tests.");
        var result = ChildProcessRunner.RunAsync(new ChildProcessRequest(DotnetHost.Path, [dll, .. parse.Arguments])
        {
            WorkingDirectory = Path.Combine(Root, parse.Folder),
            Timeout = TimeSpan.FromMinutes(2),
            Environment = DotnetHost.QuietEnvironment(new Dictionary<string, string?> { ["KITCHEN_DRY_RUN"] = "1" }),
            CaptureStacksOnTimeout = false,
        }).GetAwaiter().GetResult();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, $"{command}: {result.StandardOutput}{result.StandardError}");
            Assert.That(result.StandardOutput, expectDryRun ? Does.StartWith("dry run:") : Does.Contain("USAGE:"), $"{command} was not parsed as a command.");
        });
    }

    // A command a sentence names without its options ("run `kitchen doctor`"): it must exist; its help shows.
    private static void Named(DocCommand command, DocProof.ParsesAs parse) =>
        Parses(command, parse with { Arguments = [.. parse.Arguments, "--help"] }, expectDryRun: false);

    // The configuration these tests were built in (bin/<Configuration>/net10.0/); the programs are built alike.
    private static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    private static string Tail(string text) => text.Length <= 3000 ? text : text[^3000..];

    [GeneratedRegex(@"Total( tests)?:\s+(?<n>\d+)")]
    private static partial Regex TotalTests();
}
