using System.Diagnostics;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>Inside the harness process: calls the learner's <see cref="Supervisor"/> the way a scenario says, and watches.</summary>
public sealed class ScenarioPlayer(HarnessScenario scenario, string tabPath, string logbook)
{
    private readonly TabCensus _census = new(logbook);
    private readonly List<TabResult> _results = [];
    private readonly Dictionary<string, double> _seconds = [];
    private readonly List<Survivor> _survivors = [];
    private readonly List<Survivor> _unreaped = [];
    private readonly List<TabWitness> _witnessed = [];
    private readonly List<Refusal> _refusals = [];
    private TimeSpan _allowance;
    private int? _mostAtOnceAlone;
    private string? _waiting;
    private string? _threw;

    /// <summary>Plays the scenario to its end, or until a call outstays <see cref="HarnessScenario.ReturnWithin"/>.</summary>
    public async Task<HarnessReport> PlayAsync()
    {
        _allowance = Margins.BusyMachineAllowance(await CalibrateAsync());
        var supervisor = new Supervisor(scenario.Options(tabPath, _allowance));
        switch (scenario.Mode)
        {
            case HarnessMode.RunAll:
                await CallAsync("all", () => supervisor.RunAllAsync(scenario.Jobs), CancellationToken.None);
                break;
            case HarnessMode.AloneThenTwoCallers:
                // The pages alone take longer on a busy machine, so two tabs started together overlap however late the
                // second one's process starts: a correct supervisor is never judged "one at a time" for a slow start.
                var alone = scenario.Jobs.Take(scenario.Jobs.Count / 4).Select(j => j with { Page = SlowPage.Lengthened(j.Page, _allowance) }).ToList();
                var rest = scenario.Jobs.Skip(alone.Count).ToList();
                var half = (rest.Count + 1) / 2;
                if (await CallAsync("alone", () => supervisor.RunAllAsync(alone), CancellationToken.None))
                {
                    _mostAtOnceAlone = _census.MostAtOnce(alone.Select(j => j.Page).ToHashSet());
                    await CallAsync("both", async () =>
                    {
                        var first = Task.Run(() => supervisor.RunAllAsync(rest.Take(half).ToList()));
                        var second = Task.Run(() => supervisor.RunAllAsync(rest.Skip(half).ToList()));
                        var both = await Task.WhenAll(first, second);
                        return [.. both[0], .. both[1]];
                    }, CancellationToken.None);
                }

                break;
            case HarnessMode.EachInTurn:
                foreach (var job in scenario.Jobs)
                {
                    if (!await CallAsync(job.Id, async () => [await supervisor.RunAsync(job)], CancellationToken.None))
                    {
                        break;
                    }
                }

                break;
            case HarnessMode.CancelMidway:
                using (var evening = new CancellationTokenSource())
                {
                    await CallAsync("cancel", () => supervisor.RunAllAsync(scenario.Jobs, evening.Token), evening.Token, () => CancelOnceRunning(evening));
                }

                break;
            case HarnessMode.BadArguments:
                _refusals.AddRange(await BadArgumentCalls.TryAllAsync(scenario.Options(tabPath, _allowance), scenario.ReturnWithin + _allowance));
                break;
        }

        // Measured again once the evening is over: load that arrived during it stretches the limits it is judged by.
        var after = Margins.BusyMachineAllowance(await CalibrateAsync());
        if (scenario.WitnessCrashes)
        {
            // After both timings, so the witnesses' tabs neither slow the evening nor stretch its margins.
            var pages = scenario.Jobs.Select(j => j.Page).Where(CrashErrorJudge.IsCrash).Distinct();
            var seen = await Task.WhenAll(pages.Select(p => TabWitness.WatchAsync(tabPath, p, TimeSpan.FromSeconds(30) + after)));
            _witnessed.AddRange(seen.OfType<TabWitness>());
        }

        return new HarnessReport(
            scenario.Name, _waiting is null, _waiting, _threw, _results, _seconds, _census.Processes(), _survivors, _unreaped, _census.MostAtOnce(), _mostAtOnceAlone, _allowance,
            after, _witnessed, _refusals);
    }

    // Runs one call on the thread pool (a supervisor that blocks must not block the harness), and times it.
    private async Task<bool> CallAsync(string name, Func<Task<IReadOnlyList<TabResult>>> call, CancellationToken token, Func<Task>? meanwhile = null)
    {
        var clock = Stopwatch.StartNew();
        var running = Task.Run(call, CancellationToken.None);

        // No grace: the moment the call's task completes, on the thread that completes it, before anything else runs. A tab
        // that was killed but not waited for is still this process's child (running or a zombie) right then.
        IReadOnlyList<ProcessStamp> children = [];
        var lookedAtReturn = running.ContinueWith(
            _ => children = ProcessTree.Unreaped(Environment.ProcessId),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        if (meanwhile is not null)
        {
            await meanwhile();
            clock.Restart();
        }

        var returned = await Task.WhenAny(running, Task.Delay(scenario.ReturnWithin + (_allowance * 2), CancellationToken.None)) == running;
        _seconds[name] = clock.Elapsed.TotalSeconds;
        if (!returned)
        {
            _waiting = name;
            _survivors.AddRange(_census.SurvivorsAfter(TimeSpan.Zero).Select(p => new Survivor(p, name)));
            return false;
        }

        await lookedAtReturn;
        try
        {
            _results.AddRange(await running);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            _threw = null; // Throwing on cancellation is one of the two right answers.
        }
        catch (Exception e)
        {
            _threw = $"{e.GetType().FullName}: {e.Message}";
        }

        _survivors.AddRange(_census.SurvivorsAfter(Margins.ToDisappear + _allowance).Select(p => new Survivor(p, name)));
        _unreaped.AddRange(_census.TabsAmong(children)
            .Where(tab => _unreaped.All(u => u.Process.Pid != tab.Pid))
            .Select(tab => new Survivor(tab, name)));
        return true;
    }

    // How slow the machine is right now at what a supervisor does: open a tab and see it exit, list the processes.
    private async Task<TimeSpan> CalibrateAsync()
    {
        var clock = Stopwatch.StartNew();
        await TabWitness.WatchAsync(tabPath, "render calibration", TimeSpan.FromSeconds(30));

        foreach (var process in Process.GetProcesses())
        {
            process.Dispose();
        }

        return clock.Elapsed;
    }

    private async Task CancelOnceRunning(CancellationTokenSource evening)
    {
        // Waits until every page is accounted for: running in a tab, or shown inside the kitchen. A page shown inside
        // never becomes a tab of its own, so the check's tab count fails however long this waits; the starter used to
        // wait out the whole patience here.
        var patience = Stopwatch.StartNew();
        while (_census.Processes().Count(p => p.Role == "tab") + _census.PagesInsideKitchen() < scenario.Jobs.Count
            && patience.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(100);
        }

        // A moment more, so every tab is past its start and really hanging.
        await Task.Delay(300);
        await evening.CancelAsync();
    }
}
