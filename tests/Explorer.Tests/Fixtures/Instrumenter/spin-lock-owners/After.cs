namespace Kitchen;
public sealed class Pass
{
    // One for the whole kitchen: named by its type.
    private static SpinLock _kitchen = new(enableThreadOwnerTracking: true);
    // A readonly SpinLock hands out a copy on every call: each call gets a lock of its own, as in the real code.
    private readonly SpinLock _copied = new(enableThreadOwnerTracking: false);
    private SpinLock _spin = new(enableThreadOwnerTracking: true);
    private int _plates;
    public void ServeKitchen()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        var taken = false;
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockTryEnter(#1, typeof(global::Kitchen.Pass), "_kitchen", _kitchen.IsThreadOwnerTrackingEnabled, 10, ref taken);
        if (taken)
        {
            _plates = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _plates) + (1)));
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockExit(#4, typeof(global::Kitchen.Pass), "_kitchen", _kitchen.IsThreadOwnerTrackingEnabled);
        }
    }

    public void ServeCopy()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#5);
        var taken = false;
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockEnter(#6, null, "_copied", _copied.IsThreadOwnerTrackingEnabled, ref taken);
        _plates = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#7, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#8), this, _plates) + (1)));
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockExit(#9, null, "_copied", _copied.IsThreadOwnerTrackingEnabled);
    }

    public void ServeFor(Pass other)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#10, other);
        var taken = false;
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockEnter(#11, other, "_spin", other._spin.IsThreadOwnerTrackingEnabled, ref taken);
        if (global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockIsHeldByMe(other, "_spin", other._spin.IsThreadOwnerTrackingEnabled))
        {
            other._plates = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#12, other, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#13), other, other._plates) + (1)));
        }

        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockExit(#14, other, "_spin", other._spin.IsThreadOwnerTrackingEnabled);
    }
}