using System.Text.RegularExpressions;

namespace KitchenKatas.Cli.Tests.Docs;

/// <summary>One way a doc command is proven to work.</summary>
public abstract record DocProof
{
    /// <summary>Runs the checks of a kata as written, in its folder, through sh: at least one check must run.</summary>
    public sealed record RunsChecks(string Folder, string ShellCommand) : DocProof;

    /// <summary>The command line is parsed and its options checked by the program itself (<c>KITCHEN_DRY_RUN=1</c>).</summary>
    public sealed record ParsesAs(string Folder, string Program, IReadOnlyList<string> Arguments) : DocProof;

    /// <summary>Each setting put in front of a command (KITCHEN_...=VALUE) is one the grader or the checks read.</summary>
    public sealed record ReadsSettings(IReadOnlyList<string> Names) : DocProof;

    /// <summary>Too long or too wide to run here: the paths it names exist, and something else runs it.</summary>
    public sealed record RunElsewhere(IReadOnlyList<string> Paths, string By) : DocProof;
}

/// <summary>
/// How each command the docs show is proven to work. A command no rule knows fails the docs test: a new kind of
/// command in the docs needs a rule here, so nothing shown goes unchecked.
/// </summary>
public static partial class DocCommandPlan
{
    /// <summary>The proofs of <paramref name="command"/>, or null when no rule knows it.</summary>
    public static IReadOnlyList<DocProof>? For(DocCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = command.Shell switch
        {
            "powershell" => FromPowerShell(command.Text),
            "cmd" => FromCmd(command.Text),
            _ => command.Text,
        };
        if (text is null)
        {
            return null;
        }

        if (AliasOrFunction().Match(text) is { Success: true } alias)
        {
            return DotnetRun(command.Folder, alias.Groups["run"].Value);
        }

        var parts = text.Split(" && ", StringSplitOptions.TrimEntries);
        var proofs = new List<DocProof>();
        foreach (var part in parts)
        {
            var found = One(command.Folder, part);
            if (found is null)
            {
                return null;
            }

            proofs.AddRange(found);
        }

        return proofs;
    }

    private static IReadOnlyList<DocProof>? One(string folder, string text)
    {
        // Settings in front (KITCHEN_STRESS_SCALE=0.3 ...) go with the command; what it is, is the rest.
        var rest = WithoutEnvironment(text);
        if (rest == "dotnet tool restore")
        {
            return [new DocProof.RunElsewhere([".config/dotnet-tools.json", ".ci/run"], ".ci/run, whose first step it is")];
        }

        if (rest == "dotnet test tests/KitchenKatas.Tests.slnf -m:1")
        {
            return [new DocProof.RunElsewhere(["tests/KitchenKatas.Tests.slnf", ".ci/run"], ".ci/run, which runs exactly this line (this test is part of it)")];
        }

        if (SlowHostile().IsMatch(rest))
        {
            return [new DocProof.RunElsewhere(["tests/Hostile.Tests", "tests/Hostile.Tests/slow.runsettings"], "hand: the slow hostile half runs for about half an hour")];
        }

        if (TestProject().Match(rest) is { Success: true } project)
        {
            var paths = new List<string> { project.Groups["project"].Value };
            if (project.Groups["settings"].Success)
            {
                paths.Add(project.Groups["settings"].Value);
            }

            return [new DocProof.RunElsewhere(paths, ".ci/run, which runs every test project (a slow half by hand, as its page says)")];
        }

        if (StrykerRun().Match(rest) is { Success: true } stryker)
        {
            var kata = stryker.Groups["kata"].Value;
            return [new DocProof.RunElsewhere(kata.Length == 0 ? ["grader/Stryker/run"] : ["grader/Stryker/run", $"katas/{kata}"], ".github/workflows/mutation.yml (minutes per kata)")];
        }

        if (DotnetBuild().Match(rest) is { Success: true } build)
        {
            return [new DocProof.RunElsewhere([Inside(folder, build.Groups["path"].Value)], "every build of the solution (.ci/run builds this project)")];
        }

        if (rest.StartsWith("dotnet test", StringComparison.Ordinal) && folder.StartsWith("katas/", StringComparison.Ordinal))
        {
            // Kata 1 answers in seconds, and a filter is what most often goes wrong: those run as written. A whole run
            // of kata 2 or 3 takes minutes, and so does one of kata 1's reference solution (every check spends its whole
            // budget); their starter and solution tests run exactly that, through the grader.
            var settings = new DocProof.ReadsSettings(EnvironmentPrefix().Matches(text).Select(m => m.Groups["name"].Value).ToArray());
            var tests = folder switch
            {
                "katas/01-racy-cart" when rest.Contains("-p:KataSolution=true", StringComparison.Ordinal) => "tests/RacyCart.Tests",
                "katas/02-thread-pool" => "tests/ThreadPool.Tests",
                "katas/03-crash-isolation" => "tests/CrashIsolation.Tests",
                _ => null,
            };
            return rest.Contains("--filter", StringComparison.Ordinal) || tests is null
                ? [settings, new DocProof.RunsChecks(folder, text)]
                : [settings, new DocProof.RunElsewhere([folder, tests], $"{tests}, whose starter and solution tests run this kata's whole dotnet test")];
        }

        if (rest.StartsWith("dotnet run", StringComparison.Ordinal))
        {
            return DotnetRun(folder, rest);
        }

        if (rest.StartsWith("kitchen ", StringComparison.Ordinal) || rest == "kitchen")
        {
            return [new DocProof.ParsesAs(folder, "kitchen", Words(rest).Skip(1).ToArray())];
        }

        return null;
    }

    // dotnet run [-c CONFIG] --project PATH -- ARGS: the project exists, and the program takes ARGS.
    private static IReadOnlyList<DocProof>? DotnetRun(string folder, string text)
    {
        if (DotnetRunLine().Match(text) is not { Success: true } run)
        {
            return null;
        }

        var project = Inside(folder, run.Groups["project"].Value);
        var program = Path.GetFileName(project) switch
        {
            "Grader.Cli" => "kitchen",
            "Grader.Bench" => "kitchen-bench",
            _ => null,
        };
        if (program is null)
        {
            return null;
        }

        var arguments = Words(run.Groups["args"].Value);
        return arguments.Count == 0
            ? [new DocProof.RunElsewhere([project], "the alias: every kitchen command below it")]
            : [new DocProof.RunElsewhere([project], "the dry run below"), new DocProof.ParsesAs(folder, program, arguments)];
    }

    // A path as the docs write it, relative to the repository: "$(git rev-parse --show-toplevel)" is the root.
    private static string Inside(string folder, string path)
    {
        path = path.Trim('"', '\'').Replace('\\', '/');
        const string Top = "$(git rev-parse --show-toplevel)/";
        if (path.StartsWith(Top, StringComparison.Ordinal))
        {
            return path[Top.Length..];
        }

        return DocCommands.Moved(folder, path);
    }

    private static string WithoutEnvironment(string text)
    {
        var rest = text;
        while (EnvironmentPrefix().Match(rest) is { Success: true } set)
        {
            rest = rest[set.Length..];
        }

        return rest.Trim();
    }

    // $env:NAME="VALUE"; COMMAND (PowerShell) is NAME=VALUE COMMAND (sh).
    private static string? FromPowerShell(string text) =>
        PowerShellEnvironment().Match(text) is { Success: true } set
            ? $"{set.Groups["name"].Value}={set.Groups["value"].Value} {set.Groups["rest"].Value}"
            : FromWindowsPaths(text);

    // set "NAME=VALUE" && COMMAND (cmd) is NAME=VALUE COMMAND (sh).
    private static string? FromCmd(string text) =>
        CmdEnvironment().Match(text) is { Success: true } set
            ? $"{set.Groups["name"].Value}={set.Groups["value"].Value} {set.Groups["rest"].Value}"
            : FromWindowsPaths(text);

    private static string FromWindowsPaths(string text) => text.Replace('\\', '/');

    /// <summary>The words of a command line, with quoted words kept whole (quotes removed).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["w"].Value).Where(w => w.Length > 0).ToArray();

    [GeneratedRegex(@"\G(?<name>[A-Z][A-Z0-9_]*)=(?<value>""[^""]*""|\S+)\s+")]
    private static partial Regex EnvironmentPrefix();

    [GeneratedRegex(@"^\$env:(?<name>\w+)\s*=\s*""(?<value>[^""]*)"";\s*(?<rest>.+)$")]
    private static partial Regex PowerShellEnvironment();

    [GeneratedRegex(@"^set ""(?<name>\w+)=(?<value>[^""]*)""\s*&&\s*(?<rest>.+)$")]
    private static partial Regex CmdEnvironment();

    [GeneratedRegex(@"^(alias kitchen='(?<run>dotnet run [^']+)'|function kitchen \{ (?<run>dotnet run .+) @args \})$")]
    private static partial Regex AliasOrFunction();

    [GeneratedRegex(@"^dotnet run( -c (Debug|Release))? --project (?<project>""[^""]+""|\S+)( -c (Debug|Release))? --(?<args>( .*)?)$")]
    private static partial Regex DotnetRunLine();

    [GeneratedRegex(@"^dotnet build( -c (Debug|Release))? (?<path>\S+)$")]
    private static partial Regex DotnetBuild();

    [GeneratedRegex(@"^dotnet test tests/Hostile\.Tests -s tests/Hostile\.Tests/slow\.runsettings$")]
    private static partial Regex SlowHostile();

    [GeneratedRegex(@"^dotnet test (?<project>tests/[A-Za-z.]+)( -m:1)?( -s (?<settings>tests/[A-Za-z./]+\.runsettings))?( --filter (""[^""]*""|\S+))?( --logger (""[^""]*""|\S+))?$")]
    private static partial Regex TestProject();

    [GeneratedRegex(@"^grader/Stryker/run( (?<kata>\d\d-[a-z-]+))?$")]
    private static partial Regex StrykerRun();

    [GeneratedRegex(@"""(?<q>[^""]*)""|'(?<q>[^']*)'|(?<w>\S+)")]
    private static partial Regex Word();
}
