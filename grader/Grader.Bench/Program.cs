using KitchenKatas.Grader.Bench.Commands;
using KitchenKatas.Grader.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

// Redirected output (CI logs, files) gets a wide table instead of 80 wrapped columns.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 200;
}

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("kitchen-bench");
    // A misspelt option is an error, never silently ignored.
    config.UseStrictParsing();
    if (DryRun.Requested)
    {
        DryRun.Configure(config);
    }

    config.AddCommand<RacyCartCommand>("racy-cart")
        .WithDescription("Kata 1: detection rate, time to detection and false positives of every race check, over many runs.")
        .WithExample("racy-cart", "--runs", "200");
    config.AddCommand<StressFloorCommand>("stress-floor")
        .WithDescription("Kata 1: each race check that must fail, with the whole stress budget and with the share left after a complete exploration; how often each is caught.")
        .WithExample("stress-floor", "--runs", "200");
    config.AddCommand<ExploreCommand>("explore")
        .WithDescription("Kata 1: time to first detection of every race by the explorer, the stress engine and a naive test, side by side.")
        .WithExample("explore")
        .WithExample("explore", "--clean-runs", "1000");
    config.AddCommand<CrashIsolationCommand>("crash-isolation")
        .WithDescription("Kata 3: false positives and time of every check against the reference solution, over many runs of the whole suite.")
        .WithExample("crash-isolation", "--runs", "100");
    config.AddCommand<ThreadPoolCommand>("thread-pool")
        .WithDescription("Kata 2: false positives and time of every check against the reference solution, over many runs in one process.")
        .WithExample("thread-pool", "--runs", "200")
        .WithExample("thread-pool", "--runs", "50", "--check", "8");
    config.AddCommand<SweepMarginsCommand>("sweep-margins")
        .WithDescription("Kata 2: the sweet-spot check's margins at each measuring window: how often the reference sizer's pick, the starter's and a pick of one pass, on the same sweeps.")
        .WithExample("sweep-margins", "--runs", "40", "--window", "200", "--window", "100");
    config.AddCommand<SoakCommand>("soak")
        .WithDescription("Every kata: the reference solution and each correct variant through all checks, many times; any failure is a false positive.")
        .WithExample("soak", "--runs", "1000", "--kata", "racy-cart")
        .WithExample("soak", "--runs", "20")
        .WithExample("soak", "--runs", "200", "--kata", "racy-cart", "--variant", "spin-lock", "--json", "soak/racy-cart-spin-lock-1.json");
    config.AddCommand<SoakSumCommand>("soak-sum")
        .WithDescription("Adds up the shards of a soak run on several machines (soak --json) and checks that they reach the runs expected.")
        .WithExample("soak-sum", "soak/", "--expect-runs", "1000");
    config.AddCommand<CorpusCommand>("corpus")
        .WithDescription("Any kata: each rule breaker (tests/*/RuleBreakers/) and correct variant (tests/*/CorrectVariants/) through all checks, as kitchen grade runs them; a verdict matrix, exit code 1 when one ends otherwise than promised.")
        .WithExample("corpus", "--kata", "racy-cart")
        .WithExample("corpus", "--kata", "thread-pool", "--entry", "one-spare-chef", "--runs", "3")
        .WithExample("corpus", "--kata", "thread-pool", "--check", "Drain_waits_for_the_order_still_on_the_stove", "--runs", "200");
    config.AddCommand<AgreementCommand>("agreement")
        .WithDescription("Do two grades of the same files agree? Each kata's starter and solution as a class of identical students, graded as a teacher grades a class; exit code 1 on any disagreement.")
        .WithExample("agreement", "--runs", "20")
        .WithExample("agreement", "--kata", "thread-pool", "--files", "starter", "--runs", "20");
    config.AddCommand<GradeSpeedCommand>("grade-speed")
        .WithDescription("What kitchen grade costs over a plain dotnet test of the same katas, warm and from a fresh clone.")
        .WithExample("grade-speed", "--runs", "3");
    config.AddCommand<HostileLoadCommand>("hostile-load")
        .WithDescription("Batch-grades a class of generated submissions (hostile corpus and correct ones): verdicts, time per submission, the grader's memory, leftovers, resume.")
        .WithExample("hostile-load", "--submissions", "200");
});
try
{
    return app.Run(args);
}
catch (DryRun.StopException stop)
{
    Console.WriteLine(stop.Message);
    return stop.ExitCode;
}
catch (Exception e) when (DryRun.Requested)
{
    Console.WriteLine($"dry run: the command line does not hold: {e.Message}");
    return 2;
}
