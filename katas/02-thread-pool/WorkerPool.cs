namespace Kitchen.ThreadPool;

/// <summary>
/// A kitchen that cooks orders (jobs) with a crew of chefs (threads).
/// </summary>
/// <remarks>
/// Orders are pinned on a rail (a queue). For every order the kitchen hires a brand-new chef, who takes the
/// next ticket from the rail, cooks it and leaves. It works for a few orders. Run the checks to see what
/// happens with a hundred thousand, then turn it into a real pool: <see cref="Workers"/> chefs, hired once,
/// taking order after order from the rail.
/// You may add private fields, private methods, private classes and usings; keep the public members as they are.
/// </remarks>
public sealed class WorkerPool : IDisposable
{
    private readonly Queue<Action> _rail = new();
    private readonly List<Thread> _chefs = new();
    private bool _closed;

    /// <summary>A kitchen meant to have <paramref name="workers"/> chefs.</summary>
    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
    }

    /// <summary>How many chefs work in this kitchen.</summary>
    public int Workers { get; }

    /// <summary>Raised when a job throws; the kitchen goes on with the other jobs.</summary>
    public event Action<Exception>? JobFailed;

    /// <summary>Hands <paramref name="job"/> to the kitchen. Safe to call from many threads at once.</summary>
    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        ObjectDisposedException.ThrowIf(_closed, this);

        // TODO: many waiters pin orders on the same rail at the same moment.
        _rail.Enqueue(job);

        // TODO: a new chef for every order, however many already crowd the kitchen.
        var chef = new Thread(CookTheNextOrder);
        _chefs.Add(chef);
        chef.Start();
    }

    /// <summary>Waits until every job submitted before this call has finished.</summary>
    public void Drain()
    {
        foreach (var chef in _chefs.ToArray())
        {
            chef.Join();
        }
    }

    /// <summary>Stops taking orders, finishes every accepted one, then lets the chefs go.</summary>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        Drain();
    }

    private void CookTheNextOrder()
    {
        // TODO: what if the order throws? And what if another chef took this ticket already?
        if (_rail.TryDequeue(out var order) && order is not null)
        {
            order();
        }
    }
}
