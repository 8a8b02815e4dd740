using System.Diagnostics;

namespace Golden;

public static class Waiter
{
    public static async Task<int> Run(Process tab, CancellationToken token)
    {
        await tab.WaitForExitAsync(token).ConfigureAwait(false);
        tab.WaitForExit();
        var done = tab.WaitForExit(10);
        return done ? tab.ExitCode : -1;
    }
}
