using System.Diagnostics;

namespace Kitchen.Fixtures;

// The lost update is only checked by the learner's own Debug.Assert and #if DEBUG code: the count itself is never judged.
public sealed class Kitchen
{
    private int _served;

    public int Served => _served;

    public void ServeAsserted()
    {
        var before = _served;
        _served = before + 1;
        Debug.Assert(_served == before + 1, "another chef served in between");
    }

    public void ServeChecked()
    {
        var before = _served;
        _served = before + 1;
#if DEBUG
        if (_served != before + 1)
        {
            throw new InvalidOperationException("another chef served in between");
        }
#endif
    }
}
