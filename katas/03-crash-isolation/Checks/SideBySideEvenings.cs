using Kitchen.CrashIsolation.Checks.Harness;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>
/// Plays the evenings in their groups (<see cref="KitchenScenarios.SideBySide"/>). The first check that asks for an
/// evening starts its whole group, and waits for its own evening alone, so a kitchen that burns down is told as soon as
/// its evening ends. An evening no check asked for is stopped when the run ends (a filtered run, say), harness and tabs
/// killed, so nothing plays on after the last check.
/// </summary>
public static class SideBySideEvenings
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<(string Name, int? Mutant), Evening> Played = [];

    /// <summary>
    /// The evening <paramref name="scenario"/> of <paramref name="mutant"/> (Stryker.NET's active mutant, or null), played
    /// once per test run with <paramref name="play"/>; its group-mates start beside it.
    /// </summary>
    public static Task<HarnessRun> Ask(HarnessScenario scenario, int? mutant, Func<HarnessScenario, CancellationToken, Task<HarnessRun>> play)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(play);
        lock (Gate)
        {
            // Under Stryker.NET one test host tries one mutant after another: the last one's evenings nobody asked for go.
            StopUnasked(key => key.Mutant != mutant);
            foreach (var evening in KitchenScenarios.PlayedWith(scenario))
            {
                if (!Played.ContainsKey((evening.Name, mutant)))
                {
                    var stop = new CancellationTokenSource();
                    Played[(evening.Name, mutant)] = new Evening(Task.Run(() => play(evening, stop.Token), CancellationToken.None), stop);
                }
            }

            var asked = Played[(scenario.Name, mutant)];
            asked.Asked = true;
            return asked.Playing;
        }
    }

    /// <summary>Stops every evening no check asked for, and waits until every evening has ended.</summary>
    public static void EndOfRun()
    {
        Task[] playing;
        lock (Gate)
        {
            StopUnasked(_ => true);
            playing = [.. Played.Values.Select(e => e.Playing)];
        }

        // A stopped evening ends in a cancellation nobody reads; an asked one was read by its check already.
        Task.WhenAll(playing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
    }

    private static void StopUnasked(Func<(string Name, int? Mutant), bool> which)
    {
        foreach (var evening in Played.Where(p => !p.Value.Asked && which(p.Key)).Select(p => p.Value))
        {
            evening.Stop.Cancel();
        }
    }

    private sealed class Evening(Task<HarnessRun> playing, CancellationTokenSource stop)
    {
        public Task<HarnessRun> Playing { get; } = playing;

        public CancellationTokenSource Stop { get; } = stop;

        public bool Asked { get; set; }
    }
}
