namespace Kitchen;
public sealed class Pass
{
    private SpinLock _spin = new(enableThreadOwnerTracking: false);
    private int _plates;
    public void Serve()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        var taken = false;
        try
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockEnter(#1, this, "_spin", _spin.IsThreadOwnerTrackingEnabled, ref taken);
            _plates = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _plates) + (1)));
        }
        finally
        {
            if (taken)
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockExit(#4, this, "_spin", _spin.IsThreadOwnerTrackingEnabled);
            }
        }
    }

    public bool TryServe()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#5);
        var taken = false;
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockTryEnter(#6, this, "_spin", _spin.IsThreadOwnerTrackingEnabled, ref taken);
        if (!taken)
        {
            return false;
        }

        _plates = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#7, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#8), this, _plates) + (1)));
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockExit(#9, this, "_spin", _spin.IsThreadOwnerTrackingEnabled);
        return true;
    }

    public bool ServeWithin(TimeSpan patience)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#10, patience);
        var taken = false;
        try
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockTryEnter(#11, this, "_spin", _spin.IsThreadOwnerTrackingEnabled, patience, ref taken);
            if (taken)
            {
                _plates = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#12, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#13), this, _plates) + (1)));
            }

            return taken;
        }
        finally
        {
            if (taken)
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockExit(#14, this, "_spin", _spin.IsThreadOwnerTrackingEnabled);
            }
        }
    }

    public bool Busy
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#15);
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.SpinLockIsHeld(this, "_spin");
        }
    }
}