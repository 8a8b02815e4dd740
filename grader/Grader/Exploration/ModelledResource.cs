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
