using System.Runtime.CompilerServices;

namespace Kitchen;

public sealed class Till
{
    private int _cash;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Pay(int amount) => _cash += amount;

    public int Cash
    {
        [MethodImpl(MethodImplOptions.Synchronized)]
        get => _cash;
    }
}
