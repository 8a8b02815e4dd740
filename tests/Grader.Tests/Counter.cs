namespace KitchenKatas.Grader.Tests;

/// <summary>The smallest shared state there is: one counter, racy on purpose.</summary>
internal sealed class Counter
{
    private readonly object _gate = new();

    public int Value;

    public void RacyIncrement()
    {
        var read = Value;
        Thread.SpinWait(20); // widens the window so the race shows within milliseconds
        Value = read + 1;
    }

    public void SafeIncrement()
    {
        lock (_gate)
        {
            Value++;
        }
    }
}
