using System.Diagnostics;

namespace Golden;

public static class Closer
{
    public static void Close(Process tab)
    {
        tab.Kill(entireProcessTree: true);
        tab.Kill(true);
        tab.Kill();
    }
}
