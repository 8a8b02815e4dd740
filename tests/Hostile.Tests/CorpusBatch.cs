using System.Text.Json;
using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;

namespace KitchenKatas.Hostile.Tests;

/// <summary>
/// Grades a set of corpus cases the way a teacher grades a class: one <c>kitchen grade --submissions</c> per kata,
/// each case a student folder. Every process the grader starts inherits a marker in its environment, so whatever
/// is still alive afterwards and carries it was left behind by the grading.
/// </summary>
public sealed class CorpusBatch : IDisposable
{
    /// <summary>Wall-clock limit of one case's build and checks; hangs run into it on purpose. Generous: a build alone took over 75 s on this shared 2-core machine at load 60.</summary>
    public const int TimeoutSeconds = 300;

    /// <summary>What the grader may add to a case's timeout: reading the stacks of a hung run (at most 30 s) and cleaning up.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(60);

    private const string MarkerName = "KITCHEN_HOSTILE_BATCH";
    private readonly string _work;
    private readonly Dictionary<string, int> _exitCodes = new(StringComparer.Ordinal);

    private CorpusBatch(string work) => _work = work;

    /// <summary>Processes carrying this batch's marker that were still alive after grading (pid and command line).</summary>
    public IReadOnlyList<string> Leftovers { get; private set; } = [];

    /// <summary>Grades <paramref name="cases"/>.</summary>
    public static async Task<CorpusBatch> GradeAsync(IReadOnlyList<CorpusCase> cases)
    {
        var batch = new CorpusBatch(Directory.CreateTempSubdirectory("hostile-corpus-").FullName);
        var marker = Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(MarkerName, marker);
        try
        {
            foreach (var group in cases.GroupBy(c => c.Kata))
            {
                var kata = KataLocator.FindAll(CorpusCase.Repo).Single(k => k.Manifest.Id == group.Key);
                var submissions = Path.Combine(batch._work, group.Key, "submissions");
                foreach (var c in group)
                {
                    Directory.CreateDirectory(Path.Combine(submissions, c.Name));
                    foreach (var file in kata.Manifest.LearnerFiles)
                    {
                        File.Copy(Path.Combine(c.Folder, file), Path.Combine(submissions, c.Name, file));
                    }
                }

                var console = new TestConsole();
                batch._exitCodes[group.Key] = await KitchenApp.RunAsync(
                [
                    "grade", "--repo", CorpusCase.Repo, "--kata", group.Key, "--submissions", submissions,
                    "--roster", batch.RosterOf(group.Key), "--budget", "0.1",
                    // Sandboxed wherever the machine has one; the corpus proves the grader's own limits on any machine.
                    "--allow-unsandboxed", "--timeout", TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ], console);
            }
        }
        finally
        {
            batch.Leftovers = Carrying(MarkerName + "=" + marker);
            Environment.SetEnvironmentVariable(MarkerName, null);
        }

        return batch;
    }

    /// <summary>The exit code of the batch that graded <paramref name="kata"/>.</summary>
    public int ExitCodeOf(string kata) => _exitCodes[kata];

    /// <summary>The folder the batch of <paramref name="kata"/> wrote its reports and roster to.</summary>
    public string RosterOf(string kata) => Path.Combine(_work, kata, "roster");

    /// <summary>The report file the grader wrote for <paramref name="c"/>.</summary>
    public string ReportFileOf(CorpusCase c) => Path.Combine(RosterOf(c.Kata), c.Name + ".json");

    /// <summary>The grade the report file of <paramref name="c"/> holds.</summary>
    public GradeReport ReportOf(CorpusCase c) =>
        JsonSerializer.Deserialize<GradeReport>(File.ReadAllText(ReportFileOf(c)), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })!;

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder fails no test.
        }
    }

    // Every living process but this one whose environment holds the marker, with its command line.
    private static string[] Carrying(string marker) =>
        ProcessTree.Carrying(marker).Where(ProcessTree.IsAlive).Select(p => $"{p.Pid}: {ProcessTree.CommandLine(p)}").ToArray();
}
