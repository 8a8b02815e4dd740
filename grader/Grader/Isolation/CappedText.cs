using System.Text;

namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// Text that keeps its first and its last <c>cap / 2</c> characters and counts what it drops between them, so a
/// flood cannot fill memory and the last words of a dying process (often the reason it died) are kept.
/// </summary>
internal sealed class CappedText(int cap)
{
    private readonly StringBuilder _head = new();
    private readonly char[] _tail = new char[Math.Max(1, cap - (cap / 2))];
    private readonly Lock _gate = new();
    private long _tailWritten;

    public bool Truncated
    {
        get
        {
            lock (_gate)
            {
                return _tailWritten > _tail.Length;
            }
        }
    }

    public void Append(ReadOnlySpan<char> chunk)
    {
        lock (_gate)
        {
            var room = Math.Max(0, (cap / 2) - _head.Length);
            var toHead = Math.Min(room, chunk.Length);
            _head.Append(chunk[..toHead]);
            foreach (var c in chunk[toHead..])
            {
                _tail[_tailWritten++ % _tail.Length] = c;
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            if (_tailWritten <= _tail.Length)
            {
                return _head.ToString() + new string(_tail, 0, (int)_tailWritten);
            }

            var start = (int)(_tailWritten % _tail.Length);
            var tail = new string(_tail, start, _tail.Length - start) + new string(_tail, 0, start);
            var dropped = _tailWritten - _tail.Length;
            return $"{_head}\n[... {dropped:N0} characters were cut here: output is capped at {cap:N0}]\n{tail}";
        }
    }
}
