using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// Batch-grades a class of generated submissions, a mix of the hostile corpus and correct ones, with the grade
/// command as a teacher runs it: checks every student got a verdict, samples the grader's memory, looks for
/// temporary folders and processes left behind, and interrupts the batch once to show a rerun resumes.
/// </summary>
internal sealed class HostileLoadCommand : AsyncCommand<HostileLoadCommand.Settings>
{
    private const string MarkerName = "KITCHEN_LOAD_RUN";

    /// <summary>Options of the hostile-load benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--submissions <N>")]
        [Description("How many student folders to grade.")]
        [DefaultValue(200)]
        public int Submissions { get; init; } = 200;

        [CommandOption("--kata <ID>")]
        [Description("The kata the submissions are for (its corpus cases and its reference solution are used).")]
        [DefaultValue("racy-cart")]
        public string Kata { get; init; } = "racy-cart";

        [CommandOption("--hostile-every <K>")]
        [Description("Every K-th submission is a corpus case, the others are correct. Slow cases (hangs until the timeout) are used once each.")]
        [DefaultValue(3)]
        public int HostileEvery { get; init; } = 3;

        [CommandOption("--work <DIR>")]
        [Description("Folder for the submissions, the roster and the grader's temporary files; kept, so a rerun resumes.")]
        public string? Work { get; init; }

        [CommandOption("--interrupt-after <N>")]
        [Description("Stop the batch with Ctrl+C once N students are graded, then run it again to show it resumes (0: never).")]
        [DefaultValue(10)]
        public int InterruptAfter { get; init; } = 10;

        [CommandOption("--timeout <SECONDS>")]
        [DefaultValue(75)]
        public int TimeoutSeconds { get; init; } = 75;

        [CommandOption("--budget <SCALE>")]
        [DefaultValue(0.1)]
        public double Budget { get; init; } = 0.1;
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var kata = KataLocator.FindAll(root).Single(k => k.Manifest.Id == settings.Kata);
        var work = Path.GetFullPath(settings.Work ?? Path.Combine(Path.GetTempPath(), $"kitchen-hostile-load-{settings.Kata}-{settings.Submissions}"));
        var submissions = Path.Combine(work, "submissions");
        var roster = Path.Combine(work, "roster");
        var temp = Path.Combine(work, "tmp");
        Directory.CreateDirectory(temp);
        var mix = Generate(root, kata, submissions, settings);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"{settings.Submissions} submissions of {kata.Manifest.Id} in {Markup.Escape(work)}: {mix}.");

        var grader = KitchenDll(root);
        var marker = Guid.NewGuid().ToString("N");
        var stopwatch = Stopwatch.StartNew();
        var first = await RunGraderAsync(grader, root, kata, submissions, roster, temp, marker, settings, settings.InterruptAfter, cancellationToken).ConfigureAwait(false);
        var second = settings.InterruptAfter > 0 && first.Interrupted
            ? await RunGraderAsync(grader, root, kata, submissions, roster, temp, marker, settings, 0, cancellationToken).ConfigureAwait(false)
            : null;
        stopwatch.Stop();

        var reports = Directory.GetDirectories(submissions).Select(s => Path.Combine(roster, Path.GetFileName(s) + ".json")).ToArray();
        var verdicts = reports.Count(Parses);
        var (expectedMet, expectedTotal, misses) = AsExpected(root, reports);
        var graded = first.Graded + (second?.Graded ?? 0);
        var leftovers = Carrying(MarkerName + "=" + marker);
        var leftoverTemp = Directory.EnumerateFileSystemEntries(temp).Select(Path.GetFileName).ToArray();
        var samples = first.RssSamples.Concat(second?.RssSamples ?? []).ToArray();

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Measure", "Value");
        table.AddRow("Students with a verdict (report parses)", $"{verdicts}/{reports.Length}");
        table.AddRow("Students whose verdict and reason are the expected ones (expected.json; correct = full marks)", $"{expectedMet}/{expectedTotal}");
        table.AddRow("Graded in this run (first pass + resumed pass)", $"{first.Graded} + {second?.Graded.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        table.AddRow("Skipped by the rerun as already graded", second?.Skipped.ToString(CultureInfo.InvariantCulture) ?? "-");
        table.AddRow("Wall time", $"{stopwatch.Elapsed.TotalMinutes:0.0} min");
        table.AddRow("Time per graded submission", graded > 0 ? $"{stopwatch.Elapsed.TotalSeconds / graded:0.0} s" : "-");
        table.AddRow("Grader peak RSS (sampled every 0.5 s)", samples.Length > 0 ? $"{samples.Max(s => s.Bytes) / 1024.0 / 1024:0} MB" : "-");
        table.AddRow("Grader RSS, median of first / last tenth of samples", Flatness(samples));
        table.AddRow("Grader peak RSS in each tenth of the class (students graded so far)", ByProgress(samples, reports.Length));
        table.AddRow("Processes of the batch still alive", leftovers.Length == 0 ? "none" : Markup.Escape(string.Join("; ", leftovers.Take(5))));
        table.AddRow("Left in the grader's temporary folder", leftoverTemp.Length == 0 ? "nothing" : Markup.Escape(string.Join(", ", leftoverTemp.Take(8))));
        table.AddRow("Cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var miss in misses.Take(20))
        {
            AnsiConsole.MarkupLine($"[red]not as expected[/] {Markup.Escape(miss)}");
        }

        return verdicts == reports.Length && leftovers.Length == 0 && expectedMet == expectedTotal ? 0 : 1;
    }

    private sealed record GraderRun(int Graded, int Skipped, bool Interrupted, IReadOnlyList<RssSample> RssSamples);

    // Students counts the reports in the roster when the sample was taken, so memory can be read against progress.
    private sealed record RssSample(int Students, long Bytes);

    // One student in HostileEvery is a corpus case (each case that hangs until its timeout only once); the rest are correct.
    private static string Generate(string root, KataInfo kata, string submissions, Settings settings)
    {
        var corpus = Directory.GetDirectories(Path.Combine(root, "tests", "Hostile.Tests", "Corpus")).Order(StringComparer.Ordinal)
            .Select(folder => (Folder: folder, Expected: JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))).RootElement))
            .Where(c => c.Expected.GetProperty("kata").GetString() == kata.Manifest.Id)
            .ToArray();
        var once = new Queue<string>(corpus.Where(c => c.Expected.TryGetProperty("slow", out var h) && h.GetBoolean()).Select(c => c.Folder));
        var cycle = corpus.Where(c => !(c.Expected.TryGetProperty("slow", out var h) && h.GetBoolean())).Select(c => c.Folder).ToArray();
        var solution = Path.Combine(root, "solutions", kata.FolderName);
        int hostile = 0, correct = 0;
        for (var i = 0; i < settings.Submissions; i++)
        {
            var from = i % Math.Max(1, settings.HostileEvery) == 0
                ? (once.Count > 0 ? once.Dequeue() : cycle[hostile % cycle.Length])
                : solution;
            var name = from == solution ? "correct" : Path.GetFileName(from);
            var student = Path.Combine(submissions, $"{i:000}-{name}");
            if (from == solution)
            {
                correct++;
            }
            else
            {
                hostile++;
            }

            if (Directory.Exists(student))
            {
                continue; // generated by an earlier run: the rerun grades the same class
            }

            Directory.CreateDirectory(student);
            foreach (var file in kata.Manifest.LearnerFiles)
            {
                File.Copy(Path.Combine(from, file), Path.Combine(student, file));
            }
        }

        return $"{hostile} from the hostile corpus, {correct} correct";
    }

    private static async Task<GraderRun> RunGraderAsync(
        string grader, string root, KataInfo kata, string submissions, string roster, string temp, string marker, Settings settings,
        int interruptAfter, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = root };
        foreach (var arg in new[]
        {
            grader, "grade", "--repo", root, "--kata", kata.Manifest.Id, "--submissions", submissions, "--roster", roster, "--allow-unsandboxed",
            "--budget", settings.Budget.ToString(CultureInfo.InvariantCulture), "--timeout", settings.TimeoutSeconds.ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(arg);
        }

        // Its own temporary folder, to see what is left in it; a marker every process it starts inherits.
        info.Environment["TMPDIR"] = temp;
        info.Environment[MarkerName] = marker;
        using var process = Process.Start(info)!;
        int graded = 0, skipped = 0;
        var interrupted = false;
        var stderr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.EndsWith("already graded, skipped", StringComparison.Ordinal))
                {
                    skipped++;
                }
                else if (line.StartsWith("Grading ", StringComparison.Ordinal))
                {
                    graded++;
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[grey]{DateTime.Now:HH:mm:ss} {Markup.Escape(line)}[/]");
                }
            }
        }, cancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);

        var samples = new List<RssSample>();
        while (!process.HasExited)
        {
            var reports = Directory.Exists(roster) ? Directory.GetFiles(roster, "*.json").Count(f => Path.GetFileName(f) != "roster.json") : 0;
            if (Rss(process.Id) is { } rss)
            {
                samples.Add(new RssSample(reports, rss));
            }

            if (interruptAfter > 0 && !interrupted && reports >= interruptAfter)
            {
                interrupted = true;
                // SIGTERM, which the grader handles like Ctrl+C: a bench started in the background by a script inherits
                // SIGINT ignored (so the shell's rule for background jobs), and the first 200-student run never stopped.
                using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                AnsiConsole.MarkupLine($"[yellow]Interrupted the batch after {interruptAfter} students; running it again.[/]");
            }

            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }

        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await stderr.ConfigureAwait(false);
        await stdout.ConfigureAwait(false);

        // A student whose grade the interruption cut short was started but has no report: graded by the rerun.
        return new GraderRun(interrupted ? graded - 1 : graded, skipped, interrupted, samples);
    }

    private static string KitchenDll(string root)
    {
        var built = Directory.GetFiles(Path.Combine(root, "grader", "Grader.Cli", "bin"), "kitchen.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        return built ?? throw new FileNotFoundException("Build the grader first: dotnet build grader/Grader.Cli -c Release");
    }

    private static long? Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Flatness(RssSample[] samples)
    {
        if (samples.Length < 20)
        {
            return "-";
        }

        var tenth = samples.Length / 10;
        static double Median(IEnumerable<RssSample> s) => s.Select(x => x.Bytes).Order().ElementAt(s.Count() / 2) / 1024.0 / 1024;
        return $"{Median(samples.Take(tenth)):0} MB / {Median(samples.TakeLast(tenth)):0} MB";
    }

    // A leak shows as a peak that keeps rising from one tenth of the class to the next; a flat grader levels off.
    private static string ByProgress(RssSample[] samples, int students)
    {
        if (samples.Length == 0 || students < 10)
        {
            return "-";
        }

        return string.Join(" · ", Enumerable.Range(0, 10).Select(tenth =>
        {
            var inTenth = samples.Where(s => s.Students * 10 / students == tenth).ToArray();
            return inTenth.Length == 0 ? "-" : $"{inTenth.Max(s => s.Bytes) / 1024 / 1024}";
        })) + " MB";
    }

    // A student named NNN-case was made from that corpus case (NNN-correct from the reference solution): its report
    // must give the verdict expected.json gives, with the reason phrase in a note or a failure message.
    private static (int Met, int Total, List<string> Misses) AsExpected(string root, IEnumerable<string> reports)
    {
        var corpus = Path.Combine(root, "tests", "Hostile.Tests", "Corpus");
        int met = 0, total = 0;
        var misses = new List<string>();
        foreach (var report in reports.Where(File.Exists))
        {
            var name = Path.GetFileNameWithoutExtension(report);
            var caseName = name[(name.IndexOf('-', StringComparison.Ordinal) + 1)..];
            bool passes;
            var reason = "";
            if (caseName == "correct")
            {
                passes = true;
            }
            else
            {
                using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, caseName, "expected.json")));
                passes = expected.RootElement.GetProperty("verdict").GetString() == "pass";
                reason = expected.RootElement.GetProperty("reason").GetString() ?? "";
            }

            total++;
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var kata = json.RootElement.GetProperty("katas")[0];
            var shown = string.Join("\n", kata.GetProperty("notes").EnumerateArray().Select(n => n.GetString())
                .Concat(kata.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("message").GetString())));
            var passed = kata.GetProperty("passed").GetBoolean();
            if (passed == passes && shown.Contains(reason, StringComparison.Ordinal))
            {
                met++;
            }
            else
            {
                misses.Add($"{name}: passed={passed}, expected {passes} with \"{reason}\"; said: {shown[..Math.Min(shown.Length, 300)].ReplaceLineEndings(" ")}");
            }
        }

        return (met, total, misses);
    }

    private static bool Parses(string report)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            return json.RootElement.GetProperty("katas").GetArrayLength() == 1;
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException)
        {
            return false;
        }
    }

    private static string[] Carrying(string marker) =>
        [.. ProcessTree.Carrying(marker).Select(stamp => $"{stamp.Pid}: {ProcessTree.CommandLine(stamp)}")];
}
