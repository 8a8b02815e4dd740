using System.Diagnostics;

namespace Golden;

public static class Timer
{
    public static async Task Run(Process tab, TimeSpan limit, CancellationToken token)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(token);
        deadline.CancelAfter(limit);
        using var other = new CancellationTokenSource(limit);
        await tab.WaitForExitAsync(deadline.Token);
        tab.WaitForExit(500);
    }
}
