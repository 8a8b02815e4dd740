namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The scheduler's model of one lock, reader-writer lock or semaphore. The real object is never taken: only one chef
/// runs at a time, so the model alone decides who may go on and who waits.
/// </summary>
internal sealed class ModelledResource(string name)
{
    private readonly Dictionary<int, int> _readers = [];

    public string Name { get; } = name;

    /// <summary>The chef holding it exclusively (a lock, or the write side), -1 when nobody.</summary>
    public int Owner { get; private set; } = -1;

    public int Depth { get; private set; }

    public int Upgrader { get; private set; } = -1;

    /// <summary>Free permits of a semaphore; null until the first use reads the real object's count.</summary>
    public int? Permits { get; set; }

    /// <summary>Chefs in <c>Monitor.Wait</c> on this lock, in the order they began to wait (the order Pulse wakes them).</summary>
    public List<int> Waiters { get; } = [];

    /// <summary>What a chef in <c>Monitor.Wait</c> on this lock waits for: a Pulse. Made on first use.</summary>
    public ModelledResource Pulse => _pulse ??= new ModelledResource($"a Pulse on {Name}") { IsSignal = true };

    /// <summary>Something only another chef's action can give (a Pulse, an event's Set), never a lock someone holds.</summary>
    public bool IsSignal { get; init; }

    /// <summary>The end of a thread the code started, which a chef joins.</summary>
    public bool IsThreadEnd { get; init; }

    /// <summary>For an event: whether it is set (null until the first use reads the real object's state).</summary>
    public bool? IsSet { get; set; }

    private ModelledResource? _pulse;

    /// <summary>Lets go of the lock however many times the chef took it (Monitor.Wait does); returns that count.</summary>
    public int ExitAll(int chef)
    {
        if (Owner != chef)
        {
            return 0;
        }

        var depth = Depth;
        (Owner, Depth) = (-1, 0);
        return depth;
    }

    /// <summary>Takes the lock back as many times as it was held before a Monitor.Wait; false when another chef holds it.</summary>
    public bool TryEnterAgain(int chef, int depth)
    {
        if (Owner != -1 && Owner != chef)
        {
            return false;
        }

        (Owner, Depth) = (chef, depth);
        return true;
    }

    public bool TryEnter(int chef)
    {
        if (Owner != -1 && Owner != chef)
        {
            return false;
        }

        Owner = chef;
        Depth++;
        return true;
    }

    public bool Exit(int chef)
    {
        if (Owner != chef)
        {
            return false;
        }

        if (--Depth == 0)
        {
            Owner = -1;
        }

        return true;
    }

    public bool TryEnterRead(int chef)
    {
        if (Owner != -1 && Owner != chef)
        {
            return false;
        }

        _readers[chef] = _readers.GetValueOrDefault(chef) + 1;
        return true;
    }

    public void ExitRead(int chef)
    {
        if (_readers.TryGetValue(chef, out var n))
        {
            if (n <= 1)
            {
                _readers.Remove(chef);
            }
            else
            {
                _readers[chef] = n - 1;
            }
        }
    }

    public bool TryEnterWrite(int chef) =>
        _readers.Keys.All(r => r == chef) && (Upgrader == -1 || Upgrader == chef) && TryEnter(chef);

    public bool TryEnterUpgradeable(int chef)
    {
        if ((Owner != -1 && Owner != chef) || (Upgrader != -1 && Upgrader != chef))
        {
            return false;
        }

        Upgrader = chef;
        return true;
    }

    public void ExitUpgradeable(int chef)
    {
        if (Upgrader == chef)
        {
            Upgrader = -1;
        }
    }

    public bool HeldBy(int chef) => Owner == chef || _readers.ContainsKey(chef) || Upgrader == chef;

    /// <summary>Who holds it, for deadlock reports.</summary>
    public IEnumerable<int> Holders()
    {
        if (Owner != -1)
        {
            yield return Owner;
        }

        if (Upgrader != -1 && Upgrader != Owner)
        {
            yield return Upgrader;
        }

        foreach (var reader in _readers.Keys.Where(r => r != Owner && r != Upgrader))
        {
            yield return reader;
        }
    }
}
